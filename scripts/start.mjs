#!/usr/bin/env node
// `npm start`: prepare (dependencies, MySQL/MariaDB, Redis, build), migrate, seed the demo data, then run
// the API and the worker together until Ctrl-C.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { ROOT, node, prepare, started } from './prepare.mjs';

await prepare();
node('scripts/migration.mjs', ['run']);
node('scripts/seed.mjs');

const children = [
  ['api', 'dist/apps/api/src/main.js'],
  ['worker', 'dist/apps/worker/src/main.js'],
].map(([name, entry]) => {
  const child = spawn(process.execPath, [join(ROOT, entry)], {
    cwd: ROOT,
    env: process.env,
    stdio: 'inherit',
  });
  child.on('exit', (code, signal) => {
    console.log(`[kenshu] ${name} stopped (${signal ?? `exit ${code}`})`);
    shutdown(code ?? 1);
  });
  return child;
});

let stopping = false;
function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 15_000).unref();
  Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null))).then(
    () => process.exit(code),
  );
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

const port = process.env.PORT || 3000;
const url = (process.env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/$/, '');
const mail = process.env.SMTP_URL
  ? `sent through ${new URL(process.env.SMTP_URL).host}`
  : `written as .eml files to ${resolve(ROOT, process.env.MAIL_DIR || '.data/mail')}`;
const password = process.env.DEMO_PASSWORD || 'Kenshu-demo-2026';
console.log(`
  Kenshu is starting (api pid ${children[0].pid}, worker pid ${children[1].pid}); Ctrl-C stops both.

  Web app        ${url}/
  API            ${url}/api/v1
  API docs       ${url}/docs   (OpenAPI JSON at ${url}/docs-json)
  Health         ${url}/health/ready
  Mail           ${mail}

  Demo logins (password: ${password})
    admin@kenshu.example  coordinator@kenshu.example  instructor@kenshu.example  trainee@kenshu.example
${
  started.length
    ? `\n  Started for you, and left running after Ctrl-C (npm run services:stop ends them):\n${started.map((s) => `    ${s}`).join('\n')}\n`
    : ''
}`);
