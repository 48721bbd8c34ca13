import type { DataSource } from 'typeorm';
import { TransactionService } from '@kenshu/database';
import { ProbesService, createDataSource } from '@kenshu/domain';
import { OutboxService } from '@kenshu/queue';
import {
  queueJobCounts,
  startWorker,
  testConfig,
  testQueuePrefix,
  until,
  type KenshuProcess,
  settleLeftoverOutbox,
} from '@kenshu/testing';

/** Jobs through the real worker: non-transactional batching, final failures, and redelivery settling. */
describe('outbox jobs', () => {
  let ds: DataSource;
  let tx: TransactionService;
  let probes: ProbesService;
  const outbox = new OutboxService();
  const running: KenshuProcess[] = [];

  beforeAll(async () => {
    ds = await createDataSource(testConfig());
    await ds.initialize();
    tx = new TransactionService(ds);
    probes = new ProbesService(tx, outbox);
  });

  beforeEach(async () => {
    await settleLeftoverOutbox(ds);
  });

  afterEach(async () => {
    await Promise.all(running.splice(0).map((p) => p.stop()));
  });

  afterAll(async () => {
    await ds.destroy();
  });

  const mark = async (): Promise<number> =>
    Number((await ds.query(`SELECT COALESCE(MAX(id), 0) AS id FROM outbox`))[0].id);
  const rowsAfter = (
    id: number,
  ): Promise<{ id: string; processed: number; failed: number; lastError: string }[]> =>
    ds.query(
      `SELECT id, processed_at IS NOT NULL AS processed, failed_at IS NOT NULL AS failed, last_error AS lastError
         FROM outbox WHERE id > ? ORDER BY id`,
      [id],
    );

  it('runs a non-transactional job and marks its rows done in batches', async () => {
    const prefix = testQueuePrefix('noop');
    const from = await mark();
    await tx.run((em) =>
      outbox.addMany(
        em,
        'check-pipeline',
        Array.from({ length: 1200 }, () => ({})),
      ),
    );
    running.push(await startWorker({ QUEUE_PREFIX: prefix }));
    const rows = await until(
      'every row done',
      () => rowsAfter(from),
      (r) => r.every((x) => Number(x.processed)),
    );
    expect(rows).toHaveLength(1200);
    expect((await queueJobCounts(prefix)).completed).toBe(1200);
  });

  it('records a final failure on the outbox row and does not relay it again', async () => {
    const prefix = testQueuePrefix('fail');
    const from = await mark();
    const [probeId] = await probes.send(1, `fail-${Date.now()}`, { fail: true });
    running.push(await startWorker({ QUEUE_PREFIX: prefix, OUTBOX_REDELIVER_AFTER_S: '1' }));
    const [row] = await until(
      'the failure recorded',
      () => rowsAfter(from),
      (r) => r.length === 1 && !!Number(r[0].failed),
    );
    expect(row).toMatchObject({ processed: 0, lastError: `probe ${probeId} was asked to fail` });
    await new Promise((r) => setTimeout(r, 2500)); // two redelivery rounds
    expect(await queueJobCounts(prefix)).toMatchObject({ failed: 1, wait: 0, delayed: 0, active: 0 });
  });

  it('settles rows whose completion was never recorded, without running them again', async () => {
    const prefix = testQueuePrefix('settle');
    const label = `settle-${Date.now()}`;
    const from = await mark();
    await probes.send(20, label);
    const worker = await startWorker({ QUEUE_PREFIX: prefix });
    running.push(worker);
    await until(
      'every probe ran',
      () => probes.stats(label),
      (s) => s.processed === 20,
    );
    await worker.stop();
    // As if the marks were lost: BullMQ holds the jobs as completed, the rows say nothing.
    await ds.query(
      `UPDATE outbox SET processed_at = NULL, relayed_at = NOW(3) - INTERVAL 10 SECOND WHERE id > ?`,
      [from],
    );
    running.push(await startWorker({ QUEUE_PREFIX: prefix, OUTBOX_REDELIVER_AFTER_S: '1' }));
    const rows = await until(
      'the rows settled',
      () => rowsAfter(from),
      (r) => r.every((x) => Number(x.processed)),
    );
    expect(rows).toHaveLength(20);
    expect(await probes.stats(label)).toEqual({ total: 20, processed: 20, ranTwice: 0 });
    expect((await queueJobCounts(prefix)).completed).toBe(20);
  });
});
