import type { DataSource } from 'typeorm';
import { createDataSource } from '@kenshu/domain';
import {
  call,
  DEMO,
  KenshuProcess,
  signIn,
  SmtpSink,
  startApi,
  startWorker,
  testConfig,
  testQueuePrefix,
} from '@kenshu/testing';

type Problem = { status: number; code: string; errors?: { field: string; reason: string }[] };
type Tokens = { accessToken: string; refreshToken: string; user: { id: string } };

/** The token of the link in a Kenshu email (reset or invitation). */
const tokenIn = (text: string | undefined, path: string): string => {
  const match = new RegExp(`/${path}\\?token=([A-Za-z0-9_-]+)`).exec(text ?? '');
  if (!match) throw new Error(`no ${path} link in:\n${text}`);
  return match[1]!;
};

/**
 * Sign-in, refresh, logout, password reset, invitations, the profile and account administration, end to
 * end: the built API and worker on the real MariaDB, Redis and a loopback SMTP server.
 */
describe('identity and access', () => {
  let api: KenshuProcess & { url: string };
  let worker: KenshuProcess;
  const smtp = new SmtpSink();
  let ds: DataSource;
  let admin: Tokens;
  let coordinator: Tokens;
  const unique = `${Date.now()}`;

  const req = <T = Record<string, unknown>>(method: string, path: string, token?: string, body?: unknown) =>
    call<T>(api.url, method, `/api/v1${path}`, { token, body });

  /** Invites a trainee as the coordinator, accepts the emailed invitation, signs in. */
  async function newTrainee(name: string, extra: Record<string, unknown> = {}) {
    const email = `${name}.${unique}@example.org`;
    const created = await req<{ id: string; status: string }>('POST', '/users', coordinator.accessToken, {
      email,
      displayName: name,
      roles: ['trainee'],
      ...extra,
    });
    expect(created.status).toBe(201);
    const [mail] = await smtp.waitFor(1, 20_000, (m) => JSON.stringify(m.to).includes(email));
    const password = `${name}-garden-lantern-42`;
    const accepted = await req('POST', '/auth/invitation/accept', undefined, {
      token: tokenIn(mail!.text, 'accept-invitation'),
      password,
    });
    expect(accepted.status).toBe(204);
    return {
      id: created.body.id,
      email,
      password,
      mail: mail!,
      session: await signIn(api.url, email, password),
    };
  }

  beforeAll(async () => {
    await smtp.start();
    const env = { QUEUE_PREFIX: testQueuePrefix('auth'), SMTP_URL: smtp.url, ACCESS_TOKEN_TTL_S: '60' };
    [api, worker] = await Promise.all([startApi(env), startWorker(env)]);
    ds = await createDataSource(testConfig());
    await ds.initialize();
    admin = await signIn(api.url, DEMO.admin);
    coordinator = await signIn(api.url, DEMO.coordinator);
  });

  afterAll(async () => {
    await Promise.all([api?.stop(), worker?.stop()]);
    await smtp.stop();
    await ds?.destroy();
  });

  describe('sign-in', () => {
    it('returns a short-lived access token, a refresh token and the profile', async () => {
      const res = await req<Tokens & { expiresIn: number; tokenType: string; user: { email: string } }>(
        'POST',
        '/auth/login',
        undefined,
        { email: 'Trainee@Kenshu.Example', password: DEMO.password },
      );
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 60 });
      expect(res.body.user.email).toBe(DEMO.trainee);
      const me = await req<{ email: string; roles: string[]; timeZone: string }>(
        'GET',
        '/me',
        res.body.accessToken,
      );
      expect(me.body).toMatchObject({ email: DEMO.trainee, roles: ['trainee'], timeZone: 'Indian/Maldives' });
    });

    it('answers a wrong password and an unknown email alike, and audits both', async () => {
      const wrong = await req<Problem>('POST', '/auth/login', undefined, {
        email: DEMO.instructor,
        password: 'not-the-password',
      });
      const unknown = await req<Problem>('POST', '/auth/login', undefined, {
        email: `nobody.${unique}@example.org`,
        password: 'not-the-password',
      });
      expect([wrong.status, unknown.status]).toEqual([401, 401]);
      expect(wrong.body.code).toBe('AUTH.INVALID_CREDENTIALS');
      expect({ ...unknown.body, requestId: '' }).toEqual({ ...wrong.body, requestId: '' });
      expect(wrong.headers.get('www-authenticate')).toBe('Bearer');
      const events = await req<{ items: { action: string; details: { email: string }; ip: string }[] }>(
        'GET',
        '/audit-events?action=auth.login_failed&pageSize=200',
        admin.accessToken,
      );
      const emails = events.body.items.map((e) => e.details.email);
      expect(emails).toEqual(expect.arrayContaining([DEMO.instructor, `nobody.${unique}@example.org`]));
      expect(events.body.items[0]!.ip).toBe('127.0.0.1');
    });

    it('refuses a malformed email with 400 naming the field, before any password check', async () => {
      const res = await req<Problem>('POST', '/auth/login', undefined, {
        email: 'not-an-email',
        password: 'x',
      });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body.errors).toEqual([{ field: 'email', reason: 'must be an email address' }]);
    });

    it('refuses a request without a token, or with a forged one, with 401', async () => {
      expect((await req<Problem>('GET', '/me')).body.code).toBe('AUTH.UNAUTHENTICATED');
      const forged = admin.accessToken.slice(0, -4) + 'AAAA';
      expect((await req('GET', '/me', forged)).status).toBe(401);
    });
  });

  describe('refresh tokens', () => {
    it('rotates: each refresh token works once and gives the next pair', async () => {
      const first = await signIn(api.url, DEMO.trainee);
      const second = await req<Tokens>('POST', '/auth/refresh', undefined, {
        refreshToken: first.refreshToken,
      });
      expect(second.status).toBe(200);
      expect(second.body.refreshToken).not.toBe(first.refreshToken);
      expect((await req('GET', '/me', second.body.accessToken)).status).toBe(200);
    });

    it('revokes the whole family when a spent refresh token is presented again', async () => {
      const first = await signIn(api.url, DEMO.otherTrainee);
      const rotated = await req<Tokens>('POST', '/auth/refresh', undefined, {
        refreshToken: first.refreshToken,
      });
      expect(rotated.status).toBe(200);

      // Someone replays the first token (stolen, or a double submit): refused, and the family dies.
      const replay = await req<Problem>('POST', '/auth/refresh', undefined, {
        refreshToken: first.refreshToken,
      });
      expect(replay.status).toBe(401);
      expect(replay.body.code).toBe('AUTH.REFRESH_TOKEN_INVALID');
      // The legitimate newest token of that family is dead too, and so are its access tokens.
      const next = await req('POST', '/auth/refresh', undefined, { refreshToken: rotated.body.refreshToken });
      expect(next.status).toBe(401);
      expect((await req('GET', '/me', rotated.body.accessToken)).status).toBe(401);
      expect((await req('GET', '/me', first.accessToken)).status).toBe(401);

      const audit = await req<{ items: { targetId: string }[] }>(
        'GET',
        `/audit-events?action=auth.refresh_reused&targetId=${first.user.id}`,
        admin.accessToken,
      );
      expect(audit.body.items.length).toBeGreaterThanOrEqual(1);
      // Another session of the same person is not touched.
      const other = await signIn(api.url, DEMO.otherTrainee);
      expect((await req('GET', '/me', other.accessToken)).status).toBe(200);
    });

    it('lets at most one of two concurrent uses of a refresh token through, and then ends the family', async () => {
      const first = await signIn(api.url, DEMO.trainee);
      const both = await Promise.all(
        [1, 2].map(() =>
          req<Tokens>('POST', '/auth/refresh', undefined, { refreshToken: first.refreshToken }),
        ),
      );
      // The loser's reuse ends the family, maybe before the winner's answer is made: then both get 401.
      const statuses = both.map((r) => r.status).sort();
      expect([
        [200, 401],
        [401, 401],
      ]).toContainEqual(statuses);
      for (const r of both.filter((r) => r.status === 200)) {
        const next = await req('POST', '/auth/refresh', undefined, { refreshToken: r.body.refreshToken });
        expect(next.status).toBe(401);
        expect((await req('GET', '/me', r.body.accessToken)).status).toBe(401);
      }
      expect((await req('GET', '/me', first.accessToken)).status).toBe(401);
    });

    it('logout ends the session: its access and refresh tokens stop working at once', async () => {
      const session = await signIn(api.url, DEMO.trainee);
      expect((await req('POST', '/auth/logout', session.accessToken)).status).toBe(204);
      expect((await req('GET', '/me', session.accessToken)).status).toBe(401);
      const refresh = await req('POST', '/auth/refresh', undefined, { refreshToken: session.refreshToken });
      expect(refresh.status).toBe(401);
    });
  });

  describe('password reset', () => {
    it('answers the same for an unknown email as for a known one, and mails only the known one', async () => {
      const known = await req('POST', '/auth/password-reset', undefined, {
        email: 'trainee.seoul@kenshu.example',
      });
      const unknown = await req('POST', '/auth/password-reset', undefined, {
        email: `ghost.${unique}@example.org`,
      });
      expect([known.status, unknown.status]).toEqual([202, 202]);
      expect(known.body).toEqual(unknown.body);
      await smtp.waitFor(1, 20_000, (m) => JSON.stringify(m.to).includes('trainee.seoul@kenshu.example'));
      expect(smtp.to(`ghost.${unique}@example.org`)).toHaveLength(0);
    });

    it('sets a new password once with the emailed token and ends every session', async () => {
      const trainee = await newTrainee('reset-me');
      const reset = await req('POST', '/auth/password-reset', undefined, { email: trainee.email });
      expect(reset.status).toBe(202);
      const [mail] = await smtp.waitFor(
        1,
        20_000,
        (m) => JSON.stringify(m.to).includes(trainee.email) && m.subject === 'Reset your Kenshu password',
      );
      const token = tokenIn(mail!.text, 'reset-password');

      const tooShort = await req<Problem>('POST', '/auth/password-reset/confirm', undefined, {
        token,
        password: 'short',
      });
      expect(tooShort.status).toBe(422);
      expect(tooShort.body.errors).toEqual([{ field: 'password', reason: 'must be at least 12 characters' }]);
      const common = await req<Problem>('POST', '/auth/password-reset/confirm', undefined, {
        token,
        password: 'qwerty123456',
      });
      expect(common.body.errors).toEqual([{ field: 'password', reason: 'is on a list of common passwords' }]);

      const done = await req('POST', '/auth/password-reset/confirm', undefined, {
        token,
        password: 'a-brand-new-pass-2026',
      });
      expect(done.status).toBe(204);
      expect((await req('GET', '/me', trainee.session.accessToken)).status).toBe(401);
      const again = await req<Problem>('POST', '/auth/password-reset/confirm', undefined, {
        token,
        password: 'another-new-pass-2026',
      });
      expect(again.status).toBe(400);
      expect(again.body.code).toBe('AUTH.RESET_TOKEN_INVALID');
      await signIn(api.url, trainee.email, 'a-brand-new-pass-2026');
    });
  });

  describe('invitations', () => {
    it('invites a person, who gets a one-time link in their own language and becomes active', async () => {
      const trainee = await newTrainee('ja-invitee', { locale: 'ja-JP', timeZone: 'Asia/Tokyo' });
      expect(trainee.mail.subject).toBe('Kenshu アカウントのご案内');
      expect(trainee.mail.text).toContain('佐藤 花子 さんから');
      expect(trainee.mail.text).toContain('(Asia/Tokyo)まで有効です');
      expect(trainee.mail.html).toContain('<html lang="ja">');
      const me = await req<{ status: string; locale: string }>('GET', '/me', trainee.session.accessToken);
      expect(me.body).toMatchObject({ status: 'active', locale: 'ja-JP' });
      const reuse = await req<Problem>('POST', '/auth/invitation/accept', undefined, {
        token: tokenIn(trainee.mail.text, 'accept-invitation'),
        password: 'yet-another-password-1',
      });
      expect(reuse.status).toBe(400);
      expect(reuse.body.code).toBe('AUTH.INVITATION_INVALID');
    });

    it('a re-sent invitation replaces the first link', async () => {
      const email = `resent.${unique}@example.org`;
      const created = await req<{ id: string }>('POST', '/users', coordinator.accessToken, {
        email,
        displayName: 'Resent',
        roles: ['instructor'],
      });
      const [first] = await smtp.waitFor(1, 20_000, (m) => JSON.stringify(m.to).includes(email));
      expect(
        (await req('POST', `/users/${created.body.id}/invitation`, coordinator.accessToken)).status,
      ).toBe(202);
      const mails = await smtp.waitFor(2, 20_000, (m) => JSON.stringify(m.to).includes(email));
      const old = await req('POST', '/auth/invitation/accept', undefined, {
        token: tokenIn(first!.text, 'accept-invitation'),
        password: 'resent-password-2026',
      });
      expect(old.status).toBe(400);
      const fresh = await req('POST', '/auth/invitation/accept', undefined, {
        token: tokenIn(mails[1]!.text, 'accept-invitation'),
        password: 'resent-password-2026',
      });
      expect(fresh.status).toBe(204);
      const again = await req<Problem>(
        'POST',
        `/users/${created.body.id}/invitation`,
        coordinator.accessToken,
      );
      expect(again.status).toBe(409);
    });

    it.each([
      ['a malformed email', { email: 'minh@' }, 400, 'email'],
      ['an unknown role', { roles: ['superuser'] }, 400, 'roles'],
      ['the time zone Asia/Tokio', { timeZone: 'Asia/Tokio' }, 400, 'timeZone'],
      ['the locale xx-invalid', { locale: 'xx-invalid' }, 400, 'locale'],
      [
        'an organisation that does not exist',
        { organisationId: '00000000-0000-4000-8000-0000000000ff' },
        422,
        'organisationId',
      ],
      ['the email of another account, in other case', { email: 'Trainee@KENSHU.example' }, 409, 'email'],
    ])('refuses %s, naming the field', async (_, change, status, field) => {
      const before = await ds.query('SELECT COUNT(*) AS n FROM user');
      const res = await req<Problem>('POST', '/users', coordinator.accessToken, {
        email: `refused.${unique}@example.org`,
        displayName: 'Nguyễn Thị Minh',
        roles: ['trainee'],
        ...change,
      });
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body.errors?.map((e) => e.field)).toContain(field);
      expect(await ds.query('SELECT COUNT(*) AS n FROM user')).toEqual(before);
    });

    it('lets a coordinator invite trainees and instructors but not staff', async () => {
      const res = await req<Problem>('POST', '/users', coordinator.accessToken, {
        email: `would-be-admin.${unique}@example.org`,
        displayName: 'Would-be admin',
        roles: ['admin'],
      });
      expect(res.status).toBe(403);
    });
  });

  describe('profile', () => {
    it('changes name (any script), locale and zone, in canonical form', async () => {
      const trainee = await newTrainee('profile');
      const res = await req<{ displayName: string; locale: string; timeZone: string }>(
        'PATCH',
        '/me',
        trainee.session.accessToken,
        { displayName: 'สมชาย ใจดี', locale: 'th-th', timeZone: 'asia/bangkok' },
      );
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ displayName: 'สมชาย ใจดี', locale: 'th-TH', timeZone: 'Asia/Bangkok' });
    });

    it('changes the password only with the current one, and ends the other sessions', async () => {
      const trainee = await newTrainee('password');
      const other = await signIn(api.url, trainee.email, trainee.password);
      const wrong = await req<Problem>('PATCH', '/me', trainee.session.accessToken, {
        currentPassword: 'not-my-password',
        newPassword: 'a-better-password-2026',
      });
      expect(wrong.status).toBe(422);
      expect(wrong.body.errors).toEqual([
        { field: 'currentPassword', reason: 'does not match your password' },
      ]);
      const short = await req<Problem>('PATCH', '/me', trainee.session.accessToken, {
        currentPassword: trainee.password,
        newPassword: 'too-short',
      });
      expect(short.status).toBe(422);
      expect(short.body.errors?.[0]?.field).toBe('newPassword');
      const alone = await req<Problem>('PATCH', '/me', trainee.session.accessToken, {
        newPassword: 'x'.repeat(20),
      });
      expect(alone.body.errors).toEqual([
        { field: 'currentPassword', reason: 'is needed to change the password' },
      ]);

      const ok = await req('PATCH', '/me', trainee.session.accessToken, {
        currentPassword: trainee.password,
        newPassword: 'a-better-password-2026',
      });
      expect(ok.status).toBe(200);
      expect((await req('GET', '/me', trainee.session.accessToken)).status).toBe(200);
      expect((await req('GET', '/me', other.accessToken)).status).toBe(401);
      await signIn(api.url, trainee.email, 'a-better-password-2026');
    });

    it('refuses fields nobody may set on themselves', async () => {
      const trainee = await newTrainee('escalate');
      const res = await req<Problem>('PATCH', '/me', trainee.session.accessToken, { roles: ['admin'] });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'roles', reason: 'is not an accepted field' }]);
    });
  });

  describe('account administration', () => {
    it('disabling an account signs it out at once and refuses its sign-in', async () => {
      const trainee = await newTrainee('disable-me');
      const res = await req<{ status: string }>(
        'POST',
        `/users/${trainee.id}/disable`,
        coordinator.accessToken,
      );
      expect(res.body.status).toBe('disabled');
      expect((await req('GET', '/me', trainee.session.accessToken)).status).toBe(401);
      const login = await req('POST', '/auth/login', undefined, {
        email: trainee.email,
        password: trainee.password,
      });
      expect(login.status).toBe(401);
      const enabled = await req<{ status: string }>(
        'POST',
        `/users/${trainee.id}/enable`,
        coordinator.accessToken,
      );
      expect(enabled.body.status).toBe('active');
      await signIn(api.url, trainee.email, trainee.password);
    });

    it('a role change by an admin takes effect on the next request, and is audited', async () => {
      const person = await newTrainee('promote-me');
      expect((await req('GET', '/users', person.session.accessToken)).status).toBe(403);
      const changed = await req<{ roles: string[] }>('PUT', `/users/${person.id}/roles`, admin.accessToken, {
        roles: ['coordinator', 'trainee'],
      });
      expect(changed.body.roles).toEqual(['coordinator', 'trainee']);
      expect((await req('GET', '/users', person.session.accessToken)).status).toBe(200);
      const audit = await req<{ items: { details: unknown; actorId: string }[] }>(
        'GET',
        `/audit-events?action=user.roles_changed&targetId=${person.id}`,
        admin.accessToken,
      );
      expect(audit.body.items[0]).toMatchObject({
        actorId: admin.user.id,
        details: { from: ['trainee'], to: ['coordinator', 'trainee'] },
      });
      const coordinatorTries = await req('PUT', `/users/${person.id}/roles`, coordinator.accessToken, {
        roles: ['admin'],
      });
      expect(coordinatorTries.status).toBe(403);
      const own = await req<Problem>('PUT', `/users/${admin.user.id}/roles`, admin.accessToken, {
        roles: ['trainee'],
      });
      expect(own.status).toBe(422);
      expect(own.body.errors?.[0]?.field).toBe('roles');
    });

    it('lists and searches accounts by name in any script, a page at a time', async () => {
      const page = await req<{
        items: { displayName: string; email: string }[];
        total: number;
        pageSize: number;
      }>('GET', `/users?q=${encodeURIComponent('김민준')}`, coordinator.accessToken);
      // Every hit has the name; the demo trainee from Seoul is one (other test files may add namesakes).
      expect(page.body.items.length).toBeGreaterThanOrEqual(1);
      expect(new Set(page.body.items.map((u) => u.displayName))).toEqual(new Set(['김민준']));
      expect(page.body.items.map((u) => u.email)).toContain('trainee.seoul@kenshu.example');
      const trainees = await req<{ items: unknown[]; total: number; page: number }>(
        'GET',
        '/users?role=trainee&pageSize=2&page=2',
        coordinator.accessToken,
      );
      expect(trainees.body.items).toHaveLength(2);
      expect(trainees.body.total).toBeGreaterThanOrEqual(4);
      expect(trainees.body.page).toBe(2);
      const bad = await req<Problem>('GET', '/users?role=superuser&pageSize=1000', coordinator.accessToken);
      expect(bad.status).toBe(400);
      expect(bad.body.errors?.map((e) => e.field).sort()).toEqual(['pageSize', 'role']);
    });

    it('shows coordinators the audit of trainee accounts, not of other staff', async () => {
      const seen = await req<{ items: { targetId: string | null; actorId: string | null }[] }>(
        'GET',
        '/audit-events?pageSize=200',
        coordinator.accessToken,
      );
      expect(seen.status).toBe(200);
      const staff = [admin.user.id];
      expect(
        seen.body.items.some((e) => staff.includes(e.targetId ?? '') && e.actorId !== coordinator.user.id),
      ).toBe(false);
      const all = await req<{ items: { targetId: string | null }[] }>(
        'GET',
        `/audit-events?targetId=${admin.user.id}`,
        admin.accessToken,
      );
      expect(all.body.items.length).toBeGreaterThan(0);
    });
  });
  describe('organisations', () => {
    it('creates, finds and edits an organisation, audited', async () => {
      const created = await req<{ id: string; country: string; name: string }>(
        'POST',
        '/organisations',
        coordinator.accessToken,
        { kind: 'home_government', name: `Hà Nội URENCO ${unique}`, country: 'vn', city: 'Hà Nội' },
      );
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ country: 'VN', name: `Hà Nội URENCO ${unique}` });
      const found = await req<{ items: { id: string }[] }>(
        'GET',
        `/organisations?q=${encodeURIComponent('Hà Nội URENCO')}&country=VN`,
        coordinator.accessToken,
      );
      expect(found.body.items.map((o) => o.id)).toContain(created.body.id);
      const edited = await req<{ city: string }>(
        'PATCH',
        `/organisations/${created.body.id}`,
        admin.accessToken,
        {
          city: 'Hanoi',
        },
      );
      expect(edited.body.city).toBe('Hanoi');
      const audit = await req<{ items: { action: string }[] }>(
        'GET',
        `/audit-events?targetId=${created.body.id}`,
        admin.accessToken,
      );
      expect(audit.body.items.map((e) => e.action)).toEqual(['organisation.updated', 'organisation.created']);
    });

    it.each([
      ['a country that is not ISO 3166', { country: 'XX' }, 'country'],
      ['an unknown kind', { kind: 'ngo' }, 'kind'],
      ['an empty name', { name: '' }, 'name'],
    ])('refuses %s, naming the field', async (_, change, field) => {
      const res = await req<Problem>('POST', '/organisations', coordinator.accessToken, {
        kind: 'other',
        name: 'Refused',
        country: 'JP',
        ...change,
      });
      expect(res.status).toBe(400);
      expect(res.body.errors?.map((e) => e.field)).toEqual([field]);
    });

    it("lets a trainee read their own organisation only, and hides the others' existence", async () => {
      const trainee = await signIn(api.url, DEMO.trainee);
      const own = (trainee.user.organisation as { id: string }).id;
      expect((await req('GET', `/organisations/${own}`, trainee.accessToken)).status).toBe(200);
      const other = await req<Problem>(
        'GET',
        '/organisations/00000000-0000-4000-8000-000000000009',
        trainee.accessToken,
      );
      expect(other.status).toBe(404);
      expect((await req('GET', '/organisations', trainee.accessToken)).status).toBe(403);
    });
  });
});

describe('sign-in throttling', () => {
  let api: KenshuProcess & { url: string };

  beforeAll(async () => {
    api = await startApi({ QUEUE_PREFIX: testQueuePrefix('throttle'), LOGIN_FAILURES_PER_IP: '15' });
  });

  afterAll(async () => {
    await api?.stop();
  });

  const attempt = (email: string, password: string, ip?: string) =>
    call<Problem>(api.url, 'POST', '/api/v1/auth/login', {
      body: { email, password },
      headers: ip ? { 'x-forwarded-for': ip } : {},
    });

  it('answers the eleventh wrong password in a minute with 429 and Retry-After, even with the right one', async () => {
    const started = new Date();
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await attempt(DEMO.instructor, `wrong-${i}`)).status);
    expect(statuses).toEqual(Array(10).fill(401));
    const eleventh = await attempt(DEMO.instructor, 'wrong-10');
    expect(eleventh.status).toBe(429);
    expect(eleventh.body.code).toBe('AUTH.TOO_MANY_ATTEMPTS');
    const retryAfter = Number(eleventh.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // The right password does not get through either while the account is throttled.
    expect((await attempt(DEMO.instructor, DEMO.password)).status).toBe(429);
    // Two refusals, one audit row: a flood of attempts is not a flood of writes.
    const admin = await signIn(api.url, DEMO.admin);
    const audit = await call<{ items: { occurredAt: string; details: { email: string } }[] }>(
      api.url,
      'GET',
      `/api/v1/audit-events?action=auth.login_throttled&from=${started.toISOString()}`,
      { token: admin.accessToken },
    );
    expect(audit.body.items.filter((e) => e.details.email === DEMO.instructor)).toHaveLength(1);
  });

  it('throttles one IP across accounts, and X-Forwarded-For does not get round it', async () => {
    // 12 of the 15 attempts of 127.0.0.1 were spent above (the admin's success gave its own back);
    // unknown accounts count the same.
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await attempt(`spray-${i}@example.org`, 'guess-guess', `203.0.113.${i}`)).status);
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.at(-1)).toBe(429);
  });
});
