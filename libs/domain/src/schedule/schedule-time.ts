import { DateTime, IANAZone } from 'luxon';
import type { FieldProblem } from '../common/domain-error.js';

/** A wall-clock time with its offset (`2026-10-06T09:30:00+09:00`) in a named IANA zone. */
export interface ZonedDateTime {
  dateTime: string;
  zone: string;
}

/** One instant three ways: in UTC, in the reader's own zone, and in the programme's host zone. */
export interface TimePoint {
  utc: string;
  local: ZonedDateTime;
  host: ZonedDateTime;
}

const known = new Map<string, boolean>();

/**
 * A zone Luxon knows, or UTC (a zone stored before validation must not make a schedule unreadable).
 * Remembered per name: Luxon checks by building an Intl.DateTimeFormat, about 0.1 ms each time.
 */
export function usableZone(zone: string): string {
  let ok = known.get(zone);
  if (ok === undefined) known.set(zone, (ok = IANAZone.isValidZone(zone)));
  return ok ? zone : 'UTC';
}

/** An instant as the wall-clock time of `zone`, with the offset in force there then. */
export const zonedDateTime = (at: Date, zone: string): ZonedDateTime => ({
  dateTime: DateTime.fromMillis(at.getTime(), { zone }).toISO({ suppressMilliseconds: true })!,
  zone,
});

/** Luxon does the zone arithmetic (offsets, DST); when both zones are one, it is done once. */
export function timePoint(at: Date, localZone: string, hostZone: string): TimePoint {
  const host = zonedDateTime(at, hostZone);
  return {
    utc: at.toISOString(),
    local: localZone === hostZone ? host : zonedDateTime(at, localZone),
    host,
  };
}

/** Where an item starts, for ordering: a timed one at its instant, an all-day one at its first midnight in `zone`. */
export const startMillis = (startsAt: Date | null, allDayFrom: string | null, zone: string): number =>
  startsAt ? startsAt.getTime() : DateTime.fromISO(allDayFrom!, { zone }).startOf('day').toMillis();

export const DEFAULT_LOOKBACK_DAYS = 7;
export const DEFAULT_WINDOW_DAYS = 120;
export const MAX_WINDOW_DAYS = 366;

/** Calendar dates (inclusive) in the reader's zone, and the instants they span there. */
export interface ScheduleWindow {
  from: string;
  to: string;
  /** The first midnight of `from` in the zone. */
  start: Date;
  /** The midnight after `to` in the zone. */
  end: Date;
}

/**
 * The window of a schedule: `from` and `to` are calendar dates in `zone`, both inclusive. Without either,
 * it starts 7 days before today there and lasts 120 days; with one, it lasts 120 days from it or up to
 * it. More than 366 days, or `to` before `from`, is a problem naming the field.
 */
export function scheduleWindow(
  query: { from?: string; to?: string },
  zone: string,
  now: Date,
): ScheduleWindow | { problem: FieldProblem } {
  const day = (iso: string) => DateTime.fromISO(iso, { zone }).startOf('day');
  const length = DEFAULT_WINDOW_DAYS - 1;
  let from: DateTime;
  let to: DateTime;
  if (query.from && query.to) [from, to] = [day(query.from), day(query.to)];
  else if (query.from) [from, to] = [day(query.from), day(query.from).plus({ days: length })];
  else if (query.to) [from, to] = [day(query.to).minus({ days: length }), day(query.to)];
  else {
    from = DateTime.fromJSDate(now, { zone }).startOf('day').minus({ days: DEFAULT_LOOKBACK_DAYS });
    to = from.plus({ days: length });
  }
  if (!from.isValid) return { problem: { field: 'from', reason: 'must be a date such as 2026-10-05' } };
  if (!to.isValid) return { problem: { field: 'to', reason: 'must be a date such as 2026-10-16' } };
  const days = to.diff(from, 'days').days;
  if (days < 0) return { problem: { field: 'to', reason: 'must not be before from' } };
  if (Math.round(days) + 1 > MAX_WINDOW_DAYS)
    return { problem: { field: 'to', reason: `must be at most ${MAX_WINDOW_DAYS} days after from` } };
  return span(from, to);
}

const span = (from: DateTime, to: DateTime): ScheduleWindow => ({
  from: from.toISODate()!,
  to: to.toISODate()!,
  start: from.toJSDate(),
  end: to.plus({ days: 1 }).startOf('day').toJSDate(),
});

export const FEED_PAST_DAYS = 366;
export const FEED_FUTURE_DAYS = 3660;

/**
 * What a calendar feed holds: a year back (calendar apps drop what a feed no longer lists) and everything
 * planned ahead (ten years stands for no limit), in the reader's zone.
 */
export function feedWindow(zone: string, now: Date): ScheduleWindow {
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  return span(today.minus({ days: FEED_PAST_DAYS }), today.plus({ days: FEED_FUTURE_DAYS }));
}
