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
type Programme = {
  id: string;
  code: string;
  status: string;
  access: string;
  hostTimeZone: string;
  capacity: number | null;
  phases: { id: string; name: string; startsOn: string; endsOn: string }[];
  coordinators: { id: string }[];
  instructors: { id: string }[];
  clonedFromId: string | null;
};

/** Programmes: creation, phases, staff, status, cloning, and who reaches them. */
describe('programmes', () => {
  let api: KenshuProcess & { url: string };
  let coordinator: SignedInUser;
  let admin: SignedInUser;
  let instructor: SignedInUser;
  let trainee: SignedInUser;
  const tag = Date.now().toString(36).toUpperCase();

  const req = <T = Programme>(method: string, path: string, who: SignedInUser | undefined, body?: unknown) =>
    call<T>(api.url, method, `/api/v1${path}`, { token: who?.accessToken, body });

  const draft = (code: string, extra: Record<string, unknown> = {}) =>
    req('POST', '/programmes', coordinator, {
      code,
      title: 'Training for overseas officials: municipal solid waste management',
      mode: 'hybrid',
      hostTimeZone: 'Asia/Tokyo',
      funderOrganisationId: '00000000-0000-4000-8000-000000000004',
      hostOrganisationId: '00000000-0000-4000-8000-000000000001',
      phases: [
        { name: 'Distance learning', kind: 'distance', startsOn: '2026-09-01', endsOn: '2026-09-30' },
        { name: 'In Tokyo', kind: 'in_country', startsOn: '2026-10-05', endsOn: '2026-10-16' },
        { name: 'Action plan at home', kind: 'follow_up', startsOn: '2026-10-19', endsOn: '2027-03-31' },
      ],
      ...extra,
    });

  beforeAll(async () => {
    api = await startApi({ QUEUE_PREFIX: testQueuePrefix('programmes') });
    [coordinator, admin, instructor, trainee] = await Promise.all(
      [DEMO.coordinator, DEMO.admin, DEMO.instructor, DEMO.trainee].map((e) => signIn(api.url, e)),
    );
  });

  afterAll(async () => {
    await api?.stop();
  });

  it('creates a draft with phases; its creator coordinates it', async () => {
    const res = await draft(`MOEJ-${tag}-A`);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      code: `MOEJ-${tag}-A`,
      status: 'draft',
      access: 'manage',
      hostTimeZone: 'Asia/Tokyo',
    });
    expect(res.body.phases.map((p) => p.startsOn)).toEqual(['2026-09-01', '2026-10-05', '2026-10-19']);
    expect(res.body.coordinators.map((c) => c.id)).toEqual([coordinator.user.id]);
  });

  it.each([
    ['a taken code', () => ({ code: `MOEJ-${tag}-A` }), 409, 'code'],
    ['an unknown zone', () => ({ code: `X-${tag}-1`, hostTimeZone: 'Asia/Tokio' }), 400, 'hostTimeZone'],
    ['an unknown mode', () => ({ code: `X-${tag}-2`, mode: 'telepathy' }), 400, 'mode'],
    [
      'a phase that ends before it starts',
      () => ({
        code: `X-${tag}-3`,
        phases: [{ name: 'Backwards', kind: 'other', startsOn: '2026-10-05', endsOn: '2026-10-01' }],
      }),
      422,
      'phases[0].endsOn',
    ],
    [
      'a date that is not a date',
      () => ({
        code: `X-${tag}-4`,
        phases: [{ name: 'P', kind: 'other', startsOn: '2026-02-30', endsOn: '2026-03-01' }],
      }),
      400,
      'phases[0].startsOn',
    ],
    [
      'an organisation that does not exist',
      () => ({ code: `X-${tag}-5`, hostOrganisationId: '00000000-0000-4000-8000-0000000000ff' }),
      422,
      'hostOrganisationId',
    ],
  ])('refuses %s, naming the field', async (_, change, status, field) => {
    const res = await draft(`X-${tag}-0`, change()).then(
      (r) => r as unknown as { status: number; body: Problem },
    );
    expect(res.status).toBe(status);
    expect(res.body.errors?.map((e) => e.field)).toContain(field);
  });

  it('follows draft → published → running → closed → archived, and refuses skipping a step', async () => {
    const { body: p } = await draft(`MOEJ-${tag}-S`);
    const skip = await req<Problem>('POST', `/programmes/${p.id}/status`, coordinator, { status: 'running' });
    expect(skip.status).toBe(409);
    expect(skip.body.code).toBe('PROGRAMME.INVALID_TRANSITION');
    for (const status of ['published', 'draft', 'published', 'running', 'closed', 'archived'])
      expect((await req('POST', `/programmes/${p.id}/status`, coordinator, { status })).body.status).toBe(
        status,
      );
  });

  it('lets staff and enrolled trainees read it, and hides it from everyone else', async () => {
    const { body: p } = await draft(`MOEJ-${tag}-V`);
    expect((await req('GET', `/programmes/${p.id}`, admin)).body.access).toBe('manage');
    expect((await req<Problem>('GET', `/programmes/${p.id}`, instructor)).status).toBe(404);
    expect((await req<Problem>('GET', `/programmes/${p.id}`, trainee)).status).toBe(404);
    const staffed = await req('PUT', `/programmes/${p.id}/staff`, coordinator, {
      coordinators: [coordinator.user.id],
      instructors: [instructor.user.id],
    });
    expect(staffed.body.instructors.map((i) => i.id)).toEqual([instructor.user.id]);
    const seen = await req('GET', `/programmes/${p.id}`, instructor);
    expect(seen.body.access).toBe('teach');
    expect(
      (await req<Problem>('PATCH', `/programmes/${p.id}`, instructor, { title: 'Mine now' })).status,
    ).toBe(403);
    const list = await req<{ items: { id: string }[] }>('GET', '/programmes?pageSize=200', instructor);
    expect(list.body.items.map((i) => i.id)).toContain(p.id);
    const notStaff = await req<Problem>('PUT', `/programmes/${p.id}/staff`, coordinator, {
      coordinators: [coordinator.user.id],
      instructors: [trainee.user.id],
    });
    expect(notStaff.status).toBe(422);
    expect(notStaff.body.errors?.[0]?.field).toBe('instructors');
  });

  it('replaces phases, keeping those sent with their id', async () => {
    const { body: p } = await draft(`MOEJ-${tag}-P`);
    const res = await req('PUT', `/programmes/${p.id}/phases`, coordinator, {
      phases: [
        { ...p.phases[1], endsOn: '2026-10-17' },
        { name: 'Webinar series', kind: 'distance', startsOn: '2026-11-01', endsOn: '2026-11-30' },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.phases.map((ph) => [ph.id === p.phases[1]!.id, ph.endsOn])).toEqual([
      [true, '2026-10-17'],
      [false, '2026-11-30'],
    ]);
  });

  it('clones a programme as a draft with its dates shifted and its staff copied', async () => {
    const { body: source } = await draft(`MOEJ-${tag}-C`);
    const res = await req('POST', `/programmes/${source.id}/clone`, coordinator, {
      code: `MOEJ-${tag}-C2`,
      startsOn: '2027-09-07',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'draft', clonedFromId: source.id });
    expect(res.body.phases.map((p) => [p.startsOn, p.endsOn])).toEqual([
      ['2027-09-07', '2027-10-06'],
      ['2027-10-11', '2027-10-22'],
      ['2027-10-25', '2028-04-05'], // 371 days later, across 29 February 2028
    ]);
    expect(res.body.coordinators.map((c) => c.id)).toEqual([coordinator.user.id]);
  });
});
