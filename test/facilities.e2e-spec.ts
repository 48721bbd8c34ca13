import {
  call,
  DEMO,
  KenshuProcess,
  signIn,
  startApi,
  testQueuePrefix,
  type SignedInUser,
} from '@kenshu/testing';

type Problem = { status: number; code: string; errors?: { field: string; reason: string }[] };
type Facility = {
  id: string;
  name: string;
  kind: string;
  hostOrganisation: { id: string; name: string } | null;
  latitude: number | null;
  longitude: number | null;
  timeZone: string;
  capacity: number;
  overseasCapacity: number | null;
  allowedWeekdays: number[];
  earliestStart: string | null;
  latestStart: string | null;
  typicalDurationMin: number | null;
  rosterDueDays: number;
  visitorsPerInterpreter: number | null;
  status: string;
};
type VisitCheck = {
  ok: boolean;
  brokenRules: { rule: string; field: string; reason: string }[];
  rosterDueOn: string;
  timeZone: string;
  localStart: string;
  localEnd: string;
};
type Page<T> = { items: T[]; total: number };

/** The Tokyo Metropolitan Government, Bureau of Environment (libs/domain/src/seed/demo-seed.ts). */
const TMG = '00000000-0000-4000-8000-000000000001';

/** Facilities and the host rules a site visit is checked against. */
describe('facilities', () => {
  let api: KenshuProcess & { url: string };
  let coordinator: SignedInUser;
  let admin: SignedInUser;
  let instructor: SignedInUser;
  let trainee: SignedInUser;
  const tag = Date.now().toString(36);

  const req = <T = Facility>(method: string, path: string, who: SignedInUser | undefined, body?: unknown) =>
    call<T>(api.url, method, `/api/v1${path}`, { token: who?.accessToken, body });

  /** A plant with the host rules seen for visits by overseas groups (DESIGN.md). */
  const plant = (name: string, extra: Record<string, unknown> = {}) =>
    req('POST', '/facilities', coordinator, {
      name: `${name} ${tag}`,
      kind: 'incineration_plant',
      hostOrganisationId: TMG,
      address: '14-1-2 Shiomi, Koto-ku, Tokyo',
      latitude: 35.657,
      longitude: 139.816,
      timeZone: 'Asia/Tokyo',
      contactName: 'Visitor desk',
      contactEmail: 'visits@plant.example',
      contactPhone: '+81 3-0000-0000',
      capacity: 40,
      overseasCapacity: 20,
      safetyNotes: 'Helmets and closed shoes; no photography in the control room.',
      allowedWeekdays: [5, 1, 2, 3, 4],
      earliestStart: '09:30',
      latestStart: '15:00',
      typicalDurationMin: 90,
      rosterDueDays: 14,
      visitorsPerInterpreter: 15,
      ...extra,
    });

  let tokyo: Facility;

  beforeAll(async () => {
    api = await startApi({ QUEUE_PREFIX: testQueuePrefix('facilities') });
    [coordinator, admin, instructor, trainee] = await Promise.all(
      [DEMO.coordinator, DEMO.admin, DEMO.instructor, DEMO.trainee].map((e) => signIn(api.url, e)),
    );
    tokyo = (await plant('Shin-Koto Incineration Plant')).body;
  });

  afterAll(async () => {
    await api?.stop();
  });

  it('creates a facility with its host, coordinates and rules, weekdays in order', async () => {
    expect(tokyo).toMatchObject({
      kind: 'incineration_plant',
      hostOrganisation: { id: TMG },
      latitude: 35.657,
      longitude: 139.816,
      timeZone: 'Asia/Tokyo',
      capacity: 40,
      overseasCapacity: 20,
      allowedWeekdays: [1, 2, 3, 4, 5],
      earliestStart: '09:30',
      latestStart: '15:00',
      typicalDurationMin: 90,
      rosterDueDays: 14,
      visitorsPerInterpreter: 15,
      status: 'active',
    });
    const got = await req('GET', `/facilities/${tokyo.id}`, instructor);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(tokyo);
  });

  it('takes a facility without rules: every day, any time', async () => {
    const res = await req('POST', '/facilities', admin, {
      name: `Katsushika collection depot ${tag}`,
      kind: 'collection_depot',
      address: 'Katsushika, Tokyo',
      timeZone: 'asia/tokyo',
      capacity: 12,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      timeZone: 'Asia/Tokyo',
      hostOrganisation: null,
      latitude: null,
      allowedWeekdays: [1, 2, 3, 4, 5, 6, 7],
      earliestStart: null,
      latestStart: null,
      rosterDueDays: 0,
      visitorsPerInterpreter: null,
      overseasCapacity: null,
    });
  });

  it.each([
    ['an unknown kind', { kind: 'volcano' }, 400, 'kind'],
    ['an unknown zone', { timeZone: 'Asia/Tokio' }, 400, 'timeZone'],
    ['an offset for a zone', { timeZone: '+09:00' }, 400, 'timeZone'],
    ['a latitude out of range', { latitude: 91 }, 400, 'latitude'],
    ['a longitude out of range', { longitude: -180.5 }, 400, 'longitude'],
    ['weekday 8', { allowedWeekdays: [1, 8] }, 400, 'allowedWeekdays'],
    ['no weekday', { allowedWeekdays: [] }, 400, 'allowedWeekdays'],
    ['a start that is not a time', { earliestStart: '9.30' }, 400, 'earliestStart'],
    ['a negative capacity', { capacity: -5 }, 400, 'capacity'],
    ['an unknown field', { colour: 'green' }, 400, 'colour'],
    [
      'an earliest start after the latest',
      { earliestStart: '15:30', latestStart: '09:30' },
      422,
      'earliestStart',
    ],
    ['an overseas cap above the capacity', { capacity: 20, overseasCapacity: 25 }, 422, 'overseasCapacity'],
    ['one coordinate without the other', { latitude: 35.6, longitude: null }, 422, 'longitude'],
    [
      'a host that does not exist',
      { hostOrganisationId: '00000000-0000-4000-8000-0000000000ff' },
      422,
      'hostOrganisationId',
    ],
  ])('refuses %s, naming the field', async (_, change, status, field) => {
    const res = (await plant('Refused', change)) as unknown as { status: number; body: Problem };
    expect(res.status).toBe(status);
    expect(res.body.errors?.map((e) => e.field)).toContain(field);
    if (status === 422) expect(res.body.code).toBe('FACILITY.INVALID');
  });

  it('checks a change against what is stored: a lower capacity under the overseas cap, a window backwards', async () => {
    const capacity = await req<Problem>('PATCH', `/facilities/${tokyo.id}`, coordinator, { capacity: 10 });
    expect(capacity.status).toBe(422);
    expect(capacity.body.errors).toEqual([
      { field: 'capacity', reason: 'must not be below the cap for overseas groups, 20' },
    ]);
    const window = await req<Problem>('PATCH', `/facilities/${tokyo.id}`, coordinator, {
      latestStart: '09:00',
    });
    expect(window.status).toBe(422);
    expect(window.body.errors).toEqual([
      { field: 'latestStart', reason: 'must not be before the earliest start, 09:30' },
    ]);
    expect((await req('GET', `/facilities/${tokyo.id}`, coordinator)).body).toEqual(tokyo);
  });

  it('updates what is sent and records who changed what', async () => {
    const { body: f } = await plant('Ariake Transfer Station', { kind: 'transfer_station' });
    const res = await req('PATCH', `/facilities/${f.id}`, coordinator, {
      overseasCapacity: null,
      visitorsPerInterpreter: 10,
      allowedWeekdays: [3, 2],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      overseasCapacity: null,
      visitorsPerInterpreter: 10,
      allowedWeekdays: [2, 3],
      earliestStart: '09:30',
      capacity: 40,
    });
    const audit = await call<{ items: { action: string; actorId: string; details: unknown }[] }>(
      api.url,
      'GET',
      `/api/v1/audit-events?targetId=${f.id}`,
      { token: admin.accessToken },
    );
    expect(audit.body.items.map((e) => e.action)).toEqual(['facility.updated', 'facility.created']);
    expect(audit.body.items[0]).toMatchObject({
      actorId: coordinator.user.id,
      details: { fields: ['overseasCapacity', 'visitorsPerInterpreter', 'allowedWeekdays'] },
    });
  });

  it('lists active facilities by search and kind, page by page; archived ones on request', async () => {
    const { body: landfill } = await plant('Central Breakwater Final Disposal Site', {
      kind: 'final_disposal_site',
    });
    const search = await req<Page<Facility>>(
      'GET',
      `/facilities?q=${tag}&kind=final_disposal_site`,
      instructor,
    );
    expect(search.status).toBe(200);
    expect(search.body.items.map((f) => f.id)).toEqual([landfill.id]);
    const paged = await req<Page<Facility>>('GET', `/facilities?q=${tag}&pageSize=1&page=2`, coordinator);
    expect(paged.body.items).toHaveLength(1);
    expect(paged.body.total).toBeGreaterThanOrEqual(3);

    const archived = await req('POST', `/facilities/${landfill.id}/archive`, coordinator);
    expect(archived.status).toBe(200);
    expect(archived.body.status).toBe('archived');
    expect((await req('POST', `/facilities/${landfill.id}/archive`, admin)).status).toBe(200);
    const after = await req<Page<Facility>>(
      'GET',
      `/facilities?q=${tag}&kind=final_disposal_site`,
      instructor,
    );
    expect(after.body.items).toEqual([]);
    const onRequest = await req<Page<Facility>>('GET', `/facilities?q=${tag}&status=archived`, instructor);
    expect(onRequest.body.items.map((f) => f.id)).toEqual([landfill.id]);

    const change = await req<Problem>('PATCH', `/facilities/${landfill.id}`, coordinator, { capacity: 30 });
    expect(change.status).toBe(409);
    expect(change.body.code).toBe('FACILITY.ARCHIVED');
    const check = await req<Problem>('POST', `/facilities/${landfill.id}/check-visit`, coordinator, {
      startsAt: '2099-10-06T10:00:00+09:00',
      endsAt: '2099-10-06T11:30:00+09:00',
      visitors: 10,
      overseasGroup: true,
      interpreters: 1,
    });
    expect(check.status).toBe(409);

    const audit = await call<{ items: { action: string }[] }>(
      api.url,
      'GET',
      `/api/v1/audit-events?targetId=${landfill.id}`,
      { token: admin.accessToken },
    );
    expect(audit.body.items.map((e) => e.action)).toEqual(['facility.archived', 'facility.created']);
  });

  describe('check-visit', () => {
    const check = (body: Record<string, unknown>, who = coordinator, id = tokyo.id) =>
      req<VisitCheck>('POST', `/facilities/${id}/check-visit`, who, {
        visitors: 15,
        overseasGroup: true,
        interpreters: 1,
        ...body,
      });

    it('passes a visit that keeps every rule and says when the roster is due', async () => {
      const res = await check({ startsAt: '2099-10-06T10:00:00+09:00', endsAt: '2099-10-06T02:30:00Z' });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        ok: true,
        brokenRules: [],
        rosterDueOn: '2099-09-22',
        timeZone: 'Asia/Tokyo',
        localStart: '2099-10-06T10:00:00+09:00',
        localEnd: '2099-10-06T11:30:00+09:00',
      });
    });

    it('refuses a site visit starting 08:00 host time', async () => {
      const res = await check({ startsAt: '2099-10-05T23:00:00Z', endsAt: '2099-10-06T00:30:00Z' });
      expect(res.body.ok).toBe(false);
      expect(res.body.brokenRules).toEqual([
        {
          rule: 'earliest-start',
          field: 'startsAt',
          reason: 'starts at 08:00 Asia/Tokyo, before the earliest start of 09:30',
        },
      ]);
    });

    it('refuses a Sunday at a weekday-only facility', async () => {
      // 2099-10-04 is a Sunday.
      const res = await check({ startsAt: '2099-10-04T10:00:00+09:00', endsAt: '2099-10-04T11:30:00+09:00' });
      expect(res.body.brokenRules).toEqual([
        {
          rule: 'weekday',
          field: 'startsAt',
          reason: 'falls on a Sunday in Asia/Tokyo; this facility takes visits Monday to Friday',
        },
      ]);
    });

    it('refuses a roster with too few interpreters', async () => {
      const res = await check({
        startsAt: '2099-10-06T10:00:00+09:00',
        endsAt: '2099-10-06T11:30:00+09:00',
        visitors: 20,
        interpreters: 1,
      });
      expect(res.body.brokenRules).toEqual([
        {
          rule: 'interpreters',
          field: 'interpreters',
          reason: '20 visitors need 2 interpreters (one per 15); 1 is planned',
        },
      ]);
    });

    it('names every broken rule at once, a late roster among them', async () => {
      // A Saturday two days from now, 07:00–10:00 in Tokyo, for 45 visitors from abroad with no interpreter.
      const soon = new Date(Date.now() + 2 * 86_400_000);
      const saturday = new Date(soon.getTime() + ((6 - soon.getUTCDay() + 7) % 7) * 86_400_000);
      const day = saturday.toISOString().slice(0, 10);
      const res = await check({
        startsAt: `${day}T07:00:00+09:00`,
        endsAt: `${day}T10:00:00+09:00`,
        visitors: 45,
        interpreters: 0,
      });
      expect(res.status).toBe(200);
      expect(res.body.brokenRules.map((b) => b.rule)).toEqual([
        'weekday',
        'earliest-start',
        'duration',
        'capacity',
        'overseas-capacity',
        'interpreters',
        'roster-due',
      ]);
    });

    it('refuses a visit that is not one, naming the field', async () => {
      const backwards = await req<Problem>('POST', `/facilities/${tokyo.id}/check-visit`, coordinator, {
        startsAt: '2099-10-06T11:30:00+09:00',
        endsAt: '2099-10-06T10:00:00+09:00',
        visitors: 10,
        overseasGroup: false,
        interpreters: 0,
      });
      expect(backwards.status).toBe(422);
      expect(backwards.body).toMatchObject({
        code: 'FACILITY.INVALID_VISIT',
        errors: [{ field: 'endsAt', reason: 'must be after startsAt' }],
      });
      const noOffset = await req<Problem>('POST', `/facilities/${tokyo.id}/check-visit`, coordinator, {
        startsAt: '2099-10-06T10:00',
        endsAt: '2099-02-30T11:30:00Z',
        visitors: 0,
        overseasGroup: 'yes',
        interpreters: -1,
      });
      expect(noOffset.status).toBe(400);
      expect(noOffset.body.errors?.map((e) => e.field).sort()).toEqual([
        'endsAt',
        'interpreters',
        'overseasGroup',
        'startsAt',
        'visitors',
      ]);
    });

    it('reads a Copenhagen host in its own zone across the October change', async () => {
      const { body: aarhus } = await plant('Aarhus recycling centre', {
        kind: 'recycling_facility',
        hostOrganisationId: null,
        timeZone: 'Europe/Copenhagen',
      });
      // 07:30 UTC: 09:30 CEST on Friday 2099-10-23, 08:30 CET on Monday 2099-10-26.
      const before = await check(
        { startsAt: '2099-10-23T07:30:00Z', endsAt: '2099-10-23T09:00:00Z' },
        coordinator,
        aarhus.id,
      );
      expect(before.body).toMatchObject({ ok: true, localStart: '2099-10-23T09:30:00+02:00' });
      const after = await check(
        { startsAt: '2099-10-26T07:30:00Z', endsAt: '2099-10-26T09:00:00Z' },
        coordinator,
        aarhus.id,
      );
      expect(after.body).toMatchObject({
        ok: false,
        localStart: '2099-10-26T08:30:00+01:00',
        brokenRules: [
          {
            rule: 'earliest-start',
            reason: 'starts at 08:30 Europe/Copenhagen, before the earliest start of 09:30',
          },
        ],
      });
    });
  });

  it('keeps trainees out and lets only coordinators and admins change facilities', async () => {
    expect((await req('GET', '/facilities', trainee)).status).toBe(403);
    expect((await req('GET', `/facilities/${tokyo.id}`, trainee)).status).toBe(403);
    expect((await req('PATCH', `/facilities/${tokyo.id}`, instructor, { capacity: 30 })).status).toBe(403);
    expect((await req('POST', `/facilities/${tokyo.id}/archive`, instructor)).status).toBe(403);
    expect((await req('GET', '/facilities', undefined)).status).toBe(401);
    expect((await req('GET', '/facilities/00000000-0000-4000-8000-0000000000ff', coordinator)).status).toBe(
      404,
    );
    expect((await req<Problem>('GET', '/facilities/not-a-uuid', coordinator)).status).toBe(400);
  });
});
