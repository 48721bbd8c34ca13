import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { startApi } from '@kenshu/testing';

/** A stand-in for `npm run web:build`'s output: index.html and one hashed, precompressed asset. */
function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kenshu-web-e2e-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><body><div id="root"></div><script type="module" src="/assets/index-Ab12Cd34.js"></script></body></html>',
  );
  const js = `console.log(${JSON.stringify('kenshu '.repeat(200))});`;
  writeFileSync(join(dir, 'assets/index-Ab12Cd34.js'), js);
  writeFileSync(join(dir, 'assets/index-Ab12Cd34.js.gz'), gzipSync(js));
  writeFileSync(join(dir, 'assets/index-Ab12Cd34.js.br'), brotliCompressSync(js));
  return dir;
}

describe('the web app, served by the API process', () => {
  const dir = fakeBuild();
  let api: Awaited<ReturnType<typeof startApi>>;

  beforeAll(async () => {
    api = await startApi({ WEB_DIR: dir });
  });

  afterAll(async () => {
    await api?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html at / with the security headers, revalidated on every visit', async () => {
    const res = await fetch(`${api.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    // Images the app fetched itself with the token (the check-in QR code) are shown from blob: URLs.
    expect(res.headers.get('content-security-policy')).toContain("img-src 'self' data: blob:");
    expect(await res.text()).toContain('<div id="root"></div>');
  });

  it('answers the app’s own paths with index.html, so that a deep link or a reload works', async () => {
    for (const path of [
      '/schedule',
      '/programmes/0b5a4a8e-1d2b-4c3d-9e8f-0a1b2c3d4e5f/materials?x=1',
      `/survey/${'Ab-_9'.repeat(8)}xyz`, // the emailed survey link
      '/verify/K7QF-2M9X-HD4P', // the certificate's verification address
    ]) {
      const res = await fetch(`${api.url}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toContain('<div id="root"></div>');
    }
  });

  it('sends hashed assets precompressed, cached for a year', async () => {
    for (const encoding of ['br', 'gzip']) {
      const res = await fetch(`${api.url}/assets/index-Ab12Cd34.js`, {
        headers: { 'accept-encoding': encoding },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding')).toBe(encoding);
      expect(res.headers.get('content-type')).toMatch(/javascript/);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
      expect(await res.text()).toContain('kenshu kenshu');
    }
  });

  it('keeps 404 problem+json for unknown API routes and missing assets, and the API docs', async () => {
    for (const path of ['/api/v1/no-such-thing', '/api', '/assets/index-00000000.js', '/health/nothing']) {
      const res = await fetch(`${api.url}${path}`);
      expect({ path, status: res.status, type: res.headers.get('content-type') }).toEqual({
        path,
        status: 404,
        type: 'application/problem+json; charset=utf-8',
      });
    }
    const post = await fetch(`${api.url}/schedule`, { method: 'POST' });
    expect(post.status).toBe(404);
    expect((await fetch(`${api.url}/docs-json`)).headers.get('content-type')).toMatch(/^application\/json/);
    expect((await fetch(`${api.url}/health/live`)).status).toBe(200);
    const me = await fetch(`${api.url}/api/v1/me`);
    expect(me.status).toBe(401);
  });

  it('serves no web app when WEB_DIR holds no build', async () => {
    const bare = await startApi({ WEB_DIR: join(dir, 'missing') });
    try {
      const res = await fetch(`${bare.url}/schedule`);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    } finally {
      await bare.stop();
    }
  });
});
