#!/usr/bin/env node
// `npm test`: the same preparation as `npm start`, then every check and every test (unit, integration
// on the real database, Redis and SMTP, end-to-end across both processes). CI runs exactly this.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, prepare, started } from './prepare.mjs';

await prepare();

/**
 * The browser flows (test/browser) drive Debian's Chromium through playwright-core: installed here when it
 * is missing and apt can install it (as root); otherwise the run stops, saying what to install. The Noto
 * CJK fonts come with it when apt can: without them the Japanese pages' screenshots show empty boxes (the
 * tests pass either way; the app itself needs no web fonts, a reader's device has its own).
 */
const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const wanted = [
    ...(existsSync(chromium) ? [] : ['chromium']),
    ...(existsSync(CJK_FONT) ? [] : ['fonts-noto-cjk']),
  ];
  if (wanted.length === 0) return;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (apt && process.getuid?.() === 0) {
    console.log(`[kenshu] installing for the browser tests: apt-get install -y ${wanted.join(' ')}…`);
    const install = () => spawnSync('apt-get', ['install', '-y', ...wanted], { stdio: 'inherit' }).status;
    if (install() !== 0 && spawnSync('apt-get', ['update'], { stdio: 'inherit' }).status === 0) install();
  }
  if (existsSync(chromium)) {
    if (!existsSync(CJK_FONT))
      console.log(
        '[kenshu] no CJK fonts (apt-get install -y fonts-noto-cjk): Japanese screenshots show boxes',
      );
    return;
  }
  console.error(
    `[kenshu] the browser tests need Chromium at ${chromium}. Install it, then run npm test again:\n` +
      `    sudo apt-get install -y chromium fonts-noto-cjk\n` +
      `  (or set CHROMIUM_PATH to another Chromium or Chrome binary).`,
  );
  process.exit(1);
}
ensureChromium();

const run = (script, extraEnv = {}) => {
  console.log(`\n[kenshu] npm run ${script}`);
  const r = spawnSync('npm', ['run', '-s', script], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...extraEnv },
  });
  return r.status ?? 1;
};

let failed = 0;
for (const step of ['format:check', 'lint', 'typecheck', 'depcruise', 'test:web'])
  if (run(step) !== 0) failed++;

const results = join(ROOT, '.data/jest-results.json');
rmSync(results, { force: true });
const jest = run('test:all', { JEST_JSON: results });
if (existsSync(results)) {
  const r = JSON.parse(readFileSync(results, 'utf8'));
  console.log(`\n${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);
}
if (started.length > 0)
  console.log(
    `[kenshu] left running for the next run (npm run services:stop ends them): ${started.join('; ')}`,
  );
process.exit(failed > 0 || jest !== 0 ? 1 : 0);
