import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import {
  call,
  DEMO,
  signIn,
  startApi,
  testQueuePrefix,
  type KenshuProcess,
  type SignedInUser,
} from '@kenshu/testing';
import { expectAccessible, launchChromium, PHONE, screenshots } from './browser.js';

/**
 * The demo instructor reads Japanese (libs/domain/src/seed/demo-seed.ts): the pages speak it once signed
 * in, and the phone here is set to Japanese. The texts below are apps/web/src/i18n/ja.ts's.
 */
const JA = {
  email: 'メールアドレス',
  password: 'パスワード',
  signIn: 'サインイン',
  home: '受講中の研修',
  teaching: '担当セッション',
  take: (title: string) => `名簿と出欠：${title}`,
  statusOf: (name: string) => `${name} の出欠`,
  present: '出席',
  late: '遅刻',
  absent: '欠席',
  excused: '公欠',
  note: 'メモ',
  save: '出欠を保存',
  saved: '出欠を保存しました。',
  fixOne: '保存されていません。下に示した研修員を確認してください。',
  queued: '接続がありません。研修員 1 名の出欠はこの端末に保存され、接続が戻ると送信されます。',
  synced: 'この端末に保存していた出欠を送信しました（1 件を記録）。',
  showCode: 'チェックインコードを表示',
  qr: (code: string) => `コード ${code} でチェックインするためのQRコード`,
};

/** WCAG 2.5.8 asks 24 × 24 CSS pixels of a pointer target; the roster is tapped in a hurry: 44. */
const TARGET_PX = 44;
const PHONE_WIDTH = 390;

type Roster = {
  sessionStatus: string;
  counts: Record<string, number>;
  trainees: {
    userId: string;
    displayName: string;
    status: string;
    note: string | null;
    source: string | null;
  }[];
};

describe('the web app in Chromium: an instructor takes attendance on a phone', () => {
  const tag = Date.now().toString(36).toUpperCase();
  const title = `Leachate treatment, browser ${tag}`;
  let api: KenshuProcess & { url: string };
  let browser: Browser;
  let context: BrowserContext;
  let coordinator: SignedInUser;
  let instructor: SignedInUser;
  let programmeId: string;
  let sessionId: string;
  /** Four trainees of the programme: three stay, the last one withdraws while the instructor marks. */
  const trainees: { userId: string; enrolmentId: string; displayName: string }[] = [];

  const req = <T = Record<string, unknown>>(
    method: string,
    path: string,
    who?: SignedInUser,
    body?: unknown,
  ) => call<T>(api.url, method, `/api/v1${path}`, { token: who?.accessToken, body });

  /** Nothing wider than the phone: no sideways scrolling. */
  const expectNoSideways = async (page: Page) =>
    expect(await page.evaluate('document.scrollingElement.scrollWidth')).toBeLessThanOrEqual(PHONE_WIDTH);

  /** Each target at least 44 × 44 CSS pixels, as laid out on the phone. */
  const expectLargeTargets = async (targets: Locator, count: number) => {
    expect(await targets.count()).toBe(count);
    for (const target of await targets.all()) {
      const box = await target.boundingBox();
      const name = (await target.innerText()).trim() || (await target.getAttribute('aria-label'));
      expect({ name, big: box !== null && box.width >= TARGET_PX && box.height >= TARGET_PX, box }).toEqual({
        name,
        big: true,
        box,
      });
    }
  };

  const mark = (page: Page, name: string, label: string) =>
    page.getByRole('radiogroup', { name: JA.statusOf(name) }).locator('label', { hasText: label });

  beforeAll(async () => {
    api = await startApi({ QUEUE_PREFIX: testQueuePrefix('browser-instructor') });
    browser = await launchChromium();
    context = await browser.newContext({ ...PHONE, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    [coordinator, instructor] = await Promise.all(
      [DEMO.coordinator, DEMO.instructor].map((email) => signIn(api.url, email)),
    );

    // A programme of this run, the demo instructor on its staff; it warns of double bookings rather than
    // refusing them (other test files leave sessions around now).
    const programme = await req<{ id: string }>('POST', '/programmes', coordinator, {
      code: `BRW-${tag}`,
      title: `Leachate and landfill operation ${tag}`,
      mode: 'on_site',
      hostTimeZone: 'Asia/Tokyo',
      conflictPolicy: 'warn',
    });
    expect(programme.status).toBe(201);
    programmeId = programme.body.id;
    const staff = await req('PUT', `/programmes/${programmeId}/staff`, coordinator, {
      coordinators: [coordinator.user.id],
      instructors: [instructor.user.id],
    });
    expect(staff.status).toBe(200);

    // Four demo trainees, enrolled (invited) and then taking part (active).
    for (const city of ['hanoi', 'bangkok', 'seoul', 'aarhus']) {
      const email = `trainee.${city}@kenshu.example`;
      const found = await req<{ items: { id: string; email: string; displayName: string }[] }>(
        'GET',
        `/users?q=${encodeURIComponent(email)}`,
        coordinator,
      );
      expect(found.status).toBe(200);
      const person = found.body.items.find((u) => u.email === email)!;
      const enrolled = await req<{ id: string }>(
        'POST',
        `/programmes/${programmeId}/enrolments`,
        coordinator,
        {
          userId: person.id,
        },
      );
      expect({ email, status: enrolled.status }).toEqual({ email, status: 201 });
      const active = await req(
        'POST',
        `/programmes/${programmeId}/enrolments/${enrolled.body.id}/status`,
        coordinator,
        { status: 'active' },
      );
      expect({ email, status: active.status }).toEqual({ email, status: 200 });
      trainees.push({ userId: person.id, enrolmentId: enrolled.body.id, displayName: person.displayName });
    }

    // Under way: started 10 minutes ago, for 90 minutes, taught by the demo instructor.
    const startsAt = new Date(Date.now() - 10 * 60_000);
    const session = await req<{ id: string }>('POST', `/programmes/${programmeId}/sessions`, coordinator, {
      kind: 'lecture',
      title,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 90 * 60_000).toISOString(),
      instructorIds: [instructor.user.id],
      room: 'Seminar room B',
    });
    expect(session.status).toBe(201);
    sessionId = session.body.id;
  });

  afterAll(async () => {
    // Cancelled, so that the session books no one for the other test files.
    if (sessionId)
      await req('POST', `/sessions/${sessionId}/cancel`, coordinator, { reason: 'Made by the browser test' });
    await context?.close();
    await browser?.close();
    await api?.stop();
  });

  it('opens the session from My sessions, marks the roster with large targets, and the API has it', async () => {
    const page = await context.newPage();
    const shot = screenshots('instructor');
    await page.goto(`${api.url}/`);
    // A phone set to Japanese: the sign-in page speaks it before anyone is known.
    await page.getByLabel(JA.email).fill(DEMO.instructor);
    await page.getByLabel(JA.password).fill(DEMO.password);
    await page.getByRole('button', { name: JA.signIn }).tap();
    await page.getByRole('heading', { name: JA.home, level: 1 }).waitFor();

    await page.getByRole('link', { name: JA.teaching }).tap();
    await page.getByRole('heading', { name: JA.teaching, level: 1 }).waitFor();
    const open = page.getByRole('link', { name: JA.take(title) });
    await open.waitFor();
    await expectNoSideways(page);
    await expectLargeTargets(open, 1);
    await shot(page, 'my-sessions');
    await expectAccessible(page, 'my sessions');

    await open.tap();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    await mark(page, trainees[0]!.displayName, JA.present).waitFor();
    await expectNoSideways(page);
    // Four trainees × four marks, and the button that saves them.
    await expectLargeTargets(page.locator('label.mark'), 16);
    await expectLargeTargets(page.getByRole('button', { name: JA.save }), 1);
    await shot(page, 'roster');
    await expectAccessible(page, 'roster');

    // The check-in code for the room's screen, with its QR code, fits the phone too.
    await page.getByRole('button', { name: JA.showCode }).tap();
    const code = (await page.locator('.check-in-code').innerText()).trim();
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    const qr = page.getByRole('img', { name: JA.qr(code) });
    await qr.waitFor();
    // Drawn, not a broken image: the SVG comes as a blob: URL, which the page's CSP must let in.
    await page.waitForFunction((img) => (img as { complete: boolean }).complete, await qr.elementHandle());
    expect(
      await qr.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth),
    ).toBeGreaterThan(0);
    expect((await qr.boundingBox())!.width).toBeLessThanOrEqual(PHONE_WIDTH);
    await expectNoSideways(page);
    await shot(page, 'check-in-code');
    await expectAccessible(page, 'roster with a code');

    const [stays1, stays2, stays3, leaves] = trainees as [
      (typeof trainees)[0],
      (typeof trainees)[0],
      (typeof trainees)[0],
      (typeof trainees)[0],
    ];
    await mark(page, stays1.displayName, JA.present).tap();
    await mark(page, stays2.displayName, JA.late).tap();
    await page.locator(`#note-${stays2.userId}`).fill('Train delayed 20 minutes');
    await mark(page, stays3.displayName, JA.absent).tap();
    await mark(page, leaves.displayName, JA.excused).tap();
    await expect(mark(page, stays2.displayName, JA.late).locator('input').isChecked()).resolves.toBe(true);

    // Meanwhile the coordinator withdraws the fourth trainee: the roster sent is refused as a whole, the
    // row named, and nothing is written.
    const withdrawn = await req(
      'POST',
      `/programmes/${programmeId}/enrolments/${leaves.enrolmentId}/status`,
      coordinator,
      { status: 'withdrawn' },
    );
    expect(withdrawn.status).toBe(200);
    const [refused] = await Promise.all([
      page.waitForResponse(
        (r) => r.url().endsWith(`/sessions/${sessionId}/attendance`) && r.request().method() === 'PUT',
      ),
      page.getByRole('button', { name: JA.save }).tap(),
    ]);
    expect(refused.status()).toBe(422);
    await page.getByText(JA.fixOne).waitFor();
    const row = page.locator('fieldset.trainee.invalid');
    await expect(row.count()).resolves.toBe(1);
    await expect(row.locator('legend').innerText()).resolves.toBe(leaves.displayName);
    await expect(row.locator('.error').innerText()).resolves.toMatch(/^userId：/);
    await shot(page, 'refused');
    await expectAccessible(page, 'roster refused');
    const untouched = await req<Roster>('GET', `/sessions/${sessionId}/attendance`, instructor);
    expect(untouched.body.counts).toMatchObject({ present: 0, late: 0, absent: 0, excused: 0, unmarked: 3 });

    // The roster again, as it is now: three trainees, marked afresh and saved.
    await page.reload();
    await mark(page, stays1.displayName, JA.present).waitFor();
    await expect(page.locator('fieldset.trainee').count()).resolves.toBe(3);
    await mark(page, stays1.displayName, JA.present).tap();
    await mark(page, stays2.displayName, JA.late).tap();
    await page.locator(`#note-${stays2.userId}`).fill('Train delayed 20 minutes');
    await mark(page, stays3.displayName, JA.absent).tap();
    const [saved] = await Promise.all([
      page.waitForResponse(
        (r) => r.url().endsWith(`/sessions/${sessionId}/attendance`) && r.request().method() === 'PUT',
      ),
      page.getByRole('button', { name: JA.save }).tap(),
    ]);
    expect(saved.status()).toBe(200);
    await page.getByText(JA.saved).waitFor();
    await shot(page, 'saved');
    await expectAccessible(page, 'roster saved');

    const roster = await req<Roster>('GET', `/sessions/${sessionId}/attendance`, instructor);
    expect(roster.status).toBe(200);
    const byUser = Object.fromEntries(roster.body.trainees.map((t) => [t.userId, t]));
    expect(Object.keys(byUser).sort()).toEqual([stays1.userId, stays2.userId, stays3.userId].sort());
    expect(byUser[stays1.userId]).toMatchObject({ status: 'present', note: null, source: 'instructor' });
    expect(byUser[stays2.userId]).toMatchObject({
      status: 'late',
      note: 'Train delayed 20 minutes',
      source: 'instructor',
    });
    expect(byUser[stays3.userId]).toMatchObject({ status: 'absent', note: null, source: 'instructor' });
    expect(roster.body.counts).toEqual({ present: 1, late: 1, absent: 1, excused: 0, unmarked: 0, total: 3 });
  });
  it('keeps a mark made without a connection on the phone, and sends it once the phone is back online', async () => {
    // The same phone (its browser storage), the roster saved by the test above.
    const page = await context.newPage();
    const shot = screenshots('instructor-offline');
    const third = trainees[2]!;
    await page.goto(`${api.url}/teaching/sessions/${sessionId}`);
    await mark(page, third.displayName, JA.excused).waitFor();

    await context.setOffline(true);
    await mark(page, third.displayName, JA.excused).tap();
    await page.locator(`#note-${third.userId}`).fill('Medical certificate shown');
    await page.getByRole('button', { name: JA.save }).tap();
    await page.getByText(JA.queued).waitFor();
    await shot(page, 'kept');
    const before = await req<Roster>('GET', `/sessions/${sessionId}/attendance`, instructor);
    expect(before.body.trainees.find((t) => t.userId === third.userId)).toMatchObject({ status: 'absent' });

    // Back online: the browser says so, and the page sends what it kept (POST …/attendance/sync).
    const [synced] = await Promise.all([
      page.waitForResponse(
        (r) => r.url().endsWith(`/sessions/${sessionId}/attendance/sync`) && r.request().method() === 'POST',
      ),
      context.setOffline(false),
    ]);
    expect(synced.status()).toBe(200);
    await page.getByText(JA.synced).waitFor();
    await shot(page, 'sent');
    await expectAccessible(page, 'roster synced');
    const after = await req<Roster>('GET', `/sessions/${sessionId}/attendance`, instructor);
    expect(after.body.trainees.find((t) => t.userId === third.userId)).toMatchObject({
      status: 'excused',
      note: 'Medical certificate shown',
      source: 'offline',
    });
    expect(await page.evaluate(`localStorage.getItem('kenshu.attendance.${sessionId}')`)).toBeNull();
  });
});
