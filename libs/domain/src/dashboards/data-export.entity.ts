import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CreatedAt } from '../common/timestamps.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { UserEntity } from '../users/user.entity.js';

export const EXPORT_KINDS = ['participants', 'attendance', 'completion', 'evaluation'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type ExportStatus = 'queued' | 'ready' | 'failed';

/** An export file a coordinator asked for: queued, then built once by `build-export` into storage. */
@Entity('data_export')
@Index('ix_data_export_programme', ['programmeId', 'createdAt'])
export class DataExportEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ type: 'char', length: 36 })
  programmeId!: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_data_export_programme' })
  programme?: ProgrammeEntity;

  @Column({ type: 'char', length: 36 })
  requestedBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'requested_by', foreignKeyConstraintName: 'fk_data_export_user' })
  requester?: UserEntity;

  @Column({ type: 'varchar', length: 16 })
  kind!: ExportKind;

  @Column({ type: 'varchar', length: 8 })
  format!: ExportFormat;

  @Column({ type: 'varchar', length: 8, default: 'queued' })
  status!: ExportStatus;

  /** Data rows written (the header not counted). */
  @Column({ type: 'int', unsigned: true, nullable: true })
  rows!: number | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  storageKey!: string | null;

  @Column({ type: 'bigint', unsigned: true, nullable: true })
  sizeBytes!: string | null;

  @Column({ type: 'char', length: 64, nullable: true })
  sha256!: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  lastError!: string | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  builtAt!: Date | null;

  @CreatedAt()
  createdAt!: Date;
}
