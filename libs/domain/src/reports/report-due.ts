import { DateTime } from 'luxon';

/**
 * The due instant of a stage given as "N months after the programme's end": the end of that calendar
 * day in the programme's zone (23:59:59.999 there), the month arithmetic by Luxon (31 January + 1 month
 * is 28/29 February; the day keeps its wall-clock end across a DST change).
 */
export function dueAfterEnd(endsOn: string, months: number, zone: string): Date {
  const day = DateTime.fromISO(endsOn, { zone }).plus({ months });
  return day.endOf('day').toJSDate();
}
