import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../common/timestamps.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { SessionEntity } from '../sessions/session.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { SurveyEntity, SurveyTemplateEntity } from './survey.entity.js';

/** The Kirkpatrick levels a programme's evaluation plan makes surveys for, by itself. */
export const PLAN_LEVELS = ['L1', 'programme_end', 'L3_90', 'L3_180'] as const;
export type PlanLevel = (typeof PLAN_LEVELS)[number];

/**
 * `missed`: first planned when its survey would already have closed (a plan saved after the session or
 * the programme's end); never made and never changed again.
 */
export const OCCURRENCE_STATUSES = ['planned', 'created', 'cancelled', 'failed', 'missed'] as const;
export type OccurrenceStatus = (typeof OCCURRENCE_STATUSES)[number];

/** TINYINT UNSIGNED 0/1 read back as a boolean. */
const flag = {
  to: (v: boolean | undefined) => (v === undefined ? undefined : v ? 1 : 0),
  from: (v: number | string | null) => Number(v) === 1,
};

/**
 * One level of a programme's evaluation plan: which template the system makes its surveys from, and how
 * (anonymous, open for N days, reminders, minimum group size; for L1 the session kinds it covers).
 */
@Entity('survey_plan')
export class SurveyPlanEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  programmeId!: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_survey_plan_programme' })
  programme?: ProgrammeEntity;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  level!: PlanLevel;

  @Index('ix_survey_plan_template')
  @Column({ type: 'char', length: 36 })
  templateId!: string;

  @ManyToOne(() => SurveyTemplateEntity, { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'template_id', foreignKeyConstraintName: 'fk_survey_plan_template' })
  template?: SurveyTemplateEntity;

  @Column({ type: 'tinyint', unsigned: true, default: 1, transformer: flag })
  anonymous!: boolean;

  @Column({ type: 'smallint', unsigned: true })
  openDays!: number;

  /** Days after the invitation on which non-respondents are reminded, comma-separated ("3,7"). */
  @Column({ type: 'varchar', length: 100, nullable: true })
  reminderDays!: string | null;

  @Column({ type: 'smallint', unsigned: true, default: 5 })
  minGroupSize!: number;

  /** L1 only: the session kinds it covers, comma-separated; null for every kind. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  sessionKinds!: string | null;

  @Index('ix_survey_plan_updated_by')
  @Column({ type: 'char', length: 36, nullable: true })
  updatedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'fk_survey_plan_updated_by' })
  updater?: UserEntity;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}

/**
 * A survey the plan will make: one row per programme, level and session (`sessionKey` is the session id,
 * or '' for the programme-level ones, so that the unique key holds without NULLs). The worker's poller
 * picks `planned` rows once `dueAt` has passed; `created` rows never change again.
 */
@Entity('survey_occurrence')
@Index('uq_survey_occurrence', ['programmeId', 'level', 'sessionKey'], { unique: true })
@Index('ix_survey_occurrence_due', ['status', 'dueAt'])
export class SurveyOccurrenceEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ type: 'char', length: 36 })
  programmeId!: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_survey_occurrence_programme' })
  programme?: ProgrammeEntity;

  @Column({ type: 'varchar', length: 16 })
  level!: PlanLevel;

  @Index('ix_survey_occurrence_session')
  @Column({ type: 'char', length: 36, nullable: true })
  sessionId!: string | null;

  @ManyToOne(() => SessionEntity, { onDelete: 'SET NULL', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_survey_occurrence_session' })
  session?: SessionEntity;

  @Column({ type: 'varchar', length: 36, default: '' })
  sessionKey!: string;

  @Column({ type: 'datetime', precision: 3 })
  dueAt!: Date;

  @Column({ type: 'varchar', length: 16, default: 'planned' })
  status!: OccurrenceStatus;

  @Index('ix_survey_occurrence_survey')
  @Column({ type: 'char', length: 36, nullable: true })
  surveyId!: string | null;

  @ManyToOne(() => SurveyEntity, { onDelete: 'SET NULL', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'survey_id', foreignKeyConstraintName: 'fk_survey_occurrence_survey' })
  survey?: SurveyEntity;

  /** Why making the survey failed (a template without questions, …): shown to staff, retried on save. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  error!: string | null;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}
