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
import { expectAccessible, launchChromium, screenshots, signInOnPage } from './browser.js';

/**
 * The demo coordinator (佐藤 花子) reads the app in Japanese, their own language: the flow finds the
 * controls by their Japanese names (apps/web/src/i18n/ja.ts).
 */
const JA = {
  programmes: '受講中の研修',
  manage: '研修の管理',
  newProgramme: '新しい研修プログラム',
  code: 'コード',
  title: 'タイトル',
  mode: '実施形態',
  zone: '受入側のタイムゾーン',
  capacity: '定員（任意）',
  addPhase: 'フェーズを追加',
  phase1: 'フェーズ 1',
  phaseName: '名称',
  phaseKind: '種類',
  firstDay: '初日',
  lastDay: '最終日',
  create: 'プログラムを作成',
  checkFields: '下に示した項目を確認してください。',
  sessions: 'セッション',
  kind: '種類',
  phase: 'フェーズ（任意）',
  startsAt: '開始',
  endsAt: '終了',
  room: '会場・部屋（任意）',
  add: '追加',
  added: 'セッションを追加しました。',
  edit: (title: string) => `${title} を編集`,
  saveChanges: '変更を保存',
  saved: (title: string) => `「${title}」の変更を保存しました。`,
  publish: '公開する',
  published: 'プログラムのステータスを「公開」にしました。',
  importLink: 'ファイルから登録',
  importTitle: 'ファイルから研修員を登録',
  file: 'CSV ファイル',
  check: 'ファイルを確認',
  run: '取り込む',
  checked: '確認結果（まだ書き込まれていません）',
  done: '取り込みが完了しました',
  enrolled: '登録',
  waitlisted: 'キャンセル待ち',
  accountsCreated: '新規アカウント',
  refused: '不可',
  visitForm: '施設見学を予定する',
  facility: '施設',
  visitTitle: '見学のタイトル',
  visitDay: '見学日',
  visitStart: '開始時刻',
  visitEnd: '終了時刻',
  interpreters: '通訳者数',
  tooEarly: '受入側の最も早い開始時刻 09:30（Asia/Tokyo）より前に始まります。',
  fits: 'この見学は受入側のルールに合っています。',
  scheduleVisit: '見学を予定する',
  siteVisit: '施設見学',
} as const;

/** A seeded facility with the host's rules (weekdays, starts 09:30–15:00 Tokyo time; see site-visit.e2e-spec). */
const PLANT = {
  id: '00000000-0000-4000-a300-000000000001',
  option: 'Shin-Koto incineration plant — 清掃工場（Asia/Tokyo）',
};

/**
 * The programme's dates: March two years on, so they stay ahead of the host's notice periods whenever the
 * test runs. Tokyo keeps no daylight saving: 09:30 there is 00:30 UTC all year.
 */
const YEAR = new Date().getUTCFullYear() + 2;
const on = (monthDay: string) => `${YEAR}-${monthDay}`;

/** A weekday of the in-Tokyo phase (8–19 March) of this run's own, for the plant visit. */
function visitDay(): string {
  const days = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(YEAR, 2, 8 + i)))
    // Not the 10th: the lecture is then.
    .filter((d) => d.getUTCDay() >= 1 && d.getUTCDay() <= 5 && d.getUTCDate() !== 10)
    .map((d) => d.toISOString().slice(0, 10));
  return days[Math.floor(Math.random() * days.length)]!;
}

describe('the web app in Chromium: a coordinator builds a programme and enrols its trainees', () => {
  let api: KenshuProcess & { url: string };
  let browser: Browser;
  let context: BrowserContext;
  let coordinator: SignedInUser;
  /** The plant visit this run books: cancelled at the end, so the plant is free for other runs' visits. */
  let visitId: string | undefined;

  const req = <T = Record<string, unknown>>(method: string, path: string, body?: unknown) =>
    call<T>(api.url, method, `/api/v1${path}`, { token: coordinator.accessToken, body });

  /** The figure a report shows under a label (the report's `dl.figures`). */
  const figure = (page: Page, label: string) =>
    page
      .locator('dl.figures > div')
      .filter({ has: page.getByText(label, { exact: true }) })
      .locator('dd')
      .innerText();

  beforeAll(async () => {
    api = await startApi({ QUEUE_PREFIX: testQueuePrefix('browser-coordinator') });
    browser = await launchChromium();
    coordinator = await signIn(api.url, DEMO.coordinator);
    context = await browser.newContext({ locale: 'en-GB' });
  });

  afterAll(async () => {
    if (visitId)
      expect(
        (await req('POST', `/sessions/${visitId}/cancel`, { reason: 'End of the browser test' })).status,
      ).toBe(200);
    await context?.close();
    await browser?.close();
    await api?.stop();
  });

  it('creates a programme, adds and edits a lecture, schedules a site visit, publishes it and enrols trainees from a CSV file', async () => {
    // Unique per run: other test files share the database.
    const tag = Date.now().toString(36).toUpperCase();
    const code = `E2E-${tag}`;
    const programmeTitle = `Browser-built programme ${tag}`;
    const lecture = `Separation at source ${tag}`;
    const revised = `${lecture} (revised)`;
    const page = await context.newPage();
    const shot = screenshots('coordinator');

    await signInOnPage(page, api.url, DEMO.coordinator);
    await page.getByRole('heading', { name: JA.programmes, level: 1 }).waitFor();

    // The programmes to manage, with the prominent way to a new one.
    await page.getByRole('link', { name: JA.manage }).click();
    await page.getByRole('heading', { name: JA.manage, level: 1 }).waitFor();
    await shot(page, 'manage');
    await expectAccessible(page, 'manage');
    await page.getByRole('link', { name: JA.newProgramme }).click();
    await page.getByRole('heading', { name: JA.newProgramme, level: 1 }).waitFor();
    // The host zone starts as the coordinator's own.
    await expect(page.getByLabel(JA.zone).inputValue()).resolves.toBe('Asia/Tokyo');
    await shot(page, 'new-programme');
    await expectAccessible(page, 'new programme');

    await page.getByLabel(JA.code, { exact: true }).fill(code);
    await page.getByLabel(JA.title, { exact: true }).fill(programmeTitle);
    await page.getByLabel(JA.mode).selectOption('hybrid');
    await page.getByLabel(JA.capacity).fill('2');
    await page.getByRole('button', { name: JA.addPhase }).click();
    const phase = page.getByRole('group', { name: JA.phase1 });
    await phase.getByLabel(JA.phaseName).fill('In Tokyo');
    await phase.getByLabel(JA.phaseKind).selectOption('in_country');
    await phase.getByLabel(JA.firstDay).fill(on('03-08'));
    await phase.getByLabel(JA.lastDay).fill(on('03-19'));
    // A zone that does not exist: the API's reason, next to the field.
    await page.getByLabel(JA.zone).fill('Mars/Olympus');
    await page.getByRole('button', { name: JA.create }).click();
    await page.getByText(JA.checkFields).waitFor();
    await expect(page.locator('#hostTimeZone-error').innerText()).resolves.toBe(
      'must be an IANA time zone such as Asia/Tokyo',
    );
    await expect(page.getByLabel(JA.zone).getAttribute('aria-invalid')).resolves.toBe('true');
    await shot(page, 'new-programme-errors');
    await expectAccessible(page, 'new programme with errors');

    await page.getByLabel(JA.zone).fill('Asia/Tokyo');
    await page.getByRole('button', { name: JA.create }).click();
    await page.getByRole('heading', { name: JA.sessions, level: 1 }).waitFor();
    const programmeId = /\/programmes\/([0-9a-f-]{36})\/sessions$/.exec(new URL(page.url()).pathname)?.[1];
    expect(programmeId).toBeDefined();
    const created = await req<{ code: string; status: string; capacity: number; phases: { id: string }[] }>(
      'GET',
      `/programmes/${programmeId}`,
    );
    expect(created.body).toMatchObject({
      code,
      status: 'draft',
      capacity: 2,
      mode: 'hybrid',
      hostTimeZone: 'Asia/Tokyo',
      phases: [{ name: 'In Tokyo', kind: 'in_country', startsOn: on('03-08'), endsOn: on('03-19') }],
    });
    await page.getByText(programmeTitle).waitFor();
    await shot(page, 'sessions');
    await expectAccessible(page, 'sessions');

    // A lecture from the form, in the host's zone (Tokyo, UTC+9).
    const add = page.getByRole('form', { name: 'セッションを追加' });
    await add.getByLabel(JA.kind).selectOption('lecture');
    await add.getByLabel(JA.phase).selectOption({ index: 1 }); // In Tokyo
    await add.getByLabel(JA.title, { exact: true }).fill(lecture);
    await add.getByLabel(JA.startsAt, { exact: true }).fill(on('03-10T09:30'));
    await add.getByLabel(JA.endsAt, { exact: true }).fill(on('03-10T11:00'));
    await add.getByRole('button', { name: JA.add, exact: true }).click();
    await page.getByText(JA.added).waitFor();
    await page.locator('li.slot', { hasText: lecture }).waitFor();
    const [added] = (
      await req<{ id: string; title: string; startsAt: string; endsAt: string }[]>(
        'GET',
        `/programmes/${programmeId}/sessions`,
      )
    ).body;
    expect(added).toMatchObject({
      title: lecture,
      kind: 'lecture',
      phaseId: created.body.phases[0]!.id,
      startsAt: on('03-10T00:30:00.000Z'),
      endsAt: on('03-10T02:00:00.000Z'),
    });
    await shot(page, 'session-added');

    // Edited in place: a new title, a later end, a room.
    await page.getByRole('button', { name: JA.edit(lecture) }).click();
    const edit = page.getByRole('form', { name: JA.edit(lecture) });
    await expect(edit.getByLabel(JA.startsAt, { exact: true }).inputValue()).resolves.toBe(on('03-10T09:30'));
    await edit.getByLabel(JA.title, { exact: true }).fill(revised);
    await edit.getByLabel(JA.endsAt, { exact: true }).fill(on('03-10T11:30'));
    await edit.getByLabel(JA.room).fill('Hall B');
    await shot(page, 'session-edit');
    await expectAccessible(page, 'sessions, editing');
    await edit.getByRole('button', { name: JA.saveChanges }).click();
    await page.getByText(JA.saved(revised)).waitFor();
    await page.locator('li.slot', { hasText: revised }).waitFor();
    expect((await req(`GET`, `/sessions/${added.id}`)).body).toMatchObject({
      title: revised,
      startsAt: on('03-10T00:30:00.000Z'),
      endsAt: on('03-10T02:30:00.000Z'),
      room: 'Hall B',
      status: 'moved',
    });

    // A site visit in the phase, the host's rules judged live as the form is filled.
    const visit = `Incineration plant visit ${tag}`;
    const day = visitDay();
    const form = page.getByRole('form', { name: JA.visitForm });
    await form.getByLabel(JA.facility, { exact: true }).selectOption({ label: PLANT.option });
    await form.getByLabel(JA.visitTitle).fill(visit);
    await form.getByLabel(JA.visitDay).fill(day);
    await form.getByLabel(JA.visitStart).fill('08:00');
    await form.getByLabel(JA.visitEnd).fill('09:30');
    // A group from abroad (as the form starts): one interpreter per 15 visitors.
    await form.getByLabel(JA.interpreters).fill('1');
    const feedback = form.locator('#visit-feedback');
    await feedback.getByText(JA.tooEarly).waitFor();
    await shot(page, 'site-visit-broken-rule');
    await expectAccessible(page, 'site visit breaking a rule');
    await form.getByLabel(JA.visitStart).fill('10:00');
    await form.getByLabel(JA.visitEnd).fill('11:30');
    await feedback.getByText(JA.fits).waitFor();
    await form.getByRole('button', { name: JA.scheduleVisit }).click();
    const visitSlot = page.locator('li.slot', { hasText: visit });
    await visitSlot.waitFor();
    await expect(visitSlot.innerText()).resolves.toContain(JA.siteVisit);
    await shot(page, 'site-visit-scheduled');
    const scheduled = (
      await req<{ id: string; title: string; kind: string; facilityId: string; startsAt: string }[]>(
        'GET',
        `/programmes/${programmeId}/sessions`,
      )
    ).body.find((s) => s.title === visit);
    visitId = scheduled?.id;
    expect(scheduled).toMatchObject({
      kind: 'site_visit',
      facilityId: PLANT.id,
      startsAt: `${day}T01:00:00.000Z`,
    });

    // Published, so that trainees see it.
    await page.getByRole('button', { name: JA.publish }).click();
    await page.getByText(JA.published).waitFor();
    expect((await req('GET', `/programmes/${programmeId}`)).body.status).toBe('published');
    await shot(page, 'published');
    await expectAccessible(page, 'sessions, published');

    // Trainees from a CSV file: three new ones for two places, and a row without a name for a new account.
    const emails = [1, 2, 3].map((n) => `e2e.${tag.toLowerCase()}.${n}@environment.example`);
    const csv =
      'email,display_name,locale,time_zone\n' +
      emails.map((email, i) => `${email},Trainee ${i + 1} ${tag},en,Indian/Maldives\n`).join('') +
      `e2e.${tag.toLowerCase()}.nameless@environment.example,,en,Indian/Maldives\n`;
    await page.getByRole('link', { name: JA.importLink }).click();
    await page.getByRole('heading', { name: JA.importTitle, level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/programmes/${programmeId}/enrolments/import`);
    await shot(page, 'import');
    await expectAccessible(page, 'import');
    await page.getByLabel(JA.file).setInputFiles({
      name: `trainees-${tag}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await page.getByRole('button', { name: JA.check }).click();
    await page.getByRole('heading', { name: JA.checked }).waitFor();
    const figures = async () => ({
      enrolled: await figure(page, JA.enrolled),
      waitlisted: await figure(page, JA.waitlisted),
      accountsCreated: await figure(page, JA.accountsCreated),
      refused: await figure(page, JA.refused),
    });
    await expect(figures()).resolves.toEqual({
      enrolled: '2',
      waitlisted: '1',
      accountsCreated: '3',
      refused: '1',
    });
    await shot(page, 'import-checked');
    await expectAccessible(page, 'import, checked');
    // A dry run writes nothing.
    const before = await req<{ total: number }>('GET', `/programmes/${programmeId}/enrolments`);
    expect(before.body.total).toBe(0);

    await page.getByRole('button', { name: JA.run }).click();
    await page.getByRole('heading', { name: JA.done }).waitFor();
    await expect(figures()).resolves.toEqual({
      enrolled: '2',
      waitlisted: '1',
      accountsCreated: '3',
      refused: '1',
    });
    await shot(page, 'import-done');
    await expectAccessible(page, 'import, done');

    // The enrolments exist: places in file order, then the waiting list.
    const roster = await req<{ total: number; items: { status: string; trainee: { email: string } }[] }>(
      'GET',
      `/programmes/${programmeId}/enrolments`,
    );
    expect(roster.status).toBe(200);
    expect(roster.body.total).toBe(3);
    expect(
      roster.body.items
        .map((e) => ({ email: e.trainee.email, status: e.status }))
        .sort((a, b) => a.email.localeCompare(b.email)),
    ).toEqual([
      { email: emails[0], status: 'invited' },
      { email: emails[1], status: 'invited' },
      { email: emails[2], status: 'waitlisted' },
    ]);
  });
});
