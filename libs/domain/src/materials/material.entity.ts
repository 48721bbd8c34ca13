import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../common/timestamps.js';
import { MenuItemEntity } from '../menu/menu-item.entity.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { SessionEntity } from '../sessions/session.entity.js';
import { UserEntity } from '../users/user.entity.js';

export const MATERIAL_KINDS = ['file', 'link', 'text'] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

/** `trainees`: the programme's trainees once released (and its staff always); `staff`: instructors and coordinators. */
export const MATERIAL_AUDIENCES = ['trainees', 'staff'] as const;
export type MaterialAudience = (typeof MATERIAL_AUDIENCES)[number];

/**
 * When trainees get a material: `now`; `at` an instant; `before_session` N days before its session starts;
 * `after_session` N days (0: at once) after its session ends.
 */
export const RELEASE_RULES = ['now', 'at', 'before_session', 'after_session'] as const;
export type ReleaseRule = (typeof RELEASE_RULES)[number];

/**
 * Content on a menu item (the reusable library, for staff), a programme, or one of its sessions. A
 * material has language variants; each variant has immutable, numbered versions (`MaterialVersionEntity`).
 */
@Entity('material')
@Index('ix_material_programme', ['programmeId', 'createdAt'])
export class MaterialEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Index('ix_material_menu_item')
  @Column({ type: 'char', length: 36, nullable: true })
  menuItemId!: string | null;

  @ManyToOne(() => MenuItemEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'menu_item_id', foreignKeyConstraintName: 'fk_material_menu_item' })
  menuItem?: MenuItemEntity;

  @Column({ type: 'char', length: 36, nullable: true })
  programmeId!: string | null;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_material_programme' })
  programme?: ProgrammeEntity;

  @Index('ix_material_session')
  @Column({ type: 'char', length: 36, nullable: true })
  sessionId!: string | null;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_material_session' })
  session?: SessionEntity;

  /** The menu-item material this one was copied from (its versions share the stored files). */
  @Index('ix_material_copied_from')
  @Column({ type: 'char', length: 36, nullable: true })
  copiedFromId!: string | null;

  @ManyToOne(() => MaterialEntity, { onDelete: 'SET NULL', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'copied_from_id', foreignKeyConstraintName: 'fk_material_copied_from' })
  copiedFrom?: MaterialEntity;

  @Column({ type: 'varchar', length: 8 })
  kind!: MaterialKind;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** The language the material was written in: the last step of every fallback chain. */
  @Column({ type: 'varchar', length: 35 })
  originalLanguage!: string;

  @Column({ type: 'varchar', length: 8, default: 'trainees' })
  audience!: MaterialAudience;

  @Column({ type: 'varchar', length: 16, default: 'now' })
  releaseRule!: ReleaseRule;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  releaseAt!: Date | null;

  @Column({ type: 'smallint', unsigned: true, nullable: true })
  releaseOffsetDays!: number | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  archivedAt!: Date | null;

  @Index('ix_material_created_by')
  @Column({ type: 'char', length: 36, nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_material_created_by' })
  creator?: UserEntity;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}

/**
 * One immutable version of one language variant. Exactly one of: a stored file (key, name, sniffed type,
 * size, SHA-256), a link, or sanitised HTML. A translation records which version of the original language
 * it was made from (`sourceNumber`): it is outdated once the original has a later one.
 */
@Entity('material_version')
@Index('uq_material_version_number', ['materialId', 'language', 'number'], { unique: true })
@Index('ix_material_version_delivery', ['deliveryPlannedAt', 'createdAt'])
export class MaterialVersionEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ type: 'char', length: 36 })
  materialId!: string;

  @ManyToOne(() => MaterialEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'material_id', foreignKeyConstraintName: 'fk_material_version_material' })
  material?: MaterialEntity;

  @Column({ type: 'varchar', length: 35 })
  language!: string;

  @Column({ type: 'smallint', unsigned: true })
  number!: number;

  @Column({ type: 'smallint', unsigned: true, nullable: true })
  sourceNumber!: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @Index('ix_material_version_storage_key')
  @Column({ type: 'varchar', length: 64, nullable: true })
  storageKey!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  fileName!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  contentType!: string | null;

  @Column({ type: 'bigint', unsigned: true, nullable: true })
  sizeBytes!: string | null;

  @Column({ type: 'char', length: 64, nullable: true })
  sha256!: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  url!: string | null;

  @Column({ type: 'mediumtext', nullable: true })
  bodyHtml!: string | null;

  /** When the delivery emails of this version were planned (once it was released to trainees). */
  @Column({ type: 'datetime', precision: 3, nullable: true })
  deliveryPlannedAt!: Date | null;

  @Index('ix_material_version_created_by')
  @Column({ type: 'char', length: 36, nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_material_version_created_by' })
  creator?: UserEntity;

  @CreatedAt()
  createdAt!: Date;
}

export const DELIVERY_STATUSES = ['queued', 'sent', 'failed', 'skipped'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One email of one version to one trainee: the unique pair makes planning and sending idempotent. */
@Entity('material_delivery')
@Index('uq_material_delivery_version_user', ['versionId', 'userId'], { unique: true })
@Index('ix_material_delivery_material', ['materialId', 'status'])
export class MaterialDeliveryEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ type: 'char', length: 36 })
  materialId!: string;

  @ManyToOne(() => MaterialEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'material_id', foreignKeyConstraintName: 'fk_material_delivery_material' })
  material?: MaterialEntity;

  @Column({ type: 'char', length: 36 })
  versionId!: string;

  @ManyToOne(() => MaterialVersionEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'fk_material_delivery_version' })
  version?: MaterialVersionEntity;

  @Index('ix_material_delivery_user')
  @Column({ type: 'char', length: 36 })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_material_delivery_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 8, default: 'queued' })
  status!: DeliveryStatus;

  /** Why nothing was sent: `withdrawn`, `inactive`, `superseded`, `archived`. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  skippedReason!: string | null;

  @Column({ type: 'smallint', unsigned: true, default: 0 })
  attempts!: number;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  lastError!: string | null;

  @CreatedAt()
  queuedAt!: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  sentAt!: Date | null;

  @UpdatedAt()
  updatedAt!: Date;
}

export const BUNDLE_STATUSES = ['queued', 'ready', 'failed'] as const;
export type BundleStatus = (typeof BUNDLE_STATUSES)[number];

/**
 * A ZIP of one programme phase's released trainee materials in one language (phase key `programme`: the
 * programme-wide materials and sessions without a phase). Rebuilt when its manifest (the versions it holds)
 * changes; the previous file is served until the new one is ready.
 */
@Entity('material_bundle')
@Index('uq_material_bundle_scope', ['programmeId', 'phaseKey', 'language'], { unique: true })
export class MaterialBundleEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ type: 'char', length: 36 })
  programmeId!: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_material_bundle_programme' })
  programme?: ProgrammeEntity;

  @Column({ type: 'varchar', length: 36 })
  phaseKey!: string;

  @Column({ type: 'varchar', length: 35 })
  language!: string;

  @Column({ type: 'varchar', length: 8, default: 'queued' })
  status!: BundleStatus;

  /** SHA-256 of the version ids the bundle should hold; a different one means "rebuild". */
  @Column({ type: 'char', length: 64 })
  manifestSha256!: string;

  @Column({ type: 'smallint', unsigned: true, default: 0 })
  materials!: number;

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

  @UpdatedAt()
  updatedAt!: Date;
}
