import { DateTime } from 'luxon';

/** A survey's reminder schedule as stored: `reminder_days` ("3,7") after `opens_at`, until `closes_at`. */
export interface ReminderSchedule {
  opensAt: Date;
  closesAt: Date;
  /** Comma-separated whole days, ascending (as the service writes them); null: no reminders. */
  reminderDays: string | null;
  /** The host's IANA zone: "3 days after" keeps the hour of the host's clock across a DST change. */
  hostTimeZone: string;
}

/** The instants of rounds 1…n: opens_at plus each day count, in the host's calendar. */
export function reminderInstants(s: ReminderSchedule): Date[] {
  if (!s.reminderDays) return [];
  const opens = DateTime.fromJSDate(s.opensAt, { zone: s.hostTimeZone });
  return s.reminderDays
    .split(',')
    .map(Number)
    .filter((d) => Number.isInteger(d) && d > 0)
    .sort((a, b) => a - b)
    .map((days) => opens.plus({ days }).toJSDate());
}

/**
 * The latest reminder round due at `now` (1-based) with its instant, or null: a round is due once its
 * instant has passed, and only while it is before the closing time. Rounds passed long ago (a worker down
 * for days) give way to the latest one, so that an invitee never gets two reminders at once.
 */
export function dueReminderRound(s: ReminderSchedule, now: Date): { round: number; at: Date } | null {
  let due: { round: number; at: Date } | null = null;
  reminderInstants(s).forEach((at, i) => {
    if (at <= now && at < s.closesAt) due = { round: i + 1, at };
  });
  return due;
}
