// `npm run bench [-- --quick]`: every scenario against its raw baseline, alternately, in one run; prints
// a markdown table (the README's) and writes it to bench/results/. --quick is a smoke run (tiny sizes,
// one round) whose numbers mean nothing; the full run exits 1 when a goal is missed.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { createConnection } from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import { AppConfig, loadDotEnv } from '@kenshu/config';
import { TransactionService, recreateDatabase } from '@kenshu/database';
import { ARGON2_OPTIONS, createDataSource, orderedUuid, seedDemo } from '@kenshu/domain';
import { DEFAULT_JOB_OPTIONS, OutboxService } from '@kenshu/queue';
import { DEMO, KenshuProcess, ROOT, call, freePort, signIn, until } from '@kenshu/testing';
import { compare, markdownTable, type Result } from './harness.js';
import { assessmentRegrade } from './assessments.js';
import { completionEvaluation } from './completion.js';
import { exportsBench } from './exports.js';
import { surveyAggregation } from './surveys.js';
import { materialEmails, materialFiles, type MaterialBench } from './materials.js';

const quick = process.argv.includes('--quick');
/**
 * `--only=http`, `--only=auth`, `--only=outbox`, `--only=enrol`, `--only=schedule`, `--only=materials`,
 * `--only=assessments`, `--only=completion`, `--only=exports` or `--only=surveys` runs one group.
 */
const only = /^--only=(\w+)$/.exec(process.argv.find((a) => a.startsWith('--only=')) ?? '')?.[1];
const sizes = quick
  ? { rounds: 1, seconds: 1, connections: 10, jobs: 300, trainees: 300 }
  : { rounds: 7, seconds: 5, connections: 50, jobs: 10_000, trainees: 10_000 };
const log = (line: string) => console.log(`[bench] ${line}`);

loadDotEnv();
const base = AppConfig.fromEnv();
const databaseUrl = (() => {
  const u = new URL(base.database.url.replace(/^mariadb:/, 'mysql:'));
  u.pathname = `${u.pathname.replace(/^\//, '')}_bench`;
  return u.toString();
})();
const prefix = `kenshu-bench-${process.pid}`;
const env: Record<string, string> = {
  NODE_ENV: 'production',
  APP_SECRET: randomUUID() + randomUUID(),
  DATABASE_URL: databaseUrl,
  REDIS_URL: base.redis.url,
  QUEUE_PREFIX: prefix,
  LOG_LEVEL: 'info',
  ...(process.env.BENCH_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS } : {}),
  MAIL_DIR: '.data/bench-mail',
  STORAGE_DIR: '.data/bench-storage',
};

/**
 * On a machine of two or more cores, an HTTP server under test runs on core 1 and the load generator (this
 * process) on core 0, for the baseline and the subject alike: they no longer fight over a core, and the
 * trials vary far less.
 */
const canPin = os.cpus().length >= 2 && spawnSync('taskset', ['-V']).status === 0;
const pinned = canPin ? ['taskset', '-c', '1'] : [];
function pinSelf(cores: string): void {
  if (canPin) spawnSync('taskset', ['-cp', cores, String(process.pid)], { stdio: 'ignore' });
}

const children: ChildProcess[] = [];
function startChild(
  script: string,
  args: string[],
  ready: RegExp,
  prefix: string[] = [],
  childEnv: Record<string, string> = {},
): Promise<ChildProcess> {
  const command = [...prefix, process.execPath, join(ROOT, 'dist/bench', script), ...args];
  const child = spawn(command[0], command.slice(1), {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, ...childEnv },
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (ready.test(out)) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}) before it was ready`)));
  });
}

/** Migrated, with the demo accounts (the sign-in scenarios use them). */
async function freshDatabase(): Promise<DataSource> {
  await recreateDatabase(databaseUrl);
  const ds = await createDataSource(AppConfig.fromEnv({ ...env }));
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await seedDemo(ds, base.demo.password);
  return ds;
}

/** Requests a second over one trial; every answer must have the expected status. */
async function loadTest(
  url: string,
  status = 200,
  request: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<number> {
  const r = await autocannon({
    url,
    ...request,
    connections: sizes.connections,
    duration: sizes.seconds,
    pipelining: 1,
  });
  const unexpected = status === 200 ? r.non2xx : r['2xx'] + r['5xx'];
  if (r.errors || r.timeouts || unexpected)
    throw new Error(`${url}: ${r.errors} errors, ${r.timeouts} timeouts, ${unexpected} unexpected statuses`);
  return r.requests.average;
}

/**
 * The API against node:http answering the same: the liveness probe (the goal), and a problem+json 404 from
 * the whole pipeline (security headers, access log, exception filter), which only informs.
 */
async function http(): Promise<Result[]> {
  const barePort = await freePort();
  const bare = await startChild('bare-http-server.js', [String(barePort)], /listening/, pinned);
  const apiPort = await freePort();
  const api = new KenshuProcess(
    'api',
    { ...env, PORT: String(apiPort), PUBLIC_URL: `http://127.0.0.1:${apiPort}` },
    pinned,
  ).start();
  await api.waitForOutput(/kenshu-api listening/);
  pinSelf('0');
  const trial = `${sizes.connections} connections, ${sizes.seconds} s a trial${canPin ? ', server pinned to a core' : ''}`;
  try {
    const live = await compare(
      {
        scenario: `GET /health/live (${trial})`,
        unit: 'req/s',
        baseline: { name: 'bare node:http', run: () => loadTest(`http://127.0.0.1:${barePort}/health/live`) },
        subject: {
          name: 'Nest + Fastify API',
          run: () => loadTest(`http://127.0.0.1:${apiPort}/health/live`),
        },
        rounds: sizes.rounds,
        goal: 0.7,
      },
      log,
    );
    const missing = await compare(
      {
        scenario: `GET /api/v1/no-such-route, problem+json 404 (${trial})`,
        unit: 'req/s',
        baseline: {
          name: 'bare node:http',
          run: () => loadTest(`http://127.0.0.1:${barePort}/api/v1/no-such-route`, 404),
        },
        subject: {
          name: 'Nest + Fastify API, whole pipeline',
          run: () => loadTest(`http://127.0.0.1:${apiPort}/api/v1/no-such-route`, 404),
        },
        rounds: sizes.rounds,
      },
      log,
    );
    return [live, missing];
  } finally {
    pinSelf(`0-${os.cpus().length - 1}`);
    await api.stop();
    bare.kill('SIGTERM');
  }
}

/**
 * Sign-in and an authenticated request, each against the least that does the same work: POST
 * /api/v1/auth/login (throttle, user lookup, argon2id, session + refresh token + audit in one
 * transaction, JWT, principal) against a bare argon2.verify loop of the same hash at the same concurrency
 * on the same core (argon2 is nearly all of a sign-in's cost, and what the goal is about); GET /api/v1/me
 * against bare Fastify + mysql2 doing the same token check and the same query.
 */
async function auth(ds: DataSource): Promise<Result[]> {
  const apiPort = await freePort();
  const api = new KenshuProcess(
    'api',
    {
      ...env,
      PORT: String(apiPort),
      PUBLIC_URL: `http://127.0.0.1:${apiPort}`,
      // Each attempt is counted before its password is checked, and given back when it succeeds; with
      // every connection signing in as one account from one address, the in-flight attempts alone would
      // pass the production limits. Every answer must still be 200 (loadTest).
      LOGIN_FAILURES_PER_ACCOUNT: '10000',
      LOGIN_FAILURES_PER_IP: '100000',
    },
    pinned,
  ).start();
  await api.waitForOutput(/kenshu-api listening/);
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const [{ hash }] = (await ds.query(`SELECT password_hash AS hash FROM user WHERE email = ?`, [
    DEMO.trainee,
  ])) as { hash: string }[];
  const { memoryCost, timeCost, parallelism } = ARGON2_OPTIONS;
  const [, kind, , params] = hash.split('$');
  const p = Object.fromEntries(params.split(',').map((kv) => kv.split('=')));
  if (kind !== 'argon2id' || +p.m !== memoryCost || +p.t !== timeCost || +p.p !== parallelism)
    throw new Error(`the demo hash is not of ARGON2_OPTIONS: ${kind} ${params}`);
  const argon2 = await startChild(
    'bare-argon2-verify.js',
    [hash, base.demo.password, String(sizes.connections)],
    /ready/,
    pinned,
  );
  const verifyTrial = lineReader(argon2);
  const barePort = await freePort();
  const bareMe = await startChild(
    'bare-fastify-me.js',
    [String(barePort), databaseUrl, String(base.database.poolSize)],
    /listening/,
    pinned,
    { APP_SECRET: env.APP_SECRET },
  );
  const bareUrl = `http://127.0.0.1:${barePort}`;
  pinSelf('0');
  const trial = `${sizes.connections} connections, ${sizes.seconds} s a trial${canPin ? ', server pinned to a core' : ''}`;
  try {
    const login = await compare(
      {
        scenario: `POST /api/v1/auth/login, argon2id ${memoryCost / 1024} MiB × ${timeCost} passes (${trial})`,
        unit: 'logins/s',
        baseline: {
          name: `bare argon2.verify loop, ${sizes.connections} in flight`,
          run: async () => Number(/rate (\S+)/.exec(await verifyTrial(String(sizes.seconds)))![1]),
        },
        subject: {
          name: 'Nest + Fastify API',
          run: () =>
            loadTest(`${apiUrl}/api/v1/auth/login`, 200, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ email: DEMO.trainee, password: base.demo.password }),
            }),
        },
        rounds: sizes.rounds,
        goal: 0.8,
      },
      log,
    );

    const { accessToken } = await signIn(apiUrl, DEMO.trainee, base.demo.password);
    const headers = { authorization: `Bearer ${accessToken}` };
    const [fromApi, fromBare] = await Promise.all(
      [apiUrl, bareUrl].map((url) => call(url, 'GET', '/api/v1/me', { token: accessToken })),
    );
    if (fromApi.status !== 200 || !isDeepStrictEqual(fromApi.body, fromBare.body))
      throw new Error(
        `GET /api/v1/me: the baseline answers otherwise than the API:\n${JSON.stringify(fromApi)}\n${JSON.stringify(fromBare)}`,
      );
    const me = await compare(
      {
        scenario: `GET /api/v1/me with a bearer token, one query (${trial})`,
        unit: 'req/s',
        baseline: {
          name: 'bare Fastify + jsonwebtoken + mysql2',
          run: () => loadTest(`${bareUrl}/api/v1/me`, 200, { headers }),
        },
        subject: {
          name: 'Nest + Fastify API, passport-jwt guard',
          run: () => loadTest(`${apiUrl}/api/v1/me`, 200, { headers }),
        },
        rounds: sizes.rounds,
        goal: 0.5,
      },
      log,
    );
    return [login, me];
  } finally {
    pinSelf(`0-${os.cpus().length - 1}`);
    await api.stop();
    argon2.kill('SIGTERM');
    bareMe.kill('SIGTERM');
  }
}

/** Writes a line to the child's stdin and resolves with the next line it prints. */
function lineReader(child: ChildProcess): (line: string) => Promise<string> {
  const waiting: { resolve: (line: string) => void; reject: (error: Error) => void }[] = [];
  let buffered = '';
  child.once('exit', (code) => {
    for (const w of waiting.splice(0)) w.reject(new Error(`${child.spawnargs.join(' ')} exited (${code})`));
  });
  child.stdout!.on('data', (d: Buffer) => {
    buffered += d.toString();
    let end: number;
    while ((end = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, end);
      buffered = buffered.slice(end + 1);
      waiting.shift()?.resolve(line);
    }
  });
  return (line) =>
    new Promise((resolve, reject) => {
      waiting.push({ resolve, reject });
      child.stdin!.write(`${line}\n`);
    });
}

/**
 * The outbox path against bare BullMQ, twice: with a job that does nothing (the pipeline's own cost),
 * and with a job that makes one database write (Kenshu's exactly-once guard against a bare worker that
 * makes the same write with none).
 */
async function outbox(ds: DataSource): Promise<Result[]> {
  const n = sizes.jobs;
  const concurrency = String(base.worker.concurrency);
  const worker = new KenshuProcess('worker', { ...env, WORKER_CONCURRENCY: concurrency }).start();
  await worker.waitForOutput(/kenshu-worker started/);
  const connection = new Redis(base.redis.url, { maxRetriesPerRequest: null });
  const tx = new TransactionService(ds);
  const outboxService = new OutboxService();
  const batch = base.outbox.batchSize;
  let trial = 0;

  /** Probe rows for the write job, made beforehand (untimed). */
  async function probes(): Promise<string[]> {
    const ids = Array.from({ length: n }, () => randomUUID());
    for (let i = 0; i < n; i += 1000) {
      const chunk = ids.slice(i, i + 1000);
      await ds.query(
        `INSERT INTO probe (id, label) VALUES ${chunk.map(() => `(?, 'bench')`).join(',')}`,
        chunk,
      );
    }
    return ids;
  }

  async function bareSide(
    mode: 'noop' | 'update',
  ): Promise<{ run: () => Promise<number>; close: () => Promise<void> }> {
    const barePrefix = `${prefix}-bare-${mode}`;
    await startChild(
      'bare-bullmq-worker.js',
      [base.redis.url, barePrefix, concurrency, mode, databaseUrl],
      /ready/,
    );
    const queue = new Queue('system', {
      connection,
      prefix: barePrefix,
      defaultJobOptions: DEFAULT_JOB_OPTIONS,
    });
    return {
      run: async () => {
        trial += 1;
        const ids = mode === 'update' ? await probes() : Array.from({ length: n }, (_, k) => `${trial}-${k}`);
        const before = await queue.getCompletedCount();
        const started = performance.now();
        for (let i = 0; i < n; i += batch) {
          await queue.addBulk(
            ids.slice(i, i + batch).map((probeId, k) => ({
              name: 'record-probe',
              data: { payload: { probeId } },
              opts: { jobId: `bare-${trial}-${i + k}` },
            })),
          );
        }
        await until(
          'bare jobs done',
          () => queue.getCompletedCount(),
          (c) => c >= before + n,
          600_000,
          10,
        );
        return n / ((performance.now() - started) / 1000);
      },
      close: async () => {
        await queue.obliterate({ force: true }).catch(() => undefined);
        await queue.close();
      },
    };
  }

  function kenshuSide(job: 'check-pipeline' | 'record-probe'): () => Promise<number> {
    return async () => {
      const ids = job === 'record-probe' ? await probes() : [];
      const [{ mark }] = await ds.query(`SELECT COALESCE(MAX(id), 0) AS mark FROM outbox`);
      const started = performance.now();
      await tx.run(async (em) => {
        for (let i = 0; i < n; i += 1000) {
          const size = Math.min(1000, n - i);
          if (job === 'record-probe')
            await outboxService.addMany(
              em,
              job,
              ids.slice(i, i + size).map((probeId) => ({ probeId })),
            );
          else
            await outboxService.addMany(
              em,
              job,
              Array.from({ length: size }, () => ({})),
            );
        }
      });
      await until(
        'outbox rows processed',
        async () =>
          Number(
            (
              await ds.query(`SELECT COUNT(*) AS n FROM outbox WHERE processed_at IS NULL AND id > ?`, [mark])
            )[0].n,
          ),
        (left) => left === 0,
        600_000,
        10,
      );
      return n / ((performance.now() - started) / 1000);
    };
  }

  const results: Result[] = [];
  try {
    const bareNoop = await bareSide('noop');
    results.push(
      await compare(
        {
          scenario: `${n.toLocaleString('en-US')} no-op jobs written, relayed and run (concurrency ${concurrency})`,
          unit: 'jobs/s',
          baseline: { name: 'bare BullMQ addBulk + no-op worker', run: bareNoop.run },
          subject: {
            name: 'outbox → relay → dispatcher (check-pipeline)',
            run: kenshuSide('check-pipeline'),
          },
          rounds: sizes.rounds,
          goal: 0.5,
        },
        log,
      ),
    );
    await bareNoop.close();
    const bareUpdate = await bareSide('update');
    results.push(
      await compare(
        {
          scenario: `${n.toLocaleString('en-US')} jobs making one database write each (concurrency ${concurrency})`,
          unit: 'jobs/s',
          baseline: { name: 'bare BullMQ + autocommit UPDATE, no guard', run: bareUpdate.run },
          subject: {
            name: 'outbox → relay → transaction with the exactly-once mark (record-probe)',
            run: kenshuSide('record-probe'),
          },
          rounds: sizes.rounds,
        },
        log,
      ),
    );
    await bareUpdate.close();
    return results;
  } finally {
    await worker.stop();
    const kenshuQueue = new Queue('system', { connection, prefix });
    await kenshuQueue.obliterate({ force: true }).catch(() => undefined);
    await kenshuQueue.close();
    connection.disconnect();
  }
}

/**
 * Enrolling trainees from CSV: POST /api/v1/programmes/{id}/enrolments/import of a file of new people
 * (each row checked, then a new invited trainee account, its role, its invitation and the outbox job of
 * its email, and its enrolment, under the programme lock, with the import's audit events and the per-row
 * report), against the least that writes the same rows: the users, their roles and their enrolments, with
 * the same time-ordered ids, in multi-row INSERTs of a thousand queued at once on one mysql2 connection
 * in one transaction, no checks. A fresh programme for every trial (made untimed), a tenth of the file
 * over its capacity, so the waiting list is written too; new emails every trial. The goal: at most three
 * times the baseline's time.
 */
async function enrol(): Promise<Result[]> {
  const n = sizes.trainees;
  const capacity = n - Math.floor(n / 10);
  const apiPort = await freePort();
  const api = new KenshuProcess('api', {
    ...env,
    PORT: String(apiPort),
    PUBLIC_URL: `http://127.0.0.1:${apiPort}`,
  }).start();
  await api.waitForOutput(/kenshu-api listening/);
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const coordinator = await signIn(apiUrl, DEMO.coordinator, base.demo.password);
  const bare = await createConnection({
    uri: databaseUrl,
    timezone: 'Z',
    charset: 'utf8mb4_unicode_ci',
    supportBigNumbers: true,
    bigNumberStrings: true,
  });
  await bare.query('SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED');
  let trial = 0;

  /** A new programme and the people of one trial: the same names in several scripts for either side. */
  async function prepare() {
    trial += 1;
    const res = await call<{ id: string }>(apiUrl, 'POST', '/api/v1/programmes', {
      token: coordinator.accessToken,
      body: {
        code: `BENCH-ENROL-${trial}`,
        title: 'Training for overseas officials: municipal solid waste management',
        mode: 'hybrid',
        hostTimeZone: 'Asia/Tokyo',
        capacity,
      },
    });
    if (res.status !== 201) throw new Error(`programme: ${res.status} ${JSON.stringify(res.body)}`);
    const names = ['Nguyễn Thị Minh', 'Aminath Shifaza', '김민준', 'สมชาย ใจดี', 'Lin Mei-hua'];
    const zones = ['Asia/Ho_Chi_Minh', 'Indian/Maldives', 'Asia/Seoul', 'Asia/Bangkok', 'Asia/Taipei'];
    const locales = ['vi', 'dv', 'ko', 'th', 'zh-TW'];
    const people = Array.from({ length: n }, (_, k) => ({
      email: `trainee-${trial}-${k}@bench.example`,
      displayName: `${names[k % 5]} ${k}`,
      locale: locales[k % 5]!,
      timeZone: zones[k % 5]!,
    }));
    return { programmeId: res.body.id, people };
  }

  const subject = async () => {
    const { programmeId, people } = await prepare();
    const csv =
      'email,display_name,locale,time_zone\n' +
      people.map((p) => `${p.email},${p.displayName},${p.locale},${p.timeZone}\n`).join('');
    const started = performance.now();
    const res = await fetch(`${apiUrl}/api/v1/programmes/${programmeId}/enrolments/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${coordinator.accessToken}`, 'content-type': 'text/csv' },
      body: csv,
    });
    const report = (await res.json()) as { enrolled: number; waitlisted: number; accountsCreated: number };
    const seconds = (performance.now() - started) / 1000;
    if (res.status !== 200 || report.enrolled !== capacity || report.waitlisted !== n - capacity)
      throw new Error(`import: ${res.status} ${JSON.stringify(report).slice(0, 500)}`);
    return n / seconds;
  };

  const baseline = async () => {
    const { programmeId, people } = await prepare();
    const started = performance.now();
    // The same ids as Kenshu makes (time-ordered), and the same statements queued at once on the connection.
    const ids = people.map(() => orderedUuid());
    const waitlistedFrom = Date.now();
    const insert = (sql: string, rows: unknown[][]) => {
      const statements = [];
      for (let i = 0; i < rows.length; i += 1000) statements.push(bare.query(sql, [rows.slice(i, i + 1000)]));
      return statements;
    };
    await bare.beginTransaction();
    await Promise.all([
      ...insert(
        `INSERT INTO user (id, email, display_name, locale, time_zone, status) VALUES ?`,
        people.map((p, k) => [ids[k], p.email, p.displayName, p.locale, p.timeZone, 'invited']),
      ),
      ...insert(
        `INSERT INTO user_role (user_id, role) VALUES ?`,
        ids.map((id) => [id, 'trainee']),
      ),
      ...insert(
        `INSERT INTO enrolment (id, programme_id, user_id, status, waitlisted_at) VALUES ?`,
        ids.map((id, k) => [
          orderedUuid(),
          programmeId,
          id,
          k >= capacity ? 'waitlisted' : 'invited',
          k >= capacity ? new Date(waitlistedFrom + k) : null,
        ]),
      ),
    ]);
    await bare.commit();
    return n / ((performance.now() - started) / 1000);
  };

  try {
    const result = await compare(
      {
        scenario: `POST /api/v1/programmes/{id}/enrolments/import, ${n.toLocaleString('en-US')} new trainees from CSV (${(n - capacity).toLocaleString('en-US')} over capacity)`,
        unit: 'trainees/s',
        baseline: { name: 'bare mysql2 multi-row INSERTs of users, roles, enrolments', run: baseline },
        subject: { name: 'Nest + Fastify API, checked, with invitations, outbox and audit', run: subject },
        rounds: sizes.rounds,
        goal: 1 / 3,
      },
      log,
    );
    return [result];
  } finally {
    await bare.end();
    await api.stop();
  }
}

/**
 * A trainee's schedule: GET /api/v1/me/schedule for a trainee in Copenhagen with 60 sessions of two Tokyo
 * programmes in the window (timed ones with their local and host times across Copenhagen's change of
 * 2027-03-28, all-day visits, cancelled webinars; ten more sessions outside it), against bare Fastify +
 * mysql2 running the same token check, the same two queries and the same luxon formatting, returning the
 * same JSON (checked before measuring).
 */
async function schedule(ds: DataSource): Promise<Result[]> {
  const apiPort = await freePort();
  const api = new KenshuProcess(
    'api',
    { ...env, PORT: String(apiPort), PUBLIC_URL: `http://127.0.0.1:${apiPort}` },
    pinned,
  ).start();
  await api.waitForOutput(/kenshu-api listening/);
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const coordinator = await signIn(apiUrl, DEMO.coordinator, base.demo.password);
  const email = `schedule-${Date.now()}@bench.example`;
  const traineeId = randomUUID();
  await ds.query(
    `INSERT INTO user (id, email, display_name, locale, time_zone, status, password_hash)
     SELECT ?, ?, 'Mette Sørensen', 'da', 'Europe/Copenhagen', 'active', password_hash FROM user WHERE email = ?`,
    [traineeId, email, DEMO.trainee],
  );
  await ds.query(`INSERT INTO user_role (user_id, role) VALUES (?, 'trainee')`, [traineeId]);
  const programmes: string[] = [];
  for (const code of ['BENCH-SCHEDULE-A', 'BENCH-SCHEDULE-B']) {
    const res = await call<{ id: string }>(apiUrl, 'POST', '/api/v1/programmes', {
      token: coordinator.accessToken,
      body: { code, title: 'Circular economy for island cities', mode: 'hybrid', hostTimeZone: 'Asia/Tokyo' },
    });
    if (res.status !== 201) throw new Error(`programme: ${res.status} ${JSON.stringify(res.body)}`);
    programmes.push(res.body.id);
    await ds.query(`INSERT INTO enrolment (id, programme_id, user_id, status) VALUES (?, ?, ?, 'active')`, [
      randomUUID(),
      res.body.id,
      traineeId,
    ]);
  }
  const kinds = ['lecture', 'webinar', 'meeting', 'workshop'] as const;
  const first = Date.UTC(2027, 0, 11, 0, 30);
  const sessions = Array.from({ length: 70 }, (_, k) => {
    // Sixty every 36 hours from 2027-01-11 (09:30 in Tokyo), then ten in 2026, outside the window.
    const startsAt = new Date(k < 60 ? first + k * 36 * 3_600_000 : Date.UTC(2026, 5, k - 50, 1));
    const allDay = k % 10 === 9;
    const kind = allDay ? 'site_visit' : kinds[k % 4]!;
    return [
      randomUUID(),
      programmes[k % 2],
      kind,
      `Session ${k + 1}: separation, collection and recycling`,
      allDay ? null : startsAt,
      allDay ? null : new Date(startsAt.getTime() + 90 * 60_000),
      'Asia/Tokyo',
      allDay ? startsAt.toISOString().slice(0, 10) : null,
      allDay ? new Date(startsAt.getTime() + 86_400_000).toISOString().slice(0, 10) : null,
      kind === 'lecture' ? 'Room 501' : null,
      k % 15 === 1 ? 'cancelled' : 'scheduled',
      kind === 'webinar' ? `https://meet.example/bench-${k}` : null,
      kind === 'webinar' ? '+81 3 0000 0000' : null,
    ];
  });
  await ds.query(
    `INSERT INTO session (id, programme_id, kind, title, starts_at, ends_at, time_zone, all_day_from, all_day_to,
       room, status, meeting_url, dial_in) VALUES ?`,
    [sessions],
  );
  const trainee = await signIn(apiUrl, email, base.demo.password);
  const barePort = await freePort();
  const bare = await startChild(
    'bare-fastify-schedule.js',
    [String(barePort), databaseUrl, String(base.database.poolSize)],
    /listening/,
    pinned,
    { APP_SECRET: env.APP_SECRET },
  );
  const bareUrl = `http://127.0.0.1:${barePort}`;
  const path = '/api/v1/me/schedule?from=2027-01-04&to=2027-05-02';
  const [fromApi, fromBare] = await Promise.all(
    [apiUrl, bareUrl].map((url) =>
      call<{ items: unknown[] }>(url, 'GET', path, { token: trainee.accessToken }),
    ),
  );
  if (
    fromApi.status !== 200 ||
    fromApi.body.items.length !== 60 ||
    !isDeepStrictEqual(fromApi.body, fromBare.body)
  )
    throw new Error(
      `GET ${path}: the baseline answers otherwise than the API:\n${JSON.stringify(fromApi).slice(0, 2000)}\n${JSON.stringify(fromBare).slice(0, 2000)}`,
    );
  pinSelf('0');
  const headers = { authorization: `Bearer ${trainee.accessToken}` };
  const trial = `${sizes.connections} connections, ${sizes.seconds} s a trial${canPin ? ', server pinned to a core' : ''}`;
  try {
    const result = await compare(
      {
        scenario: `GET /api/v1/me/schedule, 60 sessions in the trainee's and the host's zone (${trial})`,
        unit: 'req/s',
        baseline: {
          name: 'bare Fastify + jsonwebtoken + mysql2 + luxon, same queries',
          run: () => loadTest(`${bareUrl}${path}`, 200, { headers }),
        },
        subject: {
          name: 'Nest + Fastify API',
          run: () => loadTest(`${apiUrl}${path}`, 200, { headers }),
        },
        rounds: sizes.rounds,
        goal: 0.5,
      },
      log,
    );
    return [result];
  } finally {
    pinSelf(`0-${os.cpus().length - 1}`);
    await api.stop();
    bare.kill('SIGTERM');
  }
}

async function machine(ds: DataSource): Promise<string> {
  const [{ version }] = await ds.query('SELECT VERSION() AS version');
  const redis = new Redis(base.redis.url);
  const info = await redis.info('server');
  redis.disconnect();
  const cpus = os.cpus();
  return [
    `${new Date().toISOString().slice(0, 10)}, ${cpus.length} × ${cpus[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    `Node ${process.versions.node}, ${version}, Redis ${/redis_version:(\S+)/.exec(info)?.[1]}`,
  ].join('; ');
}

async function main(): Promise<void> {
  const ds = await freshDatabase();
  try {
    const results: Result[] = [];
    if (!only || only === 'http') results.push(...(await http()));
    if (!only || only === 'auth') results.push(...(await auth(ds)));
    if (!only || only === 'outbox') results.push(...(await outbox(ds)));
    if (!only || only === 'enrol') results.push(...(await enrol()));
    if (!only || only === 'schedule') results.push(...(await schedule(ds)));
    if (!only || only === 'materials') {
      const bench: MaterialBench = {
        quick,
        rounds: sizes.rounds,
        trainees: sizes.trainees,
        env,
        ds,
        redisUrl: base.redis.url,
        concurrency: String(base.worker.concurrency),
        demoPassword: base.demo.password,
        log,
        startChild,
        pinned,
        pinSelf,
      };
      results.push(...(await materialEmails(bench)), ...(await materialFiles(bench)));
    }
    if (!only || only === 'assessments')
      results.push(...(await assessmentRegrade({ quick, rounds: sizes.rounds, env, databaseUrl, ds, log })));
    if (!only || only === 'completion')
      results.push(
        ...(await completionEvaluation({ quick, rounds: sizes.rounds, env, databaseUrl, ds, log })),
      );
    if (!only || only === 'exports')
      results.push(...(await exportsBench({ quick, rounds: sizes.rounds, env, databaseUrl, ds, log })));
    if (!only || only === 'surveys')
      results.push(...(await surveyAggregation({ quick, rounds: sizes.rounds, env, databaseUrl, ds, log })));
    const table = `${markdownTable(results)}\n\n${await machine(ds)}${quick ? ' (--quick: smoke run, not figures)' : ''}\n`;
    console.log(`\n${table}`);
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    const file = join(
      ROOT,
      'bench/results',
      `${new Date().toISOString().replace(/[:.]/g, '-')}${quick ? '-quick' : ''}.md`,
    );
    writeFileSync(file, table);
    log(`written to ${file}`);
    if (!quick && results.some((r) => !r.met)) {
      log(
        `goal missed: ${results
          .filter((r) => !r.met)
          .map((r) => r.scenario)
          .join('; ')}`,
      );
      process.exitCode = 1;
    }
  } finally {
    await ds.destroy();
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    await forgetRedisKeys();
  }
}

/** Deletes every key of this run's prefixes (the workers' queues, the bare baselines, heartbeats). */
async function forgetRedisKeys(): Promise<void> {
  const redis = new Redis(base.redis.url);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 5000);
    if (keys.length > 0) await redis.unlink(...keys);
    cursor = next;
  } while (cursor !== '0');
  redis.disconnect();
}

main().catch((error) => {
  console.error(error);
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  process.exit(1);
});
