import { randomUUID } from 'node:crypto';
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

type Problem = { status: number; code: string; errors?: { field: string; reason: string }[] };
type Session = {
  id: string;
  status: string;
  startsAt: string | null;
  endsAt: string | null;
  timeZone: string;
  allDayFrom: string | null;
  allDayTo: string | null;
  warnings: { kind: string; name: string }[];
};
type Programme = { id: string; phases: { id: string }[] };

/** The demo trainee's fixed id (libs/domain/src/seed/demo-seed.ts). */
const DEMO_TRAINEE_ID = '00000000-0000-4000-9000-000000000004';

/** A programme's timetable: times in UTC with their zone, all-day dates, phases, double bookings. */
describe('programme sessions', () => {
  let api: KenshuProcess & { url: string };
  let coordinator: SignedInUser;
  let instructor: SignedInUser;
  let trainee: SignedInUser;
  let ds: DataSource;
  const tag = Date.now().toString(36).toUpperCase();

  const req = <T = Session>(method: string, path: string, who: SignedInUser | undefined, body?: unknown) =>
    call<T>(api.url, method, `/api/v1${path}`, { token: who?.accessToken, body });

  /** A programme in `zone` with one phase in October 2026, this file's instructor on its staff. */
  async function programme(code: string, zone = 'Asia/Tokyo', conflictPolicy = 'refuse'): Promise<Programme> {
    const { body } = await req<Programme>('POST', '/programmes', coordinator, {
      code: `${code}-${tag}`,
      title: `Programme ${code}`,
      mode: 'on_site',
      hostTimeZone: zone,
      conflictPolicy,
      phases: [{ name: 'In-country', kind: 'in_country', startsOn: '2026-10-05', endsOn: '2026-10-30' }],
    });
    await req('PUT', `/programmes/${body.id}/staff`, coordinator, {
      coordinators: [coordinator.user.id],
      instructors: [instructor.user.id],
    });
    return body;
  }

  beforeAll(async () => {
    api = await startApi({ QUEUE_PREFIX: testQueuePrefix('sessions') });
    ds = await createDataSource(testConfig());
    await ds.initialize();
    // An instructor of this file's own: other files book the demo instructor at times of their choosing,
    // and double bookings are checked across every programme.
    const email = `instructor.${tag.toLowerCase()}@sessions.example`;
    const id = randomUUID();
    await ds.query(
      `INSERT INTO user (id, email, display_name, password_hash, locale, time_zone, status)
       SELECT ?, ?, 'Sessions instructor', password_hash, 'en', 'Asia/Tokyo', 'active' FROM user WHERE email = ?`,
      [id, email, DEMO.instructor],
    );
    await ds.query(`INSERT INTO user_role (user_id, role) VALUES (?, 'instructor')`, [id]);
    [coordinator, instructor, trainee] = await Promise.all(
      [DEMO.coordinator, email, DEMO.trainee].map((e) => signIn(api.url, e)),
    );
  });

  afterAll(async () => {
    await api?.stop();
    await ds?.destroy();
  });

  it('stores a session planned at 09:30 host time as its UTC instant, with the zone', async () => {
    const p = await programme('TIME');
    const res = await req('POST', `/programmes/${p.id}/sessions`, coordinator, {
      kind: 'lecture',
      title: 'Separation at source',
      phaseId: p.phases[0]!.id,
      startsAt: '2026-10-06T09:30',
      endsAt: '2026-10-06T11:00',
      instructorIds: [instructor.user.id],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      startsAt: '2026-10-06T00:30:00.000Z',
      endsAt: '2026-10-06T02:00:00.000Z',
      timeZone: 'Asia/Tokyo',
      status: 'scheduled',
      allDayFrom: null,
    });
  });

  it('keeps an all-day item as dates, not midnights', async () => {
    const p = await programme('ALLDAY');
    const res = await req('POST', `/programmes/${p.id}/sessions`, coordinator, {
      kind: 'meeting',
      title: 'Arrival and registration',
      phaseId: p.phases[0]!.id,
      allDayFrom: '2026-10-05',
    });
    expect(res.body).toMatchObject({ allDayFrom: '2026-10-05', allDayTo: '2026-10-05', startsAt: null });
  });

  it.each([
    ['an end before the start', { startsAt: '2026-10-06T11:00', endsAt: '2026-10-06T09:30' }, 422, 'endsAt'],
    [
      'an unknown zone',
      { startsAt: '2026-10-06T09:30', endsAt: '2026-10-06T11:00', timeZone: 'Asia/Tokio' },
      400,
      'timeZone',
    ],
    [
      'a session outside its phase',
      { startsAt: '2026-11-06T09:30', endsAt: '2026-11-06T11:00' },
      422,
      'startsAt',
    ],
    [
      'a wall-clock time the clocks skip',
      {
        startsAt: '2026-03-29T02:30',
        endsAt: '2026-03-29T04:00',
        timeZone: 'Europe/Copenhagen',
        phaseId: null,
      },
      422,
      'startsAt',
    ],
    [
      'timed and all-day at once',
      { startsAt: '2026-10-06T09:30', endsAt: '2026-10-06T11:00', allDayFrom: '2026-10-06' },
      422,
      'allDayFrom',
    ],
    [
      'an instructor not on the staff',
      { startsAt: '2026-10-07T09:30', endsAt: '2026-10-07T11:00', instructorIds: [DEMO_TRAINEE_ID] },
      422,
      'instructorIds',
    ],
    [
      'a meeting link that is not https',
      { startsAt: '2026-10-07T09:30', endsAt: '2026-10-07T11:00', meetingUrl: 'javascript:alert(1)' },
      400,
      'meetingUrl',
    ],
  ])('refuses %s, naming the field', async (_, when, status, field) => {
    const p = await programme(`BAD${Math.random().toString(36).slice(2, 6).toUpperCase()}`);
    const res = await req<Problem>('POST', `/programmes/${p.id}/sessions`, coordinator, {
      kind: 'lecture',
      title: 'Refused',
      phaseId: p.phases[0]!.id,
      ...when,
    });
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.errors?.map((e) => e.field)).toContain(field);
  });

  it('refuses an instructor booked twice, or warns when the programme says so', async () => {
    const first = await programme('BUSY1');
    const slot = {
      kind: 'lecture',
      startsAt: '2026-10-08T13:00',
      endsAt: '2026-10-08T15:00',
      instructorIds: [instructor.user.id],
    };
    expect(
      (await req('POST', `/programmes/${first.id}/sessions`, coordinator, { ...slot, title: 'Incineration' }))
        .status,
    ).toBe(201);

    const second = await programme('BUSY2');
    const refused = await req<Problem>('POST', `/programmes/${second.id}/sessions`, coordinator, {
      ...slot,
      title: 'Overlapping',
      startsAt: '2026-10-08T14:30',
      endsAt: '2026-10-08T16:00',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('SESSION.CONFLICT');
    expect(refused.body.errors?.[0]?.field).toBe('instructorIds');

    // Back to back is not a conflict.
    const next = await req('POST', `/programmes/${second.id}/sessions`, coordinator, {
      ...slot,
      title: 'Right after',
      startsAt: '2026-10-08T15:00',
      endsAt: '2026-10-08T16:00',
    });
    expect(next.status).toBe(201);

    const lenient = await programme('BUSY3', 'Asia/Tokyo', 'warn');
    const warned = await req('POST', `/programmes/${lenient.id}/sessions`, coordinator, {
      ...slot,
      title: 'Warned',
    });
    expect(warned.status).toBe(201);
    expect(warned.body.warnings.map((w) => w.kind)).toEqual(['instructor']); // 13:00–15:00 only; 15:00 is free
  });

  it('turns a timed session into an all-day item and back', async () => {
    const p = await programme('KIND');
    const { body: s } = await req('POST', `/programmes/${p.id}/sessions`, coordinator, {
      kind: 'meeting',
      title: 'Free day, or a meeting',
      phaseId: p.phases[0]!.id,
      startsAt: '2026-10-15T10:00',
      endsAt: '2026-10-15T11:00',
    });
    const allDay = await req('PATCH', `/sessions/${s.id}`, coordinator, {
      allDayFrom: '2026-10-15',
      startsAt: null,
      endsAt: null,
    });
    expect(allDay.body).toMatchObject({ allDayFrom: '2026-10-15', allDayTo: '2026-10-15', startsAt: null });
    const timed = await req('PATCH', `/sessions/${s.id}`, coordinator, {
      startsAt: '2026-10-15T13:00',
      endsAt: '2026-10-15T14:00',
    });
    expect(timed.body).toMatchObject({ allDayFrom: null, startsAt: '2026-10-15T04:00:00.000Z' });
  });

  it('marks a session moved when its time changes, and cancels it', async () => {
    const p = await programme('MOVE');
    const { body: s } = await req('POST', `/programmes/${p.id}/sessions`, coordinator, {
      kind: 'webinar',
      title: 'Fiber-to-Fiber: textile recycling',
      startsAt: '2026-10-09T16:00',
      endsAt: '2026-10-09T17:30',
      meetingUrl: 'https://meet.example.org/fiber-to-fiber',
    });
    const titled = await req('PATCH', `/sessions/${s.id}`, coordinator, {
      title: 'Fiber-to-Fiber (webinar)',
    });
    expect(titled.body.status).toBe('scheduled');
    const moved = await req('PATCH', `/sessions/${s.id}`, coordinator, {
      startsAt: '2026-10-09T17:00',
      endsAt: '2026-10-09T18:30',
    });
    expect(moved.body).toMatchObject({ status: 'moved', startsAt: '2026-10-09T08:00:00.000Z' });
    const cancelled = await req('POST', `/sessions/${s.id}/cancel`, coordinator, {
      reason: 'Speaker unwell',
    });
    expect(cancelled.body.status).toBe('cancelled');
    expect((await req<Problem>('PATCH', `/sessions/${s.id}`, coordinator, { title: 'Back?' })).status).toBe(
      422,
    );
  });

  it('shows the timetable to the programme staff and hides it from others', async () => {
    const p = await programme('SEE');
    const { body: s } = await req('POST', `/programmes/${p.id}/sessions`, coordinator, {
      kind: 'lecture',
      title: 'Final disposal sites',
      startsAt: '2026-10-12T10:00',
      endsAt: '2026-10-12T11:00',
    });
    expect(
      (await req<Session[]>('GET', `/programmes/${p.id}/sessions`, instructor)).body.map((x) => x.id),
    ).toEqual([s.id]);
    expect((await req<Problem>('GET', `/sessions/${s.id}`, trainee)).status).toBe(404);
    expect((await req<Problem>('GET', `/programmes/${p.id}/sessions`, trainee)).status).toBe(404);
    expect((await req<Problem>('PATCH', `/sessions/${s.id}`, instructor, { title: 'Mine' })).status).toBe(
      403,
    );
  });

  it('shifts sessions by whole days when a programme is cloned, keeping host wall-clock time across DST', async () => {
    const p = await programme('CLONE', 'Europe/Copenhagen');
    await req('POST', `/programmes/${p.id}/sessions`, coordinator, {
      kind: 'site_visit',
      title: 'Visit to a recycling facility',
      phaseId: p.phases[0]!.id,
      startsAt: '2026-10-20T10:00',
      endsAt: '2026-10-20T11:30',
    });
    const clone = await req<Programme>('POST', `/programmes/${p.id}/clone`, coordinator, {
      code: `CLONE2-${tag}`,
      startsOn: '2026-10-19',
    });
    const [copy] = (await req<Session[]>('GET', `/programmes/${clone.body.id}/sessions`, coordinator)).body;
    // 10:00 CEST (UTC+2) on 20 October; 14 days later 10:00 is CET (UTC+1).
    expect(copy).toMatchObject({
      startsAt: '2026-11-03T09:00:00.000Z',
      endsAt: '2026-11-03T10:30:00.000Z',
      status: 'scheduled',
    });
  });

  it('reports which enrolled trainees would have a webinar outside 07:00–22:00 in their own zone', async () => {
    // Warn, not refuse: the demo trainees may be booked at that hour by another file's programme.
    const p = await programme('HOURS', 'Asia/Tokyo', 'warn');
    // The demo trainees live in Indian/Maldives, Asia/Taipei, Asia/Seoul and Europe/Copenhagen.
    const trainees = (await ds.query(`SELECT id, time_zone FROM user WHERE email IN (?) ORDER BY email`, [
      [
        'trainee@kenshu.example',
        'trainee.taipei@kenshu.example',
        'trainee.seoul@kenshu.example',
        'trainee.aarhus@kenshu.example',
      ],
    ])) as { id: string; time_zone: string }[];
    for (const t of trainees)
      await ds.query(`INSERT INTO enrolment (id, programme_id, user_id, status) VALUES (?, ?, ?, 'active')`, [
        randomUUID(),
        p.id,
        t.id,
      ]);
    await req('POST', `/programmes/${p.id}/sessions`, coordinator, {
      kind: 'webinar',
      title: 'Early webinar from Tokyo',
      startsAt: '2026-10-07T07:00',
      endsAt: '2026-10-07T08:30',
    });
    const res = await req<{ title: string; outside: { timeZone: string; localStart: string }[] }[]>(
      'GET',
      `/programmes/${p.id}/reasonable-hours`,
      instructor,
    );
    expect(res.status).toBe(200);
    const outside = res.body[0]!.outside.map((o) => [o.timeZone, o.localStart]).sort();
    expect(outside).toEqual([
      ['Asia/Taipei', '2026-10-07T06:00:00+08:00'],
      ['Europe/Copenhagen', '2026-10-07T00:00:00+02:00'],
      ['Indian/Maldives', '2026-10-07T03:00:00+05:00'],
    ]); // Seoul has it at 07:00, just in time
    expect((await req('GET', `/programmes/${p.id}/reasonable-hours`, trainee)).status).toBe(403);
  });

  describe('site visits and the host rules', () => {
    let facilityId: string;
    let p: Programme;

    beforeAll(async () => {
      const plant = await req<{ id: string }>('POST', '/facilities', coordinator, {
        name: `Shin-Koto incineration plant ${tag}`,
        kind: 'incineration_plant',
        address: '14-7 Shinsuna, Koto-ku, Tokyo',
        timeZone: 'Asia/Tokyo',
        capacity: 40,
        overseasCapacity: 25,
        allowedWeekdays: [1, 2, 3, 4, 5],
        earliestStart: '09:30',
        latestStart: '15:00',
        typicalDurationMin: 90,
        rosterDueDays: 14,
        visitorsPerInterpreter: 15,
      });
      expect(plant.status).toBe(201);
      facilityId = plant.body.id;
      const { body } = await req<Programme>('POST', '/programmes', coordinator, {
        code: `VISIT-${tag}`,
        title: 'Programme with plant visits',
        mode: 'on_site',
        hostTimeZone: 'Asia/Tokyo',
        phases: [{ name: 'In Tokyo', kind: 'in_country', startsOn: '2027-06-01', endsOn: '2027-06-30' }],
      });
      p = body;
    });

    const visit = (at: [string, string], extra: Record<string, unknown> = {}) =>
      req<Session & { ruleOverride: { reason: string; rules: { field: string }[] } | null }>(
        'POST',
        `/programmes/${p.id}/sessions`,
        coordinator,
        {
          kind: 'site_visit',
          title: 'Visit to the incineration plant',
          phaseId: p.phases[0]!.id,
          facilityId,
          startsAt: at[0],
          endsAt: at[1],
          siteVisit: {
            meetingPoint: 'Main gate',
            transport: [{ mode: 'chartered bus', from: 'Hotel, Shinjuku', to: 'Plant' }],
            ppe: ['helmet'],
            photography: 'Not in the control room',
            interpreterLanguages: ['en'],
            interpreters: 1,
            overseasGroup: true,
          },
          ...extra,
        },
      );

    it('schedules a visit that keeps every rule', async () => {
      const res = await visit(['2027-06-08T10:00', '2027-06-08T11:30']); // a Tuesday
      expect(res.status).toBe(201);
      expect(res.body.ruleOverride).toBeNull();
    });

    it('refuses a visit at 08:00 on a Sunday, naming every broken rule', async () => {
      const res = await visit(['2027-06-06T08:00', '2027-06-06T10:00']);
      expect(res.status).toBe(422);
      const body = res.body as unknown as Problem;
      expect(body.code).toBe('SESSION.HOST_RULES_BROKEN');
      const reasons = body.errors!.map((e) => e.reason).join(' | ');
      expect(reasons).toMatch(/Sunday/);
      expect(reasons).toMatch(/08:00.*09:30/);
      expect(reasons).toMatch(/120|90/); // longer than the typical visit
    });

    it('schedules it anyway with an override and its reason, recorded', async () => {
      const res = await visit(['2027-06-13T08:00', '2027-06-13T09:30'], {
        override: { reason: 'The plant opens on Sunday for this delegation (confirmed by letter)' },
      });
      expect(res.status).toBe(201);
      expect(res.body.ruleOverride?.reason).toMatch(/confirmed by letter/);
      expect(res.body.ruleOverride?.rules.length).toBeGreaterThanOrEqual(2);
      const admin = await signIn(api.url, DEMO.admin);
      const audit = await req<{ items: { action: string }[] }>(
        'GET',
        `/audit-events?targetId=${res.body.id}`,
        admin,
      );
      expect(audit.body.items.map((e) => e.action)).toContain('programme_session.rule_overridden');
      // The override stands for the rules it named: a new title needs no new reason.
      const renamed = await req<Session & { ruleOverride: { reason: string } | null }>(
        'PATCH',
        `/sessions/${res.body.id}`,
        coordinator,
        { title: 'Sunday visit to the incineration plant' },
      );
      expect(renamed.status).toBe(200);
      expect(renamed.body.ruleOverride?.reason).toMatch(/confirmed by letter/);
      // A rule it did not name does: five hours is longer than the plant's 90-minute visits.
      const bigger = await req<Problem>('PATCH', `/sessions/${res.body.id}`, coordinator, {
        startsAt: '2027-06-13T08:00',
        endsAt: '2027-06-13T13:00',
      });
      expect(bigger.status).toBe(422);
    });

    it('refuses a facility that does not exist, as a field of the session', async () => {
      const res = await visit(['2027-06-09T10:00', '2027-06-09T11:30'], {
        facilityId: '00000000-0000-4000-8000-0000000000ff',
      });
      expect(res.status).toBe(422);
      expect((res.body as unknown as Problem).errors).toEqual([
        { field: 'facilityId', reason: 'is not a known facility' },
      ]);
    });

    it('makes a session from a menu item: its format, title and duration, unless given', async () => {
      const item = await req<{ id: string }>('POST', '/menu-items', coordinator, {
        code: `SEP-${tag}`,
        format: 'lecture',
        defaultDurationMin: 150,
        originalLocale: 'ja',
        texts: [
          { locale: 'ja', title: '分別収集の基礎' },
          { locale: 'en', title: 'Separation and collection: the basics' },
        ],
      });
      expect(item.status).toBe(201);
      const res = await req('POST', `/programmes/${p.id}/sessions`, coordinator, {
        menuItemId: item.body.id,
        startsAt: '2027-06-10T09:30',
      });
      expect(res.status).toBe(201);
      // The demo coordinator reads Japanese.
      expect(res.body).toMatchObject({
        kind: 'lecture',
        title: '分別収集の基礎',
        startsAt: '2027-06-10T00:30:00.000Z',
        endsAt: '2027-06-10T03:00:00.000Z',
      });
      await req('POST', `/menu-items/${item.body.id}/archive`, coordinator);
      const archived = await req<Problem>('POST', `/programmes/${p.id}/sessions`, coordinator, {
        menuItemId: item.body.id,
        startsAt: '2027-06-11T09:30',
      });
      expect(archived.status).toBe(422);
      expect(archived.body.errors).toEqual([{ field: 'menuItemId', reason: 'is archived' }]);
      const neither = await req<Problem>('POST', `/programmes/${p.id}/sessions`, coordinator, {
        startsAt: '2027-06-11T09:30',
        endsAt: '2027-06-11T10:30',
      });
      expect(neither.body.errors?.map((e) => e.field)).toEqual(['kind', 'title']);
    });
  });
});
