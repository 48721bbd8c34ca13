// Jest global setup of the integration and end-to-end projects (plain ESM: Jest loads it untransformed).
// Builds (swc, about a second: e2e tests run the built processes), then makes a fresh test database,
// migrated and seeded. Runs once per `jest` run even when both projects are selected. The web app is built
// (vite, into dist/web: the browser flows of test/browser load it from the API) when no build is there yet.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export default async function globalSetup() {
  if (globalThis.__kenshuTestDatabaseReady) return;
  execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (!existsSync(join(ROOT, 'dist/web/index.html')))
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
