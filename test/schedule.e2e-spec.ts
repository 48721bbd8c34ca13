import { randomUUID } from 'node:crypto';
import ICAL from 'ical.js';
import type { DataSource } from 'typeorm';
import { createDataSource } from '@kenshu/domain';
import {
  call,
  DEMO,
  KenshuProcess,
  signIn,
  startApi,
  testConfig,
  testQueuePrefix,
  type SignedInUser,
} from '@kenshu/testing';

type Zoned = { dateTime: string; zone: string };
type Point = { utc: string; local: Zoned; host: Zoned };
type Item = {
  id: string;
  programme: { id: string; code: string; title: string };
  kind: string;
  title: string;
  status: string;
  access: string;
  teaching: boolean;
  location: { room: string | null; facilityId: string | null };
  allDay: boolean;
  start: Point | null;
  end: Point | null;
  from: string | null;
  to: string | null;
  meetingUrl: string | null;
  dialIn: string | null;
};
type Schedule = { timeZone: string; from: string; to: string; items: Item[] };
type Feed = { url: string; webcalUrl: string; createdAt: string; rotatedAt: string | null };
type Problem = { status: number; code: string; errors?: { field: string; reason: string }[] };

const ZONES = [
  'Asia/Tokyo',
  'Asia/Kolkata',
  'Indian/Maldives',
  'Europe/Copenhagen',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
] as const;
type Zone = (typeof ZONES)[number];

/** What a calendar app reads back from a feed, converting through the feed's own VTIMEZONEs (ical.js). */
function readFeed(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const zones = calendar.getAllSubcomponents('vtimezone');
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  try {
    return new Map(
      calendar.getAllSubcomponents('vevent').map((v) => {
        const e = new ICAL.Event(v);
        const time = (t: ICAL.Time) => (t.isDate ? t.toString() : t.toJSDate().toISOString());
        return [
          e.uid.replace(/@.*$/, ''),
          {
            allDay: e.startDate.isDate,
            start: time(e.startDate),
            end: time(e.endDate),
            status: String(v.getFirstPropertyValue('status')),
            url: v.getFirstPropertyValue('url') as string | null,
            description: e.description,
          },
        ] as const;
      }),
    );
  } finally {
    for (const zone of zones) ICAL.TimezoneService.remove(String(zone.getFirstPropertyValue('tzid')));
  }
}

/**
 * Trainee schedules and calendars end to end: a Tokyo programme seen by trainees in six zones (across
 * Copenhagen's change on 2026-10-25, and in Kiritimati where the date is another), all-day items on their
 * dates everywhere, links only to those holding a place, the programme calendar for its staff, and the
 * personal iCalendar feed read back by ical.js to the same instants, with rotation.
 */
describe('schedule and calendars', () => {
  let api: KenshuProcess & { url: string };
  let ds: DataSource;
  let coordinator: SignedInUser;
  let instructor: SignedInUser;
  const tag = Date.now().toString(36).toUpperCase();
  const trainees = {} as Record<Zone | 'withdrawn' | 'waitlisted', SignedInUser>;
  let programmeId: string;
  let otherProgrammeId: string;
  const s = {
    lecture: randomUUID(),
    acrossDst: randomUUID(),
    evening: randomUUID(),
    visit: randomUUID(),
    cancelled: randomUUID(),
    copenhagen: randomUUID(),
    repeatedHour: randomUUID(),
    elsewhere: randomUUID(),
  };

  const get = <T>(who: SignedInUser, path: string) =>
    call<T>(api.url, 'GET', `/api/v1${path}`, { token: who.accessToken });
  const october = (who: SignedInUser) => get<Schedule>(who, '/me/schedule?from=2026-10-01&to=2026-10-31');
  const itemOf = (schedule: { items: Item[] }, id: string) => schedule.items.find((i) => i.id === id)!;

  /** An active account in a zone, with the demo password (its hash copied), signed in. */
  async function person(name: string, zone: string): Promise<SignedInUser> {
    const id = randomUUID();
    const email = `${name}.${tag.toLowerCase()}@schedule.example`;
    await ds.query(
      `INSERT INTO user (id, email, display_name, locale, time_zone, status, password_hash)
       SELECT ?, ?, ?, 'en', ?, 'active', password_hash FROM user WHERE email = ?`,
      [id, email, name, zone, DEMO.trainee],
    );
    await ds.query(`INSERT INTO user_role (user_id, role) VALUES (?, 'trainee')`, [id]);
    return signIn(api.url, email);
  }

  const enrol = (programme: string, who: SignedInUser, status: string) =>
    ds.query(`INSERT INTO enrolment (id, programme_id, user_id, status) VALUES (?, ?, ?, ?)`, [
      randomUUID(),
      programme,
      who.user.id,
      status,
    ]);

  async function session(
    id: string,
    programme: string,
    fields: Record<string, string | null> & { kind: string; title: string },
  ): Promise<void> {
    const row = { id, programme_id: programme, time_zone: 'Asia/Tokyo', ...fields };
    const names = Object.keys(row);
    await ds.query(
      `INSERT INTO session (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
      Object.values(row),
    );
  }

  const programme = async (code: string) => {
    const res = await call<{ id: string }>(api.url, 'POST', '/api/v1/programmes', {
      token: coordinator.accessToken,
      body: {
        code,
        title: 'Training for overseas officials: municipal solid waste management',
        mode: 'hybrid',
        hostTimeZone: 'Asia/Tokyo',
      },
    });
    if (res.status !== 201) throw new Error(`programme: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id;
  };

  beforeAll(async () => {
    ds = await createDataSource(testConfig());
    await ds.initialize();
    api = await startApi({ QUEUE_PREFIX: testQueuePrefix('schedule') });
    [coordinator, instructor] = await Promise.all([
      signIn(api.url, DEMO.coordinator),
      signIn(api.url, DEMO.instructor),
    ]);
    programmeId = await programme(`SCHED-${tag}`);
    otherProgrammeId = await programme(`SCHED-${tag}-B`);
    const staff = await call(api.url, 'PUT', `/api/v1/programmes/${programmeId}/staff`, {
      token: coordinator.accessToken,
      body: { coordinators: [coordinator.user.id], instructors: [instructor.user.id] },
    });
    expect(staff.status).toBe(200);

    // 09:30–11:00 in Tokyo on Tuesday 6 October.
    await session(s.lecture, programmeId, {
      kind: 'lecture',
      title: 'Separation and collection in Tokyo’s 23 wards',
      starts_at: '2026-10-06 00:30:00',
      ends_at: '2026-10-06 02:00:00',
      room: 'Room 501',
    });
    await ds.query(`INSERT INTO session_instructor (session_id, user_id) VALUES (?, ?)`, [
      s.lecture,
      instructor.user.id,
    ]);
    // 08:30–11:30 in Tokyo on Sunday 25 October: 01:30 CEST to 03:30 CET in Copenhagen.
    await session(s.acrossDst, programmeId, {
      kind: 'webinar',
      title: 'Fiber-to-Fiber: textile recycling',
      starts_at: '2026-10-24 23:30:00',
      ends_at: '2026-10-25 02:30:00',
      meeting_url: 'https://meet.example/fiber-to-fiber',
      dial_in: '+81 3 0000 0000',
    });
    // 22:00 in Tokyo: already the 7th in Kiritimati.
    await session(s.evening, programmeId, {
      kind: 'webinar',
      title: 'Reuse, an essential part of circular economy',
      starts_at: '2026-10-06 13:00:00',
      ends_at: '2026-10-06 14:00:00',
      meeting_url: 'https://meet.example/reuse',
    });
    await session(s.visit, programmeId, {
      kind: 'site_visit',
      title: 'Visit to the Chuo Breakwater final disposal site',
      all_day_from: '2026-10-07',
      all_day_to: '2026-10-08',
    });
    await session(s.cancelled, programmeId, {
      kind: 'webinar',
      title: 'Bilateral meeting, Aarhus–Tokyo',
      starts_at: '2026-10-09 01:00:00',
      ends_at: '2026-10-09 02:00:00',
      status: 'cancelled',
      meeting_url: 'https://meet.example/aarhus',
    });
    // Planned in Copenhagen across its change: 01:45 CEST to 03:15 CET.
    await session(s.copenhagen, programmeId, {
      kind: 'meeting',
      title: 'Aarhus–Tokyo bilateral meeting',
      time_zone: 'Europe/Copenhagen',
      starts_at: '2026-10-24 23:45:00',
      ends_at: '2026-10-25 02:15:00',
    });
    // Planned in Copenhagen at 02:30 CEST, in the hour that happens twice there on 25 October.
    await session(s.repeatedHour, programmeId, {
      kind: 'meeting',
      title: 'Copenhagen–Tokyo follow-up',
      time_zone: 'Europe/Copenhagen',
      starts_at: '2026-10-25 00:30:00',
      ends_at: '2026-10-25 01:15:00',
    });
    await session(s.elsewhere, otherProgrammeId, {
      kind: 'webinar',
      title: 'A webinar of another programme',
      starts_at: '2026-10-06 05:00:00',
      ends_at: '2026-10-06 06:00:00',
      meeting_url: 'https://meet.example/not-yours',
    });

    for (const zone of ZONES) {
      trainees[zone] = await person(`trainee-${zone.replace(/\W/g, '-')}`, zone);
      await enrol(programmeId, trainees[zone], zone === 'Asia/Kolkata' ? 'invited' : 'active');
    }
    await enrol(otherProgrammeId, trainees['Asia/Tokyo'], 'waitlisted');
    trainees.withdrawn = await person('withdrawn', 'Asia/Tokyo');
    await enrol(programmeId, trainees.withdrawn, 'withdrawn');
    trainees.waitlisted = await person('waitlisted', 'Indian/Maldives');
    await enrol(programmeId, trainees.waitlisted, 'waitlisted');
  });

  afterAll(async () => {
    await api?.stop();
    await ds?.destroy();
  });

  describe('GET /me/schedule', () => {
    it.each([
      ['Asia/Tokyo', '2026-10-06T09:30:00+09:00', '2026-10-06T11:00:00+09:00'],
      ['Asia/Kolkata', '2026-10-06T06:00:00+05:30', '2026-10-06T07:30:00+05:30'],
      ['Indian/Maldives', '2026-10-06T05:30:00+05:00', '2026-10-06T07:00:00+05:00'],
      ['Europe/Copenhagen', '2026-10-06T02:30:00+02:00', '2026-10-06T04:00:00+02:00'],
      ['America/Los_Angeles', '2026-10-05T17:30:00-07:00', '2026-10-05T19:00:00-07:00'],
      ['Pacific/Kiritimati', '2026-10-06T14:30:00+14:00', '2026-10-06T16:00:00+14:00'],
    ] as const)(
      'shows a trainee in %s the 09:30 Tokyo lecture at %s, beside the host time',
      async (zone, start, end) => {
        const { status, body } = await october(trainees[zone]);
        expect(status).toBe(200);
        expect(body.timeZone).toBe(zone);
        expect(itemOf(body, s.lecture)).toMatchObject({
          programme: { id: programmeId, code: `SCHED-${tag}` },
          kind: 'lecture',
          status: 'scheduled',
          access: 'attend',
          teaching: false,
          location: { room: 'Room 501', facilityId: null },
          allDay: false,
          start: {
            utc: '2026-10-06T00:30:00.000Z',
            local: { dateTime: start, zone },
            host: { dateTime: '2026-10-06T09:30:00+09:00', zone: 'Asia/Tokyo' },
          },
          end: {
            utc: '2026-10-06T02:00:00.000Z',
            local: { dateTime: end, zone },
            host: { dateTime: '2026-10-06T11:00:00+09:00', zone: 'Asia/Tokyo' },
          },
          from: null,
          to: null,
        });
      },
    );

    it.each(ZONES)('keeps the all-day site visit on 7–8 October for a trainee in %s', async (zone) => {
      const { body } = await october(trainees[zone]);
      expect(itemOf(body, s.visit)).toMatchObject({
        allDay: true,
        from: '2026-10-07',
        to: '2026-10-08',
        start: null,
        end: null,
      });
    });

    it('gives each end of the webinar across Copenhagen’s change on 2026-10-25 its own offset', async () => {
      const { body } = await october(trainees['Europe/Copenhagen']);
      const item = itemOf(body, s.acrossDst);
      expect([item.start!.local.dateTime, item.end!.local.dateTime]).toEqual([
        '2026-10-25T01:30:00+02:00',
        '2026-10-25T03:30:00+01:00',
      ]);
      expect([item.start!.host.dateTime, item.end!.host.dateTime]).toEqual([
        '2026-10-25T08:30:00+09:00',
        '2026-10-25T11:30:00+09:00',
      ]);
    });

    it('puts the 22:00 Tokyo webinar on the 7th in Kiritimati and on the morning of the 6th in Los Angeles', async () => {
      const [kiritimati, losAngeles] = await Promise.all([
        october(trainees['Pacific/Kiritimati']),
        october(trainees['America/Los_Angeles']),
      ]);
      expect(itemOf(kiritimati.body, s.evening).start!.local.dateTime).toBe('2026-10-07T03:00:00+14:00');
      expect(itemOf(losAngeles.body, s.evening).start!.local.dateTime).toBe('2026-10-06T06:00:00-07:00');
      expect(itemOf(kiritimati.body, s.evening).start!.host.dateTime).toBe('2026-10-06T22:00:00+09:00');
    });

    it('lists the items in time order in the reader’s zone, all-day ones from their first midnight there', async () => {
      const { body } = await october(trainees['Pacific/Kiritimati']);
      // In Kiritimati the visit starts at 00:00 on the 7th, the evening webinar at 03:00 that day.
      expect(body.items.map((i) => i.id)).toEqual([
        s.lecture,
        s.visit,
        s.evening,
        s.cancelled,
        s.acrossDst,
        s.copenhagen,
        s.repeatedHour,
      ]);
    });

    it('shows the cancelled session with its status and without a link; the webinars’ links to their trainees', async () => {
      const { body } = await october(trainees['Indian/Maldives']);
      expect(itemOf(body, s.cancelled)).toMatchObject({
        status: 'cancelled',
        meetingUrl: null,
        dialIn: null,
      });
      expect(itemOf(body, s.acrossDst)).toMatchObject({
        meetingUrl: 'https://meet.example/fiber-to-fiber',
        dialIn: '+81 3 0000 0000',
      });
    });

    it('shows an invited trainee the programme, as the invitation holds a place', async () => {
      const { body } = await october(trainees['Asia/Kolkata']);
      expect(body.items).toHaveLength(7);
    });

    it('shows a withdrawn or waitlisted trainee nothing of the programme, and nobody a programme they wait for', async () => {
      for (const who of [trainees.withdrawn, trainees.waitlisted]) {
        const { status, body } = await october(who);
        expect({ status, items: body.items }).toEqual({ status: 200, items: [] });
      }
      const tokyo = await october(trainees['Asia/Tokyo']);
      expect(tokyo.body.items.map((i) => i.id)).not.toContain(s.elsewhere);
      expect(JSON.stringify(tokyo.body)).not.toContain('meet.example/not-yours');
    });

    it('shows its coordinator and instructor the programme’s sessions, marking what the instructor teaches', async () => {
      const [c, i] = await Promise.all([october(coordinator), october(instructor)]);
      expect(itemOf(c.body, s.lecture)).toMatchObject({ access: 'manage', teaching: false });
      expect(itemOf(i.body, s.lecture)).toMatchObject({ access: 'teach', teaching: true });
      expect(itemOf(i.body, s.evening)).toMatchObject({ access: 'teach', teaching: false });
      expect(itemOf(i.body, s.evening).meetingUrl).toBe('https://meet.example/reuse');
    });

    it('defaults to 120 days from a week ago, in the reader’s zone', async () => {
      const { body } = await get<Schedule>(trainees['Pacific/Kiritimati'], '/me/schedule');
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Pacific/Kiritimati' }).format(new Date());
      const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
      expect(day(today) - day(body.from)).toBe(7);
      expect(day(body.to) - day(body.from)).toBe(119);
    });

    it.each([
      ['?from=2026-10-10&to=2026-10-01', 422, 'to'],
      ['?from=2026-01-01&to=2027-01-02', 422, 'to'],
      ['?from=2026-10-32', 400, 'from'],
      ['?to=tomorrow', 400, 'to'],
    ])('refuses %s, naming the field', async (query, status, field) => {
      const res = await get<Problem>(trainees['Asia/Tokyo'], `/me/schedule${query}`);
      expect(res.status).toBe(status);
      expect(res.body.errors?.map((e) => e.field)).toContain(field);
    });
  });

  describe('GET /programmes/{id}/calendar', () => {
    it('gives its staff every session in host time, beside their own', async () => {
      const { status, body } = await get<{
        programme: { hostTimeZone: string };
        timeZone: string;
        items: Item[];
      }>(coordinator, `/programmes/${programmeId}/calendar`);
      expect(status).toBe(200);
      expect(body.programme.hostTimeZone).toBe('Asia/Tokyo');
      expect(body.items.map((i) => i.id)).toEqual(
        expect.arrayContaining([
          s.lecture,
          s.acrossDst,
          s.evening,
          s.visit,
          s.cancelled,
          s.copenhagen,
          s.repeatedHour,
        ]),
      );
      expect(itemOf(body, s.repeatedHour).start!.host.dateTime).toBe('2026-10-25T09:30:00+09:00');
      expect(itemOf(body, s.visit)).toMatchObject({
        allDay: true,
        from: '2026-10-07',
        to: '2026-10-08',
      });
    });

    it('lets an instructor of the programme read it, refuses its trainees and hides it from everyone else', async () => {
      const status = async (who: SignedInUser, id = programmeId) =>
        (await get<Problem>(who, `/programmes/${id}/calendar`)).status;
      expect({
        instructor: await status(instructor),
        trainee: await status(trainees['Asia/Tokyo']),
        withdrawn: await status(trainees.withdrawn),
        otherProgrammesWaitlisted: await status(trainees['Asia/Tokyo'], otherProgrammeId),
        missing: await status(coordinator, randomUUID()),
      }).toEqual({
        instructor: 200,
        trainee: 403,
        withdrawn: 404,
        otherProgrammesWaitlisted: 404,
        missing: 404,
      });
    });
  });

  describe('the personal iCalendar feed', () => {
    const feedOf = async (who: SignedInUser) => (await get<Feed>(who, '/me/calendar-feed')).body;
    const fetchFeed = (url: string, headers: Record<string, string> = {}) => fetch(url, { headers });

    it('is read back by a real parser to the same instants, across the DST change too', async () => {
      const feed = await feedOf(trainees['Europe/Copenhagen']);
      expect(feed.url).toMatch(new RegExp(`^${api.url}/api/v1/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
      expect(feed.webcalUrl).toBe(feed.url.replace(/^http:/, 'webcal:'));
      const res = await fetchFeed(feed.url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('private, no-cache');
      const ics = await res.text();
      expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
      expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Tokyo\r\n');
      expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Copenhagen\r\n');
      const events = readFeed(ics);
      expect(events.get(s.lecture)).toMatchObject({
        allDay: false,
        start: '2026-10-06T00:30:00.000Z',
        end: '2026-10-06T02:00:00.000Z',
        status: 'CONFIRMED',
      });
      expect(events.get(s.acrossDst)).toMatchObject({
        start: '2026-10-24T23:30:00.000Z',
        end: '2026-10-25T02:30:00.000Z',
        url: 'https://meet.example/fiber-to-fiber',
      });
      expect(events.get(s.copenhagen)).toMatchObject({
        start: '2026-10-24T23:45:00.000Z',
        end: '2026-10-25T02:15:00.000Z',
      });
      expect(ics).toContain('DTSTART;TZID=Europe/Copenhagen:20261025T014500\r\n');
      expect(ics).toContain('DTEND;TZID=Europe/Copenhagen:20261025T031500\r\n');
      expect(events.get(s.repeatedHour)).toMatchObject({
        start: '2026-10-25T00:30:00.000Z',
        end: '2026-10-25T01:15:00.000Z',
      });
      expect(events.get(s.evening)).toMatchObject({ start: '2026-10-06T13:00:00.000Z' });
      expect(events.get(s.visit)).toMatchObject({ allDay: true, start: '2026-10-07', end: '2026-10-09' });
      expect(events.get(s.cancelled)).toMatchObject({ status: 'CANCELLED', url: null });
      expect(events.get(s.cancelled)!.description).not.toContain('meet.example');
      expect(events.has(s.elsewhere)).toBe(false);
    });

    it.each(ZONES)('gives a trainee in %s the same instants and the all-day dates', async (zone) => {
      const events = readFeed(await (await fetchFeed((await feedOf(trainees[zone])).url)).text());
      expect(events.get(s.lecture)).toMatchObject({ start: '2026-10-06T00:30:00.000Z' });
      expect(events.get(s.acrossDst)).toMatchObject({ end: '2026-10-25T02:30:00.000Z' });
      expect(events.get(s.visit)).toMatchObject({ start: '2026-10-07', end: '2026-10-09' });
    });

    it('keeps its URL until rotated, answers 304 to a calendar that has it, and holds nothing for a withdrawn trainee', async () => {
      const first = await feedOf(trainees['Indian/Maldives']);
      expect((await feedOf(trainees['Indian/Maldives'])).url).toBe(first.url);
      const res = await fetchFeed(first.url);
      const etag = res.headers.get('etag')!;
      expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
      expect((await fetchFeed(first.url, { 'if-none-match': etag })).status).toBe(304);
      const withdrawn = await (await fetchFeed((await feedOf(trainees.withdrawn)).url)).text();
      expect(withdrawn).not.toContain('BEGIN:VEVENT');
    });

    it('stops answering the old URL the moment it is rotated', async () => {
      const who = trainees['America/Los_Angeles'];
      const old = await feedOf(who);
      expect((await fetchFeed(old.url)).status).toBe(200);
      const rotated = await call<Feed>(api.url, 'POST', '/api/v1/me/calendar-feed', {
        token: who.accessToken,
      });
      expect(rotated.status).toBe(200);
      expect(rotated.body.url).not.toBe(old.url);
      expect(rotated.body.rotatedAt).not.toBeNull();
      const gone = await fetchFeed(old.url);
      expect(gone.status).toBe(404);
      expect(((await gone.json()) as Problem).code).toBe('COMMON.NOT_FOUND');
      expect((await fetchFeed(rotated.body.url)).status).toBe(200);
      expect((await feedOf(who)).url).toBe(rotated.body.url);
      const admin = await signIn(api.url, DEMO.admin);
      const audit = await call<{ items: { actorId: string }[] }>(
        api.url,
        'GET',
        `/api/v1/audit-events?action=calendar_feed.rotated&targetId=${who.user.id}`,
        { token: admin.accessToken },
      );
      expect(audit.body.items.map((e) => e.actorId)).toEqual([who.user.id]);
    });

    it('answers 404 to a token it never gave', async () => {
      for (const token of ['A'.repeat(43), 'short', 'matrix-unknown-token-0123456789abcdefghijkl'])
        expect((await fetchFeed(`${api.url}/api/v1/calendar/${token}.ics`)).status).toBe(404);
    });
  });
});
