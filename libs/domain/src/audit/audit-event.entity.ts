import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../common/timestamps.js';

/**
 * One security or record-keeping event. Rows are only ever inserted. Actor and target are plain ids
 * (no foreign keys): the log must outlive what it names.
 */
@Entity('audit_event')
@Index('ix_audit_event_occurred', ['occurredAt', 'id'])
@Index('ix_audit_event_actor', ['actorId', 'occurredAt'])
@Index('ix_audit_event_target', ['targetType', 'targetId', 'occurredAt'])
@Index('ix_audit_event_action', ['action', 'occurredAt'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint', unsigned: true })
  id!: string;

  @CreatedAt()
  occurredAt!: Date;

  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ type: 'char', length: 36, nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  targetType!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  targetId!: string | null;

  @Column({ type: 'varchar', length: 45, nullable: true })
  ip!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId!: string | null;

  /** A small JSON object (what changed, why); never secrets. */
  @Column({ type: 'text', nullable: true })
  details!: string | null;
}
