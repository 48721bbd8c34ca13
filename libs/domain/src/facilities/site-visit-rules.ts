import { DateTime, Info } from 'luxon';
import type { FieldProblem } from '../common/domain-error.js';

/** A facility's rules for receiving a site visit, as the host states them in its own zone. */
export interface HostRules {
  /** The host's IANA zone: where "09:30" and "Monday" are meant. */
  timeZone: string;
  /** ISO weekdays on which visits may take place: 1 = Monday … 7 = Sunday. */
  allowedWeekdays: readonly number[];
  /** `HH:mm` host time; null: no limit. */
  earliestStart: string | null;
  /** `HH:mm` host time, inclusive; null: no limit. */
  latestStart: string | null;
  /** How long the host plans a visit to last, in minutes; a longer visit breaks the rule. Null: no rule. */
  typicalDurationMin: number | null;
  /** The visitor roster is due this many days before the visit's date (0: on the day). */
  rosterDueDays: number;
  /** One interpreter per this many visitors of an overseas group; null: no interpreter rule. */
  visitorsPerInterpreter: number | null;
  capacity: number;
  /** A lower cap for overseas groups; null: the capacity applies to them too. */
  overseasCapacity: number | null;
}

/** A planned site visit: UTC instants, the group and its interpreters. */
export interface SiteVisitPlan {
  startsAt: Date;
  endsAt: Date;
  visitors: number;
  overseasGroup: boolean;
  interpreters: number;
}

export const HOST_RULES = [
  'weekday',
  'earliest-start',
  'latest-start',
  'duration',
  'capacity',
  'overseas-capacity',
  'interpreters',
  'roster-due',
] as const;
export type HostRule = (typeof HOST_RULES)[number];

/** A host rule the visit breaks: which, the field of the visit it concerns, and why, in the host's terms. */
export interface BrokenRule extends FieldProblem {
  rule: HostRule;
}

export interface CheckOptions {
  /**
   * The moment of checking. Given, the visit also breaks `roster-due` when the day the roster is due has
   * already passed in the host's zone (too late to send the host its visitor list).
   */
  now?: Date;
}

const WEEKDAY_NAMES = Info.weekdays('long', { locale: 'en' }); // Monday … Sunday
const dayName = (isoWeekday: number) => WEEKDAY_NAMES[isoWeekday - 1]!;

/** "Monday to Friday", "Monday, Wednesday and Friday", "Monday to Wednesday and Saturday". */
export function describeWeekdays(days: readonly number[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  if (sorted.length === 0) return 'no day';
  if (sorted.length === 7) return 'every day';
  const runs: [number, number][] = [];
  for (const d of sorted) {
    const last = runs.at(-1);
    if (last && d === last[1] + 1) last[1] = d;
    else runs.push([d, d]);
  }
  const parts = runs.flatMap(([a, b]) =>
    b - a >= 2 ? [`${dayName(a)} to ${dayName(b)}`] : a === b ? [dayName(a)] : [dayName(a), dayName(b)],
  );
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** Milliseconds since local midnight of `HH:mm` or `HH:mm:ss`. */
const msOfClock = (hm: string) => {
  const [h, m, s] = hm.split(':').map(Number);
  return (h! * 3600 + m! * 60 + (s ?? 0)) * 1000;
};

/** A local time as people read it: `08:00`, or `08:00:30` when it is not on the minute. */
const clock = (dt: DateTime) => dt.toFormat(dt.second === 0 ? 'HH:mm' : 'HH:mm:ss');

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The date (ISO, in the host's zone) by which the host wants the visitor roster. */
export function rosterDueDate(
  rules: Pick<HostRules, 'timeZone' | 'rosterDueDays'>,
  visitStart: Date,
): string {
  return DateTime.fromJSDate(visitStart, { zone: rules.timeZone })
    .startOf('day')
    .minus({ days: rules.rosterDueDays })
    .toISODate()!;
}

/**
 * Every host rule the visit breaks (an empty list: none), each naming the visit's field and the reason
 * in the host's terms — its zone, its days, its clock. Weekdays and start times are read on the host's
 * wall clock (across daylight-saving changes too); the duration is the time that actually passes. A
 * visit that runs past midnight must not run into a day the host does not take visits. The interpreter
 * rule and the lower cap apply to overseas groups only.
 */
export function checkSiteVisit(
  rules: HostRules,
  visit: SiteVisitPlan,
  options: CheckOptions = {},
): BrokenRule[] {
  const broken: BrokenRule[] = [];
  const zone = rules.timeZone;
  const start = DateTime.fromJSDate(visit.startsAt, { zone });
  const end = DateTime.fromJSDate(visit.endsAt, { zone });
  const elapsedMs = visit.endsAt.getTime() - visit.startsAt.getTime();

  // Weekdays: the day it starts, and any day it runs into.
  const allowed = new Set(rules.allowedWeekdays);
  if (allowed.size < 7) {
    const startsOnBadDay = !allowed.has(start.weekday);
    const runsInto: number[] = [];
    if (elapsedMs > 0) {
      const lastDay = end.minus({ milliseconds: 1 }).startOf('day');
      // At most a week of days: beyond that every weekday is touched anyway.
      for (let day = start.startOf('day').plus({ days: 1 }), n = 0; day <= lastDay && n < 7; n++) {
        if (!allowed.has(day.weekday) && !runsInto.includes(day.weekday)) runsInto.push(day.weekday);
        day = day.plus({ days: 1 });
      }
    }
    if (startsOnBadDay || runsInto.length > 0) {
      const parts = [
        ...(startsOnBadDay ? [`falls on a ${dayName(start.weekday)}`] : []),
        ...(runsInto.length > 0 ? [`runs into ${runsInto.map(dayName).join(' and ')}`] : []),
      ];
      broken.push({
        rule: 'weekday',
        field: startsOnBadDay ? 'startsAt' : 'endsAt',
        reason: `${parts.join(' and ')} in ${zone}; this facility takes visits ${describeWeekdays(rules.allowedWeekdays)}`,
      });
    }
  }

  // Start times on the host's wall clock (its fields, not time since midnight: DST days have 23 or 25 hours).
  const startClock = ((start.hour * 60 + start.minute) * 60 + start.second) * 1000 + start.millisecond;
  if (rules.earliestStart !== null && startClock < msOfClock(rules.earliestStart))
    broken.push({
      rule: 'earliest-start',
      field: 'startsAt',
      reason: `starts at ${clock(start)} ${zone}, before the earliest start of ${rules.earliestStart.slice(0, 5)}`,
    });
  if (rules.latestStart !== null && startClock > msOfClock(rules.latestStart))
    broken.push({
      rule: 'latest-start',
      field: 'startsAt',
      reason: `starts at ${clock(start)} ${zone}, after the latest start of ${rules.latestStart.slice(0, 5)}`,
    });

  // Duration: the time that passes, not the difference of wall clocks.
  if (elapsedMs <= 0) broken.push({ rule: 'duration', field: 'endsAt', reason: 'ends before it starts' });
  else if (rules.typicalDurationMin !== null && elapsedMs > rules.typicalDurationMin * 60_000)
    broken.push({
      rule: 'duration',
      field: 'endsAt',
      reason: `lasts ${Math.ceil(elapsedMs / 60_000)} minutes; visits here last about ${rules.typicalDurationMin} minutes`,
    });

  // Group size.
  if (visit.visitors > rules.capacity)
    broken.push({
      rule: 'capacity',
      field: 'visitors',
      reason: `${plural(visit.visitors, 'visitor exceeds', 'visitors exceed')} the capacity of ${rules.capacity}`,
    });
  if (visit.overseasGroup && rules.overseasCapacity !== null && visit.visitors > rules.overseasCapacity)
    broken.push({
      rule: 'overseas-capacity',
      field: 'visitors',
      reason: `${plural(visit.visitors, 'visitor exceeds', 'visitors exceed')} the cap of ${rules.overseasCapacity} for overseas groups`,
    });

  // Interpreters for an overseas group.
  if (visit.overseasGroup && rules.visitorsPerInterpreter !== null) {
    const needed = Math.ceil(visit.visitors / rules.visitorsPerInterpreter);
    if (visit.interpreters < needed)
      broken.push({
        rule: 'interpreters',
        field: 'interpreters',
        reason:
          `${plural(visit.visitors, 'visitor needs', 'visitors need')} ${plural(needed, 'interpreter', 'interpreters')} ` +
          `(one per ${rules.visitorsPerInterpreter}); ` +
          (visit.interpreters === 0
            ? 'none is planned'
            : `${visit.interpreters} ${visit.interpreters === 1 ? 'is' : 'are'} planned`),
      });
  }

  // The roster, when it is already too late to send it.
  if (options.now) {
    const due = rosterDueDate(rules, visit.startsAt);
    const today = DateTime.fromJSDate(options.now, { zone }).toISODate()!;
    if (today > due)
      broken.push({
        rule: 'roster-due',
        field: 'startsAt',
        reason:
          (rules.rosterDueDays === 0
            ? `the visitor roster is due on the day of the visit, ${due}`
            : `the visitor roster is due ${plural(rules.rosterDueDays, 'day', 'days')} before, on ${due}`) +
          `; it is already ${today} in ${zone}`,
      });
  }

  return broken;
}
