import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../common/timestamps.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { SessionEntity } from '../sessions/session.entity.js';
import { UserEntity } from '../users/user.entity.js';

export const SURVEY_QUESTION_KINDS = [
  'likert',
  'single_choice',
  'multiple_choice',
  'nps',
  'text',
  'matrix',
] as const;
export type SurveyQuestionKind = (typeof SURVEY_QUESTION_KINDS)[number];

/** Kirkpatrick levels a survey serves: L1 reaction (after a session), programme end, L3 follow-ups, other. */
export const SURVEY_LEVELS = ['L1', 'programme_end', 'L3_90', 'L3_180', 'other'] as const;
export type SurveyLevel = (typeof SURVEY_LEVELS)[number];

export const SURVEY_STATUSES = ['draft', 'open', 'closed'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

/** TINYINT UNSIGNED 0/1 read back as a boolean. */
const flag = {
  to: (v: boolean | undefined) => (v === undefined ? undefined : v ? 1 : 0),
  from: (v: number | string | null) => Number(v) === 1,
};

/** A reusable questionnaire: its questions as JSON, read and written whole (surveys copy them). */
@Entity('survey_template')
export class SurveyTemplateEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** JSON: SurveyQuestionInput[]. */
  @Column({ type: 'mediumtext' })
  questions!: string;

  @Index('ix_survey_template_created_by')
  @Column({ type: 'char', length: 36, nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_survey_template_created_by' })
  creator?: UserEntity;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}

/**
 * One survey of a programme (optionally of one session), at a Kirkpatrick level: draft → open → closed.
 * Once closed, `results` holds the frozen aggregate (JSON).
 */
@Entity('survey')
@Index('ix_survey_programme', ['programmeId', 'createdAt'])
@Index('ix_survey_due', ['status', 'closesAt'])
export class SurveyEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ type: 'char', length: 36 })
  programmeId!: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_survey_programme' })
  programme?: ProgrammeEntity;

  @Index('ix_survey_session')
  @Column({ type: 'char', length: 36, nullable: true })
  sessionId!: string | null;

  @ManyToOne(() => SessionEntity, { onDelete: 'SET NULL', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_survey_session' })
  session?: SessionEntity;

  @Index('ix_survey_template')
  @Column({ type: 'char', length: 36, nullable: true })
  templateId!: string | null;

  @ManyToOne(() => SurveyTemplateEntity, { onDelete: 'SET NULL', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'template_id', foreignKeyConstraintName: 'fk_survey_template' })
  template?: SurveyTemplateEntity;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 16 })
  level!: SurveyLevel;

  @Column({ type: 'tinyint', unsigned: true, default: 1, transformer: flag })
  anonymous!: boolean;

  @Column({ type: 'datetime', precision: 3 })
  opensAt!: Date;

  @Column({ type: 'datetime', precision: 3 })
  closesAt!: Date;

  /** Days after `opensAt` on which non-respondents are reminded, comma-separated ("3,7"). */
  @Column({ type: 'varchar', length: 100, nullable: true })
  reminderDays!: string | null;

  @Column({ type: 'smallint', unsigned: true, default: 5 })
  minGroupSize!: number;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: SurveyStatus;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  closedAt!: Date | null;

  /** JSON: the frozen SurveyResults, written at close. */
  @Column({ type: 'mediumtext', nullable: true })
  results!: string | null;

  @Index('ix_survey_created_by')
  @Column({ type: 'char', length: 36, nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_survey_created_by' })
  creator?: UserEntity;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}

/** A question of a survey, copied from its template. Texts, options, matrix rows and scale labels are JSON. */
@Entity('survey_question')
@Index('uq_survey_question_position', ['surveyId', 'position'], { unique: true })
export class SurveyQuestionEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ type: 'char', length: 36 })
  surveyId!: string;

  @ManyToOne(() => SurveyEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'survey_id', foreignKeyConstraintName: 'fk_survey_question_survey' })
  survey?: SurveyEntity;

  @Column({ type: 'smallint', unsigned: true })
  position!: number;

  @Column({ type: 'varchar', length: 16 })
  kind!: SurveyQuestionKind;

  /** JSON: { [language]: text }. */
  @Column({ type: 'text' })
  texts!: string;

  /** JSON: [{ id, texts }] for choice kinds. */
  @Column({ type: 'text', nullable: true })
  options!: string | null;

  /** JSON: [{ id, texts }] for a matrix. */
  @Column({ type: 'text', nullable: true })
  matrixRows!: string | null;

  /** JSON: five { [language]: text } for likert and matrix (points 1–5). */
  @Column({ type: 'text', nullable: true })
  scaleLabels!: string | null;

  @Column({ type: 'tinyint', unsigned: true, default: 1, transformer: flag })
  required!: boolean;
}

/**
 * A trainee invited to a survey: the token (derived from the id, see survey-tokens) only as its SHA-256;
 * `answeredOn` once they answered.
 */
@Entity('survey_invitation')
@Index('uq_survey_invitation_user', ['surveyId', 'userId'], { unique: true })
export class SurveyInvitationEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ type: 'char', length: 36 })
  surveyId!: string;

  @ManyToOne(() => SurveyEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'survey_id', foreignKeyConstraintName: 'fk_survey_invitation_survey' })
  survey?: SurveyEntity;

  @Index('ix_survey_invitation_user')
  @Column({ type: 'char', length: 36 })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_survey_invitation_user' })
  user?: UserEntity;

  @Index('uq_survey_invitation_token', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  /** The day (UTC) they answered; only the day, so that it does not tell which anonymous response is theirs. */
  @Column({ type: 'date', nullable: true })
  answeredOn!: string | null;

  @CreatedAt()
  createdAt!: Date;
}

/**
 * One response. Anonymous: no user id, a random id, only the day, and the breakdown attributes copied at
 * answer time. Named: the user id too.
 */
@Entity('survey_response')
@Index('ix_survey_response_survey', ['surveyId'])
@Index('uq_survey_response_user', ['surveyId', 'userId'], { unique: true })
export class SurveyResponseEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ type: 'char', length: 36 })
  surveyId!: string;

  @ManyToOne(() => SurveyEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'survey_id', foreignKeyConstraintName: 'fk_survey_response_survey' })
  survey?: SurveyEntity;

  @Index('ix_survey_response_user')
  @Column({ type: 'char', length: 36, nullable: true })
  userId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_survey_response_user' })
  user?: UserEntity;

  @Column({ type: 'date' })
  answeredOn!: string;

  @Column({ type: 'char', length: 2, nullable: true })
  country!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  organisation!: string | null;

  @Column({ type: 'char', length: 36, nullable: true })
  sessionId!: string | null;
}

/**
 * One value of a response: a likert/nps value (`valueInt`), a chosen option (`optionId`, one row each),
 * a matrix row's value (`rowKey` + `valueInt`), or a text.
 */
@Entity('survey_answer')
@Index('ix_survey_answer_counts', ['surveyId', 'questionId', 'rowKey', 'optionId', 'valueInt'])
@Index('ix_survey_answer_question', ['questionId'])
export class SurveyAnswerEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  responseId!: string;

  @ManyToOne(() => SurveyResponseEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'response_id', foreignKeyConstraintName: 'fk_survey_answer_response' })
  response?: SurveyResponseEntity;

  @PrimaryColumn({ type: 'char', length: 36 })
  questionId!: string;

  @ManyToOne(() => SurveyQuestionEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'fk_survey_answer_question' })
  question?: SurveyQuestionEntity;

  @PrimaryColumn({ type: 'varchar', length: 20, default: '' })
  rowKey!: string;

  @PrimaryColumn({ type: 'varchar', length: 20, default: '' })
  optionId!: string;

  @Column({ type: 'char', length: 36 })
  surveyId!: string;

  @ManyToOne(() => SurveyEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'survey_id', foreignKeyConstraintName: 'fk_survey_answer_survey' })
  survey?: SurveyEntity;

  @Column({ type: 'smallint', nullable: true })
  valueInt!: number | null;

  @Column({ type: 'text', nullable: true })
  text!: string | null;
}

export const SURVEY_EMAIL_STATUSES = ['queued', 'sent', 'skipped', 'failed'] as const;
export type SurveyEmailStatus = (typeof SURVEY_EMAIL_STATUSES)[number];

/**
 * One email of an invitation: round 0 the invitation itself, round n its n-th reminder (unique per pair).
 * `error` holds why it was skipped, or the last failure's words.
 */
@Entity('survey_email')
@Index('uq_survey_email_round', ['invitationId', 'round'], { unique: true })
export class SurveyEmailEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ type: 'char', length: 36 })
  invitationId!: string;

  @ManyToOne(() => SurveyInvitationEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'invitation_id', foreignKeyConstraintName: 'fk_survey_email_invitation' })
  invitation?: SurveyInvitationEntity;

  @Column({ type: 'tinyint', unsigned: true })
  round!: number;

  @Column({ type: 'varchar', length: 16, default: 'queued' })
  status!: SurveyEmailStatus;

  @Column({ type: 'smallint', unsigned: true, default: 0 })
  attempts!: number;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  error!: string | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  sentAt!: Date | null;

  @CreatedAt()
  createdAt!: Date;
}
