import type { Browser, BrowserContext } from 'playwright-core';
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

/** A programme the demo coordinator manages (libs/domain/src/seed/demo-programmes.ts), hosted in Tokyo. */
const PROGRAMME = '00000000-0000-4000-a000-000000000001';
/**
 * A seeded facility with the host's rules: Monday to Friday, starts 09:30–15:00 Tokyo time, about 90
 * minutes, 25 visitors at most in an overseas group, one interpreter per 15, the roster 14 days ahead.
 */
const PLANT = {
  id: '00000000-0000-4000-a300-000000000001',
  option: 'Shin-Koto incineration plant — 清掃工場（Asia/Tokyo）',
};

interface Session {
  id: string;
  kind: string;
  title: string;
  facilityId: string | null;
  startsAt: string | null;
  endsAt: string | null;
  status: string;
  ruleOverride: unknown;
}

/**
 * A weekday of its own for this run, a year or more ahead (no late roster; other test files book the
 * plant and the trainees on dates of their own): a Monday to Friday in 2028–2031.
 */
function weekdayOfThisRun(): string {
  const monday = Date.UTC(2028, 0, 3); // 3 January 2028 was a Monday
  const weeks = Math.floor(Math.random() * 200);
  const day = Math.floor(Math.random() * 5);
  return new Date(monday + (weeks * 7 + day) * 86_400_000).toISOString().slice(0, 10);
}

describe('the web app in Chromium: the coordinator schedules a site visit', () => {
  let api: KenshuProcess & { url: string };
  let browser: Browser;
  let coordinator: SignedInUser;
  const contexts: BrowserContext[] = [];
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.toUpperCase();
  const title = `Plant visit ${tag}`;

  const req = <T = Record<string, unknown>>(method: string, path: string, body?: unknown) =>
    call<T>(api.url, method, `/api/v1${path}`, { token: coordinator.accessToken, body });

  /** This run's sessions (by the tag in their title) that still book the plant and the trainees. */
  const mine = async () =>
    (await req<Session[]>('GET', `/programmes/${PROGRAMME}/sessions`)).body.filter(
      (s) => s.title.includes(tag) && s.status !== 'cancelled',
    );

  beforeAll(async () => {
    api = await startApi({ QUEUE_PREFIX: testQueuePrefix('browser-visit') });
    browser = await launchChromium();
    coordinator = await signIn(api.url, DEMO.coordinator);
  });

  afterAll(async () => {
    // Cancelled sessions book nobody: the plant and the trainees are free again for other test files.
    if (coordinator)
      for (const s of await mine())
        expect(
          (await req('POST', `/sessions/${s.id}/cancel`, { reason: 'End of the browser test' })).status,
        ).toBe(200);
    for (const context of contexts) await context.close();
    await browser?.close();
    await api?.stop();
  });

  it('sees a broken host rule live, fixes it, sees that it fits, and schedules the visit', async () => {
    const programme = await req<{ enrolled: { holdingPlaces: number } }>('GET', `/programmes/${PROGRAMME}`);
    const visitors = Math.max(1, programme.body.enrolled.holdingPlaces);
    const interpreters = Math.ceil(visitors / 15);
    const day = weekdayOfThisRun();

    const context = await browser.newContext({ locale: 'en-GB' });
    contexts.push(context);
    const page = await context.newPage();
    const shot = screenshots('site-visit');
    // The demo coordinator reads Japanese (their locale): the pages follow it once signed in.
    await signInOnPage(page, api.url, DEMO.coordinator);
    await page.getByRole('heading', { name: '受講中の研修', level: 1 }).waitFor();
    await page.goto(`${api.url}/programmes/${PROGRAMME}/sessions`);
    const form = page.getByRole('form', { name: '施設見学を予定する' });
    await form.waitFor();
    // The form starts from the trainees holding a place, the group the API judges when saving.
    await form.getByText(`参加枠を持つ研修員：${visitors}名。`).waitFor();
    await expect(form.getByLabel('見学者数').inputValue()).resolves.toBe(String(visitors));

    await form.getByLabel('施設', { exact: true }).selectOption({ label: PLANT.option });
    await form.getByText('施設のタイムゾーン：Asia/Tokyo').waitFor();
    await form.getByLabel('見学のタイトル').fill(title);
    await form.getByLabel('見学日').fill(day);
    await form.getByLabel('開始時刻').fill('08:00');
    await form.getByLabel('終了時刻').fill('09:30');
    await form.getByLabel('通訳者数').fill(String(interpreters));
    await form.getByLabel('集合場所').fill('Visitor centre entrance');
    await form.getByLabel('保護具（カンマ区切り）').fill('helmet, closed shoes');

    // 08:00 in Tokyo is before the plant's earliest start: said at once, in words, in the live region.
    const feedback = form.locator('#visit-feedback');
    await expect(feedback.getAttribute('aria-live')).resolves.toBe('polite');
    await feedback.getByText('受入側の最も早い開始時刻 09:30（Asia/Tokyo）より前に始まります。').waitFor();
    await expect(feedback.getByRole('listitem').count()).resolves.toBe(1);
    await form.getByLabel('それでも予定する理由').waitFor();
    await form.getByRole('button', { name: 'それでも予定する' }).waitFor();
    await shot(page, 'broken-rule');
    await expectAccessible(page, 'site visit breaking a rule');

    await form.getByLabel('開始時刻').fill('10:00');
    await form.getByLabel('終了時刻').fill('11:30');
    await feedback.getByText('この見学は受入側のルールに合っています。').waitFor();
    await expect(form.getByLabel('それでも予定する理由').count()).resolves.toBe(0);
    const due = new Date(Date.parse(`${day}T00:00:00Z`) - 14 * 86_400_000);
    const dueText = new Intl.DateTimeFormat('ja', {
      timeZone: 'UTC',
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    }).format(due);
    await expect(feedback.innerText()).resolves.toContain(`見学者名簿の提出期限：${dueText}（受入側の日付）`);
    await expect(feedback.innerText()).resolves.toContain('施設の時刻（Asia/Tokyo）：');
    await shot(page, 'fits');
    await expectAccessible(page, 'site visit that fits');

    const [created] = await Promise.all([
      page.waitForResponse(
        (r) => r.request().method() === 'POST' && r.url().endsWith(`/programmes/${PROGRAMME}/sessions`),
      ),
      form.getByRole('button', { name: '見学を予定する' }).click(),
    ]);
    expect(created.status()).toBe(201);
    // The timeline reloads with the visit under its day in Tokyo.
    const slot = page.locator('.timeline li.slot', { hasText: title });
    await slot.waitFor();
    await expect(slot.innerText()).resolves.toContain('施設見学');
    await slot.scrollIntoViewIfNeeded();
    await shot(page, 'scheduled');
    await expectAccessible(page, 'sessions with the visit');

    const stored = await mine();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      kind: 'site_visit',
      title,
      facilityId: PLANT.id,
      status: 'scheduled',
      ruleOverride: null,
    });
    // 10:00–11:30 on the host's clock (UTC+9, no daylight saving in Tokyo).
    expect(new Date(stored[0]!.startsAt!).toISOString()).toBe(`${day}T01:00:00.000Z`);
    expect(new Date(stored[0]!.endsAt!).toISOString()).toBe(`${day}T02:30:00.000Z`);
    const detail = await req<Session & { siteVisit: Record<string, unknown> }>(
      'GET',
      `/sessions/${stored[0]!.id}`,
    );
    expect(detail.body.siteVisit).toMatchObject({
      meetingPoint: 'Visitor centre entrance',
      ppe: ['helmet', 'closed shoes'],
      interpreters,
      overseasGroup: true,
    });
  });
});
