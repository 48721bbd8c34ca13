import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { JOB_QUEUES, type JobName, type JobPayloads } from './job-registry.js';
import { OutboxEntity } from './outbox.entity.js';

export interface OutboxAddOptions {
  /** Not before this instant (a durable delay: the row waits in the database, not in Redis). */
  availableAt?: Date;
}

/** Writes jobs into the outbox inside the caller's transaction. */
@Injectable()
export class OutboxService {
  async add<N extends JobName>(
    manager: EntityManager,
    jobName: N,
    payload: JobPayloads[N],
    options: OutboxAddOptions = {},
  ): Promise<string> {
    return (await this.addMany(manager, jobName, [payload], options))[0];
  }

  async addMany<N extends JobName>(
    manager: EntityManager,
    jobName: N,
    payloads: JobPayloads[N][],
    options: OutboxAddOptions = {},
  ): Promise<string[]> {
    if (payloads.length === 0) return [];
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('OutboxService needs the EntityManager of an open transaction');
    }
    const availableAt = options.availableAt ?? new Date();
    const result = await manager.insert(
      OutboxEntity,
      payloads.map((payload) => ({
        queue: JOB_QUEUES[jobName],
        jobName,
        payload: JSON.stringify(payload),
        availableAt,
      })),
    );
    return result.identifiers.map((i) => String(i.id));
  }
}
