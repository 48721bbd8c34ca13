import type { ParsedMail } from 'mailparser';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  call,
  DEMO,
  signIn,
  SmtpSink,
  startApi,
  startWorker,
  testQueuePrefix,
  type KenshuProcess,
  type SignedInUser,
} from '@kenshu/testing';
import { expectAccessible, launchChromium, screenshots } from './browser.js';

/** The link to `path` in a Kenshu email (invitation or password reset). */
const linkIn = (mail: ParsedMail, path: string): string => {
  const match = new RegExp(`https?://\\S+/${path}\\?token=[A-Za-z0-9_-]+`).exec(mail.text ?? '');
  if (!match) throw new Error(`no ${path} link in:\n${mail.text}`);
  return match[0];
};

/**
 * The account pages behind the email links, in Chromium: the built API and worker on the real MariaDB and
 * Redis, the emails caught by a loopback SMTP server. An invitee opens the invitation link, chooses a
 * password and signs in with it; then asks for a reset on the page, follows the emailed link, sets a new
 * password and signs in with that.
 */
describe('the account pages behind email links, in Chromium', () => {
  let api: KenshuProcess & { url: string };
  let worker: KenshuProcess;
  let browser: Browser;
  let coordinator: SignedInUser;
  let shot: (page: Page, step: string) => Promise<void>;
  const smtp = new SmtpSink();
  const unique = Date.now().toString(36);
  const contexts: BrowserContext[] = [];

  const newPage = async (): Promise<Page> => {
    const context = await browser.newContext({ locale: 'en-GB' });
    contexts.push(context);
    return context.newPage();
  };

  /** The emails to `email` whose text links to `path`: waits for `count` of them. */
  const mailsTo = (email: string, path: string, count = 1) =>
    smtp.waitFor(
      count,
      30_000,
      (m) => JSON.stringify(m.to).includes(email) && (m.text ?? '').includes(`/${path}?token=`),
    );

  /** A new trainee invited by the demo coordinator through the API; the invitation email is sent. */
  async function invite(name: string): Promise<string> {
    const email = `${name}.${unique}@example.org`;
    const created = await call(api.url, 'POST', '/api/v1/users', {
      token: coordinator.accessToken,
      body: { email, displayName: `${name} ${unique}`, roles: ['trainee'] },
    });
    expect(created.status).toBe(201);
    return email;
  }

  const signInOnPage = async (page: Page, email: string, password: string) => {
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'My programmes', level: 1 }).waitFor();
  };

  beforeAll(async () => {
    await smtp.start();
    const env = { QUEUE_PREFIX: testQueuePrefix('account'), SMTP_URL: smtp.url };
    // The worker writes the emails' links: to the API's address, which serves the web app. One after the
    // other, so that afterAll stops whichever started.
    api = await startApi(env);
    worker = await startWorker({ ...env, PUBLIC_URL: api.url });
    browser = await launchChromium();
    coordinator = await signIn(api.url, DEMO.coordinator);
    shot = screenshots('account');
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await Promise.all([api?.stop(), worker?.stop()]);
    await smtp.stop();
  });

  it('opens an invited account from the emailed link and signs in with the chosen password', async () => {
    const email = await invite('invitee');
    const [mail] = await mailsTo(email, 'accept-invitation');
    const link = linkIn(mail!, 'accept-invitation');
    expect(link.startsWith(`${api.url}/accept-invitation?token=`)).toBe(true);

    const page = await newPage();
    await page.goto(link);
    await page.getByRole('heading', { name: 'Open your account', level: 1 }).waitFor();
    await expect(page.getByText(/Use at least 12 characters/).count()).resolves.toBe(1);
    await shot(page, 'invitation');
    await expectAccessible(page, 'accept-invitation');

    // The API's refusal, next to the field: a password on the common list.
    await page.getByLabel('New password', { exact: true }).fill('password1234');
    await page.getByLabel('New password again').fill('password1234');
    await page.getByRole('button', { name: 'Open my account' }).click();
    await expect(page.locator('#password-error').textContent()).resolves.toMatch(/common password/);
    await shot(page, 'invitation-refused');
    await expectAccessible(page, 'accept-invitation, refused');

    const password = `garden lantern ${unique}`;
    await page.getByLabel('New password', { exact: true }).fill(password);
    await page.getByLabel('New password again').fill(password);
    await page.getByRole('button', { name: 'Open my account' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/^Your account is open/);
    expect(new URL(page.url()).search).toBe('');
    await shot(page, 'invitation-accepted');
    await expectAccessible(page, 'accept-invitation, done');

    await page.getByRole('link', { name: 'Go to sign-in' }).click();
    await signInOnPage(page, email, password);
    await shot(page, 'invitee-signed-in');

    // The link is spent: opened again, it says so and what to do.
    const again = await newPage();
    await again.goto(link);
    await again.getByLabel('New password', { exact: true }).fill(`${password} again`);
    await again.getByLabel('New password again').fill(`${password} again`);
    await again.getByRole('button', { name: 'Open my account' }).click();
    await expect(again.getByRole('alert').textContent()).resolves.toMatch(/already used/);
    await expectAccessible(again, 'accept-invitation, spent link');
  });

  it('resets a forgotten password from the sign-in page and the emailed link', async () => {
    const email = await invite('forgetful');
    const [invitation] = await mailsTo(email, 'accept-invitation');
    const first = `first harbour ${unique}`;
    const token = new URL(linkIn(invitation!, 'accept-invitation')).searchParams.get('token');
    const accepted = await call(api.url, 'POST', '/api/v1/auth/invitation/accept', {
      body: { token, password: first },
    });
    expect(accepted.status).toBe(204);

    const page = await newPage();
    await page.goto(`${api.url}/`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { name: 'Reset your password', level: 1 }).waitFor();
    await shot(page, 'forgot');
    await expectAccessible(page, 'forgot-password');
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Email me a link' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toMatch(
      /^If an account uses this address, a link to reset its password is on its way/,
    );
    await shot(page, 'forgot-sent');
    await expectAccessible(page, 'forgot-password, sent');

    const [mail] = await mailsTo(email, 'reset-password');
    await page.goto(linkIn(mail!, 'reset-password'));
    await page.getByRole('heading', { name: 'Choose a new password', level: 1 }).waitFor();
    await expectAccessible(page, 'reset-password');
    const second = `second lighthouse ${unique}`;
    await page.getByLabel('New password', { exact: true }).fill(second);
    await page.getByLabel('New password again').fill(`${second}!`);
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await expect(page.locator('#confirm-error').textContent()).resolves.toBe(
      'The two passwords are not the same.',
    );
    await page.getByLabel('New password again').fill(second);
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/^Your password is changed/);
    await shot(page, 'reset-done');
    await expectAccessible(page, 'reset-password, done');

    await page.getByRole('link', { name: 'Go to sign-in' }).click();
    await signInOnPage(page, email, second);
    await shot(page, 'reset-signed-in');
    const old = await call(api.url, 'POST', '/api/v1/auth/login', { body: { email, password: first } });
    expect(old.status).toBe(401);
  });
});
