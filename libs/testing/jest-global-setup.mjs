// Jest global setup of the integration and end-to-end projects (plain ESM: Jest loads it untransformed).
// Builds (swc, about a second: e2e tests run the built processes), then makes a fresh test database,
// migrated and seeded. Runs once per `jest` run even when both projects are selected. The web app is built
// (vite, into dist/web: the browser flows of test/browser load it from the API) when no build is there yet
// or a file of apps/web changed after it.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** Whether dist/web is missing or older than a source of the web app (its pages, config, package.json). */
function webBuildStale() {
  const built = statSync(join(ROOT, 'dist/web/index.html'), { throwIfNoEntry: false });
  if (!built) return true;
  const sources = [
    'package.json',
    ...readdirSync(join(ROOT, 'apps/web'), { recursive: true })
      .filter((file) => !String(file).startsWith('node_modules'))
      .map((file) => join('apps/web', String(file))),
  ];
  return sources.some((file) => statSync(join(ROOT, file)).mtimeMs > built.mtimeMs);
}

export default async function globalSetup() {
  if (globalThis.__kenshuTestDatabaseReady) return;
  execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (webBuildStale())
    // Jest sets NODE_ENV=test, which would give React's development build: build as `npm start` does.
    execFileSync('npm', ['run', '-s', 'web:build'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production' },
    });
  const { recreateDatabase } = await import(join(ROOT, 'dist/libs/database/src/index.js'));
  const { createDataSource, seedDemo } = await import(join(ROOT, 'dist/libs/domain/src/index.js'));
  const { testConfig, testDatabaseUrl } = await import(join(ROOT, 'dist/libs/testing/src/test-env.js'));

  await recreateDatabase(testDatabaseUrl());

  const config = testConfig();
  const ds = await createDataSource(config);
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await seedDemo(ds, config.demo.password);
  await ds.destroy();
  globalThis.__kenshuTestDatabaseReady = true;
}
