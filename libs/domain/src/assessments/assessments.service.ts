import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { EntityManager, In } from 'typeorm';
import { TransactionService } from '@kenshu/database';
import { OutboxService } from '@kenshu/queue';
import { AuditService } from '../audit/audit.service.js';
import { forbidden, notFound, type FieldProblem } from '../common/domain-error.js';
import { orderedUuid } from '../common/ordered-uuid.js';
import type { Principal } from '../common/principal.js';
import type { RequestMeta } from '../common/request-meta.js';
import { EnrolmentEntity } from '../enrolments/enrolment.entity.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import { SessionEntity } from '../sessions/session.entity.js';
import {
  AssessmentAnswerEntity,
  AssessmentAttemptEntity,
  AssessmentEntity,
  AssessmentItemEntity,
  AssessmentQuestionEntity,
  type AnswerVisibility,
  type AssessmentKind,
  type AssessmentStatus,
  type AttemptStatus,
  type QuestionKind,
} from './assessment.entity.js';
import {
  assessmentClosed,
  assessmentInvalid,
  attemptSubmitted,
  deadlinePassed,
  hasAttempts,
  kindTaken,
  noAttemptsLeft,
  notOpenYet,
  questionInUse,
} from './assessments.errors.js';
import {
  CHOICE_KINDS,
  cohortGain,
  isCorrect,
  normalizedGain,
  pickText,
  readerChain,
  TRUE_FALSE_OPTIONS,
  type AnswerKey,
  type CohortGain,
  type Response,
} from './grading.js';
import { timePoint, type TimePoint } from '../common/time-point.js';

// ---- inputs and views ------------------------------------------------------------------------------

export interface OptionInput {
  id: string;
  texts: Record<string, string>;
}

export interface KeyInput {
  optionIds?: string[];
  accepted?: string[];
  value?: number;
  tolerance?: number;
}

export interface QuestionInput {
  kind: QuestionKind;
  texts: Record<string, string>;
  options?: OptionInput[];
  key: KeyInput;
  points?: number;
}

export interface QuestionPatch {
  texts?: Record<string, string>;
  options?: OptionInput[];
  key?: KeyInput;
  points?: number;
  retired?: boolean;
}

export interface QuestionView {
  id: string;
  programmeId: string;
  kind: QuestionKind;
  texts: Record<string, string>;
  options: OptionInput[];
  key: AnswerKey;
  points: number;
  retired: boolean;
  /** Has answers in a submitted attempt: grading changes go through a key correction. */
  inUse: boolean;
  createdAt: string;
}

export interface AssessmentInput {
  kind: AssessmentKind;
  title: string;
  sessionId?: string | null;
  questionIds: string[];
  timeLimitMinutes?: number | null;
  attemptsAllowed?: number;
  opensAt?: Date | null;
  closesAt?: Date | null;
  passPercent?: number | null;
  answerVisibility?: AnswerVisibility;
}

export type AssessmentPatch = Partial<Omit<AssessmentInput, 'kind'>>;

export interface AssessmentView {
  id: string;
  programmeId: string;
  sessionId: string | null;
  kind: AssessmentKind;
  title: string;
  timeLimitMinutes: number | null;
  attemptsAllowed: number;
  opens: TimePoint | null;
  closes: TimePoint | null;
  passPercent: number | null;
  answerVisibility: AnswerVisibility;
  status: AssessmentStatus;
  questionCount: number;
  maxScore: number;
  /** Staff: the questions in order. */
  questionIds?: string[];
  /** A trainee: attempts used so far and left. */
  attemptsUsed?: number;
  attemptsLeft?: number;
  createdAt: string;
}

export interface AttemptQuestionView {
  id: string;
  position: number;
  kind: QuestionKind;
  text: string;
  options: { id: string; text: string }[];
  points: number;
  answer: Response | null;
  /** Only when the settings reveal answers (staff always). */
  correct?: boolean;
  awardedPoints?: number;
  key?: AnswerKey;
  overrideComment?: string | null;
}

export interface AttemptView {
  id: string;
  assessmentId: string;
  userId: string;
  number: number;
  status: AttemptStatus;
  startedAt: string;
  deadline: TimePoint | null;
  submittedAt: string | null;
  autoSubmitted: boolean;
  score: number | null;
  maxScore: number | null;
  percent: number | null;
  /** Whether per-question correctness and keys are shown to the trainee. */
  answersRevealed: boolean;
  questions?: AttemptQuestionView[];
}

export interface AttemptSummaryView {
  id: string;
  userId: string;
  displayName: string;
  number: number;
  status: AttemptStatus;
  startedAt: string;
  submittedAt: string | null;
  autoSubmitted: boolean;
  score: number | null;
  maxScore: number | null;
  percent: number | null;
}

export interface AnswerInput {
  questionId: string;
  optionIds?: string[];
  text?: string;
  value?: number;
}

export interface LearningGainRow {
  userId: string;
  displayName: string;
  prePercent: number | null;
  postPercent: number | null;
  gain: number | null;
}

export interface LearningGainView {
  programmeId: string;
  preTestId: string | null;
  postTestId: string | null;
  trainees: LearningGainRow[];
  /** Staff only. */
  cohort?: CohortGain;
}

/** What completion reads of the post-test (AssessmentsService.completionInputs). */
export interface PostTestInputs {
  postTestId: string | null;
  byUser: Map<string, { bestPercent: number | null; awaitingMarking: boolean }>;
}

/** A question as the grader needs it. */
interface GradingQuestion {
  id: string;
  kind: QuestionKind;
  key: AnswerKey;
  points: number;
}

interface Loaded {
  assessment: AssessmentEntity;
  programme: ProgrammeEntity;
  access: 'manage' | 'teach' | 'attend';
}

const SHORT_MAX = 500;
const TEXT_MAX = 4000;
/** Attempts regraded per chunk: one SELECT of their answers, one UPDATE of the answers, one of the attempts. */
const REGRADE_CHUNK = 1000;

const parse = <T>(json: string | null, fallback: T): T => (json ? (JSON.parse(json) as T) : fallback);

export function timePointOf(at: Date | null, readerZone: string, hostZone: string): TimePoint | null {
  if (!at) return null;
  return timePoint(at, readerZone, hostZone);
}

/** The deadline of an attempt started at `start`: the earlier of close and start + limit (null: none). */
export function deadlineOf(start: Date, limitMinutes: number | null, closesAt: Date | null): Date | null {
  const byLimit = limitMinutes ? DateTime.fromJSDate(start).plus({ minutes: limitMinutes }).toJSDate() : null;
  if (byLimit && closesAt) return byLimit < closesAt ? byLimit : closesAt;
  return byLimit ?? closesAt;
}

/**
 * Pre-tests, post-tests and quizzes of a programme, from its question pool; attempts, auto-grading,
 * marking and learning gain. Staff (coordinators, instructors, admins) write; enrolled trainees read
 * published assessments and take them (active enrolment); to anyone else a programme's assessments are 404.
 */
@Injectable()
export class AssessmentsService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly programmes: ProgrammesService,
    private readonly outbox: OutboxService,
  ) {}

  // ---- questions -----------------------------------------------------------------------------------

  private async requireStaff(em: EntityManager, principal: Principal, programmeId: string) {
    const access = await this.programmes.accessOrHide(em, principal, programmeId);
    if (access === 'attend') throw forbidden('Only the programme’s staff manage its assessments');
    return access;
  }

  private checkQuestion(
    kind: QuestionKind,
    q: { texts?: Record<string, string>; options?: OptionInput[]; key?: KeyInput; points?: number },
  ): FieldProblem[] {
    const problems: FieldProblem[] = [];
    const checkTexts = (texts: Record<string, string> | undefined, field: string) => {
      if (!texts || typeof texts !== 'object' || Object.keys(texts).length === 0)
        return problems.push({ field, reason: 'needs a text in at least one language' });
      for (const [lang, text] of Object.entries(texts)) {
        if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang))
          problems.push({ field: `${field}.${lang}`, reason: 'must be keyed by a BCP 47 language tag' });
        else if (typeof text !== 'string' || text.trim() === '' || text.length > TEXT_MAX)
          problems.push({ field: `${field}.${lang}`, reason: `must be 1 to ${TEXT_MAX} characters` });
      }
    };
    if (q.texts !== undefined) checkTexts(q.texts, 'texts');
    if (q.points !== undefined && !(q.points > 0 && q.points <= 1000 && Number.isFinite(q.points)))
      problems.push({ field: 'points', reason: 'must be more than 0 and at most 1000' });
    const choice = CHOICE_KINDS.includes(kind);
    const options = kind === 'true_false' ? null : q.options;
    if (kind === 'true_false' && q.options !== undefined && q.options.length > 0)
      problems.push({ field: 'options', reason: 'are fixed for true/false (true, false)' });
    if (choice && options) {
      if (options.length < 2 || options.length > 20)
        problems.push({ field: 'options', reason: 'must be 2 to 20 options' });
      const seen = new Set<string>();
      options.forEach((o, i) => {
        if (!/^[A-Za-z0-9_-]{1,20}$/.test(o.id ?? ''))
          problems.push({ field: `options[${i}].id`, reason: 'must be 1 to 20 letters, digits, - or _' });
        else if (seen.has(o.id)) problems.push({ field: `options[${i}].id`, reason: 'is used twice' });
        seen.add(o.id);
        checkTexts(o.texts, `options[${i}].texts`);
      });
    }
    if (!choice && q.options !== undefined && q.options.length > 0)
      problems.push({ field: 'options', reason: `are only for choice questions, not ${kind}` });
    const key = q.key;
    if (key === undefined) return problems;
    const validIds =
      kind === 'true_false' ? [...TRUE_FALSE_OPTIONS] : options ? options.map((o) => o.id) : undefined;
    if (choice) {
      if (!Array.isArray(key.optionIds) || key.optionIds.length === 0)
        problems.push({ field: 'key.optionIds', reason: 'needs the correct option ids' });
      else {
        if (kind !== 'multiple_choice' && key.optionIds.length !== 1)
          problems.push({ field: 'key.optionIds', reason: 'must be exactly one option' });
        if (new Set(key.optionIds).size !== key.optionIds.length)
          problems.push({ field: 'key.optionIds', reason: 'names an option twice' });
        key.optionIds.forEach((id, i) => {
          if (validIds && !validIds.includes(id))
            problems.push({ field: `key.optionIds[${i}]`, reason: 'is not an option of the question' });
        });
      }
    } else if (key.optionIds !== undefined)
      problems.push({ field: 'key.optionIds', reason: `is only for choice questions` });
    if (kind === 'short_answer') {
      if (!Array.isArray(key.accepted) || key.accepted.length === 0)
        problems.push({ field: 'key.accepted', reason: 'needs at least one accepted answer' });
      else
        key.accepted.forEach((a, i) => {
          if (typeof a !== 'string' || a.trim() === '' || a.length > SHORT_MAX)
            problems.push({ field: `key.accepted[${i}]`, reason: `must be 1 to ${SHORT_MAX} characters` });
        });
    } else if (key.accepted !== undefined)
      problems.push({ field: 'key.accepted', reason: 'is only for short answers' });
    if (kind === 'numeric') {
      if (typeof key.value !== 'number' || !Number.isFinite(key.value))
        problems.push({ field: 'key.value', reason: 'must be a number' });
      if (key.tolerance !== undefined && !(key.tolerance >= 0 && Number.isFinite(key.tolerance)))
        problems.push({ field: 'key.tolerance', reason: 'must be 0 or more' });
    } else {
      if (key.value !== undefined) problems.push({ field: 'key.value', reason: 'is only for numeric' });
      if (key.tolerance !== undefined)
        problems.push({ field: 'key.tolerance', reason: 'is only for numeric' });
    }
    return problems;
  }

  private keyOf(kind: QuestionKind, key: KeyInput): AnswerKey {
    if (CHOICE_KINDS.includes(kind)) return { optionIds: key.optionIds! };
    if (kind === 'short_answer') return { accepted: key.accepted! };
    return { value: key.value!, tolerance: key.tolerance ?? 0 };
  }

  async createQuestion(
    principal: Principal,
    programmeId: string,
    input: QuestionInput,
    meta: RequestMeta,
  ): Promise<QuestionView> {
    return this.tx.run(async (em) => {
      await this.requireStaff(em, principal, programmeId);
      const problems = this.checkQuestion(input.kind, { ...input, options: input.options ?? [] });
      if (problems.length > 0) throw assessmentInvalid(problems);
      const id = orderedUuid();
      await em.insert(AssessmentQuestionEntity, {
        id,
        programmeId,
        kind: input.kind,
        texts: JSON.stringify(input.texts),
        options: CHOICE_KINDS.includes(input.kind)
          ? JSON.stringify(this.optionsOf(input.kind, input.options))
          : null,
        answerKey: JSON.stringify(this.keyOf(input.kind, input.key)),
        points: input.points ?? 1,
        createdBy: principal.id,
      });
      await this.audit.record(
        em,
        {
          action: 'assessment.question_created',
          actorId: principal.id,
          targetType: 'assessment_question',
          targetId: id,
          details: { programmeId, kind: input.kind },
        },
        meta,
      );
      return (await this.questionViews(em, [id]))[0]!;
    });
  }

  private optionsOf(kind: QuestionKind, options: OptionInput[] | undefined): OptionInput[] {
    if (kind === 'true_false')
      return [
        { id: 'true', texts: { en: 'True', ja: '正しい' } },
        { id: 'false', texts: { en: 'False', ja: '誤り' } },
      ];
    return (options ?? []).map((o) => ({ id: o.id, texts: o.texts }));
  }

  private async questionInUse(em: EntityManager, questionId: string): Promise<boolean> {
    const rows = (await em.query(
      `SELECT 1 FROM assessment_answer a JOIN assessment_attempt t ON t.id = a.attempt_id
        WHERE a.question_id = ? AND t.status = 'submitted' LIMIT 1`,
      [questionId],
    )) as unknown[];
    return rows.length > 0;
  }

  private async loadQuestion(em: EntityManager, principal: Principal, id: string, lock = false) {
    const q = await em.findOne(AssessmentQuestionEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!q) throw notFound('Question');
    const access = await this.programmes.accessOrHide(em, principal, q.programmeId).catch(() => null);
    if (!access) throw notFound('Question');
    if (access === 'attend') throw forbidden('Only the programme’s staff manage its questions');
    return q;
  }

  /**
   * Texts, option texts and retirement change freely. Options, key and points change grading: refused
   * (ASSESSMENT.QUESTION_IN_USE) once a submitted attempt answered the question.
   */
  async updateQuestion(
    principal: Principal,
    id: string,
    patch: QuestionPatch,
    meta: RequestMeta,
  ): Promise<QuestionView> {
    return this.tx.run(async (em) => {
      const q = await this.loadQuestion(em, principal, id, true);
      const currentOptions = parse<OptionInput[]>(q.options, []);
      if (patch.options !== undefined && q.kind === 'true_false')
        throw assessmentInvalid([{ field: 'options', reason: 'are fixed for true/false (true, false)' }]);
      const optionsChangeIds =
        patch.options !== undefined &&
        JSON.stringify(patch.options.map((o) => o.id)) !== JSON.stringify(currentOptions.map((o) => o.id));
      const grading = [
        ...(optionsChangeIds ? ['options'] : []),
        ...(patch.key !== undefined ? ['key'] : []),
        ...(patch.points !== undefined && patch.points !== q.points ? ['points'] : []),
      ];
      const options = patch.options ?? currentOptions;
      const key = patch.key ?? (parse<AnswerKey>(q.answerKey, { optionIds: [] }) as KeyInput);
      const problems = this.checkQuestion(q.kind, {
        texts: patch.texts,
        options: q.kind === 'true_false' ? undefined : options,
        key,
        points: patch.points,
      });
      if (problems.length > 0) throw assessmentInvalid(problems);
      if (grading.length > 0 && (await this.questionInUse(em, id))) throw questionInUse(grading);
      await em.update(
        AssessmentQuestionEntity,
        { id },
        {
          ...(patch.texts ? { texts: JSON.stringify(patch.texts) } : {}),
          ...(patch.options ? { options: JSON.stringify(this.optionsOf(q.kind, patch.options)) } : {}),
          ...(patch.key ? { answerKey: JSON.stringify(this.keyOf(q.kind, patch.key)) } : {}),
          ...(patch.points !== undefined ? { points: patch.points } : {}),
          ...(patch.retired !== undefined
            ? { retiredAt: patch.retired ? (q.retiredAt ?? new Date()) : null }
            : {}),
        },
      );
      await this.audit.record(
        em,
        {
          action: 'assessment.question_updated',
          actorId: principal.id,
          targetType: 'assessment_question',
          targetId: id,
          details: { fields: Object.keys(patch) },
        },
        meta,
      );
      return (await this.questionViews(em, [id]))[0]!;
    });
  }

  /**
   * Corrects a question's key (and points) after answers were submitted, and regrades every submitted
   * attempt of every assessment that asks it, in one transaction; audited with the old and new key.
   */
  async correctKey(
    principal: Principal,
    id: string,
    input: { key: KeyInput; points?: number },
    meta: RequestMeta,
  ): Promise<{ question: QuestionView; regraded: number }> {
    return this.tx.run(async (em) => {
      const q = await this.loadQuestion(em, principal, id, true);
      const problems = this.checkQuestion(q.kind, {
        options: q.kind === 'true_false' ? undefined : parse<OptionInput[]>(q.options, []),
        key: input.key,
        points: input.points,
      });
      if (problems.length > 0) throw assessmentInvalid(problems);
      const newKey = this.keyOf(q.kind, input.key);
      await em.update(
        AssessmentQuestionEntity,
        { id },
        {
          answerKey: JSON.stringify(newKey),
          ...(input.points !== undefined ? { points: input.points } : {}),
        },
      );
      await this.audit.record(
        em,
        {
          action: 'assessment.key_corrected',
          actorId: principal.id,
          targetType: 'assessment_question',
          targetId: id,
          details: {
            from: { key: parse(q.answerKey, {}), points: q.points },
            to: { key: newKey, points: input.points ?? q.points },
          },
        },
        meta,
      );
      const assessments = (await em.query(
        `SELECT DISTINCT assessment_id AS id FROM assessment_item WHERE question_id = ?`,
        [id],
      )) as { id: string }[];
      let regraded = 0;
      for (const a of assessments) regraded += await this.regradeIn(em, a.id);
      return { question: (await this.questionViews(em, [id]))[0]!, regraded };
    });
  }

  async listQuestions(
    principal: Principal,
    programmeId: string,
    includeRetired = false,
  ): Promise<QuestionView[]> {
    const em = this.tx.manager;
    await this.requireStaff(em, principal, programmeId);
    const rows = (await em.query(
      `SELECT id FROM assessment_question WHERE programme_id = ? ${includeRetired ? '' : 'AND retired_at IS NULL'}
        ORDER BY created_at, id`,
      [programmeId],
    )) as { id: string }[];
    return this.questionViews(
      em,
      rows.map((r) => r.id),
    );
  }

  private async questionViews(em: EntityManager, ids: string[]): Promise<QuestionView[]> {
    if (ids.length === 0) return [];
    const rows = await em.find(AssessmentQuestionEntity, { where: { id: In(ids) } });
    const used = new Set(
      (
        (await em.query(
          `SELECT DISTINCT a.question_id AS id FROM assessment_answer a
             JOIN assessment_attempt t ON t.id = a.attempt_id AND t.status = 'submitted'
            WHERE a.question_id IN (?)`,
          [ids],
        )) as { id: string }[]
      ).map((r) => r.id),
    );
    const byId = new Map(rows.map((q) => [q.id, q]));
    return ids.map((id) => {
      const q = byId.get(id)!;
      return {
        id: q.id,
        programmeId: q.programmeId,
        kind: q.kind,
        texts: parse<Record<string, string>>(q.texts, {}),
        options: parse<OptionInput[]>(q.options, []),
        key: parse<AnswerKey>(q.answerKey, { optionIds: [] }),
        points: q.points,
        retired: q.retiredAt !== null,
        inUse: used.has(q.id),
        createdAt: q.createdAt.toISOString(),
      };
    });
  }

  // ---- assessments ---------------------------------------------------------------------------------

  private async load(em: EntityManager, principal: Principal, id: string, lock = false): Promise<Loaded> {
    const assessment = await em.findOne(AssessmentEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!assessment) throw notFound('Assessment');
    const access = await this.programmes
      .accessOrHide(em, principal, assessment.programmeId)
      .catch(() => null);
    if (!access || (access === 'attend' && assessment.status !== 'published')) throw notFound('Assessment');
    const programme = await em.findOneOrFail(ProgrammeEntity, { where: { id: assessment.programmeId } });
    return { assessment, programme, access };
  }

  private async loadForStaff(em: EntityManager, principal: Principal, id: string, lock = false) {
    const loaded = await this.load(em, principal, id, lock);
    if (loaded.access === 'attend') throw forbidden('Only the programme’s staff manage its assessments');
    return loaded;
  }

  private async checkAssessment(
    em: EntityManager,
    programmeId: string,
    input: AssessmentPatch,
    current?: AssessmentEntity,
  ): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    const opensAt = input.opensAt !== undefined ? input.opensAt : (current?.opensAt ?? null);
    const closesAt = input.closesAt !== undefined ? input.closesAt : (current?.closesAt ?? null);
    if (opensAt && closesAt && closesAt <= opensAt)
      problems.push({ field: 'closesAt', reason: 'must be after opensAt' });
    if (input.sessionId) {
      const session = await em.findOne(SessionEntity, { where: { id: input.sessionId } });
      if (!session || session.programmeId !== programmeId)
        problems.push({ field: 'sessionId', reason: 'is not a session of this programme' });
    }
    if (input.questionIds !== undefined) {
      if (input.questionIds.length === 0)
        problems.push({ field: 'questionIds', reason: 'needs at least one question' });
      const dup = input.questionIds.findIndex((q, i) => input.questionIds!.indexOf(q) !== i);
      if (dup >= 0) problems.push({ field: `questionIds[${dup}]`, reason: 'is listed twice' });
      const found =
        input.questionIds.length === 0
          ? []
          : await em.find(AssessmentQuestionEntity, { where: { id: In(input.questionIds) } });
      const byId = new Map(found.map((q) => [q.id, q]));
      input.questionIds.forEach((qid, i) => {
        const q = byId.get(qid);
        if (!q || q.programmeId !== programmeId)
          problems.push({ field: `questionIds[${i}]`, reason: 'is not a question of this programme’s pool' });
        else if (q.retiredAt) problems.push({ field: `questionIds[${i}]`, reason: 'is retired' });
      });
    }
    return problems;
  }

  private async writeItems(em: EntityManager, assessmentId: string, questionIds: string[]) {
    await em.delete(AssessmentItemEntity, { assessmentId });
    await em.insert(
      AssessmentItemEntity,
      questionIds.map((questionId, i) => ({ assessmentId, questionId, position: i + 1 })),
    );
  }

  async create(
    principal: Principal,
    programmeId: string,
    input: AssessmentInput,
    meta: RequestMeta,
  ): Promise<AssessmentView> {
    return this.tx.run(async (em) => {
      await this.requireStaff(em, principal, programmeId);
      const problems = await this.checkAssessment(em, programmeId, input);
      if (problems.length > 0) throw assessmentInvalid(problems);
      const exclusive = input.kind === 'quiz' ? null : input.kind;
      if (exclusive) {
        await em.query(`SELECT id FROM programme WHERE id = ? FOR UPDATE`, [programmeId]);
        if (await em.exists(AssessmentEntity, { where: { programmeId, exclusiveKind: exclusive } }))
          throw kindTaken(exclusive);
      }
      const id = orderedUuid();
      await em.insert(AssessmentEntity, {
        id,
        programmeId,
        sessionId: input.sessionId ?? null,
        kind: input.kind,
        exclusiveKind: exclusive,
        title: input.title,
        timeLimitMinutes: input.timeLimitMinutes ?? null,
        attemptsAllowed: input.attemptsAllowed ?? 1,
        opensAt: input.opensAt ?? null,
        closesAt: input.closesAt ?? null,
        passPercent: input.passPercent ?? null,
        answerVisibility: input.answerVisibility ?? 'after_submit',
        createdBy: principal.id,
      });
      await this.writeItems(em, id, input.questionIds);
      await this.audit.record(
        em,
        {
          action: 'assessment.created',
          actorId: principal.id,
          targetType: 'assessment',
          targetId: id,
          details: { programmeId, kind: input.kind },
        },
        meta,
      );
      return this.view(em, principal, await this.load(em, principal, id));
    });
  }

  async update(principal: Principal, id: string, patch: AssessmentPatch, meta: RequestMeta) {
    return this.tx.run(async (em) => {
      const { assessment: a } = await this.loadForStaff(em, principal, id, true);
      const problems = await this.checkAssessment(em, a.programmeId, patch, a);
      if (problems.length > 0) throw assessmentInvalid(problems);
      if (patch.questionIds !== undefined) {
        if (await em.exists(AssessmentAttemptEntity, { where: { assessmentId: id } }))
          throw hasAttempts('questionIds');
        await this.writeItems(em, id, patch.questionIds);
      }
      const { questionIds: _q, ...fields } = patch;
      if (Object.keys(fields).length > 0) await em.update(AssessmentEntity, { id }, fields);
      if (patch.closesAt !== undefined || patch.timeLimitMinutes !== undefined) {
        // Unfinished attempts follow the new close or limit: deadline = min(close, start + limit).
        const fresh = await em.findOneByOrFail(AssessmentEntity, { id });
        const open = await em.find(AssessmentAttemptEntity, {
          where: { assessmentId: id, status: 'in_progress' },
        });
        for (const t of open)
          await em.update(
            AssessmentAttemptEntity,
            { id: t.id },
            { deadlineAt: deadlineOf(t.startedAt, fresh.timeLimitMinutes, fresh.closesAt) },
          );
      }
      await this.audit.record(
        em,
        {
          action: 'assessment.updated',
          actorId: principal.id,
          targetType: 'assessment',
          targetId: id,
          details: { fields: Object.keys(patch) },
        },
        meta,
      );
      return this.view(em, principal, await this.load(em, principal, id));
    });
  }

  async publish(principal: Principal, id: string, meta: RequestMeta): Promise<AssessmentView> {
    return this.tx.run(async (em) => {
      const { assessment: a } = await this.loadForStaff(em, principal, id, true);
      if (a.status !== 'published') {
        await em.update(AssessmentEntity, { id }, { status: 'published', publishedAt: new Date() });
        await this.audit.record(
          em,
          { action: 'assessment.published', actorId: principal.id, targetType: 'assessment', targetId: id },
          meta,
        );
      }
      return this.view(em, principal, await this.load(em, principal, id));
    });
  }

  async get(principal: Principal, id: string): Promise<AssessmentView> {
    const em = this.tx.manager;
    return this.view(em, principal, await this.load(em, principal, id));
  }

  async list(principal: Principal, programmeId: string): Promise<AssessmentView[]> {
    const em = this.tx.manager;
    const access = await this.programmes.accessOrHide(em, principal, programmeId);
    const programme = await em.findOneOrFail(ProgrammeEntity, { where: { id: programmeId } });
    const rows = await em.find(AssessmentEntity, {
      where: { programmeId, ...(access === 'attend' ? { status: 'published' as const } : {}) },
      order: { createdAt: 'ASC' },
    });
    return this.views(em, principal, rows, programme, access);
  }

  private async view(em: EntityManager, principal: Principal, l: Loaded): Promise<AssessmentView> {
    return (await this.views(em, principal, [l.assessment], l.programme, l.access))[0]!;
  }

  private async views(
    em: EntityManager,
    principal: Principal,
    rows: AssessmentEntity[],
    programme: ProgrammeEntity,
    access: 'manage' | 'teach' | 'attend',
  ): Promise<AssessmentView[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const items = (await em.query(
      `SELECT i.assessment_id AS assessmentId, i.question_id AS questionId, q.points
         FROM assessment_item i JOIN assessment_question q ON q.id = i.question_id
        WHERE i.assessment_id IN (?) ORDER BY i.assessment_id, i.position`,
      [ids],
    )) as { assessmentId: string; questionId: string; points: string }[];
    const used =
      access === 'attend'
        ? new Map(
            (
              (await em.query(
                `SELECT assessment_id AS id, COUNT(*) AS n FROM assessment_attempt
                  WHERE assessment_id IN (?) AND user_id = ? GROUP BY assessment_id`,
                [ids, principal.id],
              )) as { id: string; n: string }[]
            ).map((r) => [r.id, Number(r.n)]),
          )
        : null;
    return rows.map((a) => {
      const own = items.filter((i) => i.assessmentId === a.id);
      const usedN = used?.get(a.id) ?? 0;
      return {
        id: a.id,
        programmeId: a.programmeId,
        sessionId: a.sessionId,
        kind: a.kind,
        title: a.title,
        timeLimitMinutes: a.timeLimitMinutes,
        attemptsAllowed: a.attemptsAllowed,
        opens: timePointOf(a.opensAt, principal.timeZone, programme.hostTimeZone),
        closes: timePointOf(a.closesAt, principal.timeZone, programme.hostTimeZone),
        passPercent: a.passPercent,
        answerVisibility: a.answerVisibility,
        status: a.status,
        questionCount: own.length,
        maxScore: own.reduce((s, i) => s + Number(i.points), 0),
        ...(used
          ? { attemptsUsed: usedN, attemptsLeft: Math.max(a.attemptsAllowed - usedN, 0) }
          : { questionIds: own.map((i) => i.questionId) }),
        createdAt: a.createdAt.toISOString(),
      };
    });
  }

  // ---- attempts ------------------------------------------------------------------------------------

  /**
   * Starts an attempt: a trainee with an active enrolment, while the assessment is open, within the
   * attempts allowed (an unfinished attempt is returned rather than a second one started).
   */
  async start(principal: Principal, assessmentId: string, now = new Date()): Promise<AttemptView> {
    return this.tx.run(async (em) => {
      const l = await this.load(em, principal, assessmentId);
      const a = l.assessment;
      if (l.access !== 'attend') throw forbidden('Only the programme’s trainees take its assessments');
      const enrolment = await em.findOne(EnrolmentEntity, {
        where: { programmeId: a.programmeId, userId: principal.id },
      });
      if (enrolment?.status !== 'active') throw forbidden('Only trainees with an active enrolment take it');
      // One start at a time per trainee and assessment: the numbering and the limit hold under races.
      await em.query(`SELECT id FROM enrolment WHERE id = ? FOR UPDATE`, [enrolment.id]);
      await this.settleExpired(em, { assessmentId, userId: principal.id }, now);
      if (a.opensAt && now < a.opensAt) throw notOpenYet(a.opensAt);
      if (a.closesAt && now >= a.closesAt) throw assessmentClosed(a.closesAt);
      const mine = await em.find(AssessmentAttemptEntity, {
        where: { assessmentId, userId: principal.id },
        order: { number: 'DESC' },
      });
      const open = mine.find((t) => t.status === 'in_progress');
      if (open) return this.attemptView(em, principal, open, l);
      if (mine.length >= a.attemptsAllowed) throw noAttemptsLeft(a.attemptsAllowed);
      const id = orderedUuid();
      await em.insert(AssessmentAttemptEntity, {
        id,
        assessmentId,
        userId: principal.id,
        number: mine.length + 1,
        status: 'in_progress',
        startedAt: now,
        deadlineAt: deadlineOf(now, a.timeLimitMinutes, a.closesAt),
      });
      return this.attemptView(em, principal, await em.findOneByOrFail(AssessmentAttemptEntity, { id }), l);
    });
  }

  /** The attempt, its assessment and the caller's access: the trainee who owns it, or the staff. */
  private async loadAttempt(em: EntityManager, principal: Principal, id: string, lock = false) {
    const attempt = await em.findOne(AssessmentAttemptEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!attempt) throw notFound('Attempt');
    const l = await this.load(em, principal, attempt.assessmentId).catch(() => null);
    if (!l || (l.access === 'attend' && attempt.userId !== principal.id)) throw notFound('Attempt');
    return { attempt, l };
  }

  async getAttempt(principal: Principal, id: string, now = new Date()): Promise<AttemptView> {
    return this.tx.run(async (em) => {
      const { attempt, l } = await this.loadAttempt(em, principal, id, true);
      const settled = await this.settleOne(em, attempt, l.assessment, now);
      return this.attemptView(em, principal, settled, l, now);
    });
  }

  /** Saves answers (each replaces the question's previous answer); refused after the deadline. */
  async saveAnswers(
    principal: Principal,
    id: string,
    answers: AnswerInput[],
    now = new Date(),
  ): Promise<AttemptView> {
    const result = await this.tx.run(async (em) => {
      const { attempt, l } = await this.loadAttempt(em, principal, id, true);
      if (attempt.userId !== principal.id) throw forbidden('Only the trainee answers their attempt');
      if (attempt.status === 'submitted') throw attemptSubmitted();
      if (attempt.deadlineAt && now >= attempt.deadlineAt) {
        await this.settleOne(em, attempt, l.assessment, now);
        return { error: deadlinePassed(attempt.deadlineAt) };
      }
      const questions = await this.questionsOf(em, attempt.assessmentId);
      const byId = new Map(questions.map((q) => [q.id, q]));
      const problems: FieldProblem[] = [];
      const rows: { questionId: string; response: string }[] = [];
      const seen = new Set<string>();
      answers.forEach((ans, i) => {
        const q = byId.get(ans.questionId);
        const f = `answers[${i}]`;
        if (!q)
          return problems.push({ field: `${f}.questionId`, reason: 'is not a question of this assessment' });
        if (seen.has(q.id)) return problems.push({ field: `${f}.questionId`, reason: 'is answered twice' });
        seen.add(q.id);
        const response = this.checkResponse(q, ans, f, problems);
        if (response) rows.push({ questionId: q.id, response: JSON.stringify(response) });
      });
      if (problems.length > 0) throw assessmentInvalid(problems);
      if (rows.length > 0)
        await em.query(
          `INSERT INTO assessment_answer (attempt_id, question_id, response) VALUES ?
           ON DUPLICATE KEY UPDATE response = VALUES(response)`,
          [rows.map((r) => [id, r.questionId, r.response])],
        );
      return { view: await this.attemptView(em, principal, attempt, l, now) };
    });
    // The expired attempt's grade is committed; the refusal is answered after.
    if (result.error) throw result.error;
    return result.view!;
  }

  private checkResponse(
    q: GradingQuestion & { optionIds: string[] },
    ans: AnswerInput,
    f: string,
    problems: FieldProblem[],
  ): Response | null {
    const before = problems.length;
    const other = (field: keyof AnswerInput) => {
      if (ans[field] !== undefined)
        problems.push({ field: `${f}.${field}`, reason: `is not for a ${q.kind} question` });
    };
    if (CHOICE_KINDS.includes(q.kind)) {
      other('text');
      other('value');
      const ids = ans.optionIds ?? [];
      if (q.kind !== 'multiple_choice' && ids.length > 1)
        problems.push({ field: `${f}.optionIds`, reason: 'takes one option' });
      ids.forEach((oid, k) => {
        if (!q.optionIds.includes(oid))
          problems.push({ field: `${f}.optionIds[${k}]`, reason: 'is not an option of the question' });
        else if (ids.indexOf(oid) !== k)
          problems.push({ field: `${f}.optionIds[${k}]`, reason: 'is chosen twice' });
      });
      return problems.length === before ? { optionIds: ids } : null;
    }
    other('optionIds');
    if (q.kind === 'short_answer') {
      other('value');
      if (typeof ans.text !== 'string') problems.push({ field: `${f}.text`, reason: 'is required' });
      else if (ans.text.length > SHORT_MAX)
        problems.push({ field: `${f}.text`, reason: `must be at most ${SHORT_MAX} characters` });
      return problems.length === before ? { text: ans.text } : null;
    }
    other('text');
    if (typeof ans.value !== 'number' || !Number.isFinite(ans.value))
      problems.push({ field: `${f}.value`, reason: 'must be a number' });
    return problems.length === before ? { value: ans.value } : null;
  }

  async submit(principal: Principal, id: string, now = new Date()): Promise<AttemptView> {
    return this.tx.run(async (em) => {
      const { attempt, l } = await this.loadAttempt(em, principal, id, true);
      if (attempt.userId !== principal.id) throw forbidden('Only the trainee submits their attempt');
      if (attempt.status === 'submitted') throw attemptSubmitted();
      const graded = await this.settleOne(em, attempt, l.assessment, now, true);
      return this.attemptView(em, principal, graded, l, now);
    });
  }

  /** Staff: the attempts of an assessment; a trainee: their own. */
  async listAttempts(
    principal: Principal,
    assessmentId: string,
    now = new Date(),
  ): Promise<AttemptSummaryView[]> {
    return this.tx.run(async (em) => {
      const l = await this.load(em, principal, assessmentId);
      const mine = l.access === 'attend';
      await this.settleExpired(em, { assessmentId, ...(mine ? { userId: principal.id } : {}) }, now);
      const rows = (await em.query(
        `SELECT t.id, t.user_id AS userId, u.display_name AS displayName, t.number, t.status,
                t.started_at AS startedAt, t.submitted_at AS submittedAt, t.auto_submitted AS autoSubmitted,
                t.score, t.max_score AS maxScore, t.percent
           FROM assessment_attempt t JOIN user u ON u.id = t.user_id
          WHERE t.assessment_id = ? ${mine ? 'AND t.user_id = ?' : ''}
          ORDER BY u.display_name, t.user_id, t.number`,
        mine ? [assessmentId, principal.id] : [assessmentId],
      )) as Record<string, unknown>[];
      const num = (v: unknown) => (v === null ? null : Number(v));
      return rows.map((r) => ({
        id: r.id as string,
        userId: r.userId as string,
        displayName: r.displayName as string,
        number: Number(r.number),
        status: r.status as AttemptStatus,
        startedAt: (r.startedAt as Date).toISOString(),
        submittedAt: r.submittedAt ? (r.submittedAt as Date).toISOString() : null,
        autoSubmitted: Boolean(Number(r.autoSubmitted)),
        score: num(r.score),
        maxScore: num(r.maxScore),
        percent: num(r.percent),
      }));
    });
  }

  /** Staff override the points of one answer (with a comment), audited; the attempt's score follows. */
  async overridePoints(
    principal: Principal,
    attemptId: string,
    input: { questionId: string; points: number | null; comment?: string | null },
    meta: RequestMeta,
    now = new Date(),
  ): Promise<AttemptView> {
    return this.tx.run(async (em) => {
      const { attempt, l } = await this.loadAttempt(em, principal, attemptId, true);
      if (l.access === 'attend') throw forbidden('Only the programme’s staff mark attempts');
      const settled = await this.settleOne(em, attempt, l.assessment, now);
      if (settled.status !== 'submitted')
        throw assessmentInvalid([
          { field: 'attemptId', reason: 'is still in progress: mark it once submitted' },
        ]);
      const questions = await this.questionsOf(em, attempt.assessmentId);
      const q = questions.find((x) => x.id === input.questionId);
      if (!q)
        throw assessmentInvalid([{ field: 'questionId', reason: 'is not a question of this assessment' }]);
      if (input.points !== null && !(input.points >= 0 && input.points <= q.points))
        throw assessmentInvalid([{ field: 'points', reason: `must be between 0 and ${q.points}` }]);
      const before = await em.findOne(AssessmentAnswerEntity, { where: { attemptId, questionId: q.id } });
      await em.query(
        `INSERT INTO assessment_answer (attempt_id, question_id, response, auto_points, override_points,
                override_comment, overridden_by, overridden_at)
         VALUES (?, ?, 'null', 0, ?, ?, ?, ?)
         ON DUPLICATE KEY UPDATE override_points = VALUES(override_points),
                override_comment = VALUES(override_comment), overridden_by = VALUES(overridden_by),
                overridden_at = VALUES(overridden_at)`,
        [attemptId, q.id, input.points, input.comment ?? null, principal.id, now],
      );
      await this.rescore(em, [attemptId], await this.maxOf(em, attempt.assessmentId));
      await this.audit.record(
        em,
        {
          action: 'assessment.points_overridden',
          actorId: principal.id,
          targetType: 'assessment_attempt',
          targetId: attemptId,
          details: {
            questionId: q.id,
            userId: attempt.userId,
            from: before?.overridePoints ?? before?.autoPoints ?? 0,
            to: input.points,
            comment: input.comment ?? null,
          },
        },
        meta,
      );
      if (l.assessment.kind === 'post_test')
        await this.outbox.add(em, 'evaluate-completion', {
          programmeId: l.assessment.programmeId,
          userId: attempt.userId,
        });
      const fresh = await em.findOneByOrFail(AssessmentAttemptEntity, { id: attemptId });
      return this.attemptView(em, principal, fresh, l, now);
    });
  }

  /** Regrades every submitted attempt of an assessment against the current keys (after a key correction). */
  async regrade(
    principal: Principal,
    assessmentId: string,
    meta: RequestMeta,
  ): Promise<{ regraded: number }> {
    return this.tx.run(async (em) => {
      await this.loadForStaff(em, principal, assessmentId, true);
      const regraded = await this.regradeIn(em, assessmentId);
      await this.audit.record(
        em,
        {
          action: 'assessment.regraded',
          actorId: principal.id,
          targetType: 'assessment',
          targetId: assessmentId,
          details: { attempts: regraded },
        },
        meta,
      );
      return { regraded };
    });
  }

  /**
   * The batch regrade, in the caller's transaction: per chunk of attempts, one SELECT of their answers,
   * the key applied in process, one multi-row write of the answers whose points changed, one UPDATE of
   * the attempts' scores; for a post-test, an evaluate-completion job per trainee. Returns the attempts.
   */
  async regradeIn(em: EntityManager, assessmentId: string): Promise<number> {
    const assessment = await em.findOneByOrFail(AssessmentEntity, { id: assessmentId });
    const questions = new Map((await this.questionsOf(em, assessmentId)).map((q) => [q.id, q]));
    const max = [...questions.values()].reduce((s, q) => s + q.points, 0);
    const attempts = (await em.query(
      `SELECT id, user_id AS userId FROM assessment_attempt WHERE assessment_id = ? AND status = 'submitted'`,
      [assessmentId],
    )) as { id: string; userId: string }[];
    for (let i = 0; i < attempts.length; i += REGRADE_CHUNK) {
      const ids = attempts.slice(i, i + REGRADE_CHUNK).map((t) => t.id);
      const answers = (await em.query(
        `SELECT attempt_id AS a, question_id AS q, response AS r, auto_points AS p
           FROM assessment_answer WHERE attempt_id IN (?)`,
        [ids],
      )) as { a: string; q: string; r: string; p: string | null }[];
      const changed: [string, string, string, number][] = [];
      for (const row of answers) {
        const q = questions.get(row.q);
        if (!q) continue;
        const points = isCorrect(q.kind, q.key, JSON.parse(row.r) as Response | null) ? q.points : 0;
        if (row.p === null || Number(row.p) !== points) changed.push([row.a, row.q, '', points]);
      }
      if (changed.length > 0)
        await em.query(
          `INSERT INTO assessment_answer (attempt_id, question_id, response, auto_points) VALUES ?
           ON DUPLICATE KEY UPDATE auto_points = VALUES(auto_points)`,
          [changed],
        );
      await this.rescore(em, ids, max);
    }
    if (assessment.kind === 'post_test' && attempts.length > 0)
      await this.outbox.addMany(
        em,
        'evaluate-completion',
        [...new Set(attempts.map((t) => t.userId))].map((userId) => ({
          programmeId: assessment.programmeId,
          userId,
        })),
      );
    return attempts.length;
  }

  /** Score = the sum of each answer's points (an override wins); percent of `max`. */
  private async rescore(em: EntityManager, attemptIds: string[], max: number): Promise<void> {
    await em.query(
      `UPDATE assessment_attempt t
         LEFT JOIN (SELECT attempt_id, SUM(COALESCE(override_points, auto_points, 0)) AS s
                      FROM assessment_answer WHERE attempt_id IN (?) GROUP BY attempt_id) x ON x.attempt_id = t.id
          SET t.score = COALESCE(x.s, 0), t.max_score = ?,
              t.percent = CASE WHEN ? > 0 THEN ROUND(COALESCE(x.s, 0) * 100 / ?, 2) ELSE NULL END
        WHERE t.id IN (?)`,
      [attemptIds, max, max, max, attemptIds],
    );
  }

  private async maxOf(em: EntityManager, assessmentId: string): Promise<number> {
    return (await this.questionsOf(em, assessmentId)).reduce((s, q) => s + q.points, 0);
  }

  /** The assessment's questions in order, as the grader needs them. */
  private async questionsOf(
    em: EntityManager,
    assessmentId: string,
  ): Promise<(GradingQuestion & { optionIds: string[]; row: AssessmentQuestionEntity; position: number })[]> {
    const items = await em.find(AssessmentItemEntity, {
      where: { assessmentId },
      order: { position: 'ASC' },
    });
    if (items.length === 0) return [];
    const rows = await em.find(AssessmentQuestionEntity, {
      where: { id: In(items.map((i) => i.questionId)) },
    });
    const byId = new Map(rows.map((q) => [q.id, q]));
    return items.map((i) => {
      const q = byId.get(i.questionId)!;
      return {
        id: q.id,
        kind: q.kind,
        key: parse<AnswerKey>(q.answerKey, { optionIds: [] }),
        points: q.points,
        optionIds: parse<OptionInput[]>(q.options, []).map((o) => o.id),
        row: q,
        position: i.position,
      };
    });
  }

  /**
   * Grades an in-progress attempt when it is submitted (`force`) or its deadline has passed (then as it
   * stood, submitted at its deadline). Returns the attempt as it is now.
   */
  private async settleOne(
    em: EntityManager,
    attempt: AssessmentAttemptEntity,
    assessment: AssessmentEntity,
    now: Date,
    force = false,
  ): Promise<AssessmentAttemptEntity> {
    if (attempt.status === 'submitted') return attempt;
    const expired = attempt.deadlineAt !== null && now >= attempt.deadlineAt;
    if (!force && !expired) return attempt;
    await this.grade(em, [attempt], assessment, now);
    return em.findOneByOrFail(AssessmentAttemptEntity, { id: attempt.id });
  }

  /** Grades these in-progress attempts of one assessment: answers' points, score, submitted. */
  private async grade(
    em: EntityManager,
    attempts: AssessmentAttemptEntity[],
    assessment: AssessmentEntity,
    now: Date,
  ): Promise<void> {
    if (attempts.length === 0) return;
    const questions = new Map((await this.questionsOf(em, assessment.id)).map((q) => [q.id, q]));
    const max = [...questions.values()].reduce((s, q) => s + q.points, 0);
    const ids = attempts.map((t) => t.id);
    const answers = (await em.query(
      `SELECT attempt_id AS a, question_id AS q, response AS r FROM assessment_answer WHERE attempt_id IN (?)`,
      [ids],
    )) as { a: string; q: string; r: string }[];
    const points = answers
      .filter((row) => questions.has(row.q))
      .map((row) => {
        const q = questions.get(row.q)!;
        return [
          row.a,
          row.q,
          '',
          isCorrect(q.kind, q.key, JSON.parse(row.r) as Response | null) ? q.points : 0,
        ];
      });
    if (points.length > 0)
      await em.query(
        `INSERT INTO assessment_answer (attempt_id, question_id, response, auto_points) VALUES ?
         ON DUPLICATE KEY UPDATE auto_points = VALUES(auto_points)`,
        [points],
      );
    for (const t of attempts) {
      const late = t.deadlineAt !== null && now >= t.deadlineAt;
      await em.update(
        AssessmentAttemptEntity,
        { id: t.id, status: 'in_progress' },
        { status: 'submitted', submittedAt: late ? t.deadlineAt : now, autoSubmitted: late },
      );
    }
    await this.rescore(em, ids, max);
    if (assessment.kind === 'post_test')
      await this.outbox.addMany(
        em,
        'evaluate-completion',
        [...new Set(attempts.map((t) => t.userId))].map((userId) => ({
          programmeId: assessment.programmeId,
          userId,
        })),
      );
  }

  /** Grades the in-progress attempts past their deadline (of one assessment, or one trainee's). */
  private async settleExpired(
    em: EntityManager,
    where: { assessmentId: string; userId?: string },
    now: Date,
  ): Promise<number> {
    const due = (await em.query(
      `SELECT id FROM assessment_attempt
        WHERE assessment_id = ? ${where.userId ? 'AND user_id = ?' : ''} AND status = 'in_progress'
          AND deadline_at <= ? FOR UPDATE`,
      where.userId ? [where.assessmentId, where.userId, now] : [where.assessmentId, now],
    )) as { id: string }[];
    if (due.length === 0) return 0;
    const assessment = await em.findOneByOrFail(AssessmentEntity, { id: where.assessmentId });
    const attempts = await em.find(AssessmentAttemptEntity, { where: { id: In(due.map((d) => d.id)) } });
    await this.grade(em, attempts, assessment, now);
    return attempts.length;
  }

  /**
   * The worker's sweep: grades up to `limit` attempts left past their deadline, claimed with SKIP LOCKED
   * so several workers may sweep at once. Returns how many it graded.
   */
  async sweepExpired(em: EntityManager, now = new Date(), limit = 500): Promise<number> {
    const due = (await em.query(
      `SELECT id, assessment_id AS assessmentId FROM assessment_attempt
        WHERE status = 'in_progress' AND deadline_at <= ? ORDER BY deadline_at LIMIT ? FOR UPDATE SKIP LOCKED`,
      [now, limit],
    )) as { id: string; assessmentId: string }[];
    const byAssessment = new Map<string, string[]>();
    for (const d of due)
      byAssessment.set(d.assessmentId, [...(byAssessment.get(d.assessmentId) ?? []), d.id]);
    for (const [assessmentId, ids] of byAssessment) {
      const assessment = await em.findOneByOrFail(AssessmentEntity, { id: assessmentId });
      await this.grade(
        em,
        await em.find(AssessmentAttemptEntity, { where: { id: In(ids) } }),
        assessment,
        now,
      );
    }
    return due.length;
  }

  /** Whether the trainee sees per-question correctness and keys of this attempt now. */
  private revealed(a: AssessmentEntity, t: AssessmentAttemptEntity, now: Date): boolean {
    if (t.status !== 'submitted') return false;
    if (a.answerVisibility === 'after_submit') return true;
    if (a.answerVisibility === 'after_close') return a.closesAt !== null && now >= a.closesAt;
    return false;
  }

  private async attemptView(
    em: EntityManager,
    principal: Principal,
    t: AssessmentAttemptEntity,
    l: Loaded,
    now = new Date(),
  ): Promise<AttemptView> {
    const staff = l.access !== 'attend';
    const reveal = staff || this.revealed(l.assessment, t, now);
    const questions = await this.questionsOf(em, t.assessmentId);
    const answers = await em.find(AssessmentAnswerEntity, { where: { attemptId: t.id } });
    const answerOf = new Map(answers.map((a) => [a.questionId, a]));
    const chain = readerChain(principal.locale, principal.languageFallbacks, l.programme.languageFallbacks);
    return {
      id: t.id,
      assessmentId: t.assessmentId,
      userId: t.userId,
      number: t.number,
      status: t.status,
      startedAt: t.startedAt.toISOString(),
      deadline: timePointOf(t.deadlineAt, principal.timeZone, l.programme.hostTimeZone),
      submittedAt: t.submittedAt?.toISOString() ?? null,
      autoSubmitted: t.autoSubmitted,
      score: t.status === 'submitted' ? t.score : null,
      maxScore: t.status === 'submitted' ? t.maxScore : null,
      percent: t.status === 'submitted' ? t.percent : null,
      answersRevealed: reveal,
      questions: questions.map((q) => {
        const ans = answerOf.get(q.id);
        const response = ans ? parse<Response | null>(ans.response, null) : null;
        const base: AttemptQuestionView = {
          id: q.id,
          position: q.position,
          kind: q.kind,
          text: pickText(parse<Record<string, string>>(q.row.texts, {}), chain),
          options: parse<OptionInput[]>(q.row.options, []).map((o) => ({
            id: o.id,
            text: pickText(o.texts, chain),
          })),
          points: q.points,
          answer: response,
        };
        if (!reveal || t.status !== 'submitted') return base;
        return {
          ...base,
          correct: isCorrect(q.kind, q.key, response),
          awardedPoints: ans ? (ans.overridePoints ?? ans.autoPoints ?? 0) : 0,
          key: q.key,
          overrideComment: ans?.overrideComment ?? null,
        };
      }),
    };
  }

  // ---- learning gain and completion ----------------------------------------------------------------

  /**
   * Per trainee: the first submitted pre-test attempt (what they knew on arrival) and the best submitted
   * post-test attempt; g = (post − pre) / (100 − pre). Staff see every enrolled trainee and the cohort;
   * a trainee sees only their own row.
   */
  async learningGain(principal: Principal, programmeId: string): Promise<LearningGainView> {
    const em = this.tx.manager;
    const access = await this.programmes.accessOrHide(em, principal, programmeId);
    const tests = (await em.query(
      `SELECT id, kind FROM assessment WHERE programme_id = ? AND kind IN ('pre_test', 'post_test')`,
      [programmeId],
    )) as { id: string; kind: AssessmentKind }[];
    const pre = tests.find((t) => t.kind === 'pre_test')?.id ?? null;
    const post = tests.find((t) => t.kind === 'post_test')?.id ?? null;
    const own = access === 'attend';
    const rows = (await em.query(
      `SELECT e.user_id AS userId, u.display_name AS displayName,
              (SELECT t.percent FROM assessment_attempt t WHERE t.assessment_id = ? AND t.user_id = e.user_id
                  AND t.status = 'submitted' ORDER BY t.number LIMIT 1) AS pre,
              (SELECT MAX(t.percent) FROM assessment_attempt t WHERE t.assessment_id = ? AND t.user_id = e.user_id
                  AND t.status = 'submitted') AS post
         FROM enrolment e JOIN user u ON u.id = e.user_id
        WHERE e.programme_id = ? AND e.status IN ('active', 'completed', 'not_completed')
              ${own ? 'AND e.user_id = ?' : ''}
        ORDER BY u.display_name, e.user_id`,
      own ? [pre, post, programmeId, principal.id] : [pre, post, programmeId],
    )) as { userId: string; displayName: string; pre: string | null; post: string | null }[];
    const trainees = rows.map((r) => {
      const p = r.pre === null ? null : Number(r.pre);
      const q = r.post === null ? null : Number(r.post);
      return {
        userId: r.userId,
        displayName: r.displayName,
        prePercent: p,
        postPercent: q,
        gain: normalizedGain(p, q),
      };
    });
    return {
      programmeId,
      preTestId: pre,
      postTestId: post,
      trainees,
      ...(own
        ? {}
        : { cohort: cohortGain(trainees.map((t) => ({ pre: t.prePercent, post: t.postPercent }))) }),
    };
  }

  /**
   * For completion: the programme's post-test and, per trainee, their best submitted percent and whether
   * an attempt waits to be graded (left past its deadline, not yet swept). One query.
   */
  async completionInputs(
    manager: EntityManager,
    programmeId: string,
    userIds?: string[],
  ): Promise<PostTestInputs> {
    const now = new Date();
    if (userIds && userIds.length === 0) {
      const [row] = (await manager.query(
        `SELECT id FROM assessment WHERE programme_id = ? AND kind = 'post_test' AND status = 'published'`,
        [programmeId],
      )) as { id: string }[];
      return { postTestId: row?.id ?? null, byUser: new Map() };
    }
    const rows = (await manager.query(
      `SELECT a.id AS postTestId, t.user_id AS userId,
              MAX(CASE WHEN t.status = 'submitted' THEN t.percent END) AS best,
              MAX(CASE WHEN t.status = 'in_progress' AND t.deadline_at <= ? THEN 1 ELSE 0 END) AS waiting
         FROM assessment a
         LEFT JOIN assessment_attempt t ON t.assessment_id = a.id ${userIds ? 'AND t.user_id IN (?)' : ''}
        WHERE a.programme_id = ? AND a.kind = 'post_test' AND a.status = 'published'
        GROUP BY a.id, t.user_id`,
      userIds ? [now, userIds, programmeId] : [now, programmeId],
    )) as {
      postTestId: string;
      userId: string | null;
      best: string | null;
      waiting: string | number | null;
    }[];
    const byUser = new Map<string, { bestPercent: number | null; awaitingMarking: boolean }>();
    for (const r of rows)
      if (r.userId)
        byUser.set(r.userId, {
          bestPercent: r.best === null ? null : Number(r.best),
          awaitingMarking: Number(r.waiting ?? 0) === 1,
        });
    return { postTestId: rows[0]?.postTestId ?? null, byUser };
  }
}
