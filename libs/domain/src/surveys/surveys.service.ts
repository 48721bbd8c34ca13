import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { IANAZone } from 'luxon';
import { EntityManager, In } from 'typeorm';
import { TransactionService } from '@kenshu/database';
import { AuditService } from '../audit/audit.service.js';
import { AttemptThrottleService } from '../auth/attempt-throttle.service.js';
import { sha256 } from '../auth/sessions.service.js';
import { forbidden, notFound, type FieldProblem } from '../common/domain-error.js';
import { orderedUuid } from '../common/ordered-uuid.js';
import { hasRole, type Principal } from '../common/principal.js';
import { NO_REQUEST, type RequestMeta } from '../common/request-meta.js';
import { timePoint, type TimePoint } from '../common/time-point.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import { SessionEntity } from '../sessions/session.entity.js';
import {
  answerRows,
  checkQuestions,
  pickText,
  readerChain,
  type NpsView,
  type SurveyAnswerInput,
  type SurveyChoice,
  type SurveyQuestionInput,
  type Texts,
} from './survey-rules.js';
import {
  SurveyEntity,
  SurveyInvitationEntity,
  SurveyQuestionEntity,
  SurveyTemplateEntity,
  type SurveyLevel,
  type SurveyQuestionKind,
  type SurveyStatus,
} from './survey.entity.js';
import { SurveyEmailsService, type SurveyEmailView } from './survey-emails.service.js';
import {
  aggregateSurvey,
  questionResults,
  type QuestionResult,
  type SurveyResults,
} from './survey-results.js';
import {
  alreadyAnswered,
  noQuestions,
  surveyClosed,
  surveyInvalid,
  surveyNotDraft,
  surveyNotOpen,
} from './surveys.errors.js';

export type { SurveyAnswerInput, SurveyQuestionInput, SurveyChoice, Texts, NpsView };

// ---- inputs and views ------------------------------------------------------------------------------

export interface TemplateInput {
  title: string;
  questions: SurveyQuestionInput[];
}

export interface SurveyInput {
  templateId: string;
  title?: string;
  sessionId?: string | null;
  level: SurveyLevel;
  anonymous?: boolean;
  opensAt: Date;
  closesAt: Date;
  reminderDays?: number[];
  minGroupSize?: number;
}

export type SurveyPatch = Partial<Omit<SurveyInput, 'templateId' | 'level'>> & { level?: SurveyLevel };

export interface SurveyQuestionView {
  id: string | null;
  position: number;
  kind: SurveyQuestionKind;
  texts: Texts;
  options: SurveyChoice[] | null;
  rows: SurveyChoice[] | null;
  scaleLabels: Texts[] | null;
  required: boolean;
}

export interface SurveyTemplateView {
  id: string;
  title: string;
  questions: SurveyQuestionView[];
  createdAt: Date;
  updatedAt: Date;
}

export interface SurveyView {
  id: string;
  programmeId: string;
  sessionId: string | null;
  templateId: string | null;
  title: string;
  level: SurveyLevel;
  anonymous: boolean;
  opensAt: TimePoint;
  closesAt: TimePoint;
  reminderDays: number[];
  minGroupSize: number;
  status: SurveyStatus;
  closedAt: TimePoint | null;
  invited: number;
  responses: number;
  questions: SurveyQuestionView[];
}

/** A question as the invitee reads it: in their language. */
export interface SurveyFormQuestion {
  id: string;
  position: number;
  kind: SurveyQuestionKind;
  text: string;
  options: { id: string; text: string }[] | null;
  rows: { id: string; text: string }[] | null;
  scaleLabels: string[] | null;
  required: boolean;
}

/** A survey as the invitee reads it (no sign-in needed with the token). */
export interface SurveyFormView {
  surveyId: string;
  title: string;
  programmeTitle: string;
  language: string;
  anonymous: boolean;
  status: SurveyStatus;
  opensAt: TimePoint;
  closesAt: TimePoint;
  answered: boolean;
  questions: SurveyFormQuestion[];
}

export interface MySurveyView {
  surveyId: string;
  programmeId: string;
  title: string;
  level: SurveyLevel;
  anonymous: boolean;
  status: SurveyStatus;
  opensAt: TimePoint;
  closesAt: TimePoint;
  answered: boolean;
}

export interface IssuedInvitation {
  invitationId: string;
  userId: string;
  /** `queued`: its email is on its way (an open survey); `on_open`: emailed when the draft opens. */
  email: 'queued' | 'on_open';
}

/** An invitee as the coordinator sees them: answered or not (never what), and their emails per round. */
export interface SurveyInvitationView {
  invitationId: string;
  user: { id: string; displayName: string; email: string };
  invitedAt: TimePoint;
  answered: boolean;
  emails: SurveyEmailView[];
}

const ELIGIBLE = ['active', 'completed'];
const zoneOr = (zone: string | null | undefined) => (zone && IANAZone.isValidZone(zone) ? zone : 'UTC');
const parse = <T>(json: string | null): T | null => (json === null ? null : (JSON.parse(json) as T));
const dayOf = (at: Date) => at.toISOString().slice(0, 10);

interface Loaded {
  survey: SurveyEntity;
  programme: ProgrammeEntity;
}

@Injectable()
export class SurveysService {
  private readonly logger = new Logger(SurveysService.name);

  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly programmes: ProgrammesService,
    private readonly emails: SurveyEmailsService,
    private readonly throttle: AttemptThrottleService,
  ) {}

  // ---- templates -----------------------------------------------------------------------------------

  private checkTemplate(input: Partial<TemplateInput>): void {
    const problems: FieldProblem[] = [];
    if (input.title !== undefined && (input.title.trim() === '' || input.title.length > 200))
      problems.push({ field: 'title', reason: 'must be 1 to 200 characters' });
    if (input.questions) problems.push(...checkQuestions(input.questions));
    if (problems.length) throw surveyInvalid(problems);
  }

  private static normalQuestions(questions: SurveyQuestionInput[]): SurveyQuestionInput[] {
    return questions.map((q) => ({
      kind: q.kind,
      texts: q.texts,
      options: q.kind === 'single_choice' || q.kind === 'multiple_choice' ? q.options! : null,
      rows: q.kind === 'matrix' ? q.rows! : null,
      scaleLabels: q.kind === 'likert' || q.kind === 'matrix' ? q.scaleLabels! : null,
      required: q.required ?? true,
    }));
  }

  private templateView(t: SurveyTemplateEntity): SurveyTemplateView {
    const questions = JSON.parse(t.questions) as SurveyQuestionInput[];
    return {
      id: t.id,
      title: t.title,
      questions: questions.map((q, i) => ({
        id: null,
        position: i + 1,
        kind: q.kind,
        texts: q.texts,
        options: q.options ?? null,
        rows: q.rows ?? null,
        scaleLabels: q.scaleLabels ?? null,
        required: q.required ?? true,
      })),
      createdAt: t.createdAt,
      updatedAt: t.updatedAt,
    };
  }

  private requireTemplateWriter(principal: Principal): void {
    if (!hasRole(principal, 'coordinator', 'admin'))
      throw forbidden('Only coordinators and admins write survey templates');
  }

  async createTemplate(principal: Principal, input: TemplateInput, meta: RequestMeta) {
    this.requireTemplateWriter(principal);
    this.checkTemplate(input);
    return this.tx.run(async (em) => {
      const id = orderedUuid();
      await em.insert(SurveyTemplateEntity, {
        id,
        title: input.title.trim(),
        questions: JSON.stringify(SurveysService.normalQuestions(input.questions)),
        createdBy: principal.id,
      });
      await this.audit.record(
        em,
        {
          action: 'survey_template.created',
          actorId: principal.id,
          targetType: 'survey_template',
          targetId: id,
        },
        meta,
      );
      return this.templateView(await em.findOneByOrFail(SurveyTemplateEntity, { id }));
    });
  }

  async updateTemplate(principal: Principal, id: string, patch: Partial<TemplateInput>, meta: RequestMeta) {
    this.requireTemplateWriter(principal);
    this.checkTemplate(patch);
    return this.tx.run(async (em) => {
      const t = await em.findOne(SurveyTemplateEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!t) throw notFound('Survey template');
      const changes: Partial<SurveyTemplateEntity> = {};
      if (patch.title !== undefined) changes.title = patch.title.trim();
      if (patch.questions !== undefined)
        changes.questions = JSON.stringify(SurveysService.normalQuestions(patch.questions));
      if (Object.keys(changes).length) await em.update(SurveyTemplateEntity, { id }, changes);
      await this.audit.record(
        em,
        {
          action: 'survey_template.updated',
          actorId: principal.id,
          targetType: 'survey_template',
          targetId: id,
          details: { fields: Object.keys(changes) },
        },
        meta,
      );
      return this.templateView(await em.findOneByOrFail(SurveyTemplateEntity, { id }));
    });
  }

  async getTemplate(principal: Principal, id: string): Promise<SurveyTemplateView> {
    this.requireTemplateWriter(principal);
    const t = await this.tx.manager.findOneBy(SurveyTemplateEntity, { id });
    if (!t) throw notFound('Survey template');
    return this.templateView(t);
  }

  async listTemplates(principal: Principal): Promise<SurveyTemplateView[]> {
    this.requireTemplateWriter(principal);
    const rows = await this.tx.manager.find(SurveyTemplateEntity, { order: { title: 'ASC', id: 'ASC' } });
    return rows.map((t) => this.templateView(t));
  }

  // ---- surveys -------------------------------------------------------------------------------------

  private async load(em: EntityManager, principal: Principal, id: string, lock = false): Promise<Loaded> {
    const survey = await em.findOne(SurveyEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!survey) throw notFound('Survey');
    const access = await this.programmes.accessOrHide(em, principal, survey.programmeId).catch(() => {
      throw notFound('Survey');
    });
    if (access !== 'manage') throw forbidden('Only the programme’s coordinators manage its surveys');
    const programme = await em.findOneByOrFail(ProgrammeEntity, { id: survey.programmeId });
    return { survey, programme };
  }

  private async checkSurvey(
    em: EntityManager,
    programmeId: string,
    s: {
      sessionId?: string | null;
      opensAt: Date;
      closesAt: Date;
      reminderDays?: number[];
      minGroupSize?: number;
      title?: string;
    },
  ): Promise<void> {
    const problems: FieldProblem[] = [];
    if (!(s.opensAt < s.closesAt)) problems.push({ field: 'closesAt', reason: 'must be after opensAt' });
    if (s.title !== undefined && (s.title.trim() === '' || s.title.length > 200))
      problems.push({ field: 'title', reason: 'must be 1 to 200 characters' });
    if (s.sessionId && !(await em.exists(SessionEntity, { where: { id: s.sessionId, programmeId } })))
      problems.push({ field: 'sessionId', reason: 'is not a session of this programme' });
    (s.reminderDays ?? []).forEach((d, i) => {
      if (!Number.isInteger(d) || d < 1 || d > 365)
        problems.push({
          field: `reminderDays[${i}]`,
          reason: 'must be a whole number of days from 1 to 365',
        });
    });
    if (
      s.minGroupSize !== undefined &&
      (!Number.isInteger(s.minGroupSize) || s.minGroupSize < 1 || s.minGroupSize > 1000)
    )
      problems.push({ field: 'minGroupSize', reason: 'must be a whole number from 1 to 1000' });
    if (problems.length) throw surveyInvalid(problems);
  }

  async create(principal: Principal, programmeId: string, input: SurveyInput, meta: RequestMeta) {
    return this.tx.run(async (em) => {
      await this.programmes.requireManage(em, principal, programmeId);
      const id = await this.createIn(em, principal.id, programmeId, input, meta);
      return this.view(em, principal, await this.load(em, principal, id));
    });
  }

  /**
   * Creates a draft survey from a template in the caller's transaction (by staff, or by the system with
   * `actorId` null), after checking the input; returns its id. The caller checks who may do it.
   */
  async createIn(
    em: EntityManager,
    actorId: string | null,
    programmeId: string,
    input: SurveyInput,
    meta: RequestMeta = NO_REQUEST,
  ): Promise<string> {
    const template = await em.findOneBy(SurveyTemplateEntity, { id: input.templateId });
    if (!template) throw surveyInvalid([{ field: 'templateId', reason: 'is not a survey template' }]);
    await this.checkSurvey(em, programmeId, input);
    const id = orderedUuid();
    await em.insert(SurveyEntity, {
      id,
      programmeId,
      sessionId: input.sessionId ?? null,
      templateId: template.id,
      title: (input.title ?? template.title).trim(),
      level: input.level,
      anonymous: input.anonymous ?? true,
      opensAt: input.opensAt,
      closesAt: input.closesAt,
      reminderDays: input.reminderDays?.length
        ? [...new Set(input.reminderDays)].sort((a, b) => a - b).join(',')
        : null,
      minGroupSize: input.minGroupSize ?? 5,
      status: 'draft',
      createdBy: actorId,
    });
    const questions = JSON.parse(template.questions) as SurveyQuestionInput[];
    if (questions.length)
      await em.insert(
        SurveyQuestionEntity,
        questions.map((q, i) => ({
          id: orderedUuid(),
          surveyId: id,
          position: i + 1,
          kind: q.kind,
          texts: JSON.stringify(q.texts),
          options: q.options ? JSON.stringify(q.options) : null,
          matrixRows: q.rows ? JSON.stringify(q.rows) : null,
          scaleLabels: q.scaleLabels ? JSON.stringify(q.scaleLabels) : null,
          required: q.required ?? true,
        })),
      );
    await this.audit.record(
      em,
      {
        action: 'survey.created',
        actorId,
        targetType: 'survey',
        targetId: id,
        details: { programmeId, templateId: template.id, level: input.level },
      },
      meta,
    );
    return id;
  }

  async update(principal: Principal, id: string, patch: SurveyPatch, meta: RequestMeta) {
    return this.tx.run(async (em) => {
      const l = await this.load(em, principal, id, true);
      if (l.survey.status === 'closed') throw surveyNotDraft('closed');
      const next = {
        title: patch.title,
        sessionId: patch.sessionId === undefined ? l.survey.sessionId : patch.sessionId,
        opensAt: patch.opensAt ?? l.survey.opensAt,
        closesAt: patch.closesAt ?? l.survey.closesAt,
        reminderDays: patch.reminderDays,
        minGroupSize: patch.minGroupSize,
      };
      await this.checkSurvey(em, l.survey.programmeId, next);
      // Who sees what of the answers is fixed once answers may come in.
      if (l.survey.status !== 'draft' && (patch.anonymous !== undefined || patch.minGroupSize !== undefined))
        throw surveyNotDraft(l.survey.status);
      const changes: Partial<SurveyEntity> = {};
      if (patch.title !== undefined) changes.title = patch.title.trim();
      if (patch.sessionId !== undefined) changes.sessionId = patch.sessionId;
      if (patch.level !== undefined) changes.level = patch.level;
      if (patch.anonymous !== undefined) changes.anonymous = patch.anonymous;
      if (patch.opensAt !== undefined) changes.opensAt = patch.opensAt;
      if (patch.closesAt !== undefined) changes.closesAt = patch.closesAt;
      if (patch.reminderDays !== undefined)
        changes.reminderDays = patch.reminderDays.length
          ? [...new Set(patch.reminderDays)].sort((a, b) => a - b).join(',')
          : null;
      if (patch.minGroupSize !== undefined) changes.minGroupSize = patch.minGroupSize;
      if (Object.keys(changes).length) await em.update(SurveyEntity, { id }, changes);
      await this.audit.record(
        em,
        {
          action: 'survey.updated',
          actorId: principal.id,
          targetType: 'survey',
          targetId: id,
          details: { fields: Object.keys(changes) },
        },
        meta,
      );
      return this.view(em, principal, await this.load(em, principal, id));
    });
  }

  async get(principal: Principal, id: string): Promise<SurveyView> {
    const em = this.tx.manager;
    return this.view(em, principal, await this.load(em, principal, id));
  }

  async list(principal: Principal, programmeId: string): Promise<SurveyView[]> {
    const em = this.tx.manager;
    await this.programmes.requireManage(em, principal, programmeId);
    const programme = await em.findOneByOrFail(ProgrammeEntity, { id: programmeId });
    const surveys = await em.find(SurveyEntity, {
      where: { programmeId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return Promise.all(surveys.map((survey) => this.view(em, principal, { survey, programme })));
  }

  async open(principal: Principal, id: string, meta: RequestMeta): Promise<SurveyView> {
    return this.tx.run(async (em) => {
      const l = await this.load(em, principal, id, true);
      await this.openIn(em, l.survey, principal.id, meta);
      return this.view(em, principal, await this.load(em, principal, id));
    });
  }

  /** Opens a draft survey (locked by the caller) that has questions, in the caller's transaction. */
  async openIn(
    em: EntityManager,
    survey: SurveyEntity,
    actorId: string | null,
    meta: RequestMeta = NO_REQUEST,
  ): Promise<void> {
    if (survey.status !== 'draft') throw surveyNotDraft(survey.status);
    if (!(await em.exists(SurveyQuestionEntity, { where: { surveyId: survey.id } }))) throw noQuestions();
    await em.update(SurveyEntity, { id: survey.id }, { status: 'open' });
    survey.status = 'open';
    // Invitations made while it was a draft are emailed now.
    await this.emails.queueOnOpen(em, survey);
    await this.audit.record(
      em,
      { action: 'survey.opened', actorId, targetType: 'survey', targetId: survey.id },
      meta,
    );
  }

  /**
   * Staff close (open surveys only): closed now, so no answer is taken from here on, then the results are
   * aggregated and frozen (see {@link freezeClosed}).
   */
  async close(principal: Principal, id: string, meta: RequestMeta, now = new Date()): Promise<SurveyView> {
    await this.tx.run(async (em) => {
      const l = await this.load(em, principal, id, true);
      if (l.survey.status !== 'open') throw surveyNotDraft(l.survey.status);
      await this.markClosed(em, id, now, principal.id, 'staff', meta);
    });
    // The close stands whatever happens next: a freeze that fails here is the worker's next poll's.
    await this.freezeClosed(id).catch((error: unknown) =>
      this.logger.warn({ err: error, surveyId: id }, 'freezing the results failed; the worker retries'),
    );
    const em = this.tx.manager;
    return this.view(em, principal, await this.load(em, principal, id));
  }

  /**
   * Closes the open surveys whose closing time has passed, up to `limit`, in the caller's transaction:
   * rows claimed with SKIP LOCKED (several workers may poll at once); a survey closed already is not
   * selected again (twice = once). Their results are frozen afterwards by {@link freezePending}.
   */
  async closeDue(em: EntityManager, now = new Date(), limit = 20): Promise<number> {
    const due = (await em.query(
      `SELECT id FROM survey WHERE status = 'open' AND closes_at <= ? ORDER BY closes_at, id LIMIT ?
         FOR UPDATE SKIP LOCKED`,
      [now, limit],
    )) as { id: string }[];
    for (const { id } of due) await this.markClosed(em, id, now, null, 'schedule', NO_REQUEST);
    return due.length;
  }

  /**
   * Closing takes two steps, so that a survey of 100,000 responses is not aggregated inside the
   * transaction that holds its row: first the row says closed (answers lock it in share mode and are
   * refused once it is closed, so none lands after this commits), then the results are computed from
   * what is now a fixed set of answers and stored where none are yet. Until then `results()` computes
   * them on demand; a worker that dies in between leaves `results` empty and the next poll fills it in.
   */
  private async markClosed(
    em: EntityManager,
    id: string,
    now: Date,
    actorId: string | null,
    by: 'staff' | 'schedule',
    meta: RequestMeta,
  ): Promise<void> {
    await em.update(SurveyEntity, { id }, { status: 'closed', closedAt: now, results: null });
    await this.audit.record(
      em,
      { action: 'survey.closed', actorId, targetType: 'survey', targetId: id, details: { by } },
      meta,
    );
  }

  /** Aggregates and stores the results of a closed survey that has none yet; twice = once. */
  async freezeClosed(id: string): Promise<boolean> {
    const survey = await this.tx.manager.findOneBy(SurveyEntity, { id });
    if (!survey || survey.status !== 'closed' || survey.results !== null) return false;
    // No answer can change any more: plain reads, outside a transaction, see the final set.
    const results = await this.aggregate(this.tx.manager, survey, survey.closedAt ?? new Date(), true);
    const written = (await this.tx.manager.query(
      `UPDATE survey SET results = ? WHERE id = ? AND status = 'closed' AND results IS NULL`,
      [JSON.stringify(results), id],
    )) as { affectedRows: number };
    return written.affectedRows === 1;
  }

  /** Freezes the results of closed surveys that have none yet (up to `limit`); returns how many. */
  async freezePending(limit = 20): Promise<number> {
    const pending = (await this.tx.manager.query(
      `SELECT id FROM survey WHERE status = 'closed' AND results IS NULL ORDER BY closed_at, id LIMIT ?`,
      [limit],
    )) as { id: string }[];
    let frozen = 0;
    for (const { id } of pending) if (await this.freezeClosed(id)) frozen += 1;
    return frozen;
  }

  // ---- invitations ---------------------------------------------------------------------------------

  /** Invites the programme's active and completed trainees (all, or these) who have no invitation yet. */
  async invite(principal: Principal, id: string, userIds: string[] | undefined, meta: RequestMeta) {
    return this.tx.run(async (em) => {
      const l = await this.load(em, principal, id, true);
      return this.inviteIn(em, l.survey, userIds, principal.id, meta);
    });
  }

  /**
   * Invites, in the caller's transaction, the programme's active and completed trainees (all, or these)
   * who have no invitation to this survey (locked by the caller) yet; by staff or, with `actorId` null,
   * by the system. Each token is derived from the invitation id (only its SHA-256 is stored); an open
   * survey's invitations are emailed (round 0, through the outbox), a draft's when it opens.
   */
  async inviteIn(
    em: EntityManager,
    survey: SurveyEntity,
    userIds: string[] | undefined,
    actorId: string | null,
    meta: RequestMeta = NO_REQUEST,
  ): Promise<IssuedInvitation[]> {
    const id = survey.id;
    if (survey.status === 'closed') throw surveyClosed();
    const eligible = (await em.query(
      `SELECT user_id AS userId FROM enrolment WHERE programme_id = ? AND status IN (?)`,
      [survey.programmeId, ELIGIBLE],
    )) as { userId: string }[];
    const eligibleSet = new Set(eligible.map((e) => e.userId));
    if (userIds) {
      const problems = userIds.flatMap((u, i) =>
        eligibleSet.has(u)
          ? []
          : [{ field: `userIds[${i}]`, reason: 'is not an active or completed trainee of the programme' }],
      );
      if (problems.length) throw surveyInvalid(problems);
    }
    const wanted = userIds ? [...new Set(userIds)] : [...eligibleSet];
    const already = new Set(
      wanted.length
        ? (
            await em.find(SurveyInvitationEntity, {
              where: { surveyId: id, userId: In(wanted) },
              select: { userId: true },
            })
          ).map((i) => i.userId)
        : [],
    );
    const email = survey.status === 'open' ? 'queued' : 'on_open';
    const issued: IssuedInvitation[] = wanted
      .filter((u) => !already.has(u))
      .sort()
      .map((userId) => ({ invitationId: orderedUuid(), userId, email }));
    if (issued.length)
      await em.insert(
        SurveyInvitationEntity,
        issued.map((i) => ({
          id: i.invitationId,
          surveyId: id,
          userId: i.userId,
          tokenHash: sha256(this.emails.tokenFor(i.invitationId)),
        })),
      );
    await this.emails.queueInvitations(
      em,
      survey,
      issued.map((i) => i.invitationId),
    );
    await this.audit.record(
      em,
      {
        action: 'survey.invited',
        actorId,
        targetType: 'survey',
        targetId: id,
        details: { invited: issued.length },
      },
      meta,
    );
    return issued;
  }

  /**
   * A survey's invitees with whether they answered (yes or no only, even for an anonymous survey: that is
   * what reminders go by; never what they answered) and each email sent or planned, per round.
   */
  async invitations(principal: Principal, id: string): Promise<SurveyInvitationView[]> {
    const em = this.tx.manager;
    const { survey, programme } = await this.load(em, principal, id);
    const reader = zoneOr(principal.timeZone);
    const host = zoneOr(programme.hostTimeZone);
    const at = (instant: Date) => timePoint(instant, reader, host);
    const rows = (await em.query(
      `SELECT i.id, i.user_id, i.answered_on, i.created_at, u.display_name, u.email
         FROM survey_invitation i JOIN user u ON u.id = i.user_id
        WHERE i.survey_id = ? ORDER BY u.display_name, i.id`,
      [survey.id],
    )) as {
      id: string;
      user_id: string;
      answered_on: string | null;
      created_at: Date;
      display_name: string;
      email: string;
    }[];
    const emails = await this.emails.byInvitation(em, survey.id, at);
    return rows.map((r) => ({
      invitationId: r.id,
      user: { id: r.user_id, displayName: r.display_name, email: r.email },
      invitedAt: at(r.created_at),
      answered: r.answered_on !== null,
      emails: emails.get(r.id) ?? [],
    }));
  }

  private async invitationByToken(em: EntityManager, token: string, lock = false) {
    if (typeof token !== 'string' || token.length < 20 || token.length > 100)
      throw notFound('Survey invitation');
    const inv = await em.findOne(SurveyInvitationEntity, {
      where: { tokenHash: sha256(token) },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!inv) throw notFound('Survey invitation');
    return inv;
  }

  /** The invitation's survey and invitee, or 404 when the invitee is no longer an active/completed trainee. */
  private async invitee(em: EntityManager, inv: SurveyInvitationEntity, forAnswer = false) {
    // An answer holds the survey in share mode: a close (FOR UPDATE) waits for answers in flight, and an
    // answer after it reads the survey closed.
    const survey = await em.findOneOrFail(SurveyEntity, {
      where: { id: inv.surveyId },
      ...(forAnswer ? { lock: { mode: 'pessimistic_read' as const } } : {}),
    });
    const rows = (await em.query(
      `SELECT u.locale, u.language_fallbacks AS userFallbacks, u.time_zone AS timeZone,
              o.country, o.name AS organisation, e.status AS enrolment,
              p.title AS programmeTitle, p.host_time_zone AS hostZone, p.language_fallbacks AS programmeFallbacks
         FROM user u
         JOIN programme p ON p.id = ?
         LEFT JOIN enrolment e ON e.programme_id = p.id AND e.user_id = u.id
         LEFT JOIN organisation o ON o.id = u.organisation_id
        WHERE u.id = ? AND u.status = 'active'`,
      [survey.programmeId, inv.userId],
    )) as {
      locale: string;
      userFallbacks: string | null;
      timeZone: string;
      country: string | null;
      organisation: string | null;
      enrolment: string | null;
      programmeTitle: string;
      hostZone: string;
      programmeFallbacks: string | null;
    }[];
    const who = rows[0];
    // Withdrawn (or never active): the invitation answers nothing, as if it did not exist.
    if (!who || !who.enrolment || !ELIGIBLE.includes(who.enrolment) || survey.status === 'draft')
      throw notFound('Survey invitation');
    return { survey, who };
  }

  private async formOf(em: EntityManager, inv: SurveyInvitationEntity): Promise<SurveyFormView> {
    const { survey, who } = await this.invitee(em, inv);
    const chain = readerChain(who.locale, who.userFallbacks, who.programmeFallbacks);
    const questions = await em.find(SurveyQuestionEntity, {
      where: { surveyId: survey.id },
      order: { position: 'ASC' },
    });
    const reader = zoneOr(who.timeZone);
    const host = zoneOr(who.hostZone);
    const choices = (json: string | null) =>
      parse<SurveyChoice[]>(json)?.map((c) => ({ id: c.id, text: pickText(c.texts, chain) })) ?? null;
    return {
      surveyId: survey.id,
      title: survey.title,
      programmeTitle: who.programmeTitle,
      language: chain[0] ?? 'en',
      anonymous: survey.anonymous,
      status: survey.status,
      opensAt: timePoint(survey.opensAt, reader, host),
      closesAt: timePoint(survey.closesAt, reader, host),
      answered: inv.answeredOn !== null,
      questions: questions.map((q) => ({
        id: q.id,
        position: q.position,
        kind: q.kind,
        text: pickText(JSON.parse(q.texts) as Texts, chain),
        options: choices(q.options),
        rows: choices(q.matrixRows),
        scaleLabels: parse<Texts[]>(q.scaleLabels)?.map((l) => pickText(l, chain)) ?? null,
        required: q.required,
      })),
    };
  }

  /** Throttled per client IP and per token (SURVEY_TOKEN_PER_IP a minute), like the other public routes. */
  async formByToken(token: string, ip: string | null = null): Promise<SurveyFormView> {
    await this.throttle.attempt('survey-token', String(token).slice(0, 100), ip);
    const em = this.tx.manager;
    return this.formOf(em, await this.invitationByToken(em, token));
  }

  async answerByToken(
    token: string,
    answers: SurveyAnswerInput[],
    ip: string | null = null,
    now = new Date(),
  ): Promise<void> {
    await this.throttle.attempt('survey-token', String(token).slice(0, 100), ip);
    await this.tx.run(async (em) =>
      this.answer(em, await this.invitationByToken(em, token, true), answers, now),
    );
  }

  /** The signed-in trainee's invitations, newest survey first. */
  async mine(principal: Principal): Promise<MySurveyView[]> {
    const rows = (await this.tx.manager.query(
      `SELECT s.id, s.programme_id AS programmeId, s.title, s.level, s.anonymous, s.status, s.opens_at AS opensAt,
              s.closes_at AS closesAt, i.answered_on AS answeredOn, p.host_time_zone AS hostZone
         FROM survey_invitation i
         JOIN survey s ON s.id = i.survey_id
         JOIN programme p ON p.id = s.programme_id
         JOIN enrolment e ON e.programme_id = s.programme_id AND e.user_id = i.user_id
        WHERE i.user_id = ? AND s.status <> 'draft' AND e.status IN (?)
        ORDER BY s.opens_at DESC, s.id`,
      [principal.id, ELIGIBLE],
    )) as {
      id: string;
      programmeId: string;
      title: string;
      level: SurveyLevel;
      anonymous: number;
      status: SurveyStatus;
      opensAt: Date;
      closesAt: Date;
      answeredOn: string | null;
      hostZone: string;
    }[];
    const reader = zoneOr(principal.timeZone);
    return rows.map((r) => ({
      surveyId: r.id,
      programmeId: r.programmeId,
      title: r.title,
      level: r.level,
      anonymous: Number(r.anonymous) === 1,
      status: r.status,
      opensAt: timePoint(new Date(r.opensAt), reader, zoneOr(r.hostZone)),
      closesAt: timePoint(new Date(r.closesAt), reader, zoneOr(r.hostZone)),
      answered: r.answeredOn !== null,
    }));
  }

  private async myInvitation(em: EntityManager, principal: Principal, surveyId: string, lock = false) {
    const inv = await em.findOne(SurveyInvitationEntity, {
      where: { surveyId, userId: principal.id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!inv) throw notFound('Survey');
    return inv;
  }

  async myForm(principal: Principal, surveyId: string): Promise<SurveyFormView> {
    const em = this.tx.manager;
    return this.formOf(em, await this.myInvitation(em, principal, surveyId)).catch((e: unknown) => {
      throw e instanceof Error && (e as { code?: string }).code === 'COMMON.NOT_FOUND'
        ? notFound('Survey')
        : e;
    });
  }

  async answerAsMe(principal: Principal, surveyId: string, answers: SurveyAnswerInput[], now = new Date()) {
    await this.tx.run(async (em) => {
      const inv = await this.myInvitation(em, principal, surveyId, true);
      await this.answer(em, inv, answers, now).catch((e: unknown) => {
        throw e instanceof Error && (e as { code?: string }).code === 'COMMON.NOT_FOUND'
          ? notFound('Survey')
          : e;
      });
    });
  }

  /**
   * One answer of one invitation (locked by the caller): once; only while the survey is open; every
   * answer checked. Anonymous: the response keeps no user or invitation id, a random id and the day only.
   */
  private async answer(
    em: EntityManager,
    inv: SurveyInvitationEntity,
    answers: SurveyAnswerInput[],
    now: Date,
  ) {
    const { survey, who } = await this.invitee(em, inv, true);
    if (survey.status === 'closed' || now >= survey.closesAt) throw surveyClosed();
    if (now < survey.opensAt) throw surveyNotOpen(survey.opensAt);
    if (inv.answeredOn !== null) throw alreadyAnswered();
    const questions = await em.find(SurveyQuestionEntity, {
      where: { surveyId: survey.id },
      order: { position: 'ASC' },
    });
    const { rows, problems } = answerRows(
      questions.map((q) => ({
        id: q.id,
        kind: q.kind,
        required: q.required,
        optionIds: parse<SurveyChoice[]>(q.options)?.map((o) => o.id) ?? [],
        rowIds: parse<SurveyChoice[]>(q.matrixRows)?.map((r) => r.id) ?? [],
      })),
      answers,
    );
    if (problems.length) throw surveyInvalid(problems);
    const responseId = randomUUID(); // random, not time-ordered: its id tells nothing of when or who
    await em.query(
      `INSERT INTO survey_response (id, survey_id, user_id, answered_on, country, organisation, session_id)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
      [
        responseId,
        survey.id,
        survey.anonymous ? null : inv.userId,
        dayOf(now),
        who.country,
        who.organisation,
        survey.sessionId,
      ],
    );
    if (rows.length)
      await em.query(
        `INSERT INTO survey_answer (response_id, question_id, row_key, option_id, survey_id, value_int, text) VALUES ?`,
        [rows.map((r) => [responseId, r.questionId, r.rowKey, r.optionId, survey.id, r.valueInt, r.text])],
      );
    await em.update(SurveyInvitationEntity, { id: inv.id }, { answeredOn: dayOf(now) });
  }

  // ---- results -------------------------------------------------------------------------------------

  /** Frozen results once closed; a live preview while open (same hiding rules). */
  async results(principal: Principal, id: string, now = new Date()): Promise<SurveyResults> {
    const em = this.tx.manager;
    const { survey } = await this.load(em, principal, id);
    if (survey.status === 'closed' && survey.results) return JSON.parse(survey.results) as SurveyResults;
    return this.aggregate(em, survey, now, false);
  }

  /** Per-question results of a survey, unhidden (see questionResults): for callers that apply the rules. */
  questionResults(em: EntityManager, surveyId: string): Promise<QuestionResult[]> {
    return questionResults(em, surveyId);
  }

  /** The results of a survey now (see aggregateSurvey). */
  aggregate(em: EntityManager, survey: SurveyEntity, now: Date, frozen: boolean): Promise<SurveyResults> {
    return aggregateSurvey(em, survey, now, frozen);
  }

  // ---- views ---------------------------------------------------------------------------------------

  private async view(em: EntityManager, principal: Principal, l: Loaded): Promise<SurveyView> {
    const s = l.survey;
    const [counts] = (await em.query(
      `SELECT (SELECT COUNT(*) FROM survey_invitation WHERE survey_id = ?) AS invited,
              (SELECT COUNT(*) FROM survey_response WHERE survey_id = ?) AS responses`,
      [s.id, s.id],
    )) as { invited: string; responses: string }[];
    const questions = await em.find(SurveyQuestionEntity, {
      where: { surveyId: s.id },
      order: { position: 'ASC' },
    });
    const reader = zoneOr(principal.timeZone);
    const host = zoneOr(l.programme.hostTimeZone);
    return {
      id: s.id,
      programmeId: s.programmeId,
      sessionId: s.sessionId,
      templateId: s.templateId,
      title: s.title,
      level: s.level,
      anonymous: s.anonymous,
      opensAt: timePoint(s.opensAt, reader, host),
      closesAt: timePoint(s.closesAt, reader, host),
      reminderDays: s.reminderDays ? s.reminderDays.split(',').map(Number) : [],
      minGroupSize: s.minGroupSize,
      status: s.status,
      closedAt: s.closedAt ? timePoint(s.closedAt, reader, host) : null,
      invited: Number(counts!.invited),
      responses: Number(counts!.responses),
      questions: questions.map((q) => ({
        id: q.id,
        position: q.position,
        kind: q.kind,
        texts: JSON.parse(q.texts) as Texts,
        options: parse<SurveyChoice[]>(q.options),
        rows: parse<SurveyChoice[]>(q.matrixRows),
        scaleLabels: parse<Texts[]>(q.scaleLabels),
        required: q.required,
      })),
    };
  }
}
