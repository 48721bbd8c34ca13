import type { Schemas } from './api/client';

type Item = Schemas['ScheduleItemResponse'];

/** RFC 5545 TEXT: backslash, semicolon, comma and newlines escaped. */
const text = (value: string): string => value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');

/** Lines longer than 75 octets folded (CRLF and a space), never inside a character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  return [...parts, current].join('\r\n ');
}

const utc = (iso: string): string => iso.replace(/[-:]/g, '').replace(/\.\d+/, '');
const date = (plain: string): string => plain.replace(/-/g, '');
const dayAfter = (plain: string): string => {
  const next = new Date(`${plain}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
};

/**
 * One session as an iCalendar file, for "add to calendar": exact instants in UTC (the calendar shows
 * them in the reader's zone), all-day items as dates (the end date is exclusive). The same UID as the
 * personal feed's event would be a clash, so it has its own.
 */
export function sessionIcs(item: Item, now = new Date()): string | null {
  const when =
    item.start && item.end
      ? [`DTSTART:${utc(item.start.utc)}`, `DTEND:${utc(item.end.utc)}`]
      : item.from
        ? [
            `DTSTART;VALUE=DATE:${date(item.from)}`,
            `DTEND;VALUE=DATE:${date(dayAfter(item.to ?? item.from))}`,
          ]
        : null;
  if (!when || item.status === 'cancelled') return null;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kenshu//Web app//EN',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:${item.id}-web@kenshu`,
    `DTSTAMP:${utc(now.toISOString())}`,
    ...when,
    `SUMMARY:${text(`${item.title} (${item.programme.code})`)}`,
    ...(item.location.room ? [`LOCATION:${text(item.location.room)}`] : []),
    ...(item.meetingUrl ? [`URL:${item.meetingUrl}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** A `data:` address for the file, for a download link. */
export const icsHref = (ics: string): string => `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`;
