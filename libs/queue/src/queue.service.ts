import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { AppConfig } from '@kenshu/config';
import { DEFAULT_JOB_OPTIONS } from './job-options.js';
import {
  JOB_QUEUES,
  QUEUE_NAMES,
  type JobEnvelope,
  type JobName,
  type JobPayloads,
  type QueueName,
} from './job-registry.js';
import { createRedis } from './redis.js';

export interface BulkJob {
  name: JobName;
  data: JobEnvelope;
  opts: JobsOptions & { jobId: string };
}

/**
 * Typed producer for BullMQ. Use it directly only for jobs that follow no write (timers, sweeps);
 * a job that must follow a write goes through OutboxService in the writer's transaction.
 */
@Injectable()
export class QueueService implements OnApplicationShutdown {
  private readonly connection: Redis;
  private readonly queues = new Map<QueueName, Queue>();

  constructor(private readonly config: AppConfig) {
    this.connection = createRedis(config.redis.url, 'producer', 'kenshu-producer');
  }

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        connection: this.connection,
        prefix: this.config.redis.prefix,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      });
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }

  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], opts: JobsOptions = {}): Promise<void> {
    const data: JobEnvelope<N> = { payload };
    await this.queue(JOB_QUEUES[name]).add(name, data, opts);
  }

  /** Adds jobs to their queues; with deterministic job ids a repeated call adds nothing new. */
  async addBulk(queue: QueueName, jobs: BulkJob[]): Promise<void> {
    if (jobs.length > 0) await this.queue(queue).addBulk(jobs);
  }

  /** Where BullMQ has these jobs: 'completed', 'failed' (with the reason), 'unknown' (not there), … */
  async jobStates(
    queue: QueueName,
    jobIds: string[],
  ): Promise<{ jobId: string; state: string; failedReason?: string }[]> {
    const q = this.queue(queue);
    return Promise.all(
      jobIds.map(async (jobId) => {
        const state = await q.getJobState(jobId);
        const failedReason = state === 'failed' ? (await q.getJob(jobId))?.failedReason : undefined;
        return { jobId, state, failedReason };
      }),
    );
  }

  allQueues(): Queue[] {
    return QUEUE_NAMES.map((n) => this.queue(n));
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.queues.values()].map((q) => q.close()));
    this.connection.disconnect();
  }
}
