// Jest global setup of the integration and end-to-end projects (plain ESM: Jest loads it untransformed).
// Builds (swc, about a second: e2e tests run the built processes), then makes a fresh test database,
// migrated and seeded. Runs once per `jest` run even when both projects are selected.
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export default async function globalSetup() {
  if (globalThis.__kenshuTestDatabaseReady) return;
  execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
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
