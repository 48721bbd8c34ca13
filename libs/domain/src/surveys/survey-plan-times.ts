import { DateTime } from 'luxon';
import type { SessionKind, SessionStatus } from '../sessions/session.entity.js';
import type { PlanLevel } from './survey-plan.entity.js';

/** What the plan needs of a session. */
export interface PlanSession {
  id: string;
  kind: SessionKind;
  status: SessionStatus;
  endsAt: Date | null;
  allDayFrom: string | null;
  allDayTo: string | null;
  timeZone: string;
}

/** A level of the plan as the due times need it: L1 with its session kinds (null: every kind). */
export interface PlanRule {
  level: PlanLevel;
  sessionKinds: SessionKind[] | null;
}

/** A survey the plan wants: its level, its session (L1) and when it is due. */
export interface WantedOccurrence {
  level: PlanLevel;
  sessionId: string | null;
  dueAt: Date;
}

/** Days after the programme's end of each follow-up, counted on the host's calendar. */
export const FOLLOW_UP_DAYS: Partial<Record<PlanLevel, number>> = { L3_90: 90, L3_180: 180 };

const endOfDay = (day: string, zone: string) => DateTime.fromISO(day, { zone }).endOf('day').toJSDate();
const dayIn = (at: Date, zone: string) => DateTime.fromJSDate(at, { zone }).toISODate()!;

/** When a session ends: its end instant; an all-day one at the end of its last day in its own zone. */
export function sessionEnd(s: PlanSession): Date | null {
  if (s.endsAt) return s.endsAt;
  const last = s.allDayTo ?? s.allDayFrom;
  return last ? endOfDay(last, s.timeZone) : null;
}

/**
 * The programme's end: the last day of its phases (in the host zone) — or, without phases, of its
 * sessions — at the end of its last session when that session ends on that day or later, else at the end
 * of that day. Cancelled sessions do not count; null when it has neither phases nor sessions.
 */
export function programmeEnd(
  lastPhaseDay: string | null,
  sessions: PlanSession[],
  zone: string,
): Date | null {
  const ends = sessions
    .filter((s) => s.status !== 'cancelled')
    .map(sessionEnd)
    .filter((e): e is Date => e !== null);
  const last = ends.length ? new Date(Math.max(...ends.map((e) => e.getTime()))) : null;
  const endDay = lastPhaseDay ?? (last ? dayIn(last, zone) : null);
  if (!endDay) return null;
  if (last && dayIn(last, zone) >= endDay) return last;
  return endOfDay(endDay, zone);
}

/** N days after `end` on the host's calendar, at the same wall-clock time there (DST and month ends by Luxon). */
export const daysAfter = (end: Date, days: number, zone: string): Date =>
  DateTime.fromJSDate(end, { zone }).plus({ days }).toJSDate();

/**
 * Every survey a plan wants now: an L1 at the end of each non-cancelled session of a kind it covers, the
 * programme-end survey at the programme's end, the L3 follow-ups 90 and 180 days after it.
 */
export function wantedOccurrences(
  rules: PlanRule[],
  sessions: PlanSession[],
  lastPhaseDay: string | null,
  zone: string,
): WantedOccurrence[] {
  const wanted: WantedOccurrence[] = [];
  const end = programmeEnd(lastPhaseDay, sessions, zone);
  for (const rule of rules) {
    if (rule.level === 'L1') {
      for (const s of sessions) {
        const dueAt = sessionEnd(s);
        if (s.status === 'cancelled' || !dueAt) continue;
        if (rule.sessionKinds && !rule.sessionKinds.includes(s.kind)) continue;
        wanted.push({ level: 'L1', sessionId: s.id, dueAt });
      }
    } else if (end) {
      const days = FOLLOW_UP_DAYS[rule.level];
      wanted.push({ level: rule.level, sessionId: null, dueAt: days ? daysAfter(end, days, zone) : end });
    }
  }
  return wanted;
}

/**
 * Whether an occurrence first planned now comes too late: its survey, had it been made when due, would
 * have closed already (a plan saved after the session or the programme's end). Such rows are kept as
 * `missed` rather than sending trainees a pile of surveys about sessions long past. A row planned in time
 * and due while no worker ran is not missed: it is made late, once.
 */
export const missedAt = (w: WantedOccurrence, openDays: number, now: Date): boolean =>
  w.dueAt.getTime() + openDays * 86_400_000 <= now.getTime();

/** The unique key of an occurrence within its programme. */
export const occurrenceKey = (o: { level: string; sessionId: string | null }) =>
  `${o.level}|${o.sessionId ?? ''}`;
