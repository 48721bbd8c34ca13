import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KenshuProcess, ROOT, startApi, startWorker, testEnv, until } from '@kenshu/testing';

describe('API process', () => {
  let api: Awaited<ReturnType<typeof startApi>>;

  let worker: KenshuProcess;

  beforeAll(async () => {
    api = await startApi({ CORS_ORIGINS: 'https://app.kenshu.example' });
  });

  afterAll(async () => {
    await api?.stop();
    await worker?.stop();
  });

  it('answers /health/live, and is ready when MySQL and Redis answer, counting live workers', async () => {
    expect(await (await fetch(`${api.url}/health/live`)).json()).toEqual({ status: 'ok' });
    type Ready = { status: string; details: Record<string, { status: string; alive?: number }> };
    const before = (await (await fetch(`${api.url}/health/ready`)).json()) as Ready;
    expect(before.details.database.status).toBe('up');
    expect(before.details.redis.status).toBe('up');
    expect(before.details.worker).toMatchObject({ status: 'degraded', alive: 0 });

    worker = await startWorker();
    const ready = await until(
      'the worker heartbeat',
      async () => {
        const res = await fetch(`${api.url}/health/ready`);
        return { status: res.status, body: (await res.json()) as Ready };
      },
      (r) => r.body.status === 'ok',
      10_000,
      100,
    );
    expect(ready.status).toBe(200);
    expect(ready.body.details.worker).toEqual({ status: 'up', alive: 1 });
    await worker.stop();
    const after = (await (await fetch(`${api.url}/health/ready`)).json()) as Ready;
    expect(after.details.worker).toMatchObject({ status: 'degraded', alive: 0 });
  });

  it('serves an OpenAPI 3 document at /docs-json that matches the committed openapi.json', async () => {
    const res = await fetch(`${api.url}/docs-json`);
    expect(res.status).toBe(200);
    const served = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(served.openapi).toMatch(/^3\./);
    expect(served.paths['/api/v1/auth/password-reset']).toBeDefined();
    const committed = JSON.parse(readFileSync(join(ROOT, 'openapi.json'), 'utf8'));
    // When this fails: run `npm run openapi` and commit openapi.json with the change that moved it.
    expect(served).toEqual(committed);
  });

  it('gives 404 problem+json for an unknown route', async () => {
    const res = await fetch(`${api.url}/api/v1/no-such-thing?x=1`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    const body = (await res.json()) as Record<string, unknown> & { errors?: unknown };
    expect(body).toMatchObject({ status: 404, code: 'HTTP.NOT_FOUND', instance: '/api/v1/no-such-thing' });
    expect(body.requestId).toBe(res.headers.get('x-request-id'));
  });

  it('gives 400 problem+json naming an unknown JSON field', async () => {
    const res = await fetch(`${api.url}/api/v1/auth/password-reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'trainee@kenshu.example', isAdmin: true }),
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    const body = (await res.json()) as Record<string, unknown> & { errors?: unknown };
    expect(body.code).toBe('REQUEST.VALIDATION');
    expect(body.errors).toEqual([{ field: 'isAdmin', reason: 'is not an accepted field' }]);
  });

  it('gives 400 problem+json for a body that is not JSON', async () => {
    const res = await fetch(`${api.url}/api/v1/auth/password-reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email": ',
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
  });

  it('keeps a sane x-request-id from the caller and replaces an unsafe one', async () => {
    const kept = await fetch(`${api.url}/health/live`, { headers: { 'x-request-id': 'trace-123' } });
    expect(kept.headers.get('x-request-id')).toBe('trace-123');
    const replaced = await fetch(`${api.url}/health/live`, {
      headers: { 'x-request-id': 'bad id\twith spaces' },
    });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers and allows only the configured CORS origins', async () => {
    const allowed = await fetch(`${api.url}/api/v1/auth/password-reset`, {
      method: 'POST',
      headers: { origin: 'https://app.kenshu.example', 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'nobody@kenshu.example' }),
    });
    expect(allowed.status).toBe(202);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.kenshu.example');
    expect(allowed.headers.get('x-content-type-options')).toBe('nosniff');
    expect(allowed.headers.get('strict-transport-security')).toContain('max-age=');
    expect(allowed.headers.get('content-security-policy')).toContain("default-src 'self'");
    const foreign = await fetch(`${api.url}/api/v1/no-such-thing`, {
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect(foreign.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('answers a CORS preflight from an allowed origin only', async () => {
    const preflight = (origin: string) =>
      fetch(`${api.url}/api/v1/auth/password-reset`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
    const ok = await preflight('https://app.kenshu.example');
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://app.kenshu.example');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves the probes lean: no browser headers on /health/*', async () => {
    const live = await fetch(`${api.url}/health/live`);
    expect(live.headers.get('cache-control')).toBe('no-store');
    expect(live.headers.get('content-security-policy')).toBeNull();
    expect(live.headers.get('x-request-id')).toBeTruthy();
  });
});

describe('start-up with a bad configuration', () => {
  it.each(['api', 'worker'] as const)('stops the %s naming the variable and the reason', async (app) => {
    const proc = new KenshuProcess(app, testEnv({ PORT: 'eighty', REDIS_URL: 'localhost:6379' })).start();
    const { code } = await proc.exit!;
    expect(code).toBe(78);
    expect(proc.output).toContain('PORT: must be an integer (got "eighty")');
    expect(proc.output).toContain('REDIS_URL: must look like redis://host:port');
  });
});
