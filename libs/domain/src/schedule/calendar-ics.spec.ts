import ICAL from 'ical.js';
import { calendarIcs, vtimezone, type FeedEvent } from './calendar-ics.js';

const event = (over: Partial<FeedEvent>): FeedEvent => ({
  id: '00000000-0000-4000-8000-00000000e001',
  programmeCode: 'MOEJ-2026',
  programmeTitle: 'Training for overseas officials',
  hostTimeZone: 'Asia/Tokyo',
  kind: 'lecture',
  title: 'Separation and collection',
  status: 'scheduled',
  startsAt: null,
  endsAt: null,
  timeZone: 'Asia/Tokyo',
  allDayFrom: null,
  allDayTo: null,
  room: null,
  meetingUrl: null,
  dialIn: null,
  createdAt: new Date('2026-09-01T00:00:00Z'),
  updatedAt: new Date('2026-09-01T00:00:00Z'),
  ...over,
});

/** What a calendar reads back, with the VTIMEZONEs of the feed itself (ical.js converts through them). */
function readBack(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  try {
    return calendar.getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      return {
        uid: e.uid,
        allDay: e.startDate.isDate,
        start: e.startDate.isDate ? e.startDate.toString() : e.startDate.toJSDate().toISOString(),
        end: e.endDate.isDate ? e.endDate.toString() : e.endDate.toJSDate().toISOString(),
        status: v.getFirstPropertyValue('status'),
        sequence: e.sequence,
        url: v.getFirstPropertyValue('url'),
      };
    });
  } finally {
    for (const zone of calendar.getAllSubcomponents('vtimezone'))
      ICAL.TimezoneService.remove(String(zone.getFirstPropertyValue('tzid')));
  }
}

describe('the iCalendar feed', () => {
  it.each([
    ['Asia/Tokyo', '2026-10-06T00:30:00.000Z', '2026-10-06T02:00:00.000Z'],
    ['Asia/Kolkata', '2026-10-06T04:00:00.000Z', '2026-10-06T05:00:00.000Z'],
    ['Indian/Maldives', '2026-10-06T04:00:00.000Z', '2026-10-06T05:00:00.000Z'],
    // Across the change of 2026-10-25: 01:30 CEST to 03:30 CET, three hours.
    ['Europe/Copenhagen', '2026-10-24T23:30:00.000Z', '2026-10-25T02:30:00.000Z'],
    // Across Los Angeles' change of 2026-11-01: 00:30 PDT to 02:30 PST.
    ['America/Los_Angeles', '2026-11-01T07:30:00.000Z', '2026-11-01T10:30:00.000Z'],
    ['Pacific/Kiritimati', '2026-10-06T13:00:00.000Z', '2026-10-06T14:00:00.000Z'],
  ])('writes a session planned in %s that a parser reads back to the same instants', (zone, start, end) => {
    const ics = calendarIcs([event({ timeZone: zone, startsAt: new Date(start), endsAt: new Date(end) })], {
      name: 'Kenshu',
      uidDomain: 'kenshu.test',
    });
    expect(ics).toContain(`BEGIN:VTIMEZONE\r\nTZID:${zone}\r\n`);
    expect(ics).toContain(`DTSTART;TZID=${zone}:`);
    expect(readBack(ics)).toEqual([
      expect.objectContaining({
        uid: '00000000-0000-4000-8000-00000000e001@kenshu.test',
        allDay: false,
        start,
        end,
      }),
    ]);
  });

  it('writes the Copenhagen session in Copenhagen wall-clock time on both sides of the change', () => {
    const ics = calendarIcs(
      [
        event({
          timeZone: 'Europe/Copenhagen',
          startsAt: new Date('2026-10-24T23:30:00Z'),
          endsAt: new Date('2026-10-25T02:30:00Z'),
        }),
      ],
      { name: 'Kenshu', uidDomain: 'kenshu.test' },
    );
    expect(ics).toContain('DTSTART;TZID=Europe/Copenhagen:20261025T013000\r\n');
    expect(ics).toContain('DTEND;TZID=Europe/Copenhagen:20261025T033000\r\n');
  });

  it.each([
    // 02:30 happens twice in Copenhagen on 2026-10-25 (CEST, then CET); 01:30 twice in Los Angeles on 11-01.
    ['Europe/Copenhagen', '2026-10-25T00:30:00.000Z', '2026-10-25T02:30:00.000Z'],
    ['Europe/Copenhagen', '2026-10-25T01:30:00.000Z', '2026-10-25T03:00:00.000Z'],
    ['America/Los_Angeles', '2026-11-01T08:30:00.000Z', '2026-11-01T10:00:00.000Z'],
  ])(
    'writes a %s session that starts in the repeated hour in UTC, read back to the same instants',
    (zone, start, end) => {
      const ics = calendarIcs([event({ timeZone: zone, startsAt: new Date(start), endsAt: new Date(end) })], {
        name: 'Kenshu',
        uidDomain: 'kenshu.test',
      });
      expect(ics).toContain(`DTSTART:${start.replace(/[-:]|\.000/g, '')}\r\n`);
      expect(readBack(ics)).toEqual([expect.objectContaining({ start, end })]);
    },
  );

  it('writes an all-day item as dates, with the day after its last as DTEND, and no VTIMEZONE for it', () => {
    const ics = calendarIcs(
      [event({ allDayFrom: '2026-10-05', allDayTo: '2026-10-07', kind: 'site_visit' })],
      {
        name: 'Kenshu',
        uidDomain: 'kenshu.test',
      },
    );
    expect(ics).toContain('DTSTART;VALUE=DATE:20261005\r\n');
    expect(ics).toContain('DTEND;VALUE=DATE:20261008\r\n');
    expect(ics).not.toContain('BEGIN:VTIMEZONE');
    expect(readBack(ics)).toEqual([
      expect.objectContaining({ allDay: true, start: '2026-10-05', end: '2026-10-08' }),
    ]);
  });

  it('marks a cancelled session CANCELLED, and a changed one with a higher SEQUENCE', () => {
    const timed = { startsAt: new Date('2026-10-06T00:30:00Z'), endsAt: new Date('2026-10-06T02:00:00Z') };
    const before = readBack(calendarIcs([event(timed)], { name: 'K', uidDomain: 'k' }))[0]!;
    const after = readBack(
      calendarIcs([event({ ...timed, status: 'cancelled', updatedAt: new Date('2026-09-02T00:00:00Z') })], {
        name: 'K',
        uidDomain: 'k',
      }),
    )[0]!;
    expect([before.status, after.status]).toEqual(['CONFIRMED', 'CANCELLED']);
    expect(after.uid).toBe(before.uid);
    expect(after.sequence).toBeGreaterThan(before.sequence);
  });

  it('keeps DTSTAMP and LAST-MODIFIED in UTC, and writes the same feed twice the same', () => {
    const one = () =>
      calendarIcs(
        [event({ startsAt: new Date('2026-10-06T00:30:00Z'), endsAt: new Date('2026-10-06T02:00:00Z') })],
        {
          name: 'K',
          uidDomain: 'k',
        },
      );
    expect(one()).toContain('DTSTAMP:20260901T000000Z\r\n');
    expect(one()).toContain('LAST-MODIFIED:20260901T000000Z\r\n');
    expect(one()).toBe(one());
  });

  it('adds the join link and dial-in only when it is given them', () => {
    const timed = { startsAt: new Date('2026-10-06T00:30:00Z'), endsAt: new Date('2026-10-06T02:00:00Z') };
    const withLink = calendarIcs(
      [event({ ...timed, kind: 'webinar', meetingUrl: 'https://meet.example/x', dialIn: '+81 3 0000 0000' })],
      {
        name: 'K',
        uidDomain: 'k',
      },
    );
    expect(readBack(withLink)[0]!.url).toBe('https://meet.example/x');
    expect(withLink).toContain('Dial-in: +81 3 0000 0000');
    expect(calendarIcs([event({ ...timed, kind: 'webinar' })], { name: 'K', uidDomain: 'k' })).not.toMatch(
      /meet\.example|Join:|URL[:;]/,
    );
  });

  it('names a linked zone’s VTIMEZONE after the zone the events use, and has none for an unknown zone', () => {
    expect(vtimezone('Europe/Copenhagen')).toMatch(/^TZID:Europe\/Copenhagen$/m);
    expect(vtimezone('Asia/Calcutta')).toMatch(/^TZID:Asia\/Calcutta$/m);
    expect(vtimezone('Mars/Olympus_Mons')).toBeNull();
  });
});
