import { request, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createDataSource } from '@kenshu/domain';
import {
  call,
  DEMO,
  settleLeftoverOutbox,
  signIn,
  startApi,
  startWorker,
  testConfig,
  testQueuePrefix,
  until,
  type KenshuProcess,
  type SignedInUser,
} from '@kenshu/testing';

/** The demo trainee's programme (libs/domain/src/seed/demo-programmes.ts). */
const PROGRAMME = '00000000-0000-4000-a000-000000000001';

interface Raw {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as it came over the wire, not decoded (fetch would decode it). */
  body: Buffer;
}

/** A GET with exactly the headers given (node:http adds no Accept-Encoding of its own). */
const rawGet = (url: string, headers: Record<string, string> = {}): Promise<Raw> =>
  new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });

const decode = (raw: Raw): Buffer =>
  raw.headers['content-encoding'] === 'br'
    ? brotliDecompressSync(raw.body)
    : raw.headers['content-encoding'] === 'gzip'
      ? gunzipSync(raw.body)
      : raw.body;

describe('compressed API answers: JSON by Accept-Encoding; downloads, ranges and small answers as they are', () => {
  let api: KenshuProcess & { url: string };
  let worker: KenshuProcess | undefined;
  let coordinator: SignedInUser;
  let instructor: SignedInUser;
  let trainee: SignedInUser;
  const bearer = (who: SignedInUser) => ({ authorization: `Bearer ${who.accessToken}` });

  beforeAll(async () => {
    api = await startApi({ QUEUE_PREFIX: testQueuePrefix('compression') });
    [coordinator, instructor, trainee] = await Promise.all(
      [DEMO.coordinator, DEMO.instructor, DEMO.trainee].map((email) => signIn(api.url, email)),
    );
  });

  afterAll(async () => {
    await worker?.stop();
    await api?.stop();
  });

  it.each([
    ['the OpenAPI document', '/docs-json', undefined],
    ['a programme’s sessions', `/api/v1/programmes/${PROGRAMME}/sessions`, 'coordinator'],
  ] as const)(
    'compresses %s with brotli or gzip as asked, the same JSON once decoded',
    async (_, path, who) => {
      const auth = who ? bearer(coordinator) : {};
      const plain = await rawGet(`${api.url}${path}`, auth);
      expect(plain.status).toBe(200);
      expect(plain.headers['content-type']).toMatch(/^application\/json/);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.length).toBeGreaterThan(1024);
      expect(Number(plain.headers['content-length'])).toBe(plain.body.length);

      // What a browser sends: brotli preferred; zstd is not offered by the server.
      for (const [accept, expected] of [
        ['gzip', 'gzip'],
        ['br', 'br'],
        ['gzip, deflate, br, zstd', 'br'],
        ['br;q=0.5, gzip', 'gzip'],
      ]) {
        const packed = await rawGet(`${api.url}${path}`, { ...auth, 'accept-encoding': accept! });
        expect({ accept, status: packed.status, encoding: packed.headers['content-encoding'] }).toEqual({
          accept,
          status: 200,
          encoding: expected,
        });
        expect(packed.headers.vary).toMatch(/accept-encoding/i);
        expect(packed.body.length).toBeLessThan(plain.body.length / 2);
        expect(JSON.parse(decode(packed).toString('utf8'))).toEqual(JSON.parse(plain.body.toString('utf8')));
      }
    },
  );

  it('leaves small answers and problems (under 1 KB) uncompressed', async () => {
    const small = await rawGet(`${api.url}/api/v1/no-such-thing`, { 'accept-encoding': 'br, gzip' });
    const missing = await rawGet(
      `${api.url}/api/v1/programmes/00000000-0000-4000-a000-00000000ffff/sessions`,
      {
        ...bearer(coordinator),
        'accept-encoding': 'br, gzip',
      },
    );
    const live = await rawGet(`${api.url}/health/live`, { 'accept-encoding': 'br, gzip' });
    for (const [name, res, status] of [
      ['not found', small, 404],
      ['another programme', missing, 404],
      ['liveness', live, 200],
    ] as const) {
      expect({ name, status: res.status, encoding: res.headers['content-encoding'] }).toEqual({
        name,
        status,
        encoding: undefined,
      });
      expect(res.body.length).toBeLessThan(1024);
      expect(JSON.parse(res.body.toString('utf8'))).toBeTruthy();
    }
  });

  it('sends a material’s file and its byte ranges exactly as stored, whatever the client accepts', async () => {
    const tag = Date.now().toString(36).toUpperCase();
    const material = await call<{ id: string }>(
      api.url,
      'POST',
      `/api/v1/programmes/${PROGRAMME}/materials`,
      {
        token: instructor.accessToken,
        body: { title: `Compression ${tag}`, kind: 'file', originalLanguage: 'en', audience: 'trainees' },
      },
    );
    expect(material.status).toBe(201);
    // A PDF with a long, very compressible stream: were it compressed on the way, it would show.
    const text = `Leachate ${tag} `.repeat(400);
    const pdf = Buffer.from(
      `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n` +
        `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 100]/Contents 4 0 R>>endobj\n` +
        `4 0 obj<</Length ${text.length + 30}>>stream\nBT /F1 12 Tf 10 50 Td (${text}) Tj ET\nendstream endobj\n` +
        `trailer<</Root 1 0 R>>\n%%EOF\n`,
    );
    const uploaded = await fetch(
      `${api.url}/api/v1/materials/${material.body.id}/uploads?language=en&fileName=leachate-${tag}.pdf`,
      { method: 'POST', headers: { ...bearer(instructor), 'content-type': 'application/pdf' }, body: pdf },
    );
    expect(uploaded.status).toBe(201);
    const url = `${api.url}/api/v1/materials/${material.body.id}/content`;

    const whole = await rawGet(url, { ...bearer(trainee), 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(whole.status).toBe(200);
    expect(whole.headers['content-type']).toBe('application/pdf');
    expect(whole.headers['content-encoding']).toBeUndefined();
    expect(Number(whole.headers['content-length'])).toBe(pdf.length);
    expect(whole.body.equals(pdf)).toBe(true);

    const part = await rawGet(url, {
      ...bearer(trainee),
      'accept-encoding': 'br, gzip',
      range: 'bytes=100-1099',
    });
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 100-1099/${pdf.length}`);
    expect(part.headers['content-encoding']).toBeUndefined();
    expect(part.body.equals(pdf.subarray(100, 1100))).toBe(true);
  });

  it('streams a CSV export compressed (the same rows once decoded), an XLSX one (a ZIP) as it is', async () => {
    const url = `${api.url}/api/v1/programmes/${PROGRAMME}/exports/participants`;
    const plain = await rawGet(`${url}.csv`, bearer(coordinator));
    const packed = await rawGet(`${url}.csv`, { ...bearer(coordinator), 'accept-encoding': 'br, gzip' });
    for (const res of [plain, packed]) {
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.headers['content-disposition']).toMatch(/^attachment/);
    }
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(packed.headers['content-encoding']).toBe('br');
    expect(decode(packed).toString('utf8')).toBe(plain.body.toString('utf8'));
    expect(plain.body.toString('utf8').split('\n').length).toBeGreaterThan(2);

    const xlsx = await rawGet(`${url}.xlsx`, { ...bearer(coordinator), 'accept-encoding': 'br, gzip' });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(xlsx.headers['content-encoding']).toBeUndefined();
    expect(xlsx.body.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('sends an export’s file as it was stored, even a CSV one (its ETag and ranges are the file’s)', async () => {
    // Only this export's job for the worker: what earlier test files left in the outbox is settled.
    const ds = await createDataSource(testConfig());
    await ds.initialize();
    await settleLeftoverOutbox(ds).finally(() => ds.destroy());
    worker = await startWorker({ QUEUE_PREFIX: testQueuePrefix('compression') });

    const made = await call<{ id: string }>(api.url, 'POST', `/api/v1/programmes/${PROGRAMME}/exports`, {
      token: coordinator.accessToken,
      body: { kind: 'participants', format: 'csv' },
    });
    expect(made.status).toBe(202);
    const ready = await until(
      'the export to be built',
      async () =>
        (
          await call<{ status: string; sizeBytes: number }>(
            api.url,
            'GET',
            `/api/v1/exports/${made.body.id}`,
            {
              token: coordinator.accessToken,
            },
          )
        ).body,
      (e) => e.status === 'ready',
      30_000,
    );
    const file = await rawGet(`${api.url}/api/v1/exports/${made.body.id}/file`, {
      ...bearer(coordinator),
      'accept-encoding': 'br, gzip',
    });
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toMatch(/^text\/csv/);
    expect(file.headers['content-encoding']).toBeUndefined();
    expect(file.headers.etag).toMatch(/^"[0-9a-f]{64}"$/);
    expect(Number(file.headers['content-length'])).toBe(ready.sizeBytes);
    expect(file.body.length).toBe(ready.sizeBytes);
    expect(file.body.toString('utf8')).toMatch(/\n/);

    const part = await rawGet(`${api.url}/api/v1/exports/${made.body.id}/file`, {
      ...bearer(coordinator),
      'accept-encoding': 'br, gzip',
      range: 'bytes=0-9',
    });
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 0-9/${ready.sizeBytes}`);
    expect(part.headers['content-encoding']).toBeUndefined();
    expect(part.body.equals(file.body.subarray(0, 10))).toBe(true);
  });
});
