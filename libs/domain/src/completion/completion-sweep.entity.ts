import { Column, Entity, PrimaryColumn } from 'typeorm';
import { UpdatedAt } from '../common/timestamps.js';

/** When the nightly completion sweep last ran (one row, `nightly`; its lock elects the worker that runs it). */
@Entity('completion_sweep')
export class CompletionSweepEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  name!: string;

  /** The UTC day of the last sweep. */
  @Column({ type: 'date', nullable: true })
  lastRunOn!: string | null;

  @UpdatedAt()
  updatedAt!: Date;
}
