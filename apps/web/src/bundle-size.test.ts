// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The budget of issue 8: a trainee's first load, gzipped, under 200 KB. */
const BUDGET_BYTES = 200_000;

let out: string;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'kenshu-web-'));
  // Vitest sets NODE_ENV=test, which would give React's development build: build as `vite build` does.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: join(import.meta.dirname, '../vite.config.ts'),
      mode: 'production',
      logLevel: 'silent',
      build: { outDir: out, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}, 120_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

/** index.html and every script, preload and style sheet it loads (the trainee pages are all in them). */
function initialFiles(): string[] {
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
  return ['/index.html', ...refs];
}

describe('production build', () => {
  it('loads the trainee pages in under 200 KB gzipped, as served (precompressed .gz files)', () => {
    const files = initialFiles();
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    expect(files.some((f) => f.endsWith('.css'))).toBe(true);
    let total = 0;
    for (const file of files) {
      const gz = readFileSync(join(out, `${file}.gz`));
      expect(gunzipSync(gz).equals(readFileSync(join(out, file)))).toBe(true);
      total += gz.length;
    }
    // eslint-disable-next-line no-console -- the figure the README quotes
    console.log(`trainee pages' initial load: ${(total / 1000).toFixed(1)} kB gzipped (${files.join(', ')})`);
    expect(total).toBeLessThan(BUDGET_BYTES);
  });

  it('names the assets by content hash (they are cached for a year) and loads no web fonts', () => {
    const files = initialFiles().slice(1);
    for (const file of files) expect(file).toMatch(/^\/assets\/[\w-]+-[\w-]{8}\.(js|css)$/);
    const css = files.filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(out, f), 'utf8'));
    expect(css.join('')).not.toMatch(/@font-face|\.woff2?|fonts\.googleapis/);
  });
});
