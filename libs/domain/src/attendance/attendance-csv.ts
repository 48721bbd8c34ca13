import { DateTime } from 'luxon';
import { readCsvFile } from '../common/csv-file.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?$/;

export interface WebinarRow {
  line: number;
  /** Lower case. */
  email: string;
  /** Milliseconds since the epoch. */
  join: number;
  leave: number;
}

export interface WebinarFile {
  rows: WebinarRow[];
  badRows: { line: number; field: string; reason: string }[];
}

/**
 * An instant from a webinar report: ISO 8601 with its offset (`2026-12-10T07:00:00Z`,
 * `2026-12-10T16:00+09:00`), or a wall-clock time `YYYY-MM-DD HH:mm[:ss]` meant in the session's zone. A
 * wall-clock time the zone skips (clocks going forward) is refused; one it repeats means the first.
 */
export function webinarInstant(value: string, zone: string): number | string {
  if (HAS_OFFSET.test(value)) {
    const dt = DateTime.fromISO(value.replace(' ', 'T'), { setZone: true });
    return dt.isValid ? dt.toMillis() : 'must be an ISO 8601 date-time with offset, or YYYY-MM-DD HH:mm';
  }
  if (!LOCAL_TIME.test(value)) return 'must be an ISO 8601 date-time with offset, or YYYY-MM-DD HH:mm';
  const iso = value.replace(' ', 'T');
  const dt = DateTime.fromISO(iso, { zone });
  if (!dt.isValid) return 'is not a real date and time';
  const wall = (d: DateTime) => d.toFormat("yyyy-MM-dd'T'HH:mm:ss");
  if (wall(dt) !== wall(DateTime.fromISO(iso, { zone: 'UTC' })))
    return `does not exist in ${zone} (the clocks skip it)`;
  const first = [60, 30].map((m) => dt.minus({ minutes: m })).find((d) => wall(d) === wall(dt));
  return (first ?? dt).toMillis();
}

/**
 * The rows of a webinar's attendance report (columns email, join, leave; optionally name), each checked:
 * a bad email or time, or a leave before the join, is a bad row with its line and reason. The file as a
 * whole (encoding, header, size) is checked by readCsvFile, which refuses it with IMPORT.INVALID_FILE.
 */
export function readAttendanceCsv(file: Buffer, zone: string, maxRows: number): WebinarFile {
  const records = readCsvFile(file, { required: ['email', 'join', 'leave'], optional: ['name'], maxRows });
  const out: WebinarFile = { rows: [], badRows: [] };
  for (const { line, cells } of records) {
    const email = cells.email.toLowerCase();
    const problems: { field: string; reason: string }[] = [];
    if (!EMAIL.test(email)) problems.push({ field: 'email', reason: 'is not an email address' });
    const join = webinarInstant(cells.join, zone);
    const leave = webinarInstant(cells.leave, zone);
    if (typeof join === 'string') problems.push({ field: 'join', reason: join });
    if (typeof leave === 'string') problems.push({ field: 'leave', reason: leave });
    if (typeof join === 'number' && typeof leave === 'number' && leave < join)
      problems.push({ field: 'leave', reason: 'is before join' });
    if (problems.length > 0) out.badRows.push(...problems.map((p) => ({ line, ...p })));
    else out.rows.push({ line, email, join: join as number, leave: leave as number });
  }
  return out;
}
