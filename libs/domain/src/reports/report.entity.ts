import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../common/timestamps.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { UserEntity } from '../users/user.entity.js';

export const REPORT_STAGE_KINDS = ['inception_report', 'action_plan', 'final_report', 'other'] as const;
export type ReportStageKind = (typeof REPORT_STAGE_KINDS)[number];

/** What a submission may hold: `text` only, one `file` only, or `both` (text, a file, or the two). */
export const REPORT_FORMS = ['text', 'file', 'both'] as const;
export type ReportForm = (typeof REPORT_FORMS)[number];

/** How the due date was given: an instant (`at`), or N months after the programme's last day (`months_after_end`). */
export const REPORT_DUE_MODES = ['at', 'months_after_end'] as const;
export type ReportDueMode = (typeof REPORT_DUE_MODES)[number];

export const REVIEW_DECISIONS = ['accepted', 'returned'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** TINYINT(1)-free flag: a TINYINT UNSIGNED 0/1 read back as a boolean. */
const flag = {
  to: (v: boolean | undefined) => (v === undefined ? undefined : v ? 1 : 0),
  from: (v: number | string | null) => Number(v) === 1,
};

/**
 * One stage of a programme's action-plan lifecycle (inception report, action plan, final report …): what
 * to hand in, by when, and whether completion needs it accepted. The due instant is stored resolved,
 * with how it was given.
 */
@Entity('report_stage')
@Index('ix_report_stage_programme', ['programmeId', 'position'])
export class ReportStageEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ type: 'char', length: 36 })
  programmeId!: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_report_stage_programme' })
  programme?: ProgrammeEntity;

  @Column({ type: 'varchar', length: 20 })
  kind!: ReportStageKind;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  instructions!: string | null;

  @Column({ type: 'varchar', length: 16 })
  dueMode!: ReportDueMode;

  /** For `months_after_end`: how many months after the programme's last day (end of that day, host zone). */
  @Column({ type: 'smallint', unsigned: true, nullable: true })
  dueMonthsAfterEnd!: number | null;

  /** The resolved due instant (UTC). */
  @Column({ type: 'datetime', precision: 3 })
  dueAt!: Date;

  @Column({ type: 'varchar', length: 8, default: 'both' })
  forms!: ReportForm;

  @Column({ type: 'tinyint', unsigned: true, default: 1, transformer: flag })
  requiredForCompletion!: boolean;

  @Column({ type: 'smallint', unsigned: true, default: 0 })
  position!: number;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}

/** One criterion of a stage's rubric, with a weight: the review's total is Σ weight × level points. */
@Entity('report_rubric_criterion')
@Index('ix_report_rubric_criterion_stage', ['stageId', 'position'])
export class ReportRubricCriterionEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ type: 'char', length: 36 })
  stageId!: string;

  @ManyToOne(() => ReportStageEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'stage_id', foreignKeyConstraintName: 'fk_report_rubric_criterion_stage' })
  stage?: ReportStageEntity;

  @Column({ type: 'smallint', unsigned: true })
  position!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'smallint', unsigned: true })
  weight!: number;
}

/** One level of a criterion (e.g. "Developing", 2 points). */
@Entity('report_rubric_level')
@Index('ix_report_rubric_level_criterion', ['criterionId', 'position'])
export class ReportRubricLevelEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ type: 'char', length: 36 })
  criterionId!: string;

  @ManyToOne(() => ReportRubricCriterionEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'criterion_id', foreignKeyConstraintName: 'fk_report_rubric_level_criterion' })
  criterion?: ReportRubricCriterionEntity;

  @Column({ type: 'smallint', unsigned: true })
  position!: number;

  @Column({ type: 'varchar', length: 100 })
  label!: string;

  @Column({ type: 'smallint', unsigned: true })
  points!: number;

  @Column({ type: 'text', nullable: true })
  description!: string | null;
}

/**
 * A file a trainee uploaded for a stage: stored first, then named by one submission (a file no
 * submission names is the trainee's alone and is never shown to staff).
 */
@Entity('report_file')
@Index('ix_report_file_stage_user', ['stageId', 'userId'])
export class ReportFileEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ type: 'char', length: 36 })
  stageId!: string;

  @ManyToOne(() => ReportStageEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'stage_id', foreignKeyConstraintName: 'fk_report_file_stage' })
  stage?: ReportStageEntity;

  @Index('ix_report_file_user')
  @Column({ type: 'char', length: 36 })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_report_file_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 64 })
  storageKey!: string;

  @Column({ type: 'varchar', length: 200 })
  fileName!: string;

  @Column({ type: 'varchar', length: 100 })
  contentType!: string;

  @Column({ type: 'bigint', unsigned: true })
  sizeBytes!: string;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @CreatedAt()
  createdAt!: Date;
}

/** One immutable, numbered version a trainee handed in for a stage: text, a file, or both. */
@Entity('report_submission')
@Index('uq_report_submission_number', ['stageId', 'userId', 'number'], { unique: true })
export class ReportSubmissionEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ type: 'char', length: 36 })
  stageId!: string;

  @ManyToOne(() => ReportStageEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'stage_id', foreignKeyConstraintName: 'fk_report_submission_stage' })
  stage?: ReportStageEntity;

  @Index('ix_report_submission_user')
  @Column({ type: 'char', length: 36 })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_report_submission_user' })
  user?: UserEntity;

  @Column({ type: 'smallint', unsigned: true })
  number!: number;

  @Column({ type: 'mediumtext', nullable: true })
  text!: string | null;

  @Index('uq_report_submission_file', { unique: true })
  @Column({ type: 'char', length: 36, nullable: true })
  fileId!: string | null;

  @ManyToOne(() => ReportFileEntity, { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'file_id', foreignKeyConstraintName: 'fk_report_submission_file' })
  file?: ReportFileEntity;

  /** Handed in after the stage's due instant (still taken). */
  @Column({ type: 'tinyint', unsigned: true, default: 0, transformer: flag })
  late!: boolean;

  @CreatedAt()
  submittedAt!: Date;
}

/** The one review of a submission: accepted or returned, with rubric scores and their weighted total. */
@Entity('report_review')
@Index('ix_report_review_stage', ['stageId', 'decision', 'userId'])
export class ReportReviewEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Index('uq_report_review_submission', { unique: true })
  @Column({ type: 'char', length: 36 })
  submissionId!: string;

  @ManyToOne(() => ReportSubmissionEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'submission_id', foreignKeyConstraintName: 'fk_report_review_submission' })
  submission?: ReportSubmissionEntity;

  /** The submission's stage and trainee, kept here for completion's one-query read. */
  @Column({ type: 'char', length: 36 })
  stageId!: string;

  @ManyToOne(() => ReportStageEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'stage_id', foreignKeyConstraintName: 'fk_report_review_stage' })
  stage?: ReportStageEntity;

  @Index('ix_report_review_user')
  @Column({ type: 'char', length: 36 })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_report_review_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 8 })
  decision!: ReviewDecision;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  /** Σ weight × points over the rubric; null when the stage has no rubric. */
  @Column({ type: 'int', unsigned: true, nullable: true })
  total!: number | null;

  @Index('ix_report_review_reviewer')
  @Column({ type: 'char', length: 36, nullable: true })
  reviewerId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'reviewer_id', foreignKeyConstraintName: 'fk_report_review_reviewer' })
  reviewer?: UserEntity;

  @CreatedAt()
  reviewedAt!: Date;

  /** When the trainee's email about this review was sent (or found needless): the mail job's idempotency. */
  @Column({ type: 'datetime', precision: 3, nullable: true })
  notifiedAt!: Date | null;
}

/** The level a review gave one criterion. Levels in use cannot be deleted (the rubric is then frozen). */
@Entity('report_review_score')
export class ReportReviewScoreEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  reviewId!: string;

  @ManyToOne(() => ReportReviewEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'review_id', foreignKeyConstraintName: 'fk_report_review_score_review' })
  review?: ReportReviewEntity;

  @Index('ix_report_review_score_criterion')
  @PrimaryColumn({ type: 'char', length: 36 })
  criterionId!: string;

  @ManyToOne(() => ReportRubricCriterionEntity, { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'criterion_id', foreignKeyConstraintName: 'fk_report_review_score_criterion' })
  criterion?: ReportRubricCriterionEntity;

  @Index('ix_report_review_score_level')
  @Column({ type: 'char', length: 36 })
  levelId!: string;

  @ManyToOne(() => ReportRubricLevelEntity, { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'level_id', foreignKeyConstraintName: 'fk_report_review_score_level' })
  level?: ReportRubricLevelEntity;
}
