import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { DEMO, ROOT } from '@kenshu/testing';

/** Debian's Chromium (`apt-get install -y chromium`; `npm test` installs it when missing). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where the flows' screenshots go (gitignored with the rest of .data/): `<flow>-<nn>-<step>.png`. */
export const SCREENSHOTS = join(ROOT, '.data/screenshots');

/** The phone the issue names: 390 × 844 CSS pixels, touch, as an iPhone 12–15 reports itself. */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
};

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
}

/** Numbered screenshots of one flow, full page. */
export function screenshots(flow: string): (page: Page, step: string) => Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  let n = 0;
  return async (page, step) => {
    n++;
    await page.screenshot({
      path: join(SCREENSHOTS, `${flow}-${String(n).padStart(2, '0')}-${step}.png`),
      fullPage: true,
    });
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * axe-core run in the page itself (its source evaluated through the DevTools protocol, which the page's
 * Content-Security-Policy does not apply to): the serious and critical violations, each with its nodes.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axe.source);
  // A string, evaluated in the page: the test's own types know no DOM.
  const violations = (await page.evaluate(`axe
    .run(document, { resultTypes: ['violations'] })
    .then((result) => result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    })))`)) as AxeViolation[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** One finished request: `bytes` as sent (headers and body, compressed), `decoded` the body once decoded. */
export interface Transferred {
  url: string;
  bytes: number;
  decoded: number;
  encoding: string;
}

/**
 * Bytes the page received over the network from now on, as Chromium counts them (`encodedDataLength` of
 * each finished request: headers and the body as sent, compressed), and each body's size once decoded.
 * `gzipOnly` asks for gzip alone, so the figure is the "gzipped" one rather than brotli's smaller one.
 */
export async function countTransfer(
  page: Page,
  options: { gzipOnly?: boolean } = {},
): Promise<{ total: () => number; requests: () => Transferred[] }> {
  const cdp = await page.context().newCDPSession(page);
  const urls = new Map<string, { url: string; encoding: string }>();
  const decoded = new Map<string, number>();
  const done: Transferred[] = [];
  cdp.on('Network.responseReceived', (e) => {
    const headers = Object.fromEntries(
      Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]),
    );
    urls.set(e.requestId, { url: e.response.url, encoding: headers['content-encoding'] ?? 'identity' });
  });
  cdp.on('Network.dataReceived', (e) =>
    decoded.set(e.requestId, (decoded.get(e.requestId) ?? 0) + e.dataLength),
  );
  cdp.on('Network.loadingFinished', (e) => {
    const seen = urls.get(e.requestId);
    if (seen) done.push({ ...seen, bytes: e.encodedDataLength, decoded: decoded.get(e.requestId) ?? 0 });
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (options.gzipOnly)
    await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': 'gzip' } });
  return { total: () => done.reduce((sum, r) => sum + r.bytes, 0), requests: () => [...done] };
}

/** Fails with the page's name and each serious or critical axe violation on it. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  expect({ page: name, violations: await seriousViolations(page) }).toEqual({ page: name, violations: [] });
}

/**
 * Signs in through the sign-in page at `url` (in English: the flows' profiles are en-GB unless they say
 * otherwise), then waits for the user's programmes page, in their own language (the demo staff read
 * Japanese).
 */
export async function signInOnPage(page: Page, url: string, email: string, password = DEMO.password) {
  await page.goto(`${url}/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: /^(My programmes|受講中の研修)$/, level: 1 }).waitFor();
}
