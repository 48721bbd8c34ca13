import { DateTime } from 'luxon';
import { rosterDueDate } from '../facilities/facilities.service.js';

/** When the facility states no rule (or the visit has no facility): the roster two weeks ahead. */
export const DEFAULT_ROSTER_DUE_DAYS = 14;

/** When a site visit happens: an instant (with the zone it was planned in), or a first day. */
export interface VisitTiming {
  startsAt: Date | null;
  allDayFrom: string | null;
  /** The session's planning zone, used when there is no facility. */
  timeZone: string;
}

/** The facility's terms for the roster: its zone and how many days ahead it wants the list. */
export interface RosterTerms {
  timeZone: string;
  rosterDueDays: number;
}

export interface RosterDue {
  /** The visit's (first) day, in the host's zone. */
  visitOn: string;
  /** The day the host wants the roster by, in the host's zone; the roster can be downloaded from then. */
  dueOn: string;
  dueDays: number;
  timeZone: string;
  /** Today in the host's zone. */
  today: string;
  /** Calendar days from today to the due date in the host's zone; negative once it has passed. */
  daysLeft: number;
  /** Whether the roster can be downloaded now (from its due date on). */
  available: boolean;
}

const calendarDays = (from: string, to: string) =>
  DateTime.fromISO(to, { zone: 'UTC' }).diff(DateTime.fromISO(from, { zone: 'UTC' }), 'days').days;

/**
 * The roster's due date: the visit's day in the host's zone (the facility's, else the session's) less the
 * facility's notice in calendar days (DEFAULT_ROSTER_DUE_DAYS without a facility), as the facilities
 * feature counts it (rosterDueDate); and where `now` stands against it, on the host's calendar.
 */
export function rosterDue(visit: VisitTiming, terms: RosterTerms | null, now: Date): RosterDue {
  const timeZone = terms?.timeZone ?? visit.timeZone;
  const dueDays = terms?.rosterDueDays ?? DEFAULT_ROSTER_DUE_DAYS;
  let visitOn: string;
  let dueOn: string;
  if (visit.startsAt) {
    visitOn = DateTime.fromJSDate(visit.startsAt, { zone: timeZone }).toISODate()!;
    dueOn = rosterDueDate({ timeZone, rosterDueDays: dueDays }, visit.startsAt);
  } else if (visit.allDayFrom) {
    visitOn = visit.allDayFrom;
    dueOn = DateTime.fromISO(visit.allDayFrom, { zone: 'UTC' }).minus({ days: dueDays }).toISODate()!;
  } else {
    throw new Error('A visit has a start or a first day');
  }
  const today = DateTime.fromJSDate(now, { zone: timeZone }).toISODate()!;
  return {
    visitOn,
    dueOn,
    dueDays,
    timeZone,
    today,
    daysLeft: calendarDays(today, dueOn),
    available: today >= dueOn,
  };
}
