#!/usr/bin/env node
// npm run migration:run | migration:revert | migration:generate -- <name>
// Works on the compiled output (npm run build first; npm start and npm test do it for you).
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [command, name] = process.argv.slice(2);
const entry = join(process.cwd(), 'dist/libs/domain/src/data-source.js');
if (!existsSync(entry) || command === 'generate')
  execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
const { createDataSource } = await import(entry);
const ds = await createDataSource();
await ds.initialize();
try {
  if (command === 'run') {
    const done = await ds.runMigrations({ transaction: 'each' });
    console.log(done.length ? `applied: ${done.map((m) => m.name).join(', ')}` : 'schema is up to date');
  } else if (command === 'revert') {
    await ds.undoLastMigration({ transaction: 'each' });
    console.log('reverted the last migration');
  } else if (command === 'generate') {
    if (!name || !/^[a-z0-9-]+$/.test(name))
      throw new Error('usage: npm run migration:generate -- <kebab-case-name>');
    const { upQueries, downQueries } = await ds.driver.createSchemaBuilder().log();
    if (upQueries.length === 0) {
      console.log('no changes: entities and schema agree');
    } else {
      const ts = Date.now();
      const cls = name.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase()) + ts;
      const q = (x) =>
        `    await q.query(${JSON.stringify(x.query)}${x.parameters?.length ? `, ${JSON.stringify(x.parameters)}` : ''});`;
      const file = join('libs/database/src/migrations', `${ts}-${name}.ts`);
      writeFileSync(
        file,
        `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\n` +
          `/** Generated: review it (MariaDB/MySQL differences, CHECK constraints, data backfills apart). */\n` +
          `export class ${cls} implements MigrationInterface {\n  name = '${cls}';\n\n` +
          `  async up(q: QueryRunner): Promise<void> {\n${upQueries.map(q).join('\n')}\n  }\n\n` +
          `  async down(q: QueryRunner): Promise<void> {\n${downQueries.reverse().map(q).join('\n')}\n  }\n}\n`,
      );
      console.log(`wrote ${file}; add it to libs/database/src/migrations/index.ts`);
    }
  } else {
    throw new Error('usage: migration.mjs run | revert | generate <name>');
  }
} finally {
  await ds.destroy();
}
