import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type ValueTransformer } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../common/timestamps.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { UserEntity } from '../users/user.entity.js';
import type { FollowUp, IndicatorUnit } from './indicator-progress.js';
import { ReportStageEntity } from './report.entity.js';

/** DECIMAL comes back from the driver as a string; values are numbers everywhere else. */
const decimal: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * An L4 results indicator of one trainee's action plan (the plan is their submission to an `action_plan`
 * stage): what is measured, in which unit, from which baseline to which target, by when.
 */
@Entity('action_plan_indicator')
@Index('ix_action_plan_indicator_owner', ['stageId', 'userId'])
@Index('ix_action_plan_indicator_programme', ['programmeId', 'catalogueCode'])
export class ActionPlanIndicatorEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  /** The stage's programme, kept here for the L4 summary's one-query reads. */
  @Column({ type: 'char', length: 36 })
  programmeId!: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_action_plan_indicator_programme' })
  programme?: ProgrammeEntity;

  @Column({ type: 'char', length: 36 })
  stageId!: string;

  @ManyToOne(() => ReportStageEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'stage_id', foreignKeyConstraintName: 'fk_action_plan_indicator_stage' })
  stage?: ReportStageEntity;

  /** The trainee whose plan it is. */
  @Index('ix_action_plan_indicator_user')
  @Column({ type: 'char', length: 36 })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_action_plan_indicator_user' })
  user?: UserEntity;

  /** The catalogue suggestion it follows, or null for a free indicator. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  catalogueCode!: string | null;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  unit!: IndicatorUnit;

  /** The unit's name when `unit` is `other` (e.g. "households"); null otherwise. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  unitLabel!: string | null;

  @Column({ type: 'decimal', precision: 18, scale: 4, transformer: decimal })
  baselineValue!: number;

  @Column({ type: 'date' })
  baselineOn!: string;

  @Column({ type: 'decimal', precision: 18, scale: 4, transformer: decimal })
  targetValue!: number;

  @Column({ type: 'date' })
  targetOn!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}

/**
 * A value of an indicator reported at a follow-up: one per indicator × period (`90`, `180`, or `other`
 * with its as-of date); a later report for the same period replaces it (the audit log keeps the old one).
 */
@Entity('action_plan_indicator_value')
@Index('uq_action_plan_indicator_value_period', ['indicatorId', 'periodKey'], { unique: true })
export class ActionPlanIndicatorValueEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ type: 'char', length: 36 })
  indicatorId!: string;

  @ManyToOne(() => ActionPlanIndicatorEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'fk_action_plan_indicator_value_indicator' })
  indicator?: ActionPlanIndicatorEntity;

  @Column({ type: 'varchar', length: 8 })
  followUp!: FollowUp;

  /** `90`, `180`, or `other:<as-of date>`: what makes a report replace an earlier one. */
  @Column({ type: 'varchar', length: 16 })
  periodKey!: string;

  @Column({ type: 'decimal', precision: 18, scale: 4, transformer: decimal })
  value!: number;

  /** The date the value describes. */
  @Column({ type: 'date' })
  asOf!: string;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  evidenceUrl!: string | null;

  /** Who reported it: the trainee, or a member of the programme's staff on their behalf. */
  @Index('ix_action_plan_indicator_value_reporter')
  @Column({ type: 'char', length: 36, nullable: true })
  reportedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'reported_by', foreignKeyConstraintName: 'fk_action_plan_indicator_value_reporter' })
  reporter?: UserEntity;

  @Column({ type: 'datetime', precision: 3 })
  reportedAt!: Date;
}
