import {
  call,
  DEMO,
  KenshuProcess,
  signIn,
  startApi,
  startWorker,
  testQueuePrefix,
  until,
  type SignedInUser,
} from '@kenshu/testing';

type Page = { items: { status: string; waitlistPosition: number | null; trainee: { id: string } }[] };

/** More places: the waiting list moves up, in order, through the `fill-waiting-list` job. */
describe('the waiting list when a programme grows', () => {
  let api: KenshuProcess & { url: string };
  let worker: KenshuProcess;
  let coordinator: SignedInUser;
  const env = { QUEUE_PREFIX: testQueuePrefix('waiting-list') };
  // Demo trainees in Taipei, Seoul and Aarhus (libs/domain/src/seed/demo-seed.ts).
  const trainees = [5, 6, 7].map((n) => `00000000-0000-4000-9000-00000000000${n}`);

  const req = <T = Record<string, unknown>>(method: string, path: string, body?: unknown) =>
    call<T>(api.url, method, `/api/v1${path}`, { token: coordinator.accessToken, body });

  beforeAll(async () => {
    [api, worker] = await Promise.all([startApi(env), startWorker(env)]);
    coordinator = await signIn(api.url, DEMO.coordinator);
  });

  afterAll(async () => {
    await Promise.all([api?.stop(), worker?.stop()]);
  });

  it('moves the oldest waiting trainees up as places are added, and everyone when the limit goes', async () => {
    const { body: programme } = await req<{ id: string }>('POST', '/programmes', {
      code: `GROW-${Date.now().toString(36).toUpperCase()}`,
      title: 'A programme that grows',
      mode: 'online',
      hostTimeZone: 'Asia/Tokyo',
      capacity: 1,
    });
    for (const userId of trainees)
      expect((await req('POST', `/programmes/${programme.id}/enrolments`, { userId })).status).toBe(201);
    const statuses = async () => {
      const { body } = await req<Page>('GET', `/programmes/${programme.id}/enrolments?pageSize=10`);
      return Object.fromEntries(body.items.map((e) => [e.trainee.id, e.status]));
    };
    expect(await statuses()).toEqual({
      [trainees[0]!]: 'invited',
      [trainees[1]!]: 'waitlisted',
      [trainees[2]!]: 'waitlisted',
    });

    expect((await req('PATCH', `/programmes/${programme.id}`, { capacity: 2 })).status).toBe(200);
    const grown = await until(
      'one more place taken',
      statuses,
      (s) => s[trainees[1]!] === 'invited',
      15_000,
      100,
    );
    expect(grown[trainees[2]!]).toBe('waitlisted'); // the first to wait moves first

    await req('PATCH', `/programmes/${programme.id}`, { capacity: null });
    const all = await until('every place taken', statuses, (s) => s[trainees[2]!] === 'invited', 15_000, 100);
    expect(Object.values(all)).toEqual(['invited', 'invited', 'invited']);
  });
});
