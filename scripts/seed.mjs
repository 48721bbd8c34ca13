#!/usr/bin/env node
// Seeds the demo data (idempotent). Runs on the compiled output: npm run build first.
import { join } from 'node:path';

const { createDataSource, seedDemo } = await import(join(process.cwd(), 'dist/libs/domain/src/index.js'));
const { AppConfig, loadDotEnv } = await import(join(process.cwd(), 'dist/libs/config/src/index.js'));
loadDotEnv();
const config = AppConfig.fromEnv();
const ds = await createDataSource(config);
await ds.initialize();
try {
  const { organisations, users, menuItems, programmes } = await seedDemo(ds, config.demo.password);
  console.log(
    `demo data: ${organisations} organisations, ${users} users, ${menuItems} menu items, ${programmes} programmes`,
  );
} finally {
  await ds.destroy();
}
