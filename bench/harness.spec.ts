import { compare, markdownTable, median } from './harness.js';

describe('bench harness', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  it('alternates which side goes first, after one uncounted warm-up each', async () => {
    const calls: string[] = [];
    const side = (name: string, values: number[]) => ({
      name,
      run: async () => {
        calls.push(name);
        return values.shift()!;
      },
    });
    const result = await compare({
      scenario: 's',
      unit: 'ops/s',
      baseline: side('bare', [999, 100, 110, 90]),
      subject: side('ours', [1, 60, 50, 40]),
      rounds: 3,
      goal: 0.5,
    });
    expect(calls).toEqual(['bare', 'ours', 'bare', 'ours', 'ours', 'bare', 'bare', 'ours']);
    expect(result.baseline).toEqual([100, 110, 90]);
    expect(result.subject).toEqual([60, 50, 40]);
    expect(result.ratio).toBeCloseTo(0.5);
    expect(result.met).toBe(true);
    expect(markdownTable([result])).toContain(
      '| s | bare: 100 ops/s | ours: 50 ops/s | **0.50×** | ≥ 0.50× ✓ |',
    );
  });

  it('holds a cost to its ceiling in every subject trial, whatever the ratio', async () => {
    const side = (name: string, values: number[]) => ({ name, run: async () => values.shift()! });
    const costs = (subject: number[]) =>
      compare({
        scenario: 'peak memory',
        unit: 'MiB',
        baseline: side('bare', [1, 1.5, 2.5, 2]),
        subject: side('ours', subject),
        rounds: 3,
        ceiling: 64,
      });
    const within = await costs([99, 10, 30, 20]);
    expect(within.met).toBe(true);
    expect(markdownTable([within])).toContain(
      '| peak memory | bare: 2.0 MiB | ours: 20 MiB | **10.00×** | each < 64 MiB ✓ | 1.5, 2.5, 2.0 / 10, 30, 20 |',
    );
    const over = await costs([1, 10, 64, 20]);
    expect(over.met).toBe(false);
    expect(markdownTable([over])).toContain('each < 64 MiB ✗');
  });
});
