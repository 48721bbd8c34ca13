import { createHash, randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import yazl from 'yazl';
import type { DataSource } from 'typeorm';
import { createDataSource } from '@kenshu/domain';
import {
  call,
  DEMO,
  KenshuProcess,
  ROOT,
  settleLeftoverMaterials,
  settleLeftoverOutbox,
  signIn,
  SmtpSink,
  startApi,
  startWorker,
  testConfig,
  testQueuePrefix,
  until,
  type SignedInUser,
} from '@kenshu/testing';

type Problem = { status: number; code: string; errors?: { field: string; reason: string }[] };
type Version = {
  id: string;
  language: string;
  number: number;
  sha256: string;
  outdated: boolean;
  sizeBytes: number;
};
type Material = {
  id: string;
  current: Version | null;
  versions?: Version[];
  languages: string[];
  release: { released: boolean };
};

/** A small but real PDF: one page, one line of text, whatever `text` says. */
function pdf(text: string, padTo = 0): Buffer {
  const body = `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 100]/Contents 4 0 R>>endobj\n4 0 obj<</Length ${text.length + 30}>>stream\nBT /F1 12 Tf 10 50 Td (${text}) Tj ET\nendstream endobj\ntrailer<</Root 1 0 R>>\n`;
  const padding = Math.max(padTo - body.length - 6, 0);
  return Buffer.concat([Buffer.from(body), Buffer.alloc(padding, 0x20), Buffer.from('%%EOF\n')]);
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/**
 * A .docx whose document part is 64 MiB of zeros (about 64 KiB zipped): what file-type takes for a Word
 * file, and a decompression bomb (ratio about 1,000).
 */
async function docxBomb(): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  zip.addBuffer(
    Buffer.from(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-' +
        'officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '[Content_Types].xml',
  );
  let left = 64;
  const block = Buffer.alloc(1024 * 1024);
  zip.addReadStream(
    new Readable({
      read() {
        this.push(left-- > 0 ? block : null);
      },
    }),
    'word/document.xml',
  );
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Files in the test storage (not the temporary ones being written). */
async function storedFiles(): Promise<number> {
  const root = join(ROOT, '.data/test-storage');
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile() && !e.parentPath.endsWith('tmp')).length;
}

describe('materials: uploads, versions, languages, release, downloads and delivery emails', () => {
  let api: KenshuProcess & { url: string };
  let worker: KenshuProcess | undefined;
  // Kolkata's mail server refuses the address: that delivery fails at once, recorded.
  const smtp = new SmtpSink({ refuseRecipient: (a) => a === 'trainee.kolkata@kenshu.example' });
  let ds: DataSource;
  let coordinator: SignedInUser;
  let instructor: SignedInUser;
  let trainee: SignedInUser;
  let hanoi: SignedInUser;
  let other: SignedInUser;
  let programmeId: string;
  const tag = Date.now().toString(36).toUpperCase();
  const v1 = pdf(`Landfill gas v1 ${tag}`, 3000);
  const v2 = pdf(`Landfill gas v2 ${tag}`, 5000);
  const ja = pdf(`Landfill gas ja ${tag}`, 4000);

  const req = <T = Record<string, unknown>>(
    method: string,
    path: string,
    who?: SignedInUser,
    body?: unknown,
  ) => call<T>(api.url, method, `/api/v1${path}`, { token: who?.accessToken, body });

  const upload = (materialId: string, bytes: Buffer, query: string, who: SignedInUser = instructor) =>
    fetch(`${api.url}/api/v1/materials/${materialId}/uploads?${query}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${who.accessToken}`, 'content-type': 'application/pdf' },
      body: bytes,
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as Version & Problem }));

  const download = (path: string, who?: SignedInUser, headers: Record<string, string> = {}) =>
    fetch(`${api.url}${path}`, {
      headers: { ...(who ? { authorization: `Bearer ${who.accessToken}` } : {}), ...headers },
    }).then(async (r) => ({
      status: r.status,
      headers: r.headers,
      body: Buffer.from(await r.arrayBuffer()),
    }));

  const newMaterial = async (body: Record<string, unknown>, who: SignedInUser = instructor) => {
    const res = await req<Material>('POST', `/programmes/${programmeId}/materials`, who, {
      title: `Material ${tag}`,
      originalLanguage: 'en',
      ...body,
    });
    expect(res.status).toBe(201);
    return res.body;
  };

  const versionRows = async () =>
    Number(((await ds.query(`SELECT COUNT(*) AS n FROM material_version`)) as { n: string }[])[0]!.n);

  beforeAll(async () => {
    await smtp.start();
    api = await startApi({
      QUEUE_PREFIX: testQueuePrefix('materials'),
      MATERIAL_MAX_MB_DOCUMENT: '1',
      MATERIAL_ATTACH_MAX_KB: '8',
    });
    [coordinator, instructor, trainee, hanoi, other] = await Promise.all(
      [
        DEMO.coordinator,
        DEMO.instructor,
        DEMO.trainee,
        'trainee.hanoi@kenshu.example',
        DEMO.otherTrainee,
      ].map((e) => signIn(api.url, e)),
    );
    ds = await createDataSource(testConfig());
    await ds.initialize();
    await settleLeftoverOutbox(ds);
    // Earlier test files may have released materials nobody delivered: not this file's emails.
    await settleLeftoverMaterials(ds);
    // Hanoi reads Vietnamese, then Japanese: there is no Vietnamese variant here, so Japanese.
    expect((await req('PATCH', '/me', hanoi, { languageFallbacks: ['ja'] })).status).toBe(200);

    const created = await req<{ id: string }>('POST', '/programmes', coordinator, {
      code: `MAT-${tag}`,
      title: `Landfill management ${tag}`,
      mode: 'on_site',
      hostTimeZone: 'Asia/Tokyo',
      languageFallbacks: ['en'],
    });
    programmeId = created.body.id;
    await req('PUT', `/programmes/${programmeId}/staff`, coordinator, {
      coordinators: [coordinator.user.id],
      instructors: [instructor.user.id],
    });
    const ids = Object.fromEntries(
      (
        (await ds.query(
          `SELECT email, id FROM user WHERE email IN ('trainee.bangkok@kenshu.example', 'trainee.kolkata@kenshu.example')`,
        )) as { email: string; id: string }[]
      ).map((r) => [r.email, r.id]),
    );
    for (const [userId, status] of [
      [trainee.user.id, 'active'],
      [hanoi.user.id, 'active'],
      [ids['trainee.bangkok@kenshu.example']!, 'withdrawn'],
      [ids['trainee.kolkata@kenshu.example']!, 'active'],
    ])
      await ds.query(`INSERT INTO enrolment (id, programme_id, user_id, status) VALUES (?, ?, ?, ?)`, [
        randomUUID(),
        programmeId,
        userId,
        status,
      ]);
  });

  afterAll(async () => {
    if (hanoi) await req('PATCH', '/me', hanoi, { languageFallbacks: [] });
    await worker?.stop();
    await api?.stop();
    await smtp.stop();
    await ds?.destroy();
  });

  let material: Material;

  it('stores an upload under a generated key with its SHA-256 and the type read from its bytes', async () => {
    material = await newMaterial({ kind: 'file', title: `Landfill gas ${tag}` });
    const res = await upload(material.id, v1, 'language=en&fileName=landfill-gas.pdf');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      language: 'en',
      number: 1,
      sha256: sha256(v1),
      sizeBytes: v1.length,
      contentType: 'application/pdf',
      fileName: 'landfill-gas.pdf',
    });
  });

  it('refuses bad uploads and content, leaving no row and no file behind', async () => {
    const rows = await versionRows();
    const files = await storedFiles();
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(4000, 1)]);
    const refusals: [Promise<{ status: number; body: Problem }>, number, string, string][] = [
      [upload(material.id, elf, 'language=en&fileName=report.pdf'), 422, 'MATERIAL.FILE_REFUSED', 'file'],
      [
        upload(material.id, pdf('big', 2 * 1024 * 1024), 'language=en&fileName=big.pdf'),
        413,
        'MATERIAL.TOO_LARGE',
        'body',
      ],
      [
        upload(material.id, Buffer.alloc(0), 'language=en&fileName=empty.pdf'),
        422,
        'MATERIAL.FILE_REFUSED',
        'file',
      ],
      [
        upload(material.id, await docxBomb(), 'language=en&fileName=report.docx'),
        422,
        'MATERIAL.FILE_REFUSED',
        'file',
      ],
      [
        upload(material.id, v1, `language=en&fileName=${encodeURIComponent('../../etc/passwd')}`),
        422,
        'MATERIAL.FILE_REFUSED',
        'fileName',
      ],
    ];
    const said: string[] = [];
    for (const [pending, status, code, field] of refusals) {
      const res = await pending;
      expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
      expect(res.body.errors?.map((e) => e.field)).toContain(field);
      said.push(res.body.errors?.map((e) => e.reason).join('; ') ?? '');
    }
    expect(said[0]).toMatch(/application\/x-elf/);
    expect(said[3]).toMatch(/"word\/document\.xml" expands more than 200 times/);
    const link = await newMaterial({ kind: 'link' });
    const js = await req<Problem>('POST', `/materials/${link.id}/versions`, instructor, {
      language: 'en',
      url: 'javascript:alert(1)',
    });
    expect(js.status).toBe(422);
    expect(js.body.errors?.[0]?.field).toBe('url');
    const text = await newMaterial({ kind: 'text' });
    const script = await req<Problem>('POST', `/materials/${text.id}/versions`, instructor, {
      language: 'en',
      html: '<p>Read this</p><script>fetch("/steal")</script>',
    });
    expect(script.status).toBe(422);
    expect(script.body.errors?.[0]).toMatchObject({
      field: 'html',
      reason: expect.stringContaining('<script>'),
    });
    // The trainee may not add versions at all, and nothing of theirs is read.
    expect((await upload(material.id, v1, 'language=en&fileName=x.pdf', trainee)).status).toBe(403);
    expect(await versionRows()).toBe(rows);
    expect(await storedFiles()).toBe(files);

    const ok = await req<Version>('POST', `/materials/${link.id}/versions`, instructor, {
      language: 'en',
      url: 'https://www.env.go.jp/en/recycle/',
    });
    expect(ok.status).toBe(201);
    const safe = await req<{ html: string }>('POST', `/materials/${text.id}/versions`, instructor, {
      language: 'en',
      html: '<p>Read <strong>this</strong> <span class="x">first</span></p>',
    });
    expect(safe.body.html).toBe('<p>Read <strong>this</strong> first</p>');
  });

  it('keeps every version; a translation is outdated once its original moves on', async () => {
    expect((await upload(material.id, ja, 'language=ja&fileName=%E3%82%AC%E3%82%B9.pdf')).body).toMatchObject(
      {
        language: 'ja',
        number: 1,
        sourceNumber: 1,
        outdated: false,
      },
    );
    expect(
      (await upload(material.id, v2, 'language=en&fileName=landfill-gas.pdf&note=Figures%202025')).body,
    ).toMatchObject({
      number: 2,
    });
    const staff = (await req<Material>('GET', `/materials/${material.id}`, coordinator)).body;
    expect(staff.versions?.map((v) => `${v.language}${v.number}${v.outdated ? '*' : ''}`).sort()).toEqual([
      'en1',
      'en2',
      'ja1*',
    ]);
    // Each trainee reads their own language by their chain: en; vi → ja (Hanoi's fallback).
    const mine = (await req<Material[]>('GET', `/programmes/${programmeId}/materials`, trainee)).body;
    expect(mine.find((m) => m.id === material.id)?.current).toMatchObject({ language: 'en', number: 2 });
    expect(mine.every((m) => m.versions === undefined)).toBe(true);
    const theirs = (await req<Material>('GET', `/materials/${material.id}`, hanoi)).body;
    expect(theirs.current).toMatchObject({ language: 'ja', number: 1, outdated: true });
  });

  it('streams downloads with Range, ETag and a safe file name, only to whoever may see the material now', async () => {
    const whole = await download(`/api/v1/materials/${material.id}/content`, trainee);
    expect(whole.status).toBe(200);
    expect(sha256(whole.body)).toBe(sha256(v2));
    expect(whole.headers.get('content-disposition')).toContain('landfill-gas.pdf');
    const etag = whole.headers.get('etag')!;
    const half = Math.floor(v2.length / 2);
    const part = await download(`/api/v1/materials/${material.id}/content`, trainee, {
      range: `bytes=${half}-`,
    });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes ${half}-${v2.length - 1}/${v2.length}`);
    expect(part.body.equals(v2.subarray(half))).toBe(true);
    expect(
      (await download(`/api/v1/materials/${material.id}/content`, trainee, { 'if-none-match': etag })).status,
    ).toBe(304);
    const past = await download(`/api/v1/materials/${material.id}/content`, trainee, {
      range: `bytes=${v2.length + 5}-`,
    });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe(`bytes */${v2.length}`);

    // Another programme's trainee: the material does not exist for them.
    expect((await req('GET', `/materials/${material.id}`, other)).status).toBe(404);
    expect((await download(`/api/v1/materials/${material.id}/content`, other)).status).toBe(404);
    // Before its release, and when meant for staff only: 404 to the trainee, there for the staff.
    const later = await newMaterial({ kind: 'file', release: { rule: 'at', at: '2099-01-01T00:00:00Z' } });
    expect((await upload(later.id, v1, 'language=en&fileName=later.pdf')).status).toBe(201);
    const staffOnly = await newMaterial({ kind: 'file', audience: 'staff' });
    expect((await upload(staffOnly.id, v1, 'language=en&fileName=notes.pdf')).status).toBe(201);
    for (const id of [later.id, staffOnly.id]) {
      expect((await req('GET', `/materials/${id}`, trainee)).status).toBe(404);
      expect((await download(`/api/v1/materials/${id}/content`, trainee)).status).toBe(404);
      expect((await download(`/api/v1/materials/${id}/content`, instructor)).status).toBe(200);
    }
    const listed = (await req<Material[]>('GET', `/programmes/${programmeId}/materials`, trainee)).body.map(
      (m) => m.id,
    );
    expect(listed).toContain(material.id);
    expect(listed).not.toContain(later.id);
    expect(listed).not.toContain(staffOnly.id);
  });

  it('emails each enrolled trainee once in their language with a signed link; coordinators see and resend', async () => {
    // Planned, then withdrawn before sending: the job checks again and sends nothing.
    const bangkok = (
      (await ds.query(`SELECT user_id AS id FROM enrolment WHERE programme_id = ? AND status = 'withdrawn'`, [
        programmeId,
      ])) as { id: string }[]
    )[0]!.id;
    const deliveryId = randomUUID();
    const [{ id: enVersion }] = (await ds.query(
      `SELECT id FROM material_version WHERE material_id = ? AND language = 'en' AND number = 2`,
      [material.id],
    )) as { id: string }[];
    await ds.query(
      `INSERT INTO material_delivery (id, material_id, version_id, user_id) VALUES (?, ?, ?, ?)`,
      [deliveryId, material.id, enVersion, bangkok],
    );
    await ds.query(
      `INSERT INTO outbox (queue, job_name, payload, available_at) VALUES ('mail', 'send-material', ?, CURRENT_TIMESTAMP(3))`,
      [JSON.stringify({ deliveryId })],
    );

    worker = await startWorker({
      QUEUE_PREFIX: testQueuePrefix('materials-worker'),
      SMTP_URL: smtp.url,
      MATERIAL_POLL_S: '1',
      MATERIAL_ATTACH_MAX_KB: '8',
    });
    const ours = (m: { subject?: string }) => m.subject?.includes(`Landfill gas ${tag}`) ?? false;
    await smtp.waitFor(2, 30_000, ours);
    const skipped = await until(
      'the withdrawn trainee’s delivery to be skipped',
      async () =>
        (
          (await ds.query(`SELECT status, skipped_reason FROM material_delivery WHERE id = ?`, [
            deliveryId,
          ])) as {
            status: string;
            skipped_reason: string;
          }[]
        )[0],
      (r) => r?.status !== 'queued',
      30_000,
      200,
    );
    expect(skipped).toEqual({ status: 'skipped', skipped_reason: 'withdrawn' });

    const received = smtp.messages.filter(ours);
    expect(received.map((m) => JSON.stringify(m.to)).sort()).toEqual(
      [
        JSON.stringify(smtp.to(DEMO.trainee)[0]?.to),
        JSON.stringify(smtp.to('trainee.hanoi@kenshu.example')[0]?.to),
      ].sort(),
    );
    const en = smtp.to(DEMO.trainee).find(ours)!;
    const jaMail = smtp.to('trainee.hanoi@kenshu.example').find(ours)!;
    expect(en.subject).toBe(`New material for Landfill management ${tag}: Landfill gas ${tag}`);
    expect(en.text).toContain('landfill-gas.pdf');
    expect(en.text).toContain('(Indian/Maldives)');
    expect(en.html).toContain('<html lang="en"');
    expect(jaMail.subject).toContain('の新しい資料');
    expect(jaMail.html).toContain('lang="ja"');
    // Small files come attached; the link works without signing in and resumes with a Range.
    expect(sha256(en.attachments[0]!.content)).toBe(sha256(v2));
    const link = /https?:\/\/\S+\/api\/v1\/material-links\/[\w.-]+/.exec(en.text ?? '')![0];
    const viaLink = await download(new URL(link).pathname, undefined, { range: 'bytes=10-19' });
    expect(viaLink.status).toBe(206);
    expect(viaLink.body.equals(v2.subarray(10, 20))).toBe(true);
    const tampered = link.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await download(new URL(tampered).pathname)).status).toBe(404);
    const jaLink = /https?:\/\/\S+\/api\/v1\/material-links\/[\w.-]+/.exec(jaMail.text ?? '')![0];
    expect(sha256((await download(new URL(jaLink).pathname)).body)).toBe(sha256(ja));

    // Nothing more comes for this release (one email per version × trainee).
    await new Promise((r) => setTimeout(r, 2500));
    expect(smtp.messages.filter(ours)).toHaveLength(2);

    const status = await req<{
      counts: Record<string, number>;
      items: { id: string; user: { id: string }; status: string }[];
    }>('GET', `/materials/${material.id}/deliveries`, coordinator);
    expect(status.body.counts).toEqual({ queued: 0, sent: 2, failed: 1, skipped: 1 });
    // A permanent refusal (550) is not retried for minutes: failed at once, with the server's words.
    const failed = await req<{ items: { lastError: string; attempts: number }[] }>(
      'GET',
      `/materials/${material.id}/deliveries?status=failed`,
      coordinator,
    );
    expect(failed.body.items).toEqual([
      expect.objectContaining({ attempts: 1, lastError: expect.stringContaining('550') }),
    ]);
    expect((await req('GET', `/materials/${material.id}/deliveries`, trainee)).status).toBe(403);
    expect((await req('GET', `/materials/${material.id}/deliveries`, instructor)).status).toBe(403);
    const mineDelivery = status.body.items.find((d) => d.user.id === trainee.user.id)!;
    expect((await req('POST', `/material-deliveries/${mineDelivery.id}/resend`, trainee)).status).toBe(403);
    const resent = await req<{ status: string }>(
      'POST',
      `/material-deliveries/${mineDelivery.id}/resend`,
      coordinator,
    );
    expect(resent.status).toBe(202);
    await smtp.waitFor(3, 30_000, ours);
    expect(smtp.to(DEMO.trainee).filter(ours)).toHaveLength(2);
  });
});
