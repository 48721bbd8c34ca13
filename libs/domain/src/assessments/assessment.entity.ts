import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type ValueTransformer } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../common/timestamps.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { SessionEntity } from '../sessions/session.entity.js';
import { UserEntity } from '../users/user.entity.js';

export const QUESTION_KINDS = [
  'single_choice',
  'multiple_choice',
  'true_false',
  'short_answer',
  'numeric',
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const ASSESSMENT_KINDS = ['pre_test', 'post_test', 'quiz'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

export const ASSESSMENT_STATUSES = ['draft', 'published'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/** When a trainee sees per-question correctness and keys: never, once submitted, once the assessment closed. */
export const ANSWER_VISIBILITIES = ['never', 'after_submit', 'after_close'] as const;
export type AnswerVisibility = (typeof ANSWER_VISIBILITIES)[number];

export const ATTEMPT_STATUSES = ['in_progress', 'submitted'] as const;
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];

/** DECIMAL comes back from the driver as a string; points are numbers everywhere else. */
const decimal: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * A question of a programme's pool. Texts and option texts are JSON maps language → text; the answer key
 * (`key`: correct option ids, accepted short answers, or a numeric value with its absolute tolerance) is
 * JSON too, read and written whole, and never leaves the API to a trainee before the settings allow it.
 */
@Entity('assessment_question')
@Index('ix_assessment_question_programme', ['programmeId', 'createdAt'])
export class AssessmentQuestionEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ type: 'char', length: 36 })
  programmeId!: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_assessment_question_programme' })
  programme?: ProgrammeEntity;

  @Column({ type: 'varchar', length: 16 })
  kind!: QuestionKind;

  /** JSON: { [language]: text }, at least one. */
  @Column({ type: 'text' })
  texts!: string;

  /** JSON: [{ id, texts: { [language]: text } }] for choice kinds; null otherwise. */
  @Column({ type: 'text', nullable: true })
  options!: string | null;

  /** JSON: { optionIds } | { accepted } | { value, tolerance }. */
  @Column({ type: 'text' })
  answerKey!: string;

  @Column({ type: 'decimal', precision: 7, scale: 2, transformer: decimal })
  points!: number;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  retiredAt!: Date | null;

  @Index('ix_assessment_question_created_by')
  @Column({ type: 'char', length: 36, nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_assessment_question_created_by' })
  creator?: UserEntity;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}

/**
 * A pre-test, post-test or quiz of a programme. `exclusiveKind` is the kind for a pre- or post-test and
 * null for a quiz: its unique index keeps one pre-test and one post-test per programme.
 */
@Entity('assessment')
@Index('ix_assessment_programme', ['programmeId', 'createdAt'])
@Index('uq_assessment_exclusive_kind', ['programmeId', 'exclusiveKind'], { unique: true })
export class AssessmentEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ type: 'char', length: 36 })
  programmeId!: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_assessment_programme' })
  programme?: ProgrammeEntity;

  @Index('ix_assessment_session')
  @Column({ type: 'char', length: 36, nullable: true })
  sessionId!: string | null;

  @ManyToOne(() => SessionEntity, { onDelete: 'SET NULL', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_assessment_session' })
  session?: SessionEntity;

  @Column({ type: 'varchar', length: 16 })
  kind!: AssessmentKind;

  @Column({ type: 'varchar', length: 16, nullable: true })
  exclusiveKind!: AssessmentKind | null;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'smallint', unsigned: true, nullable: true })
  timeLimitMinutes!: number | null;

  @Column({ type: 'smallint', unsigned: true, default: 1 })
  attemptsAllowed!: number;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  opensAt!: Date | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  closesAt!: Date | null;

  /** Informational: the completion rules hold the pass mark. */
  @Column({ type: 'smallint', unsigned: true, nullable: true })
  passPercent!: number | null;

  @Column({ type: 'varchar', length: 16, default: 'after_submit' })
  answerVisibility!: AnswerVisibility;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: AssessmentStatus;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  publishedAt!: Date | null;

  @Index('ix_assessment_created_by')
  @Column({ type: 'char', length: 36, nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_assessment_created_by' })
  creator?: UserEntity;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}

/** A question of an assessment, in order. */
@Entity('assessment_item')
@Index('ix_assessment_item_question', ['questionId'])
export class AssessmentItemEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  assessmentId!: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'assessment_id', foreignKeyConstraintName: 'fk_assessment_item_assessment' })
  assessment?: AssessmentEntity;

  @PrimaryColumn({ type: 'char', length: 36 })
  questionId!: string;

  @ManyToOne(() => AssessmentQuestionEntity, { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'fk_assessment_item_question' })
  question?: AssessmentQuestionEntity;

  @Column({ type: 'smallint', unsigned: true })
  position!: number;
}

/**
 * One trainee's attempt. `deadlineAt` = min(close, start + limit); an attempt left past it is graded as
 * it stands (`submittedAt` = the deadline, `autoSubmitted`) when next touched or by the worker's sweep.
 */
@Entity('assessment_attempt')
@Index('uq_assessment_attempt_number', ['assessmentId', 'userId', 'number'], { unique: true })
@Index('ix_assessment_attempt_due', ['status', 'deadlineAt'])
export class AssessmentAttemptEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ type: 'char', length: 36 })
  assessmentId!: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'assessment_id', foreignKeyConstraintName: 'fk_assessment_attempt_assessment' })
  assessment?: AssessmentEntity;

  @Index('ix_assessment_attempt_user')
  @Column({ type: 'char', length: 36 })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_assessment_attempt_user' })
  user?: UserEntity;

  @Column({ type: 'smallint', unsigned: true })
  number!: number;

  @Column({ type: 'varchar', length: 16, default: 'in_progress' })
  status!: AttemptStatus;

  @Column({ type: 'datetime', precision: 3 })
  startedAt!: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  deadlineAt!: Date | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'boolean', default: false })
  autoSubmitted!: boolean;

  @Column({ type: 'decimal', precision: 8, scale: 2, nullable: true, transformer: decimal })
  score!: number | null;

  @Column({ type: 'decimal', precision: 8, scale: 2, nullable: true, transformer: decimal })
  maxScore!: number | null;

  @Column({ type: 'decimal', precision: 5, scale: 2, nullable: true, transformer: decimal })
  percent!: number | null;

  @UpdatedAt()
  updatedAt!: Date;
}

/**
 * One answer of an attempt: the response as JSON ({ optionIds } | { text } | { value }), the points the
 * key gives it, and a marker's override (points and comment) that wins over them.
 */
@Entity('assessment_answer')
@Index('ix_assessment_answer_question', ['questionId'])
export class AssessmentAnswerEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  attemptId!: string;

  @ManyToOne(() => AssessmentAttemptEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'attempt_id', foreignKeyConstraintName: 'fk_assessment_answer_attempt' })
  attempt?: AssessmentAttemptEntity;

  @PrimaryColumn({ type: 'char', length: 36 })
  questionId!: string;

  @ManyToOne(() => AssessmentQuestionEntity, { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'fk_assessment_answer_question' })
  question?: AssessmentQuestionEntity;

  @Column({ type: 'text' })
  response!: string;

  @Column({ type: 'decimal', precision: 7, scale: 2, nullable: true, transformer: decimal })
  autoPoints!: number | null;

  @Column({ type: 'decimal', precision: 7, scale: 2, nullable: true, transformer: decimal })
  overridePoints!: number | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  overrideComment!: string | null;

  @Index('ix_assessment_answer_overridden_by')
  @Column({ type: 'char', length: 36, nullable: true })
  overriddenBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'overridden_by', foreignKeyConstraintName: 'fk_assessment_answer_overridden_by' })
  overrider?: UserEntity;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  overriddenAt!: Date | null;

  @UpdatedAt()
  updatedAt!: Date;
}
