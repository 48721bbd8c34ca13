import { readFileSync, statSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { surveyInvitationToken } from '@kenshu/domain';
import {
  call,
  DEMO,
  signIn,
  startApi,
  testConfig,
  testQueuePrefix,
  type KenshuProcess,
  type SignedInUser,
} from '@kenshu/testing';
import {
  countTransfer,
  expectAccessible,
  launchChromium,
  PHONE,
  screenshots,
  signInOnPage,
} from './browser.js';

/** The trainee pages' budget of issue 8: their first load, gzipped, under 200 KB. */
const BUDGET_BYTES = 200_000;
/** The demo trainee's programme (libs/domain/src/seed/demo-programmes.ts). */
const PROGRAMME = '00000000-0000-4000-a000-000000000001';
/** A session of it: 23 Feb 2027, 09:30–12:00 in Tokyo, the host's zone. */
const LECTURE = 'Separation at source and collection in the 23 wards';
const LECTURE_AT = ['2027-02-23T00:30:00Z', '2027-02-23T03:00:00Z'];
/** The zone the trainee moves to: São Paulo (UTC−3), where the lecture is on the evening before. */
const ZONE = 'America/Sao_Paulo';

/** What the schedule page shows, formatted as the page does (Intl, English); spaces made plain. */
const time = (utc: string, timeZone: string) =>
  new Intl.DateTimeFormat('en', { timeZone, hour: '2-digit', minute: '2-digit', timeZoneName: 'short' })
    .format(new Date(utc))
    .replace(/\s/g, ' ');
const plain = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the web app in Chromium: a trainee’s flows and the public pages', () => {
  let api: KenshuProcess & { url: string };
  let browser: Browser;
  let trainee: SignedInUser;
  let coordinator: SignedInUser;
  let homeZone: string;
  const contexts: BrowserContext[] = [];

  const req = <T = Record<string, unknown>>(
    method: string,
    path: string,
    who?: SignedInUser,
    body?: unknown,
  ) => call<T>(api.url, method, `/api/v1${path}`, { token: who?.accessToken, body });

  /** A fresh browser profile (no stored session), on a desktop screen unless told otherwise. */
  const newPage = async (options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> => {
    const context = await browser.newContext({ locale: 'en-GB', ...options });
    contexts.push(context);
    return context.newPage();
  };

  const signInAs = (page: Page, email: string) => signInOnPage(page, api.url, email);

  beforeAll(async () => {
    api = await startApi({ QUEUE_PREFIX: testQueuePrefix('browser') });
    browser = await launchChromium();
    trainee = await signIn(api.url, DEMO.trainee);
    coordinator = await signIn(api.url, DEMO.coordinator);
    homeZone = String((await req('GET', '/me', trainee)).body.timeZone);
    expect((await req('PATCH', '/me', trainee, { timeZone: ZONE })).status).toBe(200);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    if (trainee) await req('PATCH', '/me', trainee, { timeZone: homeZone });
    await api?.stop();
  });

  it('signs the trainee in and shows the schedule in their zone with the host’s beside it', async () => {
    const page = await newPage();
    const shot = screenshots('schedule');
    await page.goto(`${api.url}/`);
    await shot(page, 'sign-in');
    await expectAccessible(page, 'sign-in');

    await page.getByLabel('Email').fill(DEMO.trainee);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe('Wrong email or password.');

    await page.getByLabel('Password').fill(DEMO.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'My programmes', level: 1 }).waitFor();
    await shot(page, 'programmes');
    await expectAccessible(page, 'programmes');

    await page.getByRole('link', { name: 'My schedule' }).click();
    const card = page.locator('li.card', { has: page.getByRole('heading', { name: LECTURE }) });
    await card.waitFor();
    await expect(page.getByText(`Times in your time zone, ${ZONE}`).count()).resolves.toBe(1);
    // 00:30 UTC is 21:30 the evening before in São Paulo, 09:30 in Tokyo: both, each in its zone.
    const when = plain(await card.locator('.when').innerText());
    const [start, end] = LECTURE_AT as [string, string];
    expect(when).toContain(`${time(start, ZONE)} – ${time(end, ZONE)}`);
    expect(when).toContain(`${time(start, 'Asia/Tokyo')} – ${time(end, 'Asia/Tokyo')} (Asia/Tokyo)`);
    expect(time(start, ZONE)).toMatch(/^09:30 PM/);
    expect(time(start, 'Asia/Tokyo')).toMatch(/^09:30 AM/);
    // The lecture is listed under the day it falls on in the trainee's zone, Monday 22 February.
    const day = await card.locator('xpath=ancestor::section[1]/h2').innerText();
    expect(plain(day)).toBe('Mon, Feb 22, 2027');
    await shot(page, 'schedule');
    await expectAccessible(page, 'schedule');
  });

  it('downloads a material with its name and every byte', async () => {
    // The test database is seeded without storage, so without the handbook's PDF: the instructor uploads one.
    const tag = Date.now().toString(36).toUpperCase();
    const title = `Landfill gas, browser ${tag}`;
    const instructor = await signIn(api.url, DEMO.instructor);
    const material = await req<{ id: string }>('POST', `/programmes/${PROGRAMME}/materials`, instructor, {
      title,
      kind: 'file',
      originalLanguage: 'en',
      audience: 'trainees',
    });
    expect(material.status).toBe(201);
    const text = `Landfill gas ${tag}`;
    const pdf = Buffer.from(
      `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n` +
        `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 100]/Contents 4 0 R>>endobj\n` +
        `4 0 obj<</Length ${text.length + 30}>>stream\nBT /F1 12 Tf 10 50 Td (${text}) Tj ET\nendstream endobj\n` +
        `trailer<</Root 1 0 R>>\n%%EOF\n`,
    );
    const uploaded = await fetch(
      `${api.url}/api/v1/materials/${material.body.id}/uploads?language=en&fileName=landfill-gas-${tag}.pdf`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${instructor.accessToken}`, 'content-type': 'application/pdf' },
        body: pdf,
      },
    );
    expect(uploaded.status).toBe(201);

    const page = await newPage();
    const shot = screenshots('materials');
    await signInAs(page, DEMO.trainee);
    // Other test files enrol the demo trainee in programmes of a similar title: the demo one by its address.
    await page.locator(`a[href="/programmes/${PROGRAMME}/materials"]`).click();
    const button = page.getByRole('button', { name: `Download ${title}` });
    await button.waitFor();
    await shot(page, 'materials');
    await expectAccessible(page, 'materials');

    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const path = await download.path();
    expect(download.suggestedFilename()).toBe(`landfill-gas-${tag}.pdf`);
    expect(statSync(path).size).toBe(pdf.length);
    expect(readFileSync(path).equals(pdf)).toBe(true);
  });

  it('checks in to a session happening now with the code the instructor shows, on a phone', async () => {
    // A session of the demo programme that started 5 minutes ago and runs an hour, taught by the demo
    // instructor: inside the check-in window (15 minutes before the start to 30 after the end) and the
    // grace (late only after 10 minutes). The demo programme refuses double bookings, and other test files
    // leave the demo trainee sessions of their own programmes around now: it warns instead while this one
    // is made, then refuses again.
    const tag = Date.now().toString(36).toUpperCase();
    const title = `Check-in, browser ${tag}`;
    const instructor = await signIn(api.url, DEMO.instructor);
    const startsAt = new Date(Date.now() - 5 * 60_000);
    const policy = (await req<{ conflictPolicy: string }>('GET', `/programmes/${PROGRAMME}`, coordinator))
      .body.conflictPolicy;
    expect(
      (await req('PATCH', `/programmes/${PROGRAMME}`, coordinator, { conflictPolicy: 'warn' })).status,
    ).toBe(200);
    const session = await req<{ id: string }>('POST', `/programmes/${PROGRAMME}/sessions`, coordinator, {
      kind: 'lecture',
      title,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 65 * 60_000).toISOString(),
      instructorIds: [instructor.user.id],
      room: 'Room 3',
    }).finally(() => req('PATCH', `/programmes/${PROGRAMME}`, coordinator, { conflictPolicy: policy }));
    expect(session.status).toBe(201);
    const sessionId = session.body.id;
    try {
      const code = await req<{ code: string; validUntil: string }>(
        'POST',
        `/sessions/${sessionId}/check-in-codes`,
        instructor,
      );
      expect(code.status).toBe(201);
      expect(code.body.code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);

      const page = await newPage(PHONE);
      const shot = screenshots('check-in-phone');
      await signInAs(page, DEMO.trainee);
      await page.getByRole('link', { name: 'Check in', exact: true }).tap();
      // Today's sessions in the trainee's zone: this one among them, leading to its form.
      await page.getByRole('link', { name: `Check in to ${title}` }).tap();
      const field = page.getByLabel('Check-in code');
      await field.waitFor();
      expect(await page.evaluate('document.scrollingElement.scrollWidth')).toBeLessThanOrEqual(390);
      await shot(page, 'form');
      await expectAccessible(page, 'check-in');

      // Too short: the page says what a code looks like, next to the field, and asks the API nothing.
      await field.fill('K7Q');
      await page.getByRole('button', { name: 'Check in' }).tap();
      await page.getByText('A code has 6 letters and digits', { exact: false }).waitFor();
      await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
      await expectAccessible(page, 'check-in with an error');

      // Typed as people do, in lower case with a dash in the middle: the API compares it normalised.
      await field.fill(
        `${code.body.code.slice(0, 3).toLowerCase()}-${code.body.code.slice(3).toLowerCase()}`,
      );
      const [posted] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith(`/sessions/${sessionId}/check-ins`)),
        page.getByRole('button', { name: 'Check in' }).tap(),
      ]);
      expect(posted.status()).toBe(201);
      const checkIn = (await posted.json()) as { status: 'present' | 'late'; checkedInAt: string };
      // Present within the 10 minutes' grace after the start, late after it.
      const late = new Date(checkIn.checkedInAt).getTime() > startsAt.getTime() + 10 * 60_000;
      expect(checkIn.status).toBe(late ? 'late' : 'present');
      await page.getByRole('status').getByText(`You are checked in: ${checkIn.status}.`).waitFor();
      await expect(page.getByRole('status').getByText(title).count()).resolves.toBe(1);
      await shot(page, 'checked-in');
      await expectAccessible(page, 'checked in');

      // The instructor's roster has it: the trainee, by the check-in, at that time.
      const roster = await req<{
        trainees: { userId: string; status: string; source: string | null; checkedInAt: string | null }[];
      }>('GET', `/sessions/${sessionId}/attendance`, instructor);
      expect(roster.status).toBe(200);
      expect(roster.body.trainees.find((t) => t.userId === trainee.user.id)).toMatchObject({
        status: checkIn.status,
        source: 'check_in',
        checkedInAt: checkIn.checkedInAt,
      });
      // A second try is refused, and says so.
      const again = await req<{ code: string }>('POST', `/sessions/${sessionId}/check-ins`, trainee, {
        code: code.body.code,
      });
      expect({ status: again.status, code: again.body.code }).toEqual({
        status: 409,
        code: 'ATTENDANCE.ALREADY_CHECKED_IN',
      });
    } finally {
      // Cancelled, so that it books no one for the other test files.
      const cancelled = await req('POST', `/sessions/${sessionId}/cancel`, coordinator, {
        reason: 'Made by the browser test',
      });
      expect(cancelled.status).toBe(200);
    }
  });

  it('answers a survey from its invitation link on a phone, and the answer is stored', async () => {
    const tag = Date.now().toString(36).toUpperCase();
    const template = await req<{ id: string }>('POST', '/survey-templates', coordinator, {
      title: `Browser reaction ${tag}`,
      questions: [
        {
          kind: 'likert',
          texts: { en: 'How useful was the session?', ja: 'セッションは役に立ちましたか。' },
          scaleLabels: ['Not at all', 'Slightly', 'Moderately', 'Very', 'Extremely'].map((en, i) => ({
            en,
            ja: `${i + 1}`,
          })),
        },
        { kind: 'text', texts: { en: 'Any comment?', ja: 'ご意見' }, required: false },
      ],
    });
    expect(template.status).toBe(201);
    const survey = await req<{ id: string }>('POST', `/programmes/${PROGRAMME}/surveys`, coordinator, {
      templateId: template.body.id,
      level: 'L1',
      opensAt: new Date(Date.now() - 3_600_000).toISOString(),
      closesAt: new Date(Date.now() + 3_600_000).toISOString(),
      minGroupSize: 3,
    });
    expect(survey.status).toBe(201);
    expect((await req('POST', `/surveys/${survey.body.id}/open`, coordinator)).status).toBe(200);
    const invited = await req<{ invitationId: string; userId: string }[]>(
      'POST',
      `/surveys/${survey.body.id}/invitations`,
      coordinator,
      {},
    );
    expect(invited.status).toBe(201);
    // The token the invitation email carries (test/survey-emails.e2e-spec.ts reads it from the email).
    const invitation = invited.body.find((i) => i.userId === trainee.user.id)!;
    const token = surveyInvitationToken(testConfig().secret, invitation.invitationId);

    const page = await newPage(PHONE);
    const shot = screenshots('survey-phone');
    await page.goto(`${api.url}/survey/${token}`);
    await page.getByText('How useful was the session?').waitFor();
    // Nothing wider than the phone: no sideways scrolling.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await shot(page, 'form');
    await expectAccessible(page, 'survey');

    // Sent without the required answer: the page says which question, and sends nothing.
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await page.getByText('Please answer this question.').waitFor();
    await shot(page, 'missing');
    await expectAccessible(page, 'survey with an error');

    await page.getByRole('radio', { name: '4 · Very' }).check();
    await page.getByRole('textbox', { name: /Any comment/ }).fill('Clear, thank you.');
    const [posted] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/survey-invitations/${token}/responses`)),
      page.getByRole('button', { name: 'Send my answers' }).click(),
    ]);
    expect(posted.status()).toBe(204);
    await page.getByText('Thank you! Your answers were sent.').waitFor();
    await shot(page, 'thanks');

    const stored = await req<{ responses: number }>('GET', `/surveys/${survey.body.id}`, coordinator);
    expect(stored.body.responses).toBe(1);
    const again = await req<{ code: string }>('POST', `/survey-invitations/${token}/responses`, undefined, {
      answers: [],
    });
    expect(again.body.code).toBe('SURVEY.ALREADY_ANSWERED');
    await page.reload();
    await page.getByText('This survey was already answered with this link. Thank you!').waitFor();
  });

  it('verifies the demo certificate’s code, and says so for an unknown one', async () => {
    const page = await newPage();
    const shot = screenshots('verify');
    await page.goto(`${api.url}/verify/K7QF-2M9X-HD4P`);
    await page.getByText('This certificate is valid.').waitFor();
    await expect(page.getByText('Code K7QF-2M9X-HD4P').count()).resolves.toBeGreaterThan(0);
    await shot(page, 'valid');
    await expectAccessible(page, 'verify');

    await page.goto(`${api.url}/verify/AAAA-BBBB-CCCC`);
    await page.getByText('No certificate has this code.', { exact: false }).waitFor();
    await shot(page, 'unknown');
  });

  it('keeps the trainee’s first load (sign-in, then schedule) under 200 KB gzipped', async () => {
    const page = await newPage();
    const transfer = await countTransfer(page, { gzipOnly: true });
    await signInAs(page, DEMO.trainee);
    await page.getByRole('link', { name: 'My schedule' }).click();
    await page.locator('li.card', { has: page.getByRole('heading', { name: LECTURE }) }).waitFor();
    await page.waitForLoadState('networkidle');

    const requests = transfer.requests();
    const assets = requests.filter((r) => r.url.includes('/assets/'));
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets.filter((a) => /\.(js|css)$/.test(new URL(a.url).pathname)))
      expect({ url: asset.url, encoding: asset.encoding }).toEqual({ url: asset.url, encoding: 'gzip' });
    // The budget is the pages' own load (document, scripts, styles, icon); the API's answers are the
    // trainee's data, whose size depends on how much of it there is (other test files add enrolments).
    const isApi = (r: { url: string }) => new URL(r.url).pathname.startsWith('/api/');
    const total = requests.filter((r) => !isApi(r)).reduce((sum, r) => sum + r.bytes, 0);
    const answers = requests.filter(isApi);
    const api = answers.reduce((sum, r) => sum + r.bytes, 0);
    const apiJson = answers.reduce((sum, r) => sum + r.decoded, 0);
    process.stdout.write(
      `[browser] trainee first load: ${total} bytes of pages, ${api} of API answers (${apiJson} of JSON decoded), over ${requests.length} requests (gzip)\n` +
        requests
          .map((r) => `  ${r.bytes}\t${r.decoded}\t${r.encoding}\t${new URL(r.url).pathname}`)
          .join('\n') +
        '\n',
    );
    expect(total).toBeLessThan(BUDGET_BYTES);
    // The API's answers are light on the wire too: each one of 1 KB or more comes gzipped, headers and all
    // smaller than its JSON (the schedule's, about 5.5 KB, in under 2 KB).
    const large = answers.filter((r) => r.decoded >= 1024);
    expect(large.length).toBeGreaterThan(0);
    for (const { url, encoding, bytes, decoded } of large)
      expect({ url, encoding, smaller: bytes < decoded }).toEqual({ url, encoding: 'gzip', smaller: true });
  });
});
