import { DateTime } from 'luxon';

/** A wall-clock time with its offset (ISO 8601, `2027-02-23T21:00:00+09:00`) and the IANA zone it is in. */
export interface WallTime {
  dateTime: string;
  zone: string;
}

/** An instant in UTC, in the reader's zone and in the programme's host zone: how trainee-facing times leave. */
export interface TimePoint {
  utc: string;
  local: WallTime;
  host: WallTime;
}

export const wallTime = (at: Date, zone: string): WallTime => ({
  dateTime: DateTime.fromMillis(at.getTime(), { zone }).toISO({ suppressMilliseconds: true })!,
  zone,
});

/** The instant for a reader in `readerZone` of a programme hosted in `hostZone` (zones already valid). */
export const timePoint = (at: Date, readerZone: string, hostZone: string): TimePoint => ({
  utc: at.toISOString(),
  local: wallTime(at, readerZone),
  host: wallTime(at, hostZone),
});
