import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import type { DataSource } from 'typeorm';
import yauzl from 'yauzl';
import { TransactionService } from '@kenshu/database';
import { OutboxService } from '@kenshu/queue';
import { LocalDiskStorage } from '@kenshu/storage';
import { testConfig } from '@kenshu/testing';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../common/principal.js';
import { createDataSource } from '../data-source.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import { MaterialBundlesService } from './material-bundles.service.js';
import type { FileResponse } from './material-files.service.js';
import { MaterialEntity, MaterialVersionEntity, type MaterialBundleEntity } from './material.entity.js';

/** Entries of a ZIP in their order, with their bytes. */
async function unzip(zip: Buffer): Promise<[string, Buffer][]> {
  const file = await yauzl.fromBufferPromise(zip);
  const entries: [string, Buffer][] = [];
  for await (const entry of file.eachEntry())
    entries.push([entry.fileName, await buffer(await file.openReadStreamPromise(entry))]);
  return entries;
}

/**
 * Bundles on the real database and a storage folder of their own: one fixture programme whose phase
 * "Distance learning" has materials in English, Khmer and Vietnamese, and whose programme scope has two
 * Japanese files; trainees reading Khmer, Japanese and French, and a withdrawn one reading Vietnamese.
 * The tests follow one another, as the materials change over the programme's life.
 */
describe('MaterialBundlesService', () => {
  let ds: DataSource;
  let dir: string;
  let storage: LocalDiskStorage;
  let bundles: MaterialBundlesService;
  let outboxSeen = 0;
  const tag = Date.now().toString(36).toUpperCase();
  const code = `BND-${tag}`;
  const ids = {
    programme: randomUUID(),
    other: randomUUID(),
    phase: randomUUID(),
    emptyPhase: randomUUID(),
    session: randomUUID(),
    loneSession: randomUUID(),
  };
  type Person = 'coordinator' | 'khmer' | 'japanese' | 'french' | 'withdrawn' | 'outsider';
  const people = {} as Record<Person, Principal>;
  const content = {
    designEn: randomBytes(300_000),
    designKm: randomBytes(50_000),
    designVi: randomBytes(1_000),
    overviewJa: randomBytes(20_000),
    visitJa: randomBytes(10_000),
    later: randomBytes(5_000),
    staffNotes: randomBytes(5_000),
    old: randomBytes(5_000),
  };
  const material: Record<string, string> = {};

  async function addUser(
    name: Person,
    locale: string,
    role: 'coordinator' | 'trainee',
    fallbacks: string | null = null,
  ) {
    const id = randomUUID();
    await ds.query(
      `INSERT INTO user (id, email, display_name, locale, language_fallbacks, time_zone, status)
       VALUES (?, ?, ?, ?, ?, 'Asia/Tokyo', 'active')`,
      [id, `${name}-${tag}@bundles.example`, name, locale, fallbacks],
    );
    await ds.query(`INSERT INTO user_role (user_id, role) VALUES (?, ?)`, [id, role]);
    people[name] = {
      id,
      email: `${name}-${tag}@bundles.example`,
      displayName: name,
      roles: [role],
      locale,
      languageFallbacks: fallbacks ? fallbacks.split(',') : [],
      timeZone: 'Asia/Tokyo',
      organisation: null,
      position: null,
      gender: null,
      status: 'active',
      createdAt: new Date(),
      sessionId: randomUUID(),
    };
  }

  async function addMaterial(
    name: string,
    fields: Partial<MaterialEntity> & Pick<MaterialEntity, 'kind' | 'title' | 'originalLanguage'>,
  ) {
    const id = randomUUID();
    await ds.manager.insert(MaterialEntity, { id, programmeId: ids.programme, ...fields });
    material[name] = id;
    return id;
  }

  async function addVersion(
    materialName: string,
    language: string,
    number: number,
    body: { file: Buffer; fileName: string; contentType?: string } | { url: string } | { html: string },
  ) {
    const id = randomUUID();
    const stored = 'file' in body ? await storage.put(Readable.from([body.file])) : null;
    await ds.manager.insert(MaterialVersionEntity, {
      id,
      materialId: material[materialName]!,
      language,
      number,
      ...('file' in body
        ? {
            storageKey: stored!.key,
            fileName: body.fileName,
            contentType: body.contentType ?? 'application/pdf',
            sizeBytes: String(stored!.size),
            sha256: stored!.sha256,
          }
        : 'url' in body
          ? { url: body.url }
          : { bodyHtml: body.html }),
    });
    return { id, key: stored?.key ?? null };
  }

  const plan = () => ds.transaction((em) => bundles.planDue(em));

  const rows = async (programmeId = ids.programme) =>
    (await ds.query(
      `SELECT id, phase_key, language, status, manifest_sha256, materials, storage_key, sha256, size_bytes, last_error
         FROM material_bundle WHERE programme_id = ? ORDER BY phase_key = 'programme', language`,
      [programmeId],
    )) as {
      id: string;
      phase_key: string;
      language: string;
      status: MaterialBundleEntity['status'];
      manifest_sha256: string;
      materials: number;
      storage_key: string | null;
      sha256: string | null;
      size_bytes: string | null;
      last_error: string | null;
    }[];

  const bundleId = async (phaseKey: string, language: string) =>
    (await rows()).find((r) => r.phase_key === phaseKey && r.language === language)!.id;

  /** The build jobs queued since the last look, for this programme's bundles (as the worker would get them). */
  async function newJobs(): Promise<string[]> {
    const jobs = (await ds.query(
      `SELECT id, payload FROM outbox WHERE job_name = 'build-material-bundle' AND id > ? ORDER BY id`,
      [outboxSeen],
    )) as { id: string; payload: string }[];
    outboxSeen = Math.max(outboxSeen, ...jobs.map((j) => Number(j.id)));
    const mine = new Set((await rows()).map((r) => r.id));
    return jobs
      .map((j) => (JSON.parse(j.payload) as { bundleId: string }).bundleId)
      .filter((id) => mine.has(id));
  }

  async function runJobs(): Promise<string[]> {
    const jobs = await newJobs();
    for (const id of jobs) await bundles.build(id);
    return jobs;
  }

  const download = async (who: Principal, phaseKey: string, language: string, req = {}) => {
    const res: FileResponse = await bundles.open(who, ids.programme, phaseKey, language, req);
    return { ...res, bytes: res.body ? await buffer(res.body) : null };
  };

  beforeAll(async () => {
    ds = await createDataSource(testConfig());
    await ds.initialize();
    dir = await mkdtemp(join(tmpdir(), 'kenshu-bundles-'));
    storage = new LocalDiskStorage(dir);
    const tx = new TransactionService(ds);
    const audit = new AuditService(tx);
    const outbox = new OutboxService();
    bundles = new MaterialBundlesService(
      tx,
      outbox,
      storage,
      new ProgrammesService(tx, audit, outbox, new OrganisationsService(tx, audit)),
    );
    const [last] = (await ds.query(`SELECT COALESCE(MAX(id), 0) AS id FROM outbox`)) as { id: string }[];
    outboxSeen = Number(last!.id);

    for (const [id, c, fallbacks] of [
      [ids.programme, code, 'en'],
      [ids.other, `${code}-B`, null],
    ] as const)
      await ds.query(
        `INSERT INTO programme (id, code, title, mode, host_time_zone, status, language_fallbacks)
         VALUES (?, ?, ?, 'on_site', 'Asia/Tokyo', 'running', ?)`,
        [id, c, `Solid waste management ${c}`, fallbacks],
      );
    await ds.query(
      `INSERT INTO programme_phase (id, programme_id, name, kind, starts_on, ends_on, position)
       VALUES (?, ?, 'Distance learning', 'distance', '2099-01-05', '2099-01-30', 1),
              (?, ?, 'In Japan', 'in_country', '2099-02-02', '2099-02-20', 2)`,
      [ids.phase, ids.programme, ids.emptyPhase, ids.programme],
    );
    await ds.query(
      `INSERT INTO session (id, programme_id, phase_id, kind, title, starts_at, ends_at, time_zone)
       VALUES (?, ?, ?, 'webinar', 'Landfill design', '2099-01-06 01:00:00', '2099-01-06 02:30:00', 'Asia/Tokyo'),
              (?, ?, NULL, 'site_visit', 'Incineration plant', '2099-02-03 01:00:00', '2099-02-03 04:00:00', 'Asia/Tokyo')`,
      [ids.session, ids.programme, ids.phase, ids.loneSession, ids.programme],
    );

    await addUser('coordinator', 'en', 'coordinator');
    await addUser('khmer', 'km', 'trainee');
    await addUser('japanese', 'ja-JP', 'trainee');
    await addUser('french', 'fr', 'trainee');
    await addUser('withdrawn', 'vi', 'trainee');
    await addUser('outsider', 'km', 'trainee');
    await ds.query(`INSERT INTO programme_staff (programme_id, user_id, role) VALUES (?, ?, 'coordinator')`, [
      ids.programme,
      people.coordinator.id,
    ]);
    for (const [programmeId, who, status] of [
      [ids.programme, 'khmer', 'active'],
      [ids.programme, 'japanese', 'invited'],
      [ids.programme, 'french', 'active'],
      [ids.programme, 'withdrawn', 'withdrawn'],
      [ids.other, 'outsider', 'active'],
    ] as const)
      await ds.query(`INSERT INTO enrolment (id, programme_id, user_id, status) VALUES (?, ?, ?, ?)`, [
        randomUUID(),
        programmeId,
        people[who].id,
        status,
      ]);

    const inSession = { sessionId: ids.session };
    await addMaterial('design', {
      ...inSession,
      kind: 'file',
      title: 'Landfill design guide',
      description: 'Read before the webinar.',
      originalLanguage: 'en',
    });
    await addVersion('design', 'en', 1, { file: content.designEn, fileName: 'Landfill design.pdf' });
    await addVersion('design', 'km', 1, {
      file: content.designKm,
      fileName: 'ការរចនា.jpg',
      contentType: 'image/jpeg',
    });
    await addVersion('design', 'vi', 1, { file: content.designVi, fileName: 'Thiết kế.pdf' });
    await addMaterial('portal', {
      ...inSession,
      kind: 'link',
      title: 'Webinar portal',
      originalLanguage: 'en',
    });
    await addVersion('portal', 'en', 1, { url: 'https://meet.example/landfill?room=1&lang=en' });
    await addMaterial('notes', {
      ...inSession,
      kind: 'text',
      title: 'Reading notes',
      originalLanguage: 'en',
    });
    await addVersion('notes', 'en', 1, {
      html: '<p>Compare <strong>leachate</strong> treatment options.</p>',
    });
    await addMaterial('later', {
      ...inSession,
      kind: 'file',
      title: 'Homework (later)',
      originalLanguage: 'en',
      releaseRule: 'at',
      releaseAt: new Date('2099-01-01T00:00:00Z'),
    });
    await addVersion('later', 'en', 1, { file: content.later, fileName: 'Later.pdf' });
    await addMaterial('staffNotes', {
      ...inSession,
      kind: 'file',
      title: 'Instructor notes',
      originalLanguage: 'en',
      audience: 'staff',
    });
    await addVersion('staffNotes', 'en', 1, { file: content.staffNotes, fileName: 'Staff notes.pdf' });
    await addMaterial('old', {
      ...inSession,
      kind: 'file',
      title: 'Withdrawn handout',
      originalLanguage: 'en',
      archivedAt: new Date(),
    });
    await addVersion('old', 'en', 1, { file: content.old, fileName: 'Old.pdf' });
    await addMaterial('overview', { kind: 'file', title: '研修の概要', originalLanguage: 'ja' });
    await addVersion('overview', 'ja', 1, { file: content.overviewJa, fileName: '概要.pdf' });
    await addMaterial('visit', {
      sessionId: ids.loneSession,
      kind: 'file',
      title: '施設見学の案内',
      originalLanguage: 'ja',
    });
    await addVersion('visit', 'ja', 1, { file: content.visitJa, fileName: '見学.pdf' });
  });

  afterAll(async () => {
    await ds?.destroy();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('plans one bundle per scope and language its enrolled trainees read, and only once', async () => {
    await plan();
    expect((await rows()).map((r) => [r.phase_key, r.language, r.status])).toEqual([
      [ids.phase, 'en', 'queued'],
      [ids.phase, 'km', 'queued'],
      ['programme', 'ja', 'queued'],
    ]);
    expect((await newJobs()).sort()).toEqual((await rows()).map((r) => r.id).sort());

    expect(await plan()).toBe(0);
    expect(await newJobs()).toEqual([]);
  });

  it('answers 409 for a bundle that was never built, and lists it without a size', async () => {
    await expect(download(people.coordinator, ids.phase, 'km')).rejects.toMatchObject({
      code: 'MATERIAL.BUNDLE_NOT_READY',
    });
    expect(await bundles.list(people.coordinator, ids.programme)).toContainEqual(
      expect.objectContaining({ phaseKey: ids.phase, language: 'km', status: 'queued', sizeBytes: null }),
    );
  });

  it('builds a ZIP with an index page in the bundle’s language and the files byte for byte', async () => {
    for (const { id } of await rows()) await bundles.build(id); // the jobs queued by the first test
    const listed = await bundles.list(people.coordinator, ids.programme);
    expect(listed).toEqual([
      {
        phaseKey: 'programme',
        phaseName: null,
        language: 'ja',
        status: 'ready',
        materials: 2,
        sizeBytes: expect.any(Number),
        builtAt: expect.any(String),
        downloadPath: `/api/v1/programmes/${ids.programme}/material-bundles/programme/ja`,
      },
      expect.objectContaining({
        phaseKey: ids.phase,
        phaseName: 'Distance learning',
        language: 'en',
        materials: 3,
      }),
      expect.objectContaining({ phaseKey: ids.phase, language: 'km', status: 'ready', materials: 3 }),
    ]);

    const km = await download(people.coordinator, ids.phase, 'km');
    const kmRow = (await rows()).find((r) => r.language === 'km')!;
    expect(km.status).toBe(200);
    expect(km.headers).toMatchObject({
      'content-type': 'application/zip',
      'content-length': kmRow.size_bytes,
      etag: `"${kmRow.sha256}"`,
      'cache-control': 'private, no-cache',
    });
    expect(km.headers['content-disposition']).toBe(`attachment; filename=${code}-Distance-learning-km.zip`);
    expect(listed.find((b) => b.language === 'km')!.sizeBytes).toBe(km.bytes!.length);
    const kmEntries = await unzip(km.bytes!);
    expect(kmEntries.map(([name]) => name)).toEqual(['index.html', '01-ការរចនា.jpg']);
    expect(kmEntries[1]![1].equals(content.designKm)).toBe(true);
    const page = kmEntries[0]![1].toString('utf8');
    expect(page).toMatch(/^<!doctype html>\n<html lang="km">/);
    expect(page).toContain(`<a href="./${encodeURIComponent('01-ការរចនា.jpg')}">Landfill design guide</a>`);
    expect(page).toContain('Read before the webinar.');
    expect(page).toContain(
      '<a href="https://meet.example/landfill?room=1&amp;lang=en" rel="noreferrer">https://meet.example/landfill?room=1&amp;lang=en</a>',
    );
    expect(page).toContain('<p>Compare <strong>leachate</strong> treatment options.</p>');
    expect(page).toContain('<h2 lang="en">Files</h2>');
    expect(page).toContain('Size: 50 kB');
    for (const hidden of ['Homework (later)', 'Instructor notes', 'Withdrawn handout', '研修の概要'])
      expect(page).not.toContain(hidden);

    const en = await unzip((await download(people.coordinator, ids.phase, 'en')).bytes!);
    expect(en.map(([name]) => name)).toEqual(['index.html', '01-Landfill design.pdf']);
    expect(en[1]![1].equals(content.designEn)).toBe(true);
    expect(en[0]![1].toString()).toContain('<html lang="en">');
    expect(en[0]![1].toString()).toContain('<a href="./01-Landfill%20design.pdf">');

    const ja = await unzip((await download(people.coordinator, 'programme', 'ja')).bytes!);
    expect(ja.map(([name]) => name)).toEqual(['index.html', '01-概要.pdf', '02-見学.pdf']);
    expect(ja[1]![1].equals(content.overviewJa) && ja[2]![1].equals(content.visitJa)).toBe(true);
    expect(ja[0]![1].toString()).toContain('<html lang="ja">');
    expect(ja[0]![1].toString()).toContain('<h2>ファイル</h2>');
  });

  it('serves ranges and revalidation like material files, and a repeated job changes nothing', async () => {
    const whole = await download(people.coordinator, ids.phase, 'km');
    const part = await download(people.coordinator, ids.phase, 'km', { range: 'bytes=10-19' });
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 10-19/${whole.bytes!.length}`);
    expect(part.bytes!.equals(whole.bytes!.subarray(10, 20))).toBe(true);
    const cached = await download(people.coordinator, ids.phase, 'km', { ifNoneMatch: whole.headers.etag });
    expect(cached.status).toBe(304);

    const before = await rows();
    await bundles.build(await bundleId(ids.phase, 'km'));
    expect(await rows()).toEqual(before);
  });

  it('rebuilds a bundle when a material gets a new version, serving the previous file until then', async () => {
    const before = (await rows()).find((r) => r.language === 'km')!;
    const previous = await download(people.coordinator, ids.phase, 'km');
    const updated = randomBytes(60_000);
    await addVersion('design', 'km', 2, {
      file: updated,
      fileName: 'ការរចនា v2.jpg',
      contentType: 'image/jpeg',
    });

    expect(await plan()).toBeGreaterThanOrEqual(1);
    expect(await newJobs()).toEqual([before.id]);
    expect((await rows()).find((r) => r.language === 'km')).toMatchObject({
      status: 'queued',
      storage_key: before.storage_key,
    });
    const meanwhile = await download(people.coordinator, ids.phase, 'km');
    expect(meanwhile.headers.etag).toBe(previous.headers.etag);
    expect(meanwhile.bytes!.equals(previous.bytes!)).toBe(true);

    await bundles.build(before.id);
    const after = (await rows()).find((r) => r.language === 'km')!;
    expect(after.status).toBe('ready');
    expect(after.manifest_sha256).not.toBe(before.manifest_sha256);
    const entries = await unzip((await download(people.coordinator, ids.phase, 'km')).bytes!);
    expect(entries.map(([name]) => name)).toEqual(['index.html', '01-ការរចនា v2.jpg']);
    expect(entries[1]![1].equals(updated)).toBe(true);
    expect(await storage.size(before.storage_key!)).toBeNull();
  });

  it('takes a material in once it is released, in every language of its scope', async () => {
    await ds.query(`UPDATE material SET release_at = ? WHERE id = ?`, [
      new Date(Date.now() - 1000),
      material.later,
    ]);
    await plan();
    expect((await runJobs()).sort()).toEqual(
      [await bundleId(ids.phase, 'en'), await bundleId(ids.phase, 'km')].sort(),
    );
    const entries = await unzip((await download(people.coordinator, ids.phase, 'km')).bytes!);
    expect(entries.map(([name]) => name)).toEqual(['index.html', '01-ការរចនា v2.jpg', '02-Later.pdf']);
    expect(entries[2]![1].equals(content.later)).toBe(true);
    expect(entries[0]![1].toString()).toContain('Homework (later)');
    expect((await rows()).map((r) => r.materials)).toEqual([4, 4, 2]);
  });

  it('shows each trainee their own language’s bundles, and nothing to anyone outside the programme', async () => {
    const mine = async (who: Principal) =>
      (await bundles.list(who, ids.programme)).map((b) => [b.phaseName, b.language]);
    expect(await mine(people.khmer)).toEqual([
      [null, 'ja'],
      ['Distance learning', 'km'],
    ]);
    expect(await mine(people.french)).toEqual([
      [null, 'ja'],
      ['Distance learning', 'en'],
    ]);
    expect((await download(people.khmer, ids.phase, 'km')).status).toBe(200);
    await expect(download(people.khmer, ids.phase, 'en')).rejects.toMatchObject({ code: 'COMMON.NOT_FOUND' });

    for (const who of [people.outsider, people.withdrawn]) {
      await expect(bundles.list(who, ids.programme)).rejects.toMatchObject({ code: 'COMMON.NOT_FOUND' });
      await expect(download(who, ids.phase, 'km')).rejects.toMatchObject({ code: 'COMMON.NOT_FOUND' });
    }
  });

  it('keeps the last file when a build fails, and says failed only after the last attempt', async () => {
    const row = (await rows()).find((r) => r.language === 'en')!;
    const { key } = await addVersion('design', 'en', 2, {
      file: randomBytes(1_000),
      fileName: 'Design v2.pdf',
    });
    await storage.delete(key!);
    await plan();
    expect(await newJobs()).toEqual([row.id]);

    await expect(bundles.build(row.id, { isFinal: false })).rejects.toThrow();
    expect((await rows()).find((r) => r.id === row.id)).toMatchObject({
      status: 'queued',
      last_error: expect.stringContaining('ENOENT'),
    });
    await expect(bundles.build(row.id, { isFinal: true })).rejects.toThrow();
    expect(await readdir(join(dir, 'tmp'))).toEqual([]); // no partial ZIP left behind
    expect((await rows()).find((r) => r.id === row.id)).toMatchObject({
      status: 'failed',
      storage_key: row.storage_key,
    });
    const served = await download(people.french, ids.phase, 'en');
    expect(served.headers.etag).toBe(`"${row.sha256}"`);
  });

  it('removes a bundle whose scope has no released files left', async () => {
    const gone = (await rows()).find((r) => r.phase_key === 'programme')!;
    await ds.query(`UPDATE material SET archived_at = NOW(3) WHERE id IN (?)`, [
      [material.overview, material.visit],
    ]);
    await plan();
    expect(await runJobs()).toEqual([gone.id]);
    expect((await rows()).map((r) => r.phase_key)).toEqual([ids.phase, ids.phase]);
    expect(await storage.size(gone.storage_key!)).toBeNull();
    await expect(download(people.khmer, 'programme', 'ja')).rejects.toMatchObject({
      code: 'COMMON.NOT_FOUND',
    });
  });
});
