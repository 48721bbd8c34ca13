import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '@kenshu/config';
import { QueueService, outboxJobId, type BulkJob, type JobName, type QueueName } from '@kenshu/queue';

interface PendingRow {
  id: string | number;
  queue: QueueName;
  jobName: JobName;
  payload: string;
}

const ADD_TIMEOUT_MS = 5000;
const DAY_MS = 24 * 3600 * 1000;
/** Failed BullMQ jobs are kept seven days (DEFAULT_JOB_OPTIONS); redelivery looks back a day less. */
const REDELIVERY_HORIZON_MS = 6 * DAY_MS;
const PURGE_EVERY_MS = 3600 * 1000;
const PURGE_CHUNK = 5000;

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Turns committed outbox rows into BullMQ jobs. Each batch is claimed with `FOR UPDATE SKIP LOCKED`
 * (several workers share the work), added with job ids derived from the rows, and marked relayed in the
 * same transaction. If Redis is away the transaction rolls back and the rows wait; if the worker dies
 * after adding but before committing, the next claim adds the same job ids again, which BullMQ ignores.
 * Rows relayed long ago whose job neither finished nor failed are relayed again (Redis lost them), and
 * finished rows are purged after OUTBOX_RETENTION_DAYS.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private failures = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: QueueService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  /** Sleeps `ms`, or less if shutdown starts meanwhile. */
  private pause(ms: number): Promise<void> {
    const controller = new AbortController();
    this.wake = () => controller.abort();
    return sleep(ms, undefined, { signal: controller.signal }).catch(() => undefined);
  }

  private async run(): Promise<void> {
    const { batchSize, pollMs, redeliverAfterS } = this.config.outbox;
    const redeliveryEveryMs = Math.min(redeliverAfterS * 1000, 60_000);
    let nextRedelivery = Date.now() + redeliveryEveryMs;
    let nextPurge = Date.now();
    while (this.running) {
      try {
        if (Date.now() >= nextRedelivery) {
          const again = await this.redeliverStale();
          if (again > 0) this.logger.warn(`relayed ${again} unfinished outbox rows again (lost by Redis?)`);
          nextRedelivery = Date.now() + redeliveryEveryMs;
        }
        if (Date.now() >= nextPurge) {
          const purged = await this.purgeFinished();
          if (purged > 0) this.logger.log(`purged ${purged} finished outbox rows`);
          nextPurge = Date.now() + PURGE_EVERY_MS;
        }
        const relayed = await this.relayBatch();
        if (this.failures > 0) this.logger.log(`relaying again after ${this.failures} failed attempts`);
        this.failures = 0;
        if (relayed < batchSize) await this.pause(pollMs);
      } catch (error) {
        this.failures += 1;
        if (this.failures === 1 || this.failures % 20 === 0) {
          this.logger.warn(
            `outbox relay failed (${this.failures}x), will retry: ${(error as Error).message}`,
          );
        }
        await this.pause(Math.min(pollMs * 2 ** Math.min(this.failures, 5), 5000));
      }
    }
  }

  /** Claims, adds and marks one batch of rows never relayed; returns how many it relayed. */
  relayBatch(): Promise<number> {
    return this.relay(
      `SELECT id, queue, job_name AS jobName, payload FROM outbox
        WHERE relayed_at IS NULL AND available_at <= ?
        ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED`,
      [new Date(), this.config.outbox.batchSize],
    );
  }

  /**
   * Looks again at the rows relayed more than `olderThanS` ago whose job neither finished nor failed, as
   * far as the database knows. BullMQ says what became of each: completed (a non-transactional job whose
   * batched mark was lost) or failed (its failure not recorded) is written down; anything else is relayed
   * again. A job still in Redis keeps its id, so BullMQ ignores the second add; one that Redis lost (a
   * restart without its data) is added anew. A row whose job is running now is locked by it and skipped.
   */
  redeliverStale(olderThanS = this.config.outbox.redeliverAfterS): Promise<number> {
    const now = Date.now();
    return this.relay(
      `SELECT id, queue, job_name AS jobName, payload FROM outbox
        WHERE processed_at IS NULL AND failed_at IS NULL AND relayed_at BETWEEN ? AND ?
        ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED`,
      [
        new Date(now - REDELIVERY_HORIZON_MS),
        new Date(now - olderThanS * 1000),
        this.config.outbox.batchSize,
      ],
      true,
    );
  }

  /** Deletes rows that finished (done or finally failed) more than OUTBOX_RETENTION_DAYS ago. */
  async purgeFinished(): Promise<number> {
    const before = new Date(Date.now() - this.config.outbox.retentionDays * DAY_MS);
    let purged = 0;
    for (const column of ['processed_at', 'failed_at']) {
      for (;;) {
        const result: { affectedRows: number } = await this.dataSource.query(
          `DELETE FROM outbox WHERE ${column} < ? LIMIT ${PURGE_CHUNK}`,
          [before],
        );
        purged += result.affectedRows;
        if (result.affectedRows < PURGE_CHUNK || !this.running) break;
      }
    }
    return purged;
  }

  private relay(select: string, parameters: unknown[], settleFirst = false): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      let rows: PendingRow[] = await em.query(select, parameters);
      if (rows.length === 0) return 0;
      if (settleFirst) rows = await this.settle(em, rows);
      if (rows.length === 0) return 0;

      const byQueue = new Map<QueueName, BulkJob[]>();
      for (const row of rows) {
        const outboxId = String(row.id);
        const jobs = byQueue.get(row.queue) ?? [];
        jobs.push({
          name: row.jobName,
          data: { payload: JSON.parse(row.payload), outboxId },
          opts: { jobId: outboxJobId(outboxId) },
        });
        byQueue.set(row.queue, jobs);
      }
      for (const [queue, jobs] of byQueue) {
        await withTimeout(
          this.queues.addBulk(queue, jobs),
          ADD_TIMEOUT_MS,
          `adding ${jobs.length} jobs to ${queue}`,
        );
      }
      await em.query(`UPDATE outbox SET relayed_at = ? WHERE id IN (?)`, [new Date(), rows.map((r) => r.id)]);
      return rows.length;
    });
  }

  /** Records the rows whose job BullMQ completed or failed; returns the rest, to be relayed again. */
  private async settle(em: EntityManager, rows: PendingRow[]): Promise<PendingRow[]> {
    const rest: PendingRow[] = [];
    const now = new Date();
    for (const queue of new Set(rows.map((r) => r.queue))) {
      const ofQueue = rows.filter((r) => r.queue === queue);
      const states = await withTimeout(
        this.queues.jobStates(
          queue,
          ofQueue.map((r) => outboxJobId(String(r.id))),
        ),
        ADD_TIMEOUT_MS,
        `reading ${ofQueue.length} job states on ${queue}`,
      );
      const completed: PendingRow['id'][] = [];
      for (const [i, row] of ofQueue.entries()) {
        const { state, failedReason } = states[i];
        if (state === 'completed') completed.push(row.id);
        else if (state === 'failed')
          await em.query(`UPDATE outbox SET failed_at = ?, last_error = ? WHERE id = ?`, [
            now,
            (failedReason ?? 'failed in BullMQ').slice(0, 1000),
            row.id,
          ]);
        else rest.push(row);
      }
      if (completed.length > 0)
        await em.query(`UPDATE outbox SET processed_at = ? WHERE id IN (?)`, [now, completed]);
    }
    return rest;
  }
}
