import {
  answerRows,
  checkQuestions,
  meanOf,
  medianOf,
  npsOf,
  pickText,
  readerChain,
} from './survey-rules.js';

const dist = (pairs: [number, number][]) => new Map(pairs);

describe('survey statistics', () => {
  it('takes the middle value of an odd count as the median', () => {
    expect(
      medianOf(
        dist([
          [1, 1],
          [3, 1],
          [5, 1],
        ]),
      ),
    ).toBe(3);
  });

  it('averages the two middle values of an even count', () => {
    expect(
      medianOf(
        dist([
          [2, 2],
          [4, 1],
          [5, 1],
        ]),
      ),
    ).toBe(3);
    expect(
      medianOf(
        dist([
          [4, 2],
          [5, 2],
        ]),
      ),
    ).toBe(4.5);
  });

  it('reads the median from counts, not from a list of answers', () => {
    expect(
      medianOf(
        dist([
          [1, 10],
          [5, 11],
        ]),
      ),
    ).toBe(5);
    expect(
      medianOf(
        dist([
          [1, 11],
          [5, 10],
        ]),
      ),
    ).toBe(1);
  });

  it('has no median or mean without answers', () => {
    expect(medianOf(dist([[3, 0]]))).toBeNull();
    expect(meanOf(new Map())).toBeNull();
  });

  it('weights the mean by the counts', () => {
    expect(
      meanOf(
        dist([
          [1, 1],
          [4, 3],
        ]),
      ),
    ).toBe(3.25);
  });

  it('counts promoters 9–10 and detractors 0–6 for the NPS', () => {
    const nps = npsOf(
      dist([
        [10, 3],
        [9, 2],
        [8, 2],
        [7, 1],
        [6, 1],
        [0, 1],
      ]),
    );
    expect(nps).toEqual({ promoters: 5, passives: 3, detractors: 2, score: 30 });
  });

  it('gives −100 when everyone is a detractor, and null when nobody answered', () => {
    expect(npsOf(dist([[3, 4]])).score).toBe(-100);
    expect(npsOf(new Map()).score).toBeNull();
  });
});

const questions = [
  { id: 'q-likert', kind: 'likert' as const, required: true, optionIds: [], rowIds: [] },
  { id: 'q-nps', kind: 'nps' as const, required: true, optionIds: [], rowIds: [] },
  { id: 'q-multi', kind: 'multiple_choice' as const, required: true, optionIds: ['a', 'b', 'c'], rowIds: [] },
  { id: 'q-matrix', kind: 'matrix' as const, required: true, optionIds: [], rowIds: ['r1', 'r2'] },
  { id: 'q-text', kind: 'text' as const, required: false, optionIds: [], rowIds: [] },
];

describe('checking a response', () => {
  it('turns a valid response into one narrow row per value, option and matrix row', () => {
    const { rows, problems } = answerRows(questions, [
      { questionId: 'q-likert', value: 4 },
      { questionId: 'q-nps', value: 0 },
      { questionId: 'q-multi', optionIds: ['a', 'c'] },
      { questionId: 'q-matrix', rows: { r1: 5, r2: 1 } },
      { questionId: 'q-text', text: '  Very useful\r\nvisit  ' },
    ]);
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(7);
    expect(rows.filter((r) => r.questionId === 'q-multi').map((r) => r.optionId)).toEqual(['a', 'c']);
    expect(rows.find((r) => r.questionId === 'q-text')?.text).toBe('Very useful\nvisit');
  });

  it('names the field of an option that does not exist', () => {
    const { problems } = answerRows(questions, [
      { questionId: 'q-likert', value: 4 },
      { questionId: 'q-nps', value: 9 },
      { questionId: 'q-multi', optionIds: ['z'] },
      { questionId: 'q-matrix', rows: { r1: 5, r2: 1 } },
    ]);
    expect(problems).toEqual([
      { field: 'answers[2].optionIds[0]', reason: 'is not an option of this question' },
    ]);
  });

  it('refuses a likert outside 1–5, an NPS outside 0–10, and a matrix without all its rows', () => {
    const { problems } = answerRows(questions, [
      { questionId: 'q-likert', value: 6 },
      { questionId: 'q-nps', value: 11 },
      { questionId: 'q-multi', optionIds: ['a'] },
      { questionId: 'q-matrix', rows: { r1: 0 } },
    ]);
    expect(problems.map((p) => p.field)).toEqual([
      'answers[0].value',
      'answers[1].value',
      'answers[3].rows.r1',
      'answers[3].rows.r2',
    ]);
  });

  it('requires every required question and refuses unknown ones', () => {
    const { problems } = answerRows(questions, [{ questionId: 'nope', value: 1 }]);
    expect(problems[0]).toEqual({
      field: 'answers[0].questionId',
      reason: 'is not a question of this survey',
    });
    expect(problems.filter((p) => p.field === 'answers')).toHaveLength(4);
  });
});

describe('checking template questions', () => {
  it('wants five scale labels for likert and options for choices', () => {
    const problems = checkQuestions([
      { kind: 'likert', texts: { en: 'Useful?' }, scaleLabels: [{ en: 'No' }] },
      { kind: 'single_choice', texts: { en: 'Which?' }, options: [{ id: 'a', texts: { en: 'A' } }] },
      { kind: 'text', texts: { xx_bad: 'x' } },
    ]);
    expect(problems.map((p) => p.field)).toEqual([
      'questions[0].scaleLabels',
      'questions[1].options',
      'questions[2].texts.xx_bad',
    ]);
  });
});

describe('reading a text in the reader’s language', () => {
  it('follows the chain, then the base language, then English', () => {
    const texts = { en: 'Useful?', ja: '役に立ちましたか', 'pt-BR': 'Útil?' };
    expect(pickText(texts, readerChain('ja-JP'))).toBe('役に立ちましたか');
    expect(pickText(texts, readerChain('pt'))).toBe('Útil?');
    expect(pickText(texts, readerChain('dv', 'th,ja'))).toBe('役に立ちましたか');
    expect(pickText(texts, readerChain('dv'))).toBe('Useful?');
  });
});
