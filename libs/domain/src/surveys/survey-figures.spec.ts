import {
  belowMinimum,
  likertMeans,
  likertSumsOf,
  pooledByKind,
  pooledLikert,
  responseRate,
  type SurveyFigures,
} from './survey-figures.js';
import type { QuestionResult } from './survey-results.js';

const dist = (counts: number[], from = 1) => counts.map((count, i) => ({ key: String(from + i), count }));
const question = (
  q: Partial<QuestionResult> & Pick<QuestionResult, 'questionId' | 'kind'>,
): QuestionResult => ({
  position: 1,
  respondents: 0,
  distribution: [],
  mean: null,
  median: null,
  nps: null,
  rows: null,
  answers: null,
  ...q,
});

const figures = (f: Partial<SurveyFigures>): SurveyFigures => ({
  surveyId: 's',
  title: 'Survey',
  level: 'L1',
  status: 'closed',
  anonymous: true,
  minGroupSize: 5,
  session: null,
  invited: 0,
  responded: 0,
  responseRate: null,
  hidden: false,
  likertMean: null,
  likertAnswers: 0,
  likertSum: 0,
  likertQuestions: [],
  ...f,
});

describe('responseRate', () => {
  it('is responded over invited to four places, and null when nobody was invited', () => {
    expect(responseRate(2, 3)).toBe(0.6667);
    expect(responseRate(6, 6)).toBe(1);
    expect(responseRate(0, 4)).toBe(0);
    expect(responseRate(0, 0)).toBeNull();
  });
});

describe('belowMinimum', () => {
  it('hides an anonymous survey below its minimum group size, never a named one', () => {
    expect(belowMinimum({ anonymous: true, minGroupSize: 5 }, 4)).toBe(true);
    expect(belowMinimum({ anonymous: true, minGroupSize: 5 }, 5)).toBe(false);
    expect(belowMinimum({ anonymous: false, minGroupSize: 5 }, 1)).toBe(false);
  });
});

describe('likertSumsOf and likertMeans', () => {
  const results = {
    questions: [
      question({ questionId: 'm', kind: 'matrix', position: 2, distribution: dist([0, 0, 1, 2, 3]) }),
      question({ questionId: 'l', kind: 'likert', position: 1, distribution: dist([0, 0, 1, 2, 1]) }),
      question({
        questionId: 'n',
        kind: 'nps',
        position: 3,
        distribution: dist([0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 2], 0),
      }),
      question({ questionId: 't', kind: 'text', position: 4, answers: ['x'] }),
      question({ questionId: 'e', kind: 'likert', position: 5, distribution: dist([0, 0, 0, 0, 0]) }),
    ],
  };

  it('sums the likert questions and matrices of frozen results (value × count), leaving out nps and text', () => {
    expect(likertSumsOf(results)).toEqual([
      { questionId: 'm', position: 2, kind: 'matrix', sum: 3 + 8 + 15, count: 6 },
      { questionId: 'l', position: 1, kind: 'likert', sum: 3 + 8 + 5, count: 4 },
      { questionId: 'e', position: 5, kind: 'likert', sum: 0, count: 0 },
    ]);
  });

  it('gives the mean of every 1–5 answer and each question’s, by position; null for one nobody answered', () => {
    expect(likertMeans(likertSumsOf(results), false)).toEqual({
      likertMean: 4.2, // (16 + 26) / 10
      likertAnswers: 10,
      likertSum: 42,
      likertQuestions: [
        { questionId: 'l', position: 1, kind: 'likert', mean: 4, answers: 4 },
        { questionId: 'm', position: 2, kind: 'matrix', mean: 4.3333, answers: 6 },
        { questionId: 'e', position: 5, kind: 'likert', mean: null, answers: 0 },
      ],
    });
  });

  it('shows no mean, sum or question when hidden', () => {
    expect(likertMeans(likertSumsOf(results), true)).toEqual({
      likertMean: null,
      likertAnswers: 0,
      likertSum: 0,
      likertQuestions: [],
    });
  });
});

describe('pooledLikert and pooledByKind', () => {
  const visit = {
    id: 'v',
    title: 'Plant visit',
    kind: 'site_visit',
    startsAt: new Date('2027-01-01T00:00:00Z'),
  };
  const lecture = { ...visit, id: 'l', kind: 'lecture' };
  const list = [
    figures({
      surveyId: 'a',
      session: visit,
      responded: 5,
      likertAnswers: 10,
      likertSum: 45,
      likertMean: 4.5,
    }),
    figures({ surveyId: 'b', session: lecture, responded: 6, likertAnswers: 2, likertSum: 6, likertMean: 3 }),
    figures({ surveyId: 'c', session: visit, responded: 2, hidden: true }),
    figures({ surveyId: 'd', responded: 1, anonymous: false, likertAnswers: 1, likertSum: 1, likertMean: 1 }),
  ];

  it('weighs every answer the same and leaves hidden surveys out, counting them', () => {
    expect(pooledLikert(list)).toEqual({ surveys: 3, hiddenSurveys: 1, responses: 12, mean: 4 }); // 52 / 13
    expect(pooledLikert([])).toEqual({ surveys: 0, hiddenSurveys: 0, responses: 0, mean: null });
  });

  it('pools per session kind, "none" for surveys of no session, kinds in alphabetical order', () => {
    const l1 = pooledByKind(list);
    expect(l1.mean).toBe(4);
    expect(l1.byKind).toEqual([
      { kind: 'lecture', surveys: 1, hiddenSurveys: 0, responses: 6, mean: 3 },
      { kind: 'none', surveys: 1, hiddenSurveys: 0, responses: 1, mean: 1 },
      { kind: 'site_visit', surveys: 1, hiddenSurveys: 1, responses: 5, mean: 4.5 },
    ]);
  });
});
