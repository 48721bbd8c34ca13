import { DateTime } from 'luxon';

const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;
const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;

/**
 * An instant from what a planner typed: an ISO instant with its offset (`2026-10-06T00:30:00Z`), or a
 * wall-clock time without one (`2026-10-06T09:30`) meant in `zone`. A wall-clock time that does not exist
 * in that zone (the hour skipped when clocks go forward) is refused rather than silently moved; one that
 * happens twice (clocks going back) means the first.
 */
export function instantFrom(value: string, zone: string): { at: Date } | { problem: string } {
  const trimmed = value.trim();
  if (HAS_OFFSET.test(trimmed)) {
    const dt = DateTime.fromISO(trimmed, { setZone: true });
    return dt.isValid ? { at: dt.toJSDate() } : { problem: 'must be an ISO 8601 date-time' };
  }
  if (!LOCAL.test(trimmed)) return { problem: 'must be an ISO 8601 date-time, such as 2026-10-06T09:30' };
  const dt = DateTime.fromISO(trimmed, { zone });
  if (!dt.isValid) return { problem: 'must be an ISO 8601 date-time, such as 2026-10-06T09:30' };
  const wall = (d: DateTime) => d.toFormat("yyyy-MM-dd'T'HH:mm:ss.SSS");
  if (wall(dt) !== wall(DateTime.fromISO(trimmed, { zone: 'UTC' })))
    return { problem: `${trimmed.slice(0, 16)} does not exist in ${zone} (the clocks skip it)` };
  // Luxon takes the later of two equal wall-clock times; RFC 5545 (and people) mean the first.
  const first = [60, 30].map((m) => dt.minus({ minutes: m })).find((d) => wall(d) === wall(dt));
  return { at: (first ?? dt).toJSDate() };
}

/** The calendar date of an instant in a zone. */
export const dateIn = (at: Date, zone: string): string => DateTime.fromJSDate(at, { zone }).toISODate()!;

/** The instants an all-day span covers in a zone: from its first midnight to the midnight after it. */
export function allDaySpan(from: string, to: string, zone: string): { start: Date; end: Date } {
  return {
    start: DateTime.fromISO(from, { zone }).startOf('day').toJSDate(),
    end: DateTime.fromISO(to, { zone }).plus({ days: 1 }).startOf('day').toJSDate(),
  };
}

/** Reasonable hours for a live session, in the attendee's own zone. */
export const REASONABLE_FROM = '07:00';
export const REASONABLE_UNTIL = '22:00';

/**
 * The local start and end (ISO with offset) of a session in `zone`, and whether it sits within 07:00–22:00
 * there on one day.
 */
export function localHours(
  startsAt: Date,
  endsAt: Date,
  zone: string,
): { start: string; end: string; reasonable: boolean } {
  const start = DateTime.fromJSDate(startsAt, { zone });
  const end = DateTime.fromJSDate(endsAt, { zone });
  const hm = (d: DateTime) => d.toFormat('HH:mm');
  const reasonable =
    start.hasSame(end.minus({ milliseconds: 1 }), 'day') &&
    hm(start) >= REASONABLE_FROM &&
    hm(end) <= REASONABLE_UNTIL;
  return {
    start: start.toISO({ suppressMilliseconds: true })!,
    end: end.toISO({ suppressMilliseconds: true })!,
    reasonable,
  };
}
