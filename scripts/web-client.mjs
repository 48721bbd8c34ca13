#!/usr/bin/env node
// Writes apps/web/src/api/schema.d.ts, the web app's API types, from openapi.json (`npm run web:client`).
// A web test fails when the committed file drifts from openapi.json: run `npm run openapi` then this.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const root = join(import.meta.dirname, '..');
export const CLIENT_TYPES = join(root, 'apps/web/src/api/schema.d.ts');

/** The types openapi-typescript makes of the committed openapi.json. */
export async function renderClientTypes() {
  const document = JSON.parse(readFileSync(join(root, 'openapi.json'), 'utf8'));
  const header = '// Generated from openapi.json by `npm run web:client`; do not edit.\n';
  return header + astToString(await openapiTS(document));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(CLIENT_TYPES, await renderClientTypes());
  console.log(`wrote ${CLIENT_TYPES}`);
}
