#!/usr/bin/env node
// Writes openapi.json from the code (an e2e test fails when the committed file drifts from /docs-json).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
await import('reflect-metadata');
const { AppConfig } = await import(join(root, 'dist/libs/config/src/index.js'));
const { createApi, openApiDocument } = await import(join(root, 'dist/apps/api/src/bootstrap.js'));
// Preview mode: the module graph without providers, so no database or Redis is needed.
const app = await createApi(AppConfig.fromEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), { preview: true });
writeFileSync(join(root, 'openapi.json'), JSON.stringify(openApiDocument(app), null, 2) + '\n');
await app.close();
console.log('wrote openapi.json');
