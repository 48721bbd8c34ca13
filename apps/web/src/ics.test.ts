import { describe, expect, it } from 'vitest';
import type { Schemas } from './api/client';
import { icsHref, sessionIcs } from './ics';

const now = new Date('2026-09-30T12:00:00.000Z');
const zoned = (utc: string) => ({
  utc,
  local: { dateTime: utc, zone: 'UTC' },
  host: { dateTime: utc, zone: 'Asia/Tokyo' },
});

const item: Schemas['ScheduleItemResponse'] = {
  id: 'a0000000-0000-4000-8000-000000000001',
  programme: { id: 'p', code: 'MOEJ-2026-WM', title: 'Waste management' },
  kind: 'webinar',
  title: 'Reuse; an essential part, of circular economy',
  status: 'scheduled',
  access: 'attend',
  teaching: false,
  location: { room: 'Room 501, TMG', facilityId: null },
  allDay: false,
  start: zoned('2026-10-06T01:00:00.000Z'),
  end: zoned('2026-10-06T02:30:00.000Z'),
  from: null,
  to: null,
  meetingUrl: 'https://meet.example/reuse',
  dialIn: null,
};

describe('a session as an iCalendar file', () => {
  it('gives the instants in UTC, escapes text and uses CRLF line ends', () => {
    const ics = sessionIcs(item, now)!;
    expect(ics.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Kenshu//Web app//EN',
      'CALSCALE:GREGORIAN',
      'BEGIN:VEVENT',
      'UID:a0000000-0000-4000-8000-000000000001-web@kenshu',
      'DTSTAMP:20260930T120000Z',
      'DTSTART:20261006T010000Z',
      'DTEND:20261006T023000Z',
      'SUMMARY:Reuse\\; an essential part\\, of circular economy (MOEJ-2026-WM)',
      'LOCATION:Room 501\\, TMG',
      'URL:https://meet.example/reuse',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
    expect(decodeURIComponent(icsHref(ics).replace('data:text/calendar;charset=utf-8,', ''))).toBe(ics);
  });

  it('gives all-day items as dates, the end the day after the last', () => {
    const ics = sessionIcs(
      { ...item, allDay: true, start: null, end: null, from: '2026-12-31', to: '2027-01-01' },
      now,
    )!;
    expect(ics).toContain('DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270102\r\n');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const ics = sessionIcs({ ...item, title: '中央清掃工場の見学'.repeat(6) }, now)!;
    const lines = ics.split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const summary = lines.slice(
      lines.findIndex((l) => l.startsWith('SUMMARY:')),
      lines.findIndex((l) => l.startsWith('LOCATION:')),
    );
    expect(summary.length).toBeGreaterThan(1);
    expect(summary.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(
      `SUMMARY:${'中央清掃工場の見学'.repeat(6)} (MOEJ-2026-WM)`,
    );
  });

  it('offers none for a cancelled session', () => {
    expect(sessionIcs({ ...item, status: 'cancelled' }, now)).toBeNull();
  });
});
