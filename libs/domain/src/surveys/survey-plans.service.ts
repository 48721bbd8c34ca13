import { Injectable } from '@nestjs/common';
import { DateTime, IANAZone } from 'luxon';
import { EntityManager, In } from 'typeorm';
import { TransactionService } from '@kenshu/database';
import { AuditService } from '../audit/audit.service.js';
import { DomainError, type FieldProblem } from '../common/domain-error.js';
import type { Principal } from '../common/principal.js';
import type { RequestMeta } from '../common/request-meta.js';
import { timePoint, type TimePoint } from '../common/time-point.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import { SESSION_KINDS, SessionEntity, type SessionKind } from '../sessions/session.entity.js';
import {
  PLAN_LEVELS,
  SurveyOccurrenceEntity,
  SurveyPlanEntity,
  type OccurrenceStatus,
  type PlanLevel,
} from './survey-plan.entity.js';
import { planWanted, replanOccurrences } from './survey-plan-rows.js';
import { occurrenceKey } from './survey-plan-times.js';
import { SurveyEntity, SurveyTemplateEntity } from './survey.entity.js';
import { surveyInvalid } from './surveys.errors.js';
import { SurveysService } from './surveys.service.js';

// ---- inputs and views ------------------------------------------------------------------------------

export interface SurveyPlanLevelInput {
  level: PlanLevel;
  templateId: string;
  anonymous?: boolean;
  openDays?: number;
  reminderDays?: number[];
  minGroupSize?: number;
  /** L1 only: the session kinds it covers; absent or null for every kind. */
  sessionKinds?: SessionKind[] | null;
}

export interface SurveyPlanInput {
  levels: SurveyPlanLevelInput[];
}

export interface SurveyPlanLevelView {
  level: PlanLevel;
  templateId: string;
  templateTitle: string;
  anonymous: boolean;
  openDays: number;
  reminderDays: number[];
  minGroupSize: number;
  sessionKinds: SessionKind[] | null;
  updatedAt: Date;
}

export interface SurveyPlanView {
  programmeId: string;
  levels: SurveyPlanLevelView[];
}

export interface SurveyOccurrenceView {
  id: string;
  level: PlanLevel;
  sessionId: string | null;
  sessionTitle: string | null;
  dueAt: TimePoint;
  status: OccurrenceStatus;
  surveyId: string | null;
  error: string | null;
}

/** What one turn of the poller did with the first due row it could claim (null: none was due). */
export type DueOutcome = 'created' | 'cancelled' | 'moved' | 'failed' | null;

/** Days a planned survey stays open unless the plan says otherwise. */
export const DEFAULT_OPEN_DAYS: Record<PlanLevel, number> = {
  L1: 7,
  programme_end: 7,
  L3_90: 30,
  L3_180: 30,
};

const zoneOr = (zone: string | null | undefined) => (zone && IANAZone.isValidZone(zone) ? zone : 'UTC');
const days = (csv: string | null) => (csv ? csv.split(',').map(Number) : []);
const normalDays = (list: number[] | undefined) =>
  list?.length ? [...new Set(list)].sort((a, b) => a - b).join(',') : null;

/**
 * A programme's evaluation plan and the surveys it makes by itself. Saving the plan re-plans its
 * occurrences at once; the worker's poller re-plans every programme with a plan before each round, so that
 * session and phase changes reach the planned rows within one poll interval without the sessions and
 * programmes features knowing of plans (see the README). Created occurrences never change.
 */
@Injectable()
export class SurveyPlansService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly programmes: ProgrammesService,
    private readonly surveys: SurveysService,
  ) {}

  // ---- the plan ------------------------------------------------------------------------------------

  async get(principal: Principal, programmeId: string): Promise<SurveyPlanView> {
    const em = this.tx.manager;
    await this.programmes.requireManage(em, principal, programmeId);
    return this.view(em, programmeId);
  }

  /** Replaces the whole plan (a level left out is dropped: its planned surveys are cancelled), then re-plans. */
  async save(
    principal: Principal,
    programmeId: string,
    input: SurveyPlanInput,
    meta: RequestMeta,
  ): Promise<SurveyPlanView> {
    return this.tx.run(async (em) => {
      await this.programmes.requireManage(em, principal, programmeId);
      await this.check(em, input);
      await em.find(SurveyPlanEntity, { where: { programmeId }, lock: { mode: 'pessimistic_write' } });
      await em.delete(SurveyPlanEntity, { programmeId });
      if (input.levels.length)
        await em.insert(
          SurveyPlanEntity,
          input.levels.map((l) => ({
            programmeId,
            level: l.level,
            templateId: l.templateId,
            anonymous: l.anonymous ?? true,
            openDays: l.openDays ?? DEFAULT_OPEN_DAYS[l.level],
            reminderDays: normalDays(l.reminderDays),
            minGroupSize: l.minGroupSize ?? 5,
            sessionKinds:
              l.level === 'L1' && l.sessionKinds?.length ? [...new Set(l.sessionKinds)].join(',') : null,
            updatedBy: principal.id,
          })),
        );
      await this.replanIn(em, programmeId, { retryFailed: true });
      await this.audit.record(
        em,
        {
          action: 'survey_plan.updated',
          actorId: principal.id,
          targetType: 'programme',
          targetId: programmeId,
          details: { levels: input.levels.map((l) => l.level) },
        },
        meta,
      );
      return this.view(em, programmeId);
    });
  }

  private async check(em: EntityManager, input: SurveyPlanInput): Promise<void> {
    const problems: FieldProblem[] = [];
    const seen = new Set<string>();
    const templateIds = [...new Set(input.levels.map((l) => l.templateId))];
    const templates = new Map(
      (templateIds.length ? await em.findBy(SurveyTemplateEntity, { id: In(templateIds) }) : []).map((t) => [
        t.id,
        t,
      ]),
    );
    input.levels.forEach((l, i) => {
      const at = (field: string) => `levels[${i}].${field}`;
      if (!PLAN_LEVELS.includes(l.level))
        problems.push({ field: at('level'), reason: `must be one of ${PLAN_LEVELS.join(', ')}` });
      else if (seen.has(l.level)) problems.push({ field: at('level'), reason: 'is given twice' });
      seen.add(l.level);
      const template = templates.get(l.templateId);
      if (!template) problems.push({ field: at('templateId'), reason: 'is not a survey template' });
      else if ((JSON.parse(template.questions) as unknown[]).length === 0)
        problems.push({ field: at('templateId'), reason: 'has no questions' });
      const openDays = l.openDays ?? DEFAULT_OPEN_DAYS[l.level] ?? 7;
      if (!Number.isInteger(openDays) || openDays < 1 || openDays > 365)
        problems.push({ field: at('openDays'), reason: 'must be a whole number of days from 1 to 365' });
      (l.reminderDays ?? []).forEach((d, j) => {
        if (!Number.isInteger(d) || d < 1 || d >= openDays)
          problems.push({
            field: at(`reminderDays[${j}]`),
            reason: `must be a whole number of days from 1 to ${openDays - 1} (before the survey closes)`,
          });
      });
      if (
        l.minGroupSize !== undefined &&
        (!Number.isInteger(l.minGroupSize) || l.minGroupSize < 1 || l.minGroupSize > 1000)
      )
        problems.push({ field: at('minGroupSize'), reason: 'must be a whole number from 1 to 1000' });
      if (l.sessionKinds && l.sessionKinds.length) {
        if (l.level !== 'L1') problems.push({ field: at('sessionKinds'), reason: 'applies to L1 only' });
        l.sessionKinds.forEach((k, j) => {
          if (!SESSION_KINDS.includes(k))
            problems.push({
              field: at(`sessionKinds[${j}]`),
              reason: `must be one of ${SESSION_KINDS.join(', ')}`,
            });
        });
      }
    });
    if (problems.length) throw surveyInvalid(problems);
  }

  private async view(em: EntityManager, programmeId: string): Promise<SurveyPlanView> {
    const rows = await em.find(SurveyPlanEntity, { where: { programmeId }, relations: { template: true } });
    rows.sort((a, b) => PLAN_LEVELS.indexOf(a.level) - PLAN_LEVELS.indexOf(b.level));
    return {
      programmeId,
      levels: rows.map((r) => ({
        level: r.level,
        templateId: r.templateId,
        templateTitle: r.template!.title,
        anonymous: r.anonymous,
        openDays: r.openDays,
        reminderDays: days(r.reminderDays),
        minGroupSize: r.minGroupSize,
        sessionKinds: r.sessionKinds ? (r.sessionKinds.split(',') as SessionKind[]) : null,
        updatedAt: r.updatedAt,
      })),
    };
  }

  // ---- occurrences ---------------------------------------------------------------------------------

  /** The programme's planned, created, cancelled and failed surveys, by due time. */
  async occurrences(principal: Principal, programmeId: string): Promise<SurveyOccurrenceView[]> {
    const em = this.tx.manager;
    await this.programmes.requireManage(em, principal, programmeId);
    const programme = await em.findOneByOrFail(ProgrammeEntity, { id: programmeId });
    const rows = await em.find(SurveyOccurrenceEntity, {
      where: { programmeId },
      relations: { session: true },
      order: { dueAt: 'ASC', level: 'ASC', id: 'ASC' },
    });
    const reader = zoneOr(principal.timeZone);
    const host = zoneOr(programme.hostTimeZone);
    return rows.map((o) => ({
      id: o.id,
      level: o.level,
      sessionId: o.sessionId,
      sessionTitle: o.session?.title ?? null,
      dueAt: timePoint(o.dueAt, reader, host),
      status: o.status,
      surveyId: o.surveyId,
      error: o.error,
    }));
  }

  /** The programmes the poller re-plans: those with a plan, unless archived. */
  async programmesToReplan(): Promise<string[]> {
    const rows = (await this.tx.manager.query(
      `SELECT DISTINCT sp.programme_id AS id FROM survey_plan sp JOIN programme p ON p.id = sp.programme_id
        WHERE p.status <> 'archived' ORDER BY sp.programme_id`,
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /** Re-plans the programme's occurrences in the caller's transaction (see replanOccurrences). */
  replanIn(
    em: EntityManager,
    programmeId: string,
    options: { skipBusy?: boolean; retryFailed?: boolean } = {},
  ): Promise<boolean> {
    return replanOccurrences(em, programmeId, options);
  }

  // ---- making the surveys --------------------------------------------------------------------------

  /**
   * Claims the first due planned occurrence (SKIP LOCKED: several workers may poll at once) and, in one
   * transaction, makes its survey from the plan's template, opens it now (closing after the plan's open
   * days) and invites the programme's active and completed trainees, then marks the row created. The
   * status is read under the row lock, so running it twice makes one survey. The row is checked against
   * the plan first: one no longer wanted is cancelled, one whose session moved later waits. When making
   * the survey breaks a rule (e.g. its template lost its questions), the row is marked failed with the
   * reason, for staff to see; other errors leave it planned for the next poll.
   */
  async createNextDue(now = new Date()): Promise<DueOutcome> {
    let claimed: string | null = null;
    try {
      return await this.tx.run(async (em) => {
        const [row] = (await em.query(
          `SELECT id FROM survey_occurrence WHERE status = 'planned' AND due_at <= ?
            ORDER BY due_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [now],
        )) as { id: string }[];
        if (!row) return null;
        claimed = row.id;
        return this.createIn(em, row.id, now);
      });
    } catch (error) {
      if (!(error instanceof DomainError) || !claimed) throw error;
      const reason = error.fields?.length
        ? error.fields.map((f) => `${f.field} ${f.reason}`).join('; ')
        : error.message;
      await this.tx.run((em) =>
        em.update(
          SurveyOccurrenceEntity,
          { id: claimed!, status: 'planned' },
          { status: 'failed', error: reason.slice(0, 500) },
        ),
      );
      return 'failed';
    }
  }

  private async createIn(em: EntityManager, id: string, now: Date): Promise<DueOutcome> {
    const occ = await em.findOneByOrFail(SurveyOccurrenceEntity, { id });
    if (occ.status !== 'planned') return null;
    const plans = await em.find(SurveyPlanEntity, { where: { programmeId: occ.programmeId } });
    const want = (await planWanted(em, occ.programmeId, plans)).find(
      (w) => occurrenceKey(w) === `${occ.level}|${occ.sessionKey}`,
    );
    const plan = plans.find((p) => p.level === occ.level);
    if (!want || !plan) {
      await em.update(SurveyOccurrenceEntity, { id }, { status: 'cancelled' });
      return 'cancelled';
    }
    if (want.dueAt > now) {
      await em.update(SurveyOccurrenceEntity, { id }, { dueAt: want.dueAt });
      return 'moved';
    }
    const programme = await em.findOneByOrFail(ProgrammeEntity, { id: occ.programmeId });
    const template = await em.findOneByOrFail(SurveyTemplateEntity, { id: plan.templateId });
    const session = occ.sessionId ? await em.findOneBy(SessionEntity, { id: occ.sessionId }) : null;
    const surveyId = await this.surveys.createIn(em, null, occ.programmeId, {
      templateId: plan.templateId,
      title: (session ? `${template.title} — ${session.title}` : template.title).slice(0, 200),
      sessionId: session?.id ?? null,
      level: occ.level,
      anonymous: plan.anonymous,
      opensAt: now,
      closesAt: DateTime.fromJSDate(now, { zone: zoneOr(programme.hostTimeZone) })
        .plus({ days: plan.openDays })
        .toJSDate(),
      reminderDays: days(plan.reminderDays),
      minGroupSize: plan.minGroupSize,
    });
    const survey = await em.findOneByOrFail(SurveyEntity, { id: surveyId });
    await this.surveys.openIn(em, survey, null);
    await this.surveys.inviteIn(em, survey, undefined, null);
    await em.update(SurveyOccurrenceEntity, { id }, { status: 'created', surveyId, error: null });
    return 'created';
  }
}
