/** Dates, times and sizes for people, through Intl (no date library in the browser). */

export function formatDate(language: string, utc: string, timeZone: string): string {
  return new Intl.DateTimeFormat(language, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(new Date(utc));
}

export function formatTime(language: string, utc: string, timeZone: string): string {
  return new Intl.DateTimeFormat(language, {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(utc));
}

/** A plain date (all-day items): the same in every zone, so it is formatted in UTC. */
export function formatPlainDate(language: string, date: string): string {
  return new Intl.DateTimeFormat(language, {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** The calendar day of an instant in a zone, as YYYY-MM-DD (for grouping). */
export function dayKey(utc: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(utc));
}

/** How far a zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(utcMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(utcMs));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wall - (utcMs - (utcMs % 1000));
}

/**
 * The UTC instant (ISO) of a date and a time of day on a zone's wall clock (`2026-10-06`, `09:30`,
 * `Asia/Tokyo`), read as the API reads one: null when either is not one, the zone is unknown, or the
 * clocks skip that time there (going forward); the first of the two when they pass it twice (going back).
 */
export function instantIn(date: string, time: string, timeZone: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!d || !t) return null;
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  if (new Date(wall).toISOString().slice(0, 10) !== date) return null; // 30 February
  try {
    // The zone's offsets a day either side: the instant is the wall time less one that holds there.
    const day = 86_400_000;
    const fits = [offsetAt(wall - day, timeZone), offsetAt(wall + day, timeZone)]
      .map((offset) => wall - offset)
      .filter((at) => at + offsetAt(at, timeZone) === wall)
      .sort((a, b) => a - b);
    return fits.length > 0 ? new Date(fits[0]).toISOString() : null;
  } catch {
    return null;
  }
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

export function formatBytes(language: string, bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

export const languageName = (language: string, code: string): string =>
  new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code;

/** An instant as the wall-clock time of a zone, `YYYY-MM-DDTHH:mm` (the value a datetime-local input holds). */
export function wallClock(utc: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(utc))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The IANA zones this browser knows (for a picker); the API has the last word on what it accepts. */
export const timeZones = (): string[] =>
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
