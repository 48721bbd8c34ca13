#!/usr/bin/env node
// `npm test`: the same preparation as `npm start`, then every check and every test (unit, integration
// on the real database, Redis and SMTP, end-to-end across both processes). CI runs exactly this.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, prepare, started } from './prepare.mjs';

await prepare();

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
