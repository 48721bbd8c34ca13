import type { DataSource } from 'typeorm';
import { TransactionService } from '@kenshu/database';
import { ProbesService, createDataSource } from '@kenshu/domain';
import { OutboxService } from '@kenshu/queue';
import {
  SmtpSink,
  TestRedis,
  sleep,
  startApi,
  startWorker,
  testConfig,
  testQueuePrefix,
  queueJobCounts,
  until,
  type KenshuProcess,
  settleLeftoverOutbox,
} from '@kenshu/testing';

/**
 * The outbox's promises, checked against the real built processes, MariaDB/MySQL, Redis and SMTP:
 * a worker killed mid-batch, Redis away while the API writes, Redis restarting empty, and shutdown.
 */
describe('outbox under faults', () => {
  let ds: DataSource;
  let probes: ProbesService;
  const running: KenshuProcess[] = [];

  beforeAll(async () => {
    ds = await createDataSource(testConfig());
    await ds.initialize();
    probes = new ProbesService(new TransactionService(ds), new OutboxService());
  });

  beforeEach(async () => {
    await settleLeftoverOutbox(ds);
  });

  afterEach(async () => {
    await Promise.all(running.splice(0).map((p) => p.stop('SIGKILL')));
  });

  afterAll(async () => {
    await ds.destroy();
  });

  /** The highest outbox id so far: rows above it belong to the test that took it (tests run serially). */
  const outboxMark = async (): Promise<number> =>
    Number((await ds.query(`SELECT COALESCE(MAX(id), 0) AS id FROM outbox`))[0].id);

  /** The outbox rows of one queue written since `mark` (a worker's pollers may add their own meanwhile). */
  const outboxState = async (mark: number, queue: 'system' | 'mail' = 'system') => {
    const [row] = await ds.query(
      `SELECT COUNT(*) AS total, COALESCE(SUM(relayed_at IS NOT NULL), 0) AS relayed,
              COALESCE(SUM(processed_at IS NOT NULL), 0) AS processed, COALESCE(SUM(failed_at IS NOT NULL), 0) AS failed
         FROM outbox WHERE id > ? AND queue = ?`,
      [mark, queue],
    );
    return {
      total: Number(row.total),
      relayed: Number(row.relayed),
      processed: Number(row.processed),
      failed: Number(row.failed),
    };
  };

  const jobsIn = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

  it('loses no outbox row and runs no job twice when the worker is SIGKILLed mid-batch', async () => {
    const label = `kill-${Date.now()}`;
    const total = 2000;
    const prefix = testQueuePrefix('kill');
    const env = {
      QUEUE_PREFIX: prefix,
      OUTBOX_BATCH_SIZE: '50',
      WORKER_CONCURRENCY: '8',
      WORKER_LOCK_MS: '2000',
    };
    const mark = await outboxMark();
    await probes.send(total, label);

    // Marking a batch relayed takes ~0.5 s: the window between "jobs added to Redis" and "commit".
    await ds.query(`CREATE TRIGGER test_slow_relay BEFORE UPDATE ON outbox FOR EACH ROW
      BEGIN IF OLD.relayed_at IS NULL AND NEW.relayed_at IS NOT NULL THEN DO SLEEP(0.01); END IF; END`);
    let atKill: { relayed: number; jobs: number };
    try {
      const first = await startWorker(env);
      running.push(first);
      const seen = await until(
        'a batch in Redis but not yet committed',
        async () => ({
          relayed: (await outboxState(mark)).relayed,
          jobs: jobsIn(await queueJobCounts(prefix)),
        }),
        (s) => s.relayed >= 100 && s.jobs > s.relayed,
        60_000,
        5,
      );
      await first.stop('SIGKILL');
      atKill = { relayed: (await outboxState(mark)).relayed, jobs: jobsIn(await queueJobCounts(prefix)) };
      expect(seen.jobs).toBeGreaterThan(seen.relayed);
    } finally {
      await ds.query(`DROP TRIGGER IF EXISTS test_slow_relay`);
    }
    // The kill landed mid-batch: Redis holds jobs whose rows the dead relay never marked relayed.
    expect(atKill.jobs).toBeGreaterThan(atKill.relayed);
    expect(atKill.relayed).toBeLessThan(total);

    running.push(await startWorker(env));
    const stats = await until(
      'every probe to run',
      () => probes.stats(label),
      (s) => s.processed === total,
      90_000,
    );
    expect(stats).toEqual({ total, processed: total, ranTwice: 0 });
    // Every row of the queue since the mark: the probes, and whatever the worker's own pollers wrote meanwhile
    // (completion evaluations for the attendance it swept, say) — none lost, none failed.
    const state = await until(
      'every outbox row to be processed',
      () => outboxState(mark),
      (o) => o.processed + o.failed === o.total,
      30_000,
    );
    expect(state.total).toBeGreaterThanOrEqual(total);
    expect(state).toEqual({ total: state.total, relayed: state.total, processed: state.total, failed: 0 });
    // One BullMQ job per outbox row: the re-added batch did not make new jobs.
    const counts = await until(
      'BullMQ to record every completion',
      () => queueJobCounts(prefix),
      (c) => c.completed >= state.total,
      10_000,
    );
    expect(counts).toEqual({
      completed: state.total,
      failed: 0,
      active: 0,
      wait: 0,
      delayed: 0,
      prioritized: 0,
    });
  });

  it('accepts writes while Redis is down and delivers them once Redis is back', async () => {
    const ownRedis = await TestRedis.create();
    const smtp = await new SmtpSink().start();
    try {
      await ownRedis.start();
      const env = {
        REDIS_URL: ownRedis.url,
        SMTP_URL: smtp.url,
        QUEUE_PREFIX: testQueuePrefix('redis-down'),
      };
      const api = await startApi(env);
      running.push(api);
      running.push(await startWorker(env));

      await ownRedis.stop();
      const ready = await until(
        'readiness to notice',
        () => fetch(`${api.url}/health/ready`).then((r) => r.status),
        (s) => s !== 200,
        10_000,
      );
      expect(ready).toBe(503);

      const emails = [
        'trainee@kenshu.example',
        'trainee.seoul@kenshu.example',
        'trainee.aarhus@kenshu.example',
      ];
      const mark = await outboxMark();
      for (const email of emails) {
        const res = await fetch(`${api.url}/api/v1/auth/password-reset`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email }),
        });
        expect(res.status).toBe(202);
      }
      await sleep(1000);
      expect(await outboxState(mark, 'mail')).toMatchObject({ total: emails.length, relayed: 0 });
      expect(smtp.messages).toHaveLength(0);

      await ownRedis.start(); // a new, empty Redis: nothing was relayed while it was away
      const received = await smtp.waitFor(emails.length, 30_000);
      await sleep(1000); // anything doubled would arrive now
      expect(smtp.messages).toHaveLength(emails.length);
      expect(received.map((m) => (m.to as { text: string }).text).sort()).toEqual([...emails].sort());
      expect(await outboxState(mark, 'mail')).toEqual({
        total: emails.length,
        relayed: emails.length,
        processed: emails.length,
        failed: 0,
      });
    } finally {
      await smtp.stop();
      await Promise.all(running.splice(0).map((p) => p.stop('SIGKILL')));
      await ownRedis.stop();
    }
  });

  it('relays again, once, the jobs a restarted Redis lost', async () => {
    const ownRedis = await TestRedis.create();
    try {
      await ownRedis.start();
      const label = `lost-${Date.now()}`;
      const total = 60;
      const mark = await outboxMark();
      await probes.send(total, label, { holdMs: 100 });
      running.push(
        await startWorker({
          REDIS_URL: ownRedis.url,
          QUEUE_PREFIX: testQueuePrefix('lost'),
          WORKER_CONCURRENCY: '2',
          OUTBOX_REDELIVER_AFTER_S: '1',
        }),
      );
      await until(
        'some probes done, all relayed',
        async () => ({ ...(await outboxState(mark)), ...(await probes.stats(label)) }),
        (s) => s.relayed >= total && s.processed >= 10,
      );
      await ownRedis.stop(); // no persistence: every waiting job is gone
      await ownRedis.start();
      const lost = await probes.stats(label);
      expect(lost.processed).toBeLessThan(total);

      const stats = await until(
        'every probe to run',
        () => probes.stats(label),
        (s) => s.processed === total,
      );
      expect(stats).toEqual({ total, processed: total, ranTwice: 0 });
      const state = await until(
        'every outbox row to be processed',
        () => outboxState(mark),
        (o) => o.processed + o.failed === o.total,
      );
      expect(state.total).toBeGreaterThanOrEqual(total);
      expect(state.failed).toBe(0);
    } finally {
      await Promise.all(running.splice(0).map((p) => p.stop('SIGKILL')));
      await ownRedis.stop();
    }
  });

  /** A worker running one probe that holds `holdMs`; once the job is active, SIGTERM. */
  async function sigtermDuringJob(label: string, holdMs: number, env: Record<string, string>) {
    await probes.send(1, label, { holdMs });
    const worker = await startWorker(env);
    running.push(worker);
    await until(
      'the job to be active',
      () => queueJobCounts(env.QUEUE_PREFIX),
      (c) => c.active === 1,
    );
    const started = Date.now();
    await worker.stop('SIGTERM');
    return { worker, stoppedInMs: Date.now() - started };
  }

  it('finishes the active job on SIGTERM before it exits', async () => {
    const label = `drain-${Date.now()}`;
    const env = { QUEUE_PREFIX: testQueuePrefix('drain'), SHUTDOWN_TIMEOUT_MS: '10000' };
    const { worker, stoppedInMs } = await sigtermDuringJob(label, 1500, env);
    expect(stoppedInMs).toBeLessThan(10_000);
    expect(await probes.stats(label)).toEqual({ total: 1, processed: 1, ranTwice: 0 });
    expect(worker.output).not.toMatch(/still running .* exiting now/);
  });

  it('cancels a job that outlives SHUTDOWN_TIMEOUT_MS, and another worker runs it once', async () => {
    const label = `cancel-${Date.now()}`;
    const env = {
      QUEUE_PREFIX: testQueuePrefix('cancel'),
      SHUTDOWN_TIMEOUT_MS: '500',
      WORKER_LOCK_MS: '2000',
    };
    const { stoppedInMs } = await sigtermDuringJob(label, 8000, env);
    // Well before the job's 8 s: it was cancelled, not waited for (and its write was rolled back).
    expect(stoppedInMs).toBeLessThan(6000);
    expect(await probes.stats(label)).toEqual({ total: 1, processed: 0, ranTwice: 0 });

    running.push(await startWorker(env));
    const stats = await until(
      'the job to run',
      () => probes.stats(label),
      (s) => s.processed === 1,
      30_000,
    );
    expect(stats).toEqual({ total: 1, processed: 1, ranTwice: 0 });
  });
});
