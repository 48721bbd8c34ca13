import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  call,
  DEMO,
  signIn,
  startApi,
  testQueuePrefix,
  type KenshuProcess,
  type SignedInUser,
} from '@kenshu/testing';
import { expectAccessible, launchChromium, PHONE, screenshots, signInOnPage } from './browser.js';

/** The demo programme (libs/domain/src/seed/demo-programmes.ts): the demo instructor and coordinator run it. */
const PROGRAMME = '00000000-0000-4000-a000-000000000001';

/**
 * Every main page of each role, opened in Chromium by its address as its user would: each must load
 * (its heading, no error), pass axe-core in the real browser (colour contrast included, which the
 * component tests cannot judge) and leave a screenshot as a test artefact. The flows in the other files
 * go through the pages' behaviour; this one makes sure none of the main pages is left unchecked.
 */
describe('the main pages in Chromium: they load, pass axe and are photographed', () => {
  let api: KenshuProcess & { url: string };
  let browser: Browser;
  let coordinator: SignedInUser;
  let instructor: SignedInUser;
  let trainee: SignedInUser;
  const contexts: BrowserContext[] = [];

  const req = <T>(path: string, who: SignedInUser) =>
    call<T>(api.url, 'GET', `/api/v1${path}`, { token: who.accessToken });

  const signedIn = async (email: string, options: Parameters<Browser['newContext']>[0] = {}) => {
    const context = await browser.newContext({ locale: 'en-GB', ...options });
    contexts.push(context);
    const page = await context.newPage();
    await signInOnPage(page, api.url, email);
    return page;
  };

  /**
   * Opens `path`, waits for its data (no "Loading…" left), then checks its h1 is `title` (some pages name
   * themselves by what they load: a session, a trainee's report) and checks and photographs it.
   */
  const visit = async (
    page: Page,
    shot: (page: Page, step: string) => Promise<void>,
    path: string,
    title: string,
  ) => {
    await page.goto(`${api.url}${path}`);
    await page.locator('main h1').waitFor();
    await page
      .locator('main [role="status"]', { hasText: /^(Loading…|読み込み中…)$/ })
      .waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: title, level: 1, exact: true }).waitFor();
    await page.waitForLoadState('networkidle');
    const problems = await page.locator('main [role="alert"]').allInnerTexts();
    expect({ path, problems }).toEqual({ path, problems: [] });
    // Named by the path without its ids: pages-coordinator-04-programmes-dashboard.png.
    const name = path.split('/').filter((part) => part && !/^[0-9a-f-]{36}$/.test(part));
    await shot(page, name.join('-') || 'home');
    await expectAccessible(page, path);
  };

  beforeAll(async () => {
    api = await startApi({ QUEUE_PREFIX: testQueuePrefix('browser-pages') });
    browser = await launchChromium();
    [coordinator, instructor, trainee] = await Promise.all(
      [DEMO.coordinator, DEMO.instructor, DEMO.trainee].map((email) => signIn(api.url, email)),
    );
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await api?.stop();
  });

  it('the trainee’s pages, on a phone', async () => {
    const page = await signedIn(DEMO.trainee, PHONE);
    const shot = screenshots('pages-trainee');
    for (const [path, title] of [
      ['/', 'My programmes'],
      ['/schedule', 'My schedule'],
      [`/programmes/${PROGRAMME}/materials`, 'Materials'],
      [`/programmes/${PROGRAMME}/tests`, 'Tests'],
      [`/programmes/${PROGRAMME}/reports`, 'Reports'],
      ['/check-in', 'Check in'],
      ['/surveys', 'My surveys'],
      ['/certificates', 'My certificates'],
      ['/settings', 'Settings'],
    ] as const) {
      await visit(page, shot, path, title);
      // Nothing wider than the phone: no sideways scrolling on any of them.
      const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
      expect({ path, fits: width <= 390 }).toEqual({ path, fits: true });
    }
    expect(trainee.user.roles).toEqual(['trainee']);
  });

  it('the instructor’s pages, in Japanese (the demo instructor’s language)', async () => {
    // A session the demo instructor teaches (the roster's page is theirs only).
    const schedule = await req<{ items: { id: string; title: string; status: string; teaching: boolean }[] }>(
      '/me/schedule',
      instructor,
    );
    const session = schedule.body.items.find((item) => item.teaching && item.status !== 'cancelled');
    expect(session).toBeDefined();
    const stages = await req<{ id: string; title: string }[]>(
      `/programmes/${PROGRAMME}/report-stages`,
      instructor,
    );
    expect(stages.body.length).toBeGreaterThan(0);
    const stage = stages.body[0]!;
    const page = await signedIn(DEMO.instructor);
    const shot = screenshots('pages-instructor');
    for (const [path, title] of [
      ['/teaching', '担当セッション'],
      [`/teaching/sessions/${session!.id}`, session!.title],
      [`/teaching/programmes/${PROGRAMME}/materials`, '教材'],
      [`/teaching/programmes/${PROGRAMME}/reports`, '採点するレポート'],
      [
        `/teaching/reports/${stage.id}/${trainee.user.id}`,
        `${stage.title} · ${String(trainee.user.displayName)}`,
      ],
    ] as const)
      await visit(page, shot, path, title);
  });

  it('the coordinator’s pages, in Japanese (the demo coordinator’s language)', async () => {
    expect((await req(`/programmes/${PROGRAMME}/dashboard`, coordinator)).status).toBe(200);
    const page = await signedIn(DEMO.coordinator);
    const shot = screenshots('pages-coordinator');
    for (const [path, title] of [
      ['/manage', '研修の管理'],
      ['/menu', '研修メニュー'],
      [`/programmes/${PROGRAMME}/sessions`, 'セッション'],
      [`/programmes/${PROGRAMME}/dashboard`, '研修ダッシュボード'],
      [`/programmes/${PROGRAMME}/enrolments/import`, 'ファイルから研修員を登録'],
      [`/programmes/${PROGRAMME}/deliveries`, '教材メール'],
      [`/programmes/${PROGRAMME}/edit`, '研修の詳細'],
      ['/programmes/new', '新しい研修プログラム'],
    ] as const)
      await visit(page, shot, path, title);
  });

  it('the sign-in and verification pages in Japanese, for a browser set to Japanese', async () => {
    const context = await browser.newContext({ locale: 'ja-JP' });
    contexts.push(context);
    const page = await context.newPage();
    const shot = screenshots('pages-japanese');
    await page.goto(`${api.url}/`);
    await page.getByRole('button', { name: 'サインイン' }).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('ja');
    await shot(page, 'sign-in');
    await expectAccessible(page, 'sign-in, Japanese');
    await page.goto(`${api.url}/verify/K7QF-2M9X-HD4P`);
    await page.locator('main').getByText('この修了証は有効です。').waitFor();
    await shot(page, 'verify');
    await expectAccessible(page, 'verify, Japanese');
  });
});
