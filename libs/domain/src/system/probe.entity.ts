import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CreatedAt } from '../common/timestamps.js';

/**
 * A probe sent through the outbox, the relay and a worker, to show end to end that jobs run, and how
 * often each one ran (`runs` must stay 1 even when a worker dies mid-batch).
 */
@Entity('probe')
export class ProbeEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  label!: string;

  @Column({ type: 'int', unsigned: true, default: 0 })
  runs!: number;

  @CreatedAt()
  createdAt!: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  processedAt!: Date | null;
}
