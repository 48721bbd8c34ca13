import {
  cohortGain,
  isCorrect,
  normaliseAnswer,
  normalizedGain,
  percentOf,
  pickText,
  pointsFor,
  readerChain,
} from './grading.js';
import { deadlineOf, timePointOf } from './assessments.service.js';

describe('grading of every kind of question', () => {
  it('gives a single choice its points only for the one correct option', () => {
    const key = { optionIds: ['b'] };
    expect(pointsFor('single_choice', key, 2, { optionIds: ['b'] })).toBe(2);
    expect(pointsFor('single_choice', key, 2, { optionIds: ['a'] })).toBe(0);
    expect(pointsFor('single_choice', key, 2, { optionIds: [] })).toBe(0);
    expect(pointsFor('single_choice', key, 2, null)).toBe(0);
  });

  it('marks a multiple choice all or nothing, in any order, and refuses extra or missing options', () => {
    const key = { optionIds: ['a', 'c'] };
    expect(isCorrect('multiple_choice', key, { optionIds: ['c', 'a'] })).toBe(true);
    expect(isCorrect('multiple_choice', key, { optionIds: ['a'] })).toBe(false);
    expect(isCorrect('multiple_choice', key, { optionIds: ['a', 'c', 'd'] })).toBe(false);
    expect(isCorrect('multiple_choice', key, { optionIds: ['a', 'a'] })).toBe(false);
  });

  it('marks true/false by its fixed options', () => {
    expect(isCorrect('true_false', { optionIds: ['false'] }, { optionIds: ['false'] })).toBe(true);
    expect(isCorrect('true_false', { optionIds: ['false'] }, { optionIds: ['true'] })).toBe(false);
  });

  it('compares short answers NFKC-normalised, trimmed, spaces collapsed and case-insensitive', () => {
    const key = { accepted: ['Fly ash', '飛灰'] };
    expect(isCorrect('short_answer', key, { text: '  FLY   ash ' })).toBe(true);
    expect(isCorrect('short_answer', key, { text: 'ｆｌｙ\u3000ａｓｈ' })).toBe(true); // full-width + ideographic space
    expect(isCorrect('short_answer', key, { text: '飛灰' })).toBe(true);
    expect(isCorrect('short_answer', key, { text: 'fly-ash' })).toBe(false);
    expect(isCorrect('short_answer', key, { text: '   ' })).toBe(false);
    expect(normaliseAnswer('Ａ\tB\n c')).toBe('a b c');
  });

  it('accepts a numeric answer within the absolute tolerance, edges included', () => {
    const key = { value: 850, tolerance: 5 };
    expect(isCorrect('numeric', key, { value: 845 })).toBe(true);
    expect(isCorrect('numeric', key, { value: 855 })).toBe(true);
    expect(isCorrect('numeric', key, { value: 855.01 })).toBe(false);
    expect(isCorrect('numeric', key, { value: 844.99 })).toBe(false);
    expect(isCorrect('numeric', key, { text: '850' })).toBe(false);
  });

  it('treats binary fractions at the tolerance edge as within it', () => {
    expect(isCorrect('numeric', { value: 0.3, tolerance: 0 }, { value: 0.1 + 0.2 })).toBe(true);
    expect(isCorrect('numeric', { value: 1.2, tolerance: 0.1 }, { value: 1.3 })).toBe(true);
    expect(isCorrect('numeric', { value: 1.2, tolerance: 0.1 }, { value: 1.1 })).toBe(true);
    expect(isCorrect('numeric', { value: 1.2, tolerance: 0.1 }, { value: 1.31 })).toBe(false);
  });

  it('gives percents to two decimals, and none when nothing can be scored', () => {
    expect(percentOf(2, 3)).toBe(66.67);
    expect(percentOf(0, 0)).toBeNull();
  });
});

describe('learning gain', () => {
  it('is (post − pre) / (100 − pre) per trainee', () => {
    expect(normalizedGain(40, 70)).toBe(0.5);
    expect(normalizedGain(50, 50)).toBe(0);
    expect(normalizedGain(60, 40)).toBe(-0.5);
    expect(normalizedGain(0, 100)).toBe(1);
  });

  it('is null when the pre-test was perfect or a test is missing', () => {
    expect(normalizedGain(100, 100)).toBeNull();
    expect(normalizedGain(null, 80)).toBeNull();
    expect(normalizedGain(30, null)).toBeNull();
  });

  it('gives the cohort the mean of individual gains and the class-average gain of the mean pre and post', () => {
    const c = cohortGain([
      { pre: 40, post: 70 }, // g = 0.5
      { pre: 80, post: 90 }, // g = 0.5
      { pre: 100, post: 100 }, // no individual gain, but in the means
      { pre: null, post: 60 }, // not counted
    ]);
    expect(c.trainees).toBe(3);
    expect(c.meanIndividualGain).toBe(0.5);
    expect(c.meanPre).toBe(73.3333);
    expect(c.meanPost).toBe(86.6667);
    expect(c.classAverageGain).toBeCloseTo((86.6667 - 73.3333) / (100 - 73.3333), 3);
  });

  it('has no cohort figures without a trainee who took both tests', () => {
    expect(cohortGain([{ pre: 50, post: null }])).toEqual({
      trainees: 0,
      meanIndividualGain: null,
      meanPre: null,
      meanPost: null,
      classAverageGain: null,
    });
  });
});

describe('texts and times a trainee reads', () => {
  it('picks the reader’s language by their chain, by base language, else the first', () => {
    const texts = { en: 'Landfill', ja: '埋立地', 'pt-BR': 'Aterro' };
    expect(pickText(texts, readerChain('ja'))).toBe('埋立地');
    expect(pickText(texts, readerChain('pt-PT'))).toBe('Aterro');
    expect(pickText(texts, readerChain('vi', 'ja,en'))).toBe('埋立地');
    expect(pickText(texts, readerChain('th'))).toBe('Landfill');
  });

  it('ends an attempt at the earlier of start + limit and the close', () => {
    const start = new Date('2027-02-23T00:00:00Z');
    expect(deadlineOf(start, 30, new Date('2027-02-23T01:00:00Z'))).toEqual(new Date('2027-02-23T00:30:00Z'));
    expect(deadlineOf(start, 90, new Date('2027-02-23T01:00:00Z'))).toEqual(new Date('2027-02-23T01:00:00Z'));
    expect(deadlineOf(start, null, null)).toBeNull();
  });

  it('shows a close time in Kiritimati (UTC+14) on the next calendar day from Tokyo', () => {
    const at = new Date('2027-02-23T12:00:00Z');
    expect(timePointOf(at, 'Pacific/Kiritimati', 'Asia/Tokyo')).toEqual({
      utc: '2027-02-23T12:00:00.000Z',
      local: { dateTime: '2027-02-24T02:00:00+14:00', zone: 'Pacific/Kiritimati' },
      host: { dateTime: '2027-02-23T21:00:00+09:00', zone: 'Asia/Tokyo' },
    });
  });

  it('follows a DST change in Warsaw', () => {
    expect(timePointOf(new Date('2027-03-28T00:30:00Z'), 'Europe/Warsaw', 'Asia/Tokyo')!.local.dateTime).toBe(
      '2027-03-28T01:30:00+01:00',
    );
    expect(timePointOf(new Date('2027-03-28T01:30:00Z'), 'Europe/Warsaw', 'Asia/Tokyo')!.local.dateTime).toBe(
      '2027-03-28T03:30:00+02:00',
    );
  });
});
