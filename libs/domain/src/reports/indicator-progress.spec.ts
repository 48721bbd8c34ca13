import { latestOf, median, periodKey, progressOf, roundValue, valueProblem } from './indicator-progress.js';

describe('indicator progress', () => {
  it('gives the share of the way from baseline to target for a rising indicator', () => {
    // Collection coverage 40 % → target 80 %, now 55 %: 15 of 40 points, 0.375 of the way.
    expect(progressOf(40, 80, 55)).toEqual({ latest: 55, change: 15, progress: 0.375 });
  });

  it('gives a positive share for a falling indicator that falls (tonnes to landfill 120 → 80, now 100)', () => {
    expect(progressOf(120, 80, 100)).toEqual({ latest: 100, change: -20, progress: 0.5 });
  });

  it('gives a negative share when the value moves away from the target', () => {
    expect(progressOf(120, 80, 130)).toEqual({ latest: 130, change: 10, progress: -0.25 });
  });

  it('goes past 1 beyond the target and is 1 on it', () => {
    expect(progressOf(0, 30, 30).progress).toBe(1);
    expect(progressOf(0, 30, 45).progress).toBe(1.5);
  });

  it('has no progress when the target equals the baseline, but still a change', () => {
    expect(progressOf(12, 12, 15)).toEqual({ latest: 15, change: 3, progress: null });
  });

  it('has nothing without a value', () => {
    expect(progressOf(10, 20, null)).toEqual({ latest: null, change: null, progress: null });
  });

  it('rounds away binary noise (0.1 + 0.2)', () => {
    expect(progressOf(0.1, 1.1, 0.3)).toEqual({ latest: 0.3, change: 0.2, progress: 0.2 });
  });

  it('takes the latest value by as-of date, then by when it was reported', () => {
    const at = (s: string) => new Date(s);
    const values = [
      { id: 'a', asOf: '2028-01-10', reportedAt: at('2028-01-20T00:00:00Z') },
      { id: 'b', asOf: '2028-04-10', reportedAt: at('2028-04-11T00:00:00Z') },
      { id: 'c', asOf: '2028-04-10', reportedAt: at('2028-04-12T00:00:00Z') },
      { id: 'd', asOf: '2027-12-31', reportedAt: at('2028-05-01T00:00:00Z') },
    ];
    expect(latestOf(values)?.id).toBe('c');
    expect(latestOf([])).toBeNull();
  });

  it('takes the median of odd and even counts, and none of nothing', () => {
    expect(median([0.5, -0.1, 2])).toBe(0.5);
    expect(median([0.2, 0.4, 0.1, 1])).toBe(0.3);
    expect(median([])).toBeNull();
  });

  it('refuses values that are not finite, out of range for the unit, or not whole counts', () => {
    expect(valueProblem(Number.NaN, 'other')).toBe('must be a finite number');
    expect(valueProblem(Number.POSITIVE_INFINITY, 'other')).toBe('must be a finite number');
    expect(valueProblem(1e13, 'other')).toMatch(/magnitude/);
    expect(valueProblem(100.5, 'percent')).toMatch(/between 0 and 100/);
    expect(valueProblem(-1, 'tonnes_per_day')).toMatch(/negative/);
    expect(valueProblem(2.5, 'count')).toMatch(/whole/);
    expect(valueProblem(-3.25, 'other')).toBeNull();
    expect(valueProblem(100, 'percent')).toBeNull();
  });

  it('stores four decimals', () => {
    expect(roundValue(12.345678)).toBe(12.3457);
    expect(roundValue(-0.00001)).toBe(0);
  });

  it('keys a period by follow-up, and an `other` one by its as-of date', () => {
    expect(periodKey('90', '2028-01-10')).toBe('90');
    expect(periodKey('other', '2028-06-30')).toBe('other:2028-06-30');
  });
});
