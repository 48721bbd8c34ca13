/**
 * The benchmark harness: a scenario and its raw baseline run alternately in one process, on one machine,
 * in one run (never against figures from another day), and are compared by their medians.
 */

/** One side of a comparison; `run` does one trial and returns its throughput (operations a second). */
export interface Side {
  name: string;
  run(): Promise<number>;
}

export interface Comparison {
  scenario: string;
  unit: string;
  baseline: Side;
  subject: Side;
  rounds: number;
  /** The least subject/baseline ratio that counts as good enough (0.5 = half the baseline's throughput). */
  goal?: number;
  /**
   * For a cost rather than a throughput (memory: lower is better): every subject trial must stay below it,
   * whatever the baseline measured.
   */
  ceiling?: number;
}

export interface Result {
  scenario: string;
  unit: string;
  baselineName: string;
  subjectName: string;
  baseline: number[];
  subject: number[];
  ratio: number;
  /** Absent (with `ceiling`) for a comparison that only informs. */
  goal?: number;
  ceiling?: number;
  met: boolean;
}

export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * One warm-up trial of each side (not counted), then `rounds` rounds that alternate which side goes
 * first, so that neither always runs on a warmer or a busier machine.
 */
export async function compare(c: Comparison, log: (line: string) => void = () => undefined): Promise<Result> {
  log(`${c.scenario}: warming up`);
  await c.baseline.run();
  await c.subject.run();
  const baseline: number[] = [];
  const subject: number[] = [];
  for (let round = 0; round < c.rounds; round++) {
    const order = round % 2 === 0 ? (['baseline', 'subject'] as const) : (['subject', 'baseline'] as const);
    for (const side of order) {
      const value = await c[side].run();
      (side === 'baseline' ? baseline : subject).push(value);
      log(`${c.scenario}: round ${round + 1}/${c.rounds} ${c[side].name}: ${value.toFixed(0)} ${c.unit}`);
    }
  }
  const ratio = median(subject) / median(baseline);
  return {
    scenario: c.scenario,
    unit: c.unit,
    baselineName: c.baseline.name,
    subjectName: c.subject.name,
    baseline,
    subject,
    ratio,
    goal: c.goal,
    ceiling: c.ceiling,
    met:
      (c.goal === undefined || ratio >= c.goal) &&
      (c.ceiling === undefined || subject.every((v) => v < c.ceiling!)),
  };
}

/** Whole numbers, but one decimal below 10 (a few MiB of memory). */
const fmt = (n: number) => (Math.abs(n) < 10 ? n.toFixed(1) : Math.round(n).toLocaleString('en-US'));

/** The README's table: medians, the ratio and the goal, with every trial for whoever doubts a median. */
export function markdownTable(results: Result[]): string {
  const lines = [
    '| scenario | baseline (median) | Kenshu (median) | ratio | goal | trials: baseline / Kenshu |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of results) {
    const goals = [
      ...(r.goal === undefined ? [] : [`≥ ${r.goal.toFixed(2)}×`]),
      ...(r.ceiling === undefined ? [] : [`each < ${fmt(r.ceiling)} ${r.unit}`]),
    ];
    lines.push(
      `| ${r.scenario} | ${r.baselineName}: ${fmt(median(r.baseline))} ${r.unit} | ${r.subjectName}: ` +
        `${fmt(median(r.subject))} ${r.unit} | **${r.ratio.toFixed(2)}×** | ${goals.length === 0 ? '—' : `${goals.join(', ')} ${r.met ? '✓' : '✗'}`} | ` +
        `${r.baseline.map(fmt).join(', ')} / ${r.subject.map(fmt).join(', ')} |`,
    );
  }
  return lines.join('\n');
}
