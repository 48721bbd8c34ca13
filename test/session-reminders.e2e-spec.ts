import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createDataSource } from '@kenshu/domain';
import {
  call,
  DEMO,
  KenshuProcess,
  signIn,
  sleep,
  SmtpSink,
  startApi,
  startWorker,
  testConfig,
  testQueuePrefix,
  type SignedInUser,
} from '@kenshu/testing';

/**
 * Session reminders end to end: planned by the worker when due, one email per trainee per start, in the
 * trainee's language and zone; none for a cancelled session or a withdrawn trainee; again after a move;
 * never twice, even across a worker killed and restarted.
 */
describe('session reminders', () => {
  let api: KenshuProcess & { url: string };
  let worker: KenshuProcess;
  const smtp = new SmtpSink();
  let ds: DataSource;
  let coordinator: SignedInUser;
  const tag = Date.now().toString(36).toUpperCase();
  const env = {
    QUEUE_PREFIX: testQueuePrefix('reminders'),
    REMINDER_POLL_S: '1',
    REMINDER_HOURS_BEFORE: '24',
  };

  /** A trainee account made directly, active, in a zone and language of the test's choosing. */
  async function trainee(name: string, locale: string, zone: string): Promise<{ id: string; email: string }> {
    const id = randomUUID();
    const email = `${name}.${tag.toLowerCase()}@reminders.example`;
    await ds.query(
      `INSERT INTO user (id, email, display_name, locale, time_zone, status) VALUES (?, ?, ?, ?, ?, 'active')`,
      [id, email, name, locale, zone],
    );
    await ds.query(`INSERT INTO user_role (user_id, role) VALUES (?, 'trainee')`, [id]);
    return { id, email };
  }

  const req = <T = Record<string, unknown>>(method: string, path: string, body?: unknown) =>
    call<T>(api.url, method, `/api/v1${path}`, { token: coordinator.accessToken, body });

  /** An ISO instant `hours` from now, on a whole minute. */
  const inHours = (hours: number) =>
    new Date(Math.floor(Date.now() / 60_000) * 60_000 + hours * 3_600_000).toISOString();

  const reminders = (subject: string) => smtp.messages.filter((m) => m.subject?.includes(subject));

  beforeAll(async () => {
    await smtp.start();
    ds = await createDataSource(testConfig());
    await ds.initialize();
    api = await startApi({ ...env, SMTP_URL: smtp.url });
    coordinator = await signIn(api.url, DEMO.coordinator);
  });

  afterAll(async () => {
    await Promise.all([api?.stop(), worker?.stop()]);
    await smtp.stop();
    await ds?.destroy();
  });

  it('reminds each enrolled trainee once, in their language and zone, and again when the session moves', async () => {
    const { body: programme } = await req<{ id: string }>('POST', '/programmes', {
      code: `REMIND-${tag}`,
      title: 'Municipal waste management in small island states',
      mode: 'online',
      hostTimeZone: 'Asia/Tokyo',
    });
    const people = [
      await trainee('Aishath', 'en', 'Indian/Maldives'),
      await trainee('Priya', 'en', 'Asia/Kolkata'),
      await trainee('Haruto', 'ja', 'America/Los_Angeles'),
    ];
    const withdrawn = await trainee('Gone', 'en', 'Europe/Copenhagen');
    for (const [p, status] of [
      ...people.map((p) => [p, 'active'] as const),
      [withdrawn, 'withdrawn'] as const,
    ])
      await ds.query(`INSERT INTO enrolment (id, programme_id, user_id, status) VALUES (?, ?, ?, ?)`, [
        randomUUID(),
        programme.id,
        p.id,
        status,
      ]);

    const soon = await req<{ id: string }>('POST', `/programmes/${programme.id}/sessions`, {
      kind: 'webinar',
      title: `Soon ${tag}`,
      startsAt: inHours(2),
      endsAt: inHours(3),
      meetingUrl: 'https://meet.example.org/soon',
    });
    expect(soon.status).toBe(201);
    const cancelled = await req<{ id: string }>('POST', `/programmes/${programme.id}/sessions`, {
      kind: 'webinar',
      title: `Cancelled ${tag}`,
      startsAt: inHours(3),
      endsAt: inHours(4),
    });
    await req('POST', `/sessions/${cancelled.body.id}/cancel`, { reason: 'No speaker' });
    await req('POST', `/programmes/${programme.id}/sessions`, {
      kind: 'webinar',
      title: `Later ${tag}`,
      startsAt: inHours(48),
      endsAt: inHours(49),
    });

    worker = await startWorker({ ...env, SMTP_URL: smtp.url });
    await smtp.waitFor(3, 30_000, (m) => m.subject?.includes(`Soon ${tag}`) ?? false);
    await sleep(2500); // a few more polls: nothing more may come
    const first = reminders(`Soon ${tag}`);
    expect(first.map((m) => (m.to as { text: string }).text).sort()).toEqual(
      people.map((p) => p.email).sort(),
    );
    expect(reminders(`Cancelled ${tag}`)).toHaveLength(0);
    expect(reminders(`Later ${tag}`)).toHaveLength(0);

    const haruto = first.find((m) => JSON.stringify(m.to).includes(people[2]!.email))!;
    expect(haruto.subject).toBe(`リマインダー：Soon ${tag}`);
    expect(haruto.text).toContain('(America/Los_Angeles)');
    expect(haruto.text).toContain('(Asia/Tokyo)');
    expect(haruto.text).toContain('https://meet.example.org/soon');
    const aishath = first.find((m) => JSON.stringify(m.to).includes(people[0]!.email))!;
    expect(aishath.text).toContain('Your time:');
    expect(aishath.text).toContain('(Indian/Maldives)');

    // The worker dies and comes back: nothing is sent twice.
    await worker.stop('SIGKILL');
    worker = await startWorker({ ...env, SMTP_URL: smtp.url });
    await sleep(2500);
    expect(reminders(`Soon ${tag}`)).toHaveLength(3);

    // Moved: everyone is reminded of the new start, once.
    const moved = await req('PATCH', `/sessions/${soon.body.id}`, {
      startsAt: inHours(5),
      endsAt: inHours(6),
    });
    expect(moved.body.status).toBe('moved');
    await smtp.waitFor(6, 30_000, (m) => m.subject?.includes(`Soon ${tag}`) ?? false);
    await sleep(2500);
    expect(reminders(`Soon ${tag}`)).toHaveLength(6);
    expect(reminders(`Soon ${tag}`).some((m) => JSON.stringify(m.to).includes(withdrawn.email))).toBe(false);
  });
});
