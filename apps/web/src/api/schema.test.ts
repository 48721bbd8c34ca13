// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLIENT_TYPES, renderClientTypes } from '../../../../scripts/web-client.mjs';

describe('the API client types', () => {
  it('match the committed openapi.json', async () => {
    // When this fails: run `npm run web:client` (after `npm run openapi`) and commit schema.d.ts.
    expect(readFileSync(CLIENT_TYPES, 'utf8')).toBe(await renderClientTypes());
  });
});
