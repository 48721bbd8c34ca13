/**
 * L4 results indicators of an action plan: the catalogue of common waste-management indicators, and the
 * progress maths (pure, no database).
 */

export const INDICATOR_UNITS = ['percent', 'tonnes_per_day', 'count', 'other'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

/** The follow-up a value is reported for: +90 or +180 days after the programme ends, or another time. */
export const FOLLOW_UPS = ['90', '180', 'other'] as const;
export type FollowUp = (typeof FOLLOW_UPS)[number];

export interface CatalogueIndicator {
  code: string;
  name: string;
  unit: Exclude<IndicatorUnit, 'other'>;
}

/** Suggestions a plan's indicators may start from (free indicators are allowed too). */
export const INDICATOR_CATALOGUE: readonly CatalogueIndicator[] = [
  { code: 'collection_coverage', name: 'Household waste collection coverage', unit: 'percent' },
  { code: 'landfill_diversion', name: 'Landfill diversion rate', unit: 'percent' },
  { code: 'recycling_rate', name: 'Municipal solid waste recycling rate', unit: 'percent' },
  { code: 'source_separation', name: 'Households separating waste at source', unit: 'percent' },
  { code: 'organic_separate_collection', name: 'Organic waste collected separately', unit: 'percent' },
  { code: 'waste_generated', name: 'Municipal solid waste generated', unit: 'tonnes_per_day' },
  { code: 'waste_landfilled', name: 'Waste sent to landfill or dumpsites', unit: 'tonnes_per_day' },
  { code: 'organic_composted', name: 'Organic waste composted', unit: 'tonnes_per_day' },
  { code: 'open_dumpsites', name: 'Open dumpsites in operation', unit: 'count' },
  { code: 'collection_points', name: 'Recycling collection points', unit: 'count' },
];

export const CATALOGUE_CODES = INDICATOR_CATALOGUE.map((c) => c.code);

/** The largest magnitude a value may have (DECIMAL(18,4) holds 14 integer digits). */
export const INDICATOR_VALUE_MAX = 1e12;

/** Why a value is refused for a unit, or null when it is fine: finite, in range, whole for counts. */
export function valueProblem(value: number, unit: IndicatorUnit): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a finite number';
  if (Math.abs(value) > INDICATOR_VALUE_MAX) return `must be at most ${INDICATOR_VALUE_MAX} in magnitude`;
  if (unit === 'percent' && (value < 0 || value > 100)) return 'must be between 0 and 100 (percent)';
  if (unit === 'tonnes_per_day' && value < 0) return 'must not be negative (tonnes per day)';
  if (unit === 'count' && (value < 0 || !Number.isInteger(value)))
    return 'must be a whole number, not negative (count)';
  return null;
}

/** As stored: four decimals (DECIMAL(18,4)); -0 is 0. */
export const roundValue = (value: number): number => Math.round(value * 1e4) / 1e4 || 0;

export interface IndicatorProgress {
  /** The latest value (by as-of date, then by when it was reported), or null with none. */
  latest: number | null;
  /** latest − baseline, or null with no value. */
  change: number | null;
  /**
   * Share of the way from the baseline to the target: (latest − baseline) / (target − baseline); 1 is the
   * target reached, above 1 beyond it, below 0 a move away from it. Null with no value, or when the
   * target equals the baseline (no way to go).
   */
  progress: number | null;
}

const round = (x: number, places: number) => {
  const f = 10 ** places;
  return Math.round(x * f) / f || 0;
};

/** Progress of one indicator from its baseline, target and latest value (rounded: 4 and 6 places). */
export function progressOf(baseline: number, target: number, latest: number | null): IndicatorProgress {
  if (latest === null) return { latest: null, change: null, progress: null };
  const change = round(latest - baseline, 4);
  const span = target - baseline;
  return { latest, change, progress: span === 0 ? null : round((latest - baseline) / span, 6) };
}

/** The latest of some values: greatest as-of date (YYYY-MM-DD), then the latest reported. */
export function latestOf<T extends { asOf: string; reportedAt: Date }>(values: readonly T[]): T | null {
  let best: T | null = null;
  for (const v of values)
    if (
      !best ||
      v.asOf > best.asOf ||
      (v.asOf === best.asOf && v.reportedAt.getTime() > best.reportedAt.getTime())
    )
      best = v;
  return best;
}

/** The median of some numbers (the mean of the two middle ones for an even count); null for none. */
export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return round(s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2, 6);
}

/** The key of one value per indicator × period: `90`, `180`, or `other:<as-of date>`. */
export const periodKey = (followUp: FollowUp, asOf: string): string =>
  followUp === 'other' ? `other:${asOf}` : followUp;
