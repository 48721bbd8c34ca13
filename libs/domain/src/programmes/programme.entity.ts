import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../common/timestamps.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { UserEntity } from '../users/user.entity.js';

export const PROGRAMME_MODES = ['online', 'on_site', 'hybrid'] as const;
export type ProgrammeMode = (typeof PROGRAMME_MODES)[number];

export const PROGRAMME_STATUSES = ['draft', 'published', 'running', 'closed', 'archived'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

/** What a double booking does: refuse it, or allow it with a warning in the answer. */
export const CONFLICT_POLICIES = ['refuse', 'warn'] as const;
export type ConflictPolicy = (typeof CONFLICT_POLICIES)[number];

export const PHASE_KINDS = ['distance', 'in_country', 'follow_up', 'other'] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];

export const STAFF_ROLES = ['coordinator', 'instructor'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** A training programme: a funder's course for a cohort, hosted in one zone, in phases. */
@Entity('programme')
export class ProgrammeEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Index('uq_programme_code', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Index('ix_programme_funder')
  @Column({ type: 'char', length: 36, nullable: true })
  funderOrganisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { nullable: true, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'funder_organisation_id', foreignKeyConstraintName: 'fk_programme_funder' })
  funder?: OrganisationEntity;

  @Index('ix_programme_host')
  @Column({ type: 'char', length: 36, nullable: true })
  hostOrganisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { nullable: true, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'host_organisation_id', foreignKeyConstraintName: 'fk_programme_host' })
  host?: OrganisationEntity;

  @Column({ type: 'varchar', length: 16 })
  mode!: ProgrammeMode;

  /** IANA zone of the host: where "09:30" on the timetable is meant. */
  @Column({ type: 'varchar', length: 64 })
  hostTimeZone!: string;

  /** Languages a trainee's materials fall back to after their own, in order: "en" or "th,en". */
  @Column({ type: 'varchar', length: 120, nullable: true })
  languageFallbacks?: string | null;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: ProgrammeStatus;

  @Column({ type: 'varchar', length: 8, default: 'refuse' })
  conflictPolicy!: ConflictPolicy;

  /** Places for trainees; beyond it enrolments wait. Null: no limit. */
  @Column({ type: 'int', unsigned: true, nullable: true })
  capacity!: number | null;

  /** JSON, filled by the assessment feature (minimum attendance, pass mark, report stages). */
  @Column({ type: 'text', nullable: true })
  completionRules!: string | null;

  @Column({ type: 'char', length: 36, nullable: true })
  clonedFromId!: string | null;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}

/** A phase of a programme, as dates (distance learning, in-country, follow-up at home). */
@Entity('programme_phase')
export class ProgrammePhaseEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Index('ix_programme_phase_programme')
  @Column({ type: 'char', length: 36 })
  programmeId!: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_programme_phase_programme' })
  programme?: ProgrammeEntity;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: PhaseKind;

  /** Calendar dates in the host zone, inclusive. */
  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date' })
  endsOn!: string;

  @Column({ type: 'smallint', unsigned: true })
  position!: number;
}

/** Coordinators and instructors of a programme: who may see and change what belongs to it. */
@Entity('programme_staff')
@Index('ix_programme_staff_user', ['userId'])
export class ProgrammeStaffEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  programmeId!: string;

  @PrimaryColumn({ type: 'char', length: 36 })
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  role!: StaffRole;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_programme_staff_programme' })
  programme?: ProgrammeEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_programme_staff_user' })
  user?: UserEntity;
}
