import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { JOB_QUEUES, type JobName, type JobPayloads } from './job-registry.js';

export interface OutboxAddOptions {
  /** Not before this instant (a durable delay: the row waits in the database, not in Redis). */
  availableAt?: Date;
}

/** Rows per INSERT statement: far below any max_allowed_packet, since payloads carry ids only. */
const CHUNK = 1000;

/** Writes jobs into the outbox inside the caller's transaction. */
@Injectable()
export class OutboxService {
  /** Adds one job; returns its outbox id. */
  async add<N extends JobName>(
    manager: EntityManager,
    jobName: N,
    payload: JobPayloads[N],
    options: OutboxAddOptions = {},
  ): Promise<string> {
    const result = await this.insert(manager, jobName, [payload], options);
    return String(result.insertId);
  }

  /**
   * Adds many jobs of one kind, a thousand rows per statement (a raw multi-row INSERT: 3× TypeORM's), every
   * statement queued at once on the transaction's connection (sent in order; the server inserts one while
   * this process formats the next).
   */
  async addMany<N extends JobName>(
    manager: EntityManager,
    jobName: N,
    payloads: JobPayloads[N][],
    options: OutboxAddOptions = {},
  ): Promise<void> {
    const statements: Promise<unknown>[] = [];
    for (let i = 0; i < payloads.length; i += CHUNK)
      statements.push(this.insert(manager, jobName, payloads.slice(i, i + CHUNK), options));
    await Promise.all(statements);
  }

  private insert<N extends JobName>(
    manager: EntityManager,
    jobName: N,
    payloads: JobPayloads[N][],
    options: OutboxAddOptions,
  ): Promise<{ insertId: number }> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('OutboxService needs the EntityManager of an open transaction');
    }
    const queue = JOB_QUEUES[jobName];
    const availableAt = options.availableAt ?? new Date();
    return manager.query(`INSERT INTO outbox (queue, job_name, payload, available_at) VALUES ?`, [
      payloads.map((payload) => [queue, jobName, JSON.stringify(payload), availableAt]),
    ]);
  }
}
