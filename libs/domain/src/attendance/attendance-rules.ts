import { randomInt } from 'node:crypto';
import { DateTime } from 'luxon';
import type { AttendanceSource, AttendanceStatus } from './attendance.entity.js';

/** The instants a session spans: a timed one as planned; an all-day one from its first midnight to the midnight after its last day, in its zone. */
export function sessionSpan(s: {
  startsAt: Date | null;
  endsAt: Date | null;
  allDayFrom: string | null;
  allDayTo: string | null;
  timeZone: string;
}): { start: Date; end: Date } {
  if (s.startsAt && s.endsAt) return { start: s.startsAt, end: s.endsAt };
  return {
    start: DateTime.fromISO(s.allDayFrom!, { zone: s.timeZone }).startOf('day').toJSDate(),
    end: DateTime.fromISO(s.allDayTo ?? s.allDayFrom!, { zone: s.timeZone })
      .plus({ days: 1 })
      .startOf('day')
      .toJSDate(),
  };
}

/** 31 characters nobody misreads on a projector: no 0/O, 1/I/L. */
export const CHECK_IN_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CHECK_IN_CODE_LENGTH = 6;

/** A fresh check-in code from the CSPRNG (31^6 ≈ 887 million codes). */
export function newCheckInCode(): string {
  let code = '';
  for (let i = 0; i < CHECK_IN_CODE_LENGTH; i++)
    code += CHECK_IN_ALPHABET[randomInt(CHECK_IN_ALPHABET.length)];
  return code;
}

/** What a trainee typed, as the code is stored: upper case, without spaces or dashes. */
export const normaliseCode = (typed: string): string => typed.replace(/[\s-]/g, '').toUpperCase();

/** Overlapping or touching intervals (ms) merged into their union, in order. */
export function mergeIntervals(intervals: readonly [number, number][]): [number, number][] {
  const sorted = intervals.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Whole minutes of the union of the intervals within [start, end) (a webinar's join/leave times). */
export function minutesWithin(intervals: readonly [number, number][], start: number, end: number): number {
  const clipped = intervals.map(([a, b]): [number, number] => [Math.max(a, start), Math.min(b, end)]);
  const ms = mergeIntervals(clipped).reduce((sum, [a, b]) => sum + (b - a), 0);
  return Math.floor(ms / 60_000);
}

/** Present when the minutes reach `thresholdPercent` of the session's length, else absent. */
export function importedStatus(minutes: number, sessionMinutes: number, thresholdPercent: number) {
  return minutes * 100 >= thresholdPercent * sessionMinutes ? ('present' as const) : ('absent' as const);
}

/** Sources that are an instructor's decision; a check-in or the automatic sweep loses to any of them. */
export const isInstructorDecision = (source: AttendanceSource): boolean =>
  source === 'instructor' || source === 'offline' || source === 'import';

export interface Decision {
  status: AttendanceStatus;
  note: string | null;
  source: AttendanceSource;
  recordedAt: Date;
  recordedBy: string | null;
  minutesAttended?: number | null;
}

export type Reconciled =
  /** The incoming decision is written; `overrode`: it replaced a different decision by someone else. */
  | { outcome: 'applied'; overrode: boolean }
  /** The same decision is there already (a batch uploaded twice): nothing changes. */
  | { outcome: 'unchanged' }
  /** A later instructor decision is kept; the incoming one is reported as a conflict. */
  | { outcome: 'lost' };

/**
 * Offline and imported records against what is stored: the latest instructor decision wins (by when it
 * was made, not when it arrived); a check-in or an automatic absence gives way to any instructor decision.
 * At equal times the stored one stays (first come). Replacing a different decision by someone else is
 * applied but reported; correcting one's own earlier decision is not a conflict.
 */
export function reconcile(existing: Decision | null, incoming: Decision): Reconciled {
  if (!existing || !isInstructorDecision(existing.source)) return { outcome: 'applied', overrode: false };
  const same =
    existing.status === incoming.status &&
    (existing.note ?? null) === (incoming.note ?? null) &&
    (incoming.minutesAttended === undefined ||
      (existing.minutesAttended ?? null) === (incoming.minutesAttended ?? null));
  if (same) return { outcome: 'unchanged' };
  if (incoming.recordedAt.getTime() > existing.recordedAt.getTime())
    return { outcome: 'applied', overrode: existing.recordedBy !== incoming.recordedBy };
  return { outcome: 'lost' };
}
