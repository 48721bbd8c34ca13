#!/usr/bin/env node
// Seeds the demo data (idempotent). Runs on the compiled output: npm run build first.
import { join } from 'node:path';

const { createDataSource, seedDemo } = await import(join(process.cwd(), 'dist/libs/domain/src/index.js'));
const { AppConfig, loadDotEnv } = await import(join(process.cwd(), 'dist/libs/config/src/index.js'));
const { LocalDiskStorage } = await import(join(process.cwd(), 'dist/libs/storage/src/index.js'));
loadDotEnv();
const config = AppConfig.fromEnv();
const ds = await createDataSource(config);
await ds.initialize();
try {
  const storage = new LocalDiskStorage(config.storage.dir);
  const {
    organisations,
    users,
    menuItems,
    programmes,
    materials,
    assessments,
    reportStages,
    certificates,
    surveys,
  } = await seedDemo(ds, config.demo.password, storage, config.http.publicUrl);
  console.log(
    `demo data: ${organisations} organisations, ${users} users, ${menuItems} menu items, ${programmes} programmes, ${materials} materials, ${assessments} assessments, ${reportStages} report stages, ${certificates} certificates, ${surveys} surveys`,
  );
} finally {
  await ds.destroy();
}
