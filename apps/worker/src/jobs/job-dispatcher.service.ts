import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '@kenshu/config';
import {
  JOB_HANDLER,
  JOB_NAMES,
  JOB_QUEUES,
  OutboxEntity,
  QUEUE_NAMES,
  createRedis,
  type JobContext,
  type JobEnvelope,
  type JobHandlerMetadata,
  type JobName,
  type QueueName,
} from '@kenshu/queue';
import { OutboxCompletions } from './outbox-completions.service.js';

type HandlerFn = (payload: unknown, context: JobContext) => Promise<void>;
interface Handler {
  run: HandlerFn;
  transactional: boolean;
}

export class JobHandlerRegistryError extends Error {}

/**
 * Finds the one `@JobHandler` of every job (start-up fails on a missing or doubled one), runs one BullMQ
 * worker per queue, and runs each job in a transaction that also records it done: an outbox job that
 * comes again (relayed twice, or re-run after a crash) finds `processed_at` set and does nothing.
 */
@Injectable()
export class JobDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobDispatcher.name);
  private readonly handlers = new Map<JobName, Handler>();
  private readonly workers: Worker[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly completions: OutboxCompletions,
  ) {}

  /** Builds the name → handler map; throws naming every job with no handler or more than one. */
  discoverHandlers(): Map<JobName, Handler> {
    const found = new Map<JobName, { handler: Handler; where: string }[]>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const fn = instance[method] as HandlerFn;
        const meta = this.reflector.get<JobHandlerMetadata | undefined>(JOB_HANDLER, fn);
        if (!meta) continue;
        const list = found.get(meta.name) ?? [];
        list.push({
          handler: { run: fn.bind(instance), transactional: meta.transactional },
          where: `${instance.constructor.name}.${method}`,
        });
        found.set(meta.name, list);
      }
    }
    const problems: string[] = [];
    for (const name of JOB_NAMES) {
      const list = found.get(name) ?? [];
      if (list.length === 0) problems.push(`job "${name}" has no handler`);
      if (list.length > 1)
        problems.push(`job "${name}" has ${list.length} handlers: ${list.map((h) => h.where).join(', ')}`);
    }
    for (const name of found.keys()) {
      if (!JOB_NAMES.includes(name)) problems.push(`handler for unknown job "${name}"`);
    }
    if (problems.length > 0)
      throw new JobHandlerRegistryError(`Job handlers do not match the registry: ${problems.join('; ')}`);
    return new Map([...found].map(([name, list]) => [name, list[0].handler]));
  }

  onApplicationBootstrap(): void {
    for (const [name, handler] of this.discoverHandlers()) this.handlers.set(name, handler);
    for (const queue of QUEUE_NAMES) this.workers.push(this.startWorker(queue));
    this.logger.log(`processing ${QUEUE_NAMES.join(', ')} with ${this.handlers.size} job handlers`);
  }

  private startWorker(queue: QueueName): Worker {
    const worker = new Worker(queue, (job, _token, signal) => this.process(job, signal), {
      connection: createRedis(this.config.redis.url, 'worker', `kenshu-worker-${queue}`),
      prefix: this.config.redis.prefix,
      concurrency: this.config.worker.concurrency,
      lockDuration: this.config.worker.lockMs,
      stalledInterval: this.config.worker.lockMs,
      autorun: true,
    });
    worker.on('failed', (job, error) => {
      if (!job) return;
      const final = error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
      this.logger.warn(
        `${queue}/${job.name} ${job.id} failed (attempt ${job.attemptsMade}${final ? ', final' : ''}): ${error.message}`,
      );
      if (final) void this.recordFinalFailure(job as Job<JobEnvelope>, error);
    });
    worker.on('error', (error) => this.logger.warn(`${queue} worker: ${error.message}`));
    return worker;
  }

  async process(job: Job<JobEnvelope>, signal?: AbortSignal): Promise<void> {
    const name = job.name as JobName;
    const handler = this.handlers.get(name);
    if (!handler || JOB_QUEUES[name] !== job.queueName) {
      throw new UnrecoverableError(`no handler for job "${job.name}" on queue "${job.queueName}"`);
    }
    const attempts = job.opts.attempts ?? 1;
    const attempt = job.attemptsMade + 1;
    const outboxId = job.data.outboxId;
    const context = (manager: EntityManager): JobContext => ({
      manager,
      job,
      attempt,
      isFinalAttempt: attempt >= attempts,
      signal: signal ?? new AbortController().signal,
    });

    if (!handler.transactional) {
      await handler.run(job.data.payload, context(this.dataSource.manager));
      if (outboxId !== undefined) this.completions.add(outboxId);
      return;
    }
    await this.dataSource.transaction(async (manager) => {
      if (outboxId !== undefined) {
        // Marks the row done and holds its lock until commit. A repeat of the same row (relayed twice,
        // or run again after a crash) waits for that lock, then matches nothing and does nothing; a
        // handler that throws rolls the mark back with its own writes.
        const claimed: { affectedRows: number } = await manager.query(
          `UPDATE outbox SET processed_at = ? WHERE id = ? AND processed_at IS NULL`,
          [new Date(), outboxId],
        );
        if (claimed.affectedRows === 0) return;
      }
      signal?.throwIfAborted();
      await handler.run(job.data.payload, context(manager));
      signal?.throwIfAborted();
    });
  }

  /** The job used its last attempt: the outbox row says so (and is not relayed again). */
  private async recordFinalFailure(job: Job<JobEnvelope>, error: Error): Promise<void> {
    const outboxId = job.data.outboxId;
    if (outboxId === undefined) return;
    await this.dataSource
      .createQueryBuilder()
      .update(OutboxEntity)
      .set({ failedAt: new Date(), lastError: error.message.slice(0, 1000) })
      .where('id = :outboxId AND processed_at IS NULL', { outboxId })
      .execute()
      .catch((e: Error) => this.logger.error(`could not record the failure of ${job.id}: ${e.message}`));
  }

  /**
   * Stops taking jobs and lets the active ones finish; past the bound they are cancelled (their
   * transaction rolls back, the attempt fails and BullMQ retries it later on a live worker).
   */
  async onApplicationShutdown(): Promise<void> {
    const bound = this.config.shutdownTimeoutMs;
    await Promise.all(
      this.workers.map(async (worker) => {
        const closing = worker.close();
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), bound)));
        if ((await Promise.race([closing, late])) === 'late') {
          this.logger.warn(`${worker.name}: active jobs still running after ${bound} ms; cancelling them`);
          worker.cancelAllJobs('worker shutting down');
          await Promise.race([closing, new Promise((r) => setTimeout(r, 2000))]);
          await worker.close(true);
        }
        clearTimeout(timer);
        await worker.disconnect();
      }),
    );
    await this.completions.flush();
  }
}
