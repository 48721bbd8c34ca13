// The materials group of `npm run bench` (`--only=materials`): the release emails of a file to a whole
// programme, a large upload's memory, and a range download, each against its raw baseline.
import type { ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, open, rm } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { simpleParser, type AddressObject } from 'mailparser';
import type { DataSource } from 'typeorm';
import { orderedUuid } from '@kenshu/domain';
import { DEFAULT_JOB_OPTIONS } from '@kenshu/queue';
import { DEMO, KenshuProcess, call, freePort, settleLeftoverOutbox, signIn } from '@kenshu/testing';
import { DiscardSmtp } from './discard-smtp.js';
import { compare, type Result } from './harness.js';

/** What the group needs of the run: its sizes, the processes' environment, and run.ts's child handling. */
export interface MaterialBench {
  quick: boolean;
  rounds: number;
  /** Trainees of the programme, and so emails a trial. */
  trainees: number;
  env: Record<string, string>;
  ds: DataSource;
  redisUrl: string;
  concurrency: string;
  demoPassword: string;
  log: (line: string) => void;
  startChild: (
    script: string,
    args: string[],
    ready: RegExp,
    prefix?: string[],
    env?: Record<string, string>,
  ) => Promise<ChildProcess>;
  /** The command prefix that pins a server to core 1, and a pin of this process (empty when unpinned). */
  pinned: string[];
  pinSelf: (cores: string) => void;
}

const MiB = 1024 * 1024;

/** Rejects when `promise` takes longer than `ms`: every wait of a benchmark is bounded. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not done within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

let programmes = 0;

/** The API, signed in as the demo coordinator, with the calls the scenarios make. */
async function startApi(b: MaterialBench, env: Record<string, string>, prefix: string[] = []) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const proc = new KenshuProcess(
    'api',
    // The emails' trials together outlast an access token of the default 15 minutes.
    { ...b.env, ACCESS_TOKEN_TTL_S: '7200', ...env, PORT: String(port), PUBLIC_URL: url },
    prefix,
  ).start();
  await proc.waitForOutput(/kenshu-api listening/);
  const { accessToken } = await signIn(url, DEMO.coordinator, b.demoPassword);
  const auth = { authorization: `Bearer ${accessToken}` };
  const create = async (path: string, body: unknown): Promise<string> => {
    const res = await call<{ id: string }>(url, 'POST', `/api/v1${path}`, { token: accessToken, body });
    if (res.status !== 201) throw new Error(`POST ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id;
  };
  return {
    proc,
    url,
    auth,
    programme: (title: string) =>
      create('/programmes', {
        code: `BENCH-MAT-${process.pid}-${++programmes}`,
        title,
        mode: 'online',
        hostTimeZone: 'Asia/Tokyo',
      }),
    /** A file material of the programme, released as soon as it has a version. */
    material: (programmeId: string, title: string) =>
      create(`/programmes/${programmeId}/materials`, { kind: 'file', title, originalLanguage: 'en' }),
    uploadPath: (materialId: string, fileName: string) =>
      `/api/v1/materials/${materialId}/uploads?language=en&fileName=${encodeURIComponent(fileName)}`,
    stop: () => proc.stop(),
  };
}

/** Active trainees enrolled in the programme, written directly in multi-row INSERTs; their addresses. */
async function enrolTrainees(
  ds: DataSource,
  programmeId: string,
  n: number,
  domain: string,
): Promise<string[]> {
  const people = Array.from({ length: n }, (_, k) => ({
    id: orderedUuid(),
    email: `trainee-${k}@${domain}`,
  }));
  for (let i = 0; i < n; i += 1000) {
    const chunk = people.slice(i, i + 1000);
    await ds.query(`INSERT INTO user (id, email, display_name, locale, time_zone, status) VALUES ?`, [
      chunk.map((p, k) => [p.id, p.email, `Trainee ${i + k}`, 'en', 'Asia/Bangkok', 'active']),
    ]);
    await ds.query(`INSERT INTO user_role (user_id, role) VALUES ?`, [chunk.map((p) => [p.id, 'trainee'])]);
    await ds.query(`INSERT INTO enrolment (id, programme_id, user_id, status) VALUES ?`, [
      chunk.map((p) => [orderedUuid(), programmeId, p.id, 'active']),
    ]);
  }
  return people.map((p) => p.email);
}

/** A request with a body (a buffer or a file) and its answer, read whole. */
function send(
  url: string,
  options: {
    method: string;
    headers?: Record<string, string | number>;
    body?: Buffer | { file: string; size: number };
  },
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const { body } = options;
    const length = body === undefined ? 0 : Buffer.isBuffer(body) ? body.length : body.size;
    const req = http.request(url, {
      method: options.method,
      headers: { ...options.headers, 'content-length': length },
    });
    req.once('error', reject);
    req.once('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.once('end', () => resolve({ status: res.statusCode!, text }));
      res.once('error', reject);
    });
    if (body === undefined || Buffer.isBuffer(body)) req.end(body);
    else createReadStream(body.file).pipe(req);
  });
}

/** A GET of a byte range: the status, the Content-Range, the bytes' count and (if asked) their SHA-256. */
function getRange(
  url: string,
  headers: Record<string, string>,
  hash: boolean,
): Promise<{ status: number; contentRange?: string; bytes: number; sha256?: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers }, (res) => {
      const sha = hash ? createHash('sha256') : null;
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        sha?.update(chunk);
      });
      res.once('end', () =>
        resolve({
          status: res.statusCode!,
          contentRange: res.headers['content-range'],
          bytes,
          sha256: sha?.digest('hex'),
        }),
      );
      res.once('error', reject);
    });
    req.once('error', reject);
  });
}

/** A process's resident memory now and its peak since the last reset, in bytes (Linux /proc). */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)![1]) * 1024;
  return { rss: kib('VmRSS'), peak: kib('VmHWM') };
}

/** Sets the process's peak resident memory (VmHWM) back to its current size (`5` > clear_refs, Linux 4.0+). */
function resetPeak(pid: number): void {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

/**
 * The release emails of one file to a whole programme: from the upload that releases it (a 20 KiB PDF, so
 * attached) to the last of `trainees` messages received by a local SMTP server that discards them — the
 * worker's poll finds the version, plans one delivery row and one outbox job per trainee, the relay moves
 * them to BullMQ, and each job renders the trainee's email and sends it in a transaction whose commit
 * releases the end of the message. Against a bare BullMQ worker sending the same message through the same
 * pooled transport, from the moment its jobs are enqueued. Each trial's recipients are counted: every
 * trainee once, and every Kenshu delivery row sent.
 */
export async function materialEmails(b: MaterialBench): Promise<Result[]> {
  const n = b.trainees;
  // Earlier groups leave jobs in the outbox (the enrolment import's invitations): not this scenario's
  // emails, and the first one must be the material's.
  await settleLeftoverOutbox(b.ds);
  const sink = await new DiscardSmtp().start();
  const api = await startApi(b, {});
  const worker = new KenshuProcess('worker', { ...b.env, SMTP_URL: sink.url, MATERIAL_POLL_S: '1' }).start();
  const templateFile = join(os.tmpdir(), `kenshu-bench-${process.pid}-mail.json`);
  const connection = new Redis(b.redisUrl, { maxRetriesPerRequest: null });
  const barePrefix = `${b.env.QUEUE_PREFIX}-bare-mail`;
  const queue = new Queue('mail', { connection, prefix: barePrefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
  let bare: ChildProcess | undefined;
  try {
    await worker.waitForOutput(/kenshu-worker started/);
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(20 * 1024 - 9)]);
    const release = async (materialId: string) => {
      const res = await send(`${api.url}${api.uploadPath(materialId, 'handout.pdf')}`, {
        method: 'POST',
        headers: { ...api.auth, 'content-type': 'application/pdf' },
        body: pdf,
      });
      if (res.status !== 201) throw new Error(`upload: ${res.status} ${res.text}`);
    };

    // The message the baseline sends: one Kenshu sent, to a programme of one.
    const single = await api.programme('Waste characterisation surveys');
    await enrolTrainees(b.ds, single, 1, 'bench-single.example');
    const raw = sink.nextMessage();
    await release(await api.material(single, 'Survey forms and sampling plan'));
    const mail = await simpleParser(await within(raw, 60_000, 'the first material email'));
    writeFileSync(
      templateFile,
      JSON.stringify({
        from: (mail.from as AddressObject).text,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        attachments: mail.attachments.map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: a.content.toString('base64'),
        })),
      }),
    );
    if (mail.attachments.length !== 1 || !mail.attachments[0]!.content.equals(pdf))
      throw new Error(
        `the material email carries ${mail.attachments.map((a) => a.size).join(', ')} bytes attached, not the PDF`,
      );

    const programme = await api.programme('Municipal solid waste management for island cities');
    const emails = await enrolTrainees(b.ds, programme, n, 'bench-materials.example');
    bare = await b.startChild(
      'bare-mail-worker.js',
      [b.redisUrl, barePrefix, b.concurrency, sink.url, templateFile],
      /ready/,
    );
    const timeout = 900_000;
    let trial = 0;

    const subject = async () => {
      const materialId = await api.material(programme, `Landfill gas management, part ${++trial}`);
      const arrived = sink.expect(n);
      const started = performance.now();
      const releasedAt = Date.now();
      await release(materialId);
      await within(arrived, timeout, `${n} material emails`);
      const seconds = (performance.now() - started) / 1000;
      const states = (await b.ds.query(
        `SELECT status, COUNT(*) AS n FROM material_delivery WHERE material_id = ? GROUP BY status`,
        [materialId],
      )) as { status: string; n: string }[];
      if (states.length !== 1 || states[0]!.status !== 'sent' || Number(states[0]!.n) !== n)
        throw new Error(`material ${materialId}: delivery rows ${JSON.stringify(states)}`);
      const [{ planned }] = (await b.ds.query(
        `SELECT MIN(queued_at) AS planned FROM material_delivery WHERE material_id = ?`,
        [materialId],
      )) as { planned: Date }[];
      b.log(
        `Kenshu: planned by the poll of +${((planned.getTime() - releasedAt) / 1000).toFixed(1)} s, all sent at +${seconds.toFixed(1)} s`,
      );
      return n / seconds;
    };

    const baseline = async () => {
      trial += 1;
      const arrived = sink.expect(n);
      const started = performance.now();
      for (let i = 0; i < n; i += 500)
        await queue.addBulk(
          emails
            .slice(i, i + 500)
            .map((to, k) => ({ name: 'send', data: { to }, opts: { jobId: `${trial}-${i + k}` } })),
        );
      await within(arrived, timeout, `${n} bare emails`);
      return n / ((performance.now() - started) / 1000);
    };

    return [
      await compare(
        {
          scenario:
            `${n.toLocaleString('en-US')} material emails (20 KiB PDF attached) to a local SMTP server, from release ` +
            `to the last received (worker concurrency ${b.concurrency}, poll every 1 s)`,
          unit: 'emails/s',
          baseline: { name: 'bare BullMQ + pooled nodemailer, one job per email', run: baseline },
          subject: { name: 'poll → delivery rows + outbox → relay → commit-gated send', run: subject },
          rounds: b.rounds,
          goal: 0.5,
        },
        b.log,
      ),
    ];
  } finally {
    bare?.kill('SIGTERM');
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    connection.disconnect();
    await Promise.all([worker.stop(), api.stop()]);
    await sink.stop();
    await rm(templateFile, { force: true });
  }
}

/**
 * A large file in and out. In: a PDF of 100 MiB streamed to POST /api/v1/materials/{id}/uploads (type
 * sniffed from its first bytes, size limit, SHA-256, written to storage, a version row), where the measure
 * is the API process's peak resident memory during each upload (/proc VmHWM, reset before it) above its
 * resident memory before the first upload (so that memory kept from one upload to the next counts too),
 * which must stay below 64 MiB; against a bare node:http server piping the same bytes to a file. Every upload's SHA-256 must be the source's. Out: Range requests for the second half of the file
 * stored, checked byte for byte (SHA-256) first, then timed against node:http + fs.createReadStream
 * serving the same file.
 */
export async function materialFiles(b: MaterialBench): Promise<Result[]> {
  const size = (b.quick ? 8 : 100) * MiB;
  const downloads = b.quick ? 2 : 16;
  const parallel = b.quick ? 1 : 4;
  const storage = join(os.tmpdir(), `kenshu-bench-${process.pid}-storage`);
  const source = join(os.tmpdir(), `kenshu-bench-${process.pid}-handbook.pdf`);
  const api = await startApi(b, { STORAGE_DIR: storage }, b.pinned);
  const barePort = await freePort();
  const bareUrl = `http://127.0.0.1:${barePort}`;
  let bare: ChildProcess | undefined;
  try {
    const sha = { whole: createHash('sha256'), secondHalf: createHash('sha256') };
    const half = Math.floor(size / 2);
    const file = await open(source, 'w');
    for (let at = 0; at < size; at += MiB) {
      const chunk =
        at === 0 ? Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(MiB - 9)]) : randomBytes(MiB);
      await file.write(chunk);
      sha.whole.update(chunk);
      if (at >= half) sha.secondHalf.update(chunk);
    }
    await file.close();
    const expected = { whole: sha.whole.digest('hex'), secondHalf: sha.secondHalf.digest('hex') };
    await mkdir(storage, { recursive: true });
    bare = await b.startChild('bare-file-server.js', [String(barePort), storage], /listening/, b.pinned);
    const programme = await api.programme('Landfill engineering handbook');
    const materialId = await api.material(programme, 'Handbook, full edition');
    let versionId = '';
    b.pinSelf('0');

    const idle = new Map([api.proc.pid!, bare.pid!].map((pid) => [pid, memoryOf(pid).rss]));
    /** One upload's peak memory growth of the server, in MiB, after checking what it answered. */
    const upload = async (
      pid: number,
      url: string,
      headers: Record<string, string>,
      check: (text: string) => void,
    ) => {
      const before = idle.get(pid)!;
      resetPeak(pid);
      const started = performance.now();
      const res = await send(url, { method: 'POST', headers, body: { file: source, size } });
      const seconds = (performance.now() - started) / 1000;
      const growth = (memoryOf(pid).peak - before) / MiB;
      if (res.status !== 201) throw new Error(`upload to ${url}: ${res.status} ${res.text}`);
      check(res.text);
      b.log(
        `upload of ${size / MiB} MiB to ${url}: ${(size / MiB / seconds).toFixed(0)} MiB/s, peak +${growth.toFixed(1)} MiB`,
      );
      return growth;
    };
    const kenshuUpload = () =>
      upload(
        api.proc.pid!,
        `${api.url}${api.uploadPath(materialId, 'handbook.pdf')}`,
        { ...api.auth, 'content-type': 'application/pdf' },
        (text) => {
          const version = JSON.parse(text) as { id: string; sha256: string; sizeBytes: number };
          if (version.sha256 !== expected.whole || version.sizeBytes !== size)
            throw new Error(`the API stored ${version.sizeBytes} bytes of SHA-256 ${version.sha256}`);
          versionId = version.id;
        },
      );
    const bareUpload = () =>
      upload(bare!.pid!, `${bareUrl}/upload`, { 'content-type': 'application/pdf' }, () => undefined);

    const pinNote = b.pinned.length > 0 ? ', server pinned to a core' : '';
    const memory = await compare(
      {
        scenario: `POST /api/v1/materials/{id}/uploads of a ${size / MiB} MiB PDF, streamed: peak RSS growth of the server (lower is better${pinNote})`,
        unit: 'MiB',
        baseline: { name: 'bare node:http piping to a file', run: bareUpload },
        subject: {
          name: 'Nest + Fastify API: sniff, limit, SHA-256, storage, version row',
          run: kenshuUpload,
        },
        rounds: b.rounds,
        ceiling: 64,
      },
      b.log,
    );

    // The second half of the last version uploaded, from the API and from the bare server (the same file).
    const [{ key }] = (await b.ds.query(`SELECT storage_key AS \`key\` FROM material_version WHERE id = ?`, [
      versionId,
    ])) as {
      key: string;
    }[];
    const range = { range: `bytes=${half}-${size - 1}` };
    const apiContent = `${api.url}/api/v1/materials/${materialId}/content?language=en`;
    const bareContent = `${bareUrl}/${key}`;
    for (const [url, headers] of [
      [apiContent, { ...api.auth, ...range }],
      [bareContent, range],
    ] as const) {
      const got = await getRange(url, headers, true);
      const want = {
        status: 206,
        contentRange: `bytes ${half}-${size - 1}/${size}`,
        bytes: size - half,
        sha256: expected.secondHalf,
      };
      if (JSON.stringify(got) !== JSON.stringify(want))
        throw new Error(
          `GET ${url} (${range.range}): ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`,
        );
    }
    const download = (url: string, headers: Record<string, string>) => async () => {
      const started = performance.now();
      let left = downloads;
      await Promise.all(
        Array.from({ length: parallel }, async () => {
          while (left-- > 0) {
            const got = await getRange(url, headers, false);
            if (got.status !== 206 || got.bytes !== size - half)
              throw new Error(`GET ${url}: ${JSON.stringify(got)}`);
          }
        }),
      );
      return (downloads * (size - half)) / MiB / ((performance.now() - started) / 1000);
    };
    const throughput = await compare(
      {
        scenario: `GET /api/v1/materials/{id}/content with Range: the second ${(size - half) / MiB} MiB of ${size / MiB} MiB, SHA-256 checked (${downloads} downloads, ${parallel} at a time${pinNote})`,
        unit: 'MiB/s',
        baseline: { name: 'bare node:http + fs.createReadStream', run: download(bareContent, range) },
        subject: { name: 'Nest + Fastify API', run: download(apiContent, { ...api.auth, ...range }) },
        rounds: b.rounds,
      },
      b.log,
    );
    return [memory, throughput];
  } finally {
    bare?.kill('SIGTERM');
    b.pinSelf(`0-${os.cpus().length - 1}`);
    await api.stop();
    await rm(storage, { recursive: true, force: true });
    await rm(source, { force: true });
  }
}
