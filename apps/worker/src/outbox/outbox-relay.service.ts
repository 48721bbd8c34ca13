import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { AppConfig } from '@kenshu/config';
import { QueueService, outboxJobId, type BulkJob, type JobName, type QueueName } from '@kenshu/queue';

interface PendingRow {
  id: string | number;
  queue: QueueName;
  jobName: JobName;
  payload: string;
}

const ADD_TIMEOUT_MS = 5000;

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
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private running = false;
  private loop?: Promise<void>;
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
    await this.loop;
  }

  private async run(): Promise<void> {
    const { batchSize, pollMs } = this.config.outbox;
    while (this.running) {
      try {
        const relayed = await this.relayBatch();
        if (this.failures > 0) this.logger.log(`relaying again after ${this.failures} failed attempts`);
        this.failures = 0;
        if (relayed < batchSize) await sleep(pollMs);
      } catch (error) {
        this.failures += 1;
        if (this.failures === 1 || this.failures % 20 === 0) {
          this.logger.warn(
            `outbox relay failed (${this.failures}x), will retry: ${(error as Error).message}`,
          );
        }
        await sleep(Math.min(pollMs * 2 ** Math.min(this.failures, 5), 5000));
      }
    }
  }

  /** Claims, adds and marks one batch; returns how many rows it relayed. */
  async relayBatch(): Promise<number> {
    return this.dataSource.transaction('READ COMMITTED', async (em) => {
      const rows: PendingRow[] = await em.query(
        `SELECT id, queue, job_name AS jobName, payload FROM outbox
          WHERE relayed_at IS NULL AND available_at <= ?
          ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED`,
        [new Date(), this.config.outbox.batchSize],
      );
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
}
