import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { JobName, QueueName } from './job-registry.js';

/**
 * A job that must follow a write, stored in the writer's transaction. The worker's relay turns committed
 * rows into BullMQ jobs (`relayedAt`); the dispatcher records when the job's handler committed
 * (`processedAt`) so that a job run again after a crash does nothing, or when its last attempt failed
 * (`failedAt`). A row relayed long ago and neither processed nor failed is relayed again: Redis lost it.
 */
@Entity('outbox')
@Index('ix_outbox_pending', ['relayedAt', 'id'])
@Index('ix_outbox_unfinished', ['processedAt', 'failedAt', 'relayedAt'])
export class OutboxEntity {
  @PrimaryGeneratedColumn({ type: 'bigint', unsigned: true })
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  queue!: QueueName;

  @Column({ type: 'varchar', length: 64 })
  jobName!: JobName;

  /** JSON kept as text: portable between MySQL's JSON and MariaDB's JSON alias without schema drift. */
  @Column({ type: 'text' })
  payload!: string;

  @Column({ type: 'datetime', precision: 3 })
  availableAt!: Date;

  @Column({ type: 'datetime', precision: 3, default: () => 'CURRENT_TIMESTAMP(3)' })
  createdAt!: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  relayedAt!: Date | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  processedAt!: Date | null;

  /** Set when the job failed its last attempt; `lastError` says why. */
  @Column({ type: 'datetime', precision: 3, nullable: true })
  failedAt!: Date | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  lastError!: string | null;
}
