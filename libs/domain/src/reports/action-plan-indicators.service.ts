import { Injectable } from '@nestjs/common';
import { DateTime, IANAZone } from 'luxon';
import { EntityManager, In } from 'typeorm';
import { TransactionService } from '@kenshu/database';
import { AuditService } from '../audit/audit.service.js';
import { forbidden, notFound, type FieldProblem } from '../common/domain-error.js';
import { orderedUuid } from '../common/ordered-uuid.js';
import type { Principal } from '../common/principal.js';
import type { RequestMeta } from '../common/request-meta.js';
import { timePoint, type TimePoint } from '../common/time-point.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import {
  INDICATOR_CATALOGUE,
  latestOf,
  median,
  periodKey,
  progressOf,
  roundValue,
  valueProblem,
  type CatalogueIndicator,
  type FollowUp,
  type IndicatorUnit,
} from './indicator-progress.js';
import { ActionPlanIndicatorEntity, ActionPlanIndicatorValueEntity } from './indicator.entity.js';
import { indicatorHasValues, indicatorInvalid, planAccepted } from './indicators.errors.js';
import { ReportReviewEntity, ReportStageEntity } from './report.entity.js';

/** The most indicators one action plan carries. */
export const INDICATORS_PER_PLAN_MAX = 20;

/** Enrolments whose trainees' plans count (they may report follow-ups after the programme ends). */
const COUNTED = ['active', 'completed', 'not_completed'];

export interface IndicatorInput {
  /** Staff: the trainee whose plan it is (required). A trainee writes their own and gives none. */
  userId?: string;
  /** A catalogue suggestion: its name and unit are the defaults. */
  catalogueCode?: string | null;
  name?: string;
  unit?: IndicatorUnit;
  /** Required with unit `other` (e.g. "households"), refused with any other unit. */
  unitLabel?: string | null;
  baselineValue: number;
  /** YYYY-MM-DD */
  baselineOn: string;
  targetValue: number;
  /** YYYY-MM-DD, after baselineOn */
  targetOn: string;
  note?: string | null;
}

export type IndicatorPatch = Partial<Omit<IndicatorInput, 'userId'>>;

export interface IndicatorValueInput {
  followUp: FollowUp;
  /** YYYY-MM-DD: the date the value describes; not before the baseline date. */
  asOf: string;
  value: number;
  comment?: string | null;
  evidenceUrl?: string | null;
}

export interface IndicatorValueView {
  id: string;
  followUp: FollowUp;
  asOf: string;
  value: number;
  comment: string | null;
  evidenceUrl: string | null;
  reportedBy: { id: string; displayName: string } | null;
  reportedAt: TimePoint;
}

export interface IndicatorView {
  id: string;
  programmeId: string;
  stageId: string;
  userId: string;
  catalogueCode: string | null;
  name: string;
  unit: IndicatorUnit;
  unitLabel: string | null;
  baseline: { value: number; on: string };
  target: { value: number; on: string };
  note: string | null;
  /** The latest value (greatest as-of date), latest − baseline, and the share of the way to the target. */
  latest: number | null;
  change: number | null;
  progress: number | null;
  /** Oldest as-of date first. */
  values: IndicatorValueView[];
}

/** Reports at one follow-up (+90 or +180 days after the programme ends). */
export interface L4FollowUpLine {
  followUp: '90' | '180';
  /** Indicators of the programme with a value for this follow-up. */
  indicatorsReported: number;
  /** Trainees with an accepted action plan who reported at least one value for this follow-up. */
  traineesReported: number;
  /** traineesReported / traineesWithAcceptedPlan (0–1, 4 places); null when nobody's plan was accepted. */
  responseRate: number | null;
}

/** One catalogue indicator across the programme's plans. */
export interface L4CatalogueLine {
  code: string;
  name: string;
  unit: IndicatorUnit;
  /** Plans' indicators that follow this catalogue entry. */
  indicators: number;
  /** Of those, how many have a value and a progress (target ≠ baseline). */
  withProgress: number;
  /** Median of their progress (latest value; 1 = target reached), or null with none. */
  medianProgress: number | null;
}

/**
 * The L4 (results) part of a programme's funder report, from the indicators of its trainees' action plans
 * and the values reported at follow-up. Counts are over the programme's action-plan stages.
 */
export interface L4Summary {
  programmeId: string;
  /** Trainees (counted enrolments) with an accepted submission to an action-plan stage: the response rates' denominator. */
  traineesWithAcceptedPlan: number;
  /** Trainees with at least one indicator. */
  traineesWithIndicators: number;
  /** Every indicator of the programme's plans (catalogue and free). */
  indicators: number;
  /** Of them, free ones (no catalogue entry). */
  freeIndicators: number;
  followUps: L4FollowUpLine[];
  /** The catalogue entries in use, in catalogue order. */
  catalogue: L4CatalogueLine[];
}

interface PlanContext {
  stage: ReportStageEntity;
  programme: ProgrammeEntity;
  access: 'manage' | 'teach' | 'attend';
}

const zoneOr = (zone: string) => (IANAZone.isValidZone(zone) ? zone : 'UTC');
const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && DateTime.fromISO(s, { zone: 'UTC' }).isValid;
const clean = (s: string | null | undefined) => {
  const t = s?.replace(/\r\n?/g, '\n').normalize('NFC').trim();
  return t ? t : null;
};

/**
 * L4 results indicators of trainees' action plans (Kirkpatrick level 4) and the values reported at
 * follow-up. A trainee writes the indicators of their own plan while it is not accepted, and reports
 * values for them; the programme's staff (coordinators and instructors) read all and write any time,
 * audited. A trainee never reaches another trainee's indicators: 404.
 */
@Injectable()
export class ActionPlanIndicatorsService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly programmes: ProgrammesService,
  ) {}

  catalogue(): CatalogueIndicator[] {
    return INDICATOR_CATALOGUE.map((c) => ({ ...c }));
  }

  /** Indicators of an action-plan stage: a trainee their own; staff one trainee's (`userId`) or everyone's. */
  async list(principal: Principal, stageId: string, userId?: string): Promise<IndicatorView[]> {
    const em = this.tx.manager;
    const ctx = await this.context(em, principal, stageId);
    if (ctx.access === 'attend' && userId !== undefined && userId !== principal.id)
      throw notFound('Indicators');
    const who = ctx.access === 'attend' ? principal.id : userId;
    const rows = await em.find(ActionPlanIndicatorEntity, {
      where: { stageId, ...(who ? { userId: who } : {}) },
      order: { userId: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
    return this.views(em, rows, principal, ctx.programme);
  }

  async get(principal: Principal, id: string): Promise<IndicatorView> {
    const em = this.tx.manager;
    const { indicator, ctx } = await this.indicatorContext(em, principal, id);
    return (await this.views(em, [indicator], principal, ctx.programme))[0]!;
  }

  async create(
    principal: Principal,
    stageId: string,
    input: IndicatorInput,
    meta: RequestMeta,
  ): Promise<IndicatorView> {
    return this.tx.run(async (em) => {
      const ctx = await this.context(em, principal, stageId);
      let owner: string;
      if (ctx.access === 'attend') {
        if (input.userId !== undefined && input.userId !== principal.id)
          throw forbidden('A trainee writes the indicators of their own action plan');
        owner = principal.id;
      } else {
        if (!input.userId) throw indicatorInvalid([{ field: 'userId', reason: 'is required for staff' }]);
        owner = input.userId;
      }
      await this.lockOwner(em, ctx, owner, principal);
      const fields = this.checked(input, null);
      const [row] = (await em.query(
        `SELECT COUNT(*) AS n FROM action_plan_indicator WHERE stage_id = ? AND user_id = ?`,
        [stageId, owner],
      )) as { n: string | number }[];
      if (Number(row!.n) >= INDICATORS_PER_PLAN_MAX)
        throw indicatorInvalid([
          { field: 'name', reason: `an action plan has at most ${INDICATORS_PER_PLAN_MAX} indicators` },
        ]);
      const id = orderedUuid();
      await em.insert(ActionPlanIndicatorEntity, {
        id,
        programmeId: ctx.stage.programmeId,
        stageId,
        userId: owner,
        ...fields,
      });
      await this.audit.record(
        em,
        {
          action: 'indicator.created',
          actorId: principal.id,
          targetType: 'action_plan_indicator',
          targetId: id,
          details: { stageId, userId: owner, ...fields },
        },
        meta,
      );
      const made = await em.findOneOrFail(ActionPlanIndicatorEntity, { where: { id } });
      return (await this.views(em, [made], principal, ctx.programme))[0]!;
    });
  }

  async update(
    principal: Principal,
    id: string,
    patch: IndicatorPatch,
    meta: RequestMeta,
  ): Promise<IndicatorView> {
    return this.tx.run(async (em) => {
      const { indicator, ctx } = await this.indicatorContext(em, principal, id);
      await this.lockOwner(em, ctx, indicator.userId, principal);
      const current = await em.findOneOrFail(ActionPlanIndicatorEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      const hasValues = await em.exists(ActionPlanIndicatorValueEntity, { where: { indicatorId: id } });
      const fields = this.checked(
        {
          catalogueCode: patch.catalogueCode !== undefined ? patch.catalogueCode : current.catalogueCode,
          name: patch.name ?? current.name,
          unit: patch.unit ?? current.unit,
          unitLabel: patch.unitLabel !== undefined ? patch.unitLabel : current.unitLabel,
          baselineValue: patch.baselineValue ?? current.baselineValue,
          baselineOn: patch.baselineOn ?? current.baselineOn,
          targetValue: patch.targetValue ?? current.targetValue,
          targetOn: patch.targetOn ?? current.targetOn,
          note: patch.note !== undefined ? patch.note : current.note,
        },
        hasValues ? current.unit : null,
      );
      const before: Record<string, unknown> = {};
      const changes: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(fields)) {
        const old = current[k as keyof ActionPlanIndicatorEntity];
        if (old !== v) {
          before[k] = old;
          changes[k] = v;
        }
      }
      if (Object.keys(changes).length > 0) {
        await em.update(ActionPlanIndicatorEntity, { id }, changes);
        await this.audit.record(
          em,
          {
            action: 'indicator.updated',
            actorId: principal.id,
            targetType: 'action_plan_indicator',
            targetId: id,
            details: { userId: indicator.userId, before, after: changes },
          },
          meta,
        );
      }
      const fresh = await em.findOneOrFail(ActionPlanIndicatorEntity, { where: { id } });
      return (await this.views(em, [fresh], principal, ctx.programme))[0]!;
    });
  }

  /**
   * Deletes an indicator and its values. A trainee deletes their own as they change it (an active
   * enrolment, the plan not accepted: 403, 409) and only while no value is reported for it (409
   * INDICATOR.HAS_VALUES: values are follow-up evidence); the programme's staff delete any, any time.
   * Audited with everything deleted, values included.
   */
  async remove(principal: Principal, id: string, meta: RequestMeta): Promise<void> {
    await this.tx.run(async (em) => {
      const { indicator, ctx } = await this.indicatorContext(em, principal, id);
      await this.lockOwner(em, ctx, indicator.userId, principal);
      const current = await em.findOne(ActionPlanIndicatorEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) throw notFound('Indicator');
      const values = await em.find(ActionPlanIndicatorValueEntity, {
        where: { indicatorId: id },
        order: { asOf: 'ASC', id: 'ASC' },
      });
      if (ctx.access === 'attend' && values.length > 0) throw indicatorHasValues(values.length);
      // The values go with it (ON DELETE CASCADE).
      await em.delete(ActionPlanIndicatorEntity, { id });
      await this.audit.record(
        em,
        {
          action: 'indicator.deleted',
          actorId: principal.id,
          targetType: 'action_plan_indicator',
          targetId: id,
          details: {
            stageId: current.stageId,
            userId: current.userId,
            catalogueCode: current.catalogueCode,
            name: current.name,
            unit: current.unit,
            baseline: { value: current.baselineValue, on: current.baselineOn },
            target: { value: current.targetValue, on: current.targetOn },
            values: values.map((v) => ({ followUp: v.followUp, asOf: v.asOf, value: v.value })),
          },
        },
        meta,
      );
    });
  }

  /**
   * A value of an indicator for a follow-up period: by the trainee whose plan it is (their enrolment still
   * counted), or by the programme's staff on their behalf. One value per indicator × period: a second
   * report for the same period (`90`, `180`, or `other` on the same as-of date) replaces the first; the
   * audit log keeps what it replaced.
   */
  async reportValue(
    principal: Principal,
    indicatorId: string,
    input: IndicatorValueInput,
    meta: RequestMeta,
  ): Promise<IndicatorView> {
    return this.tx.run(async (em) => {
      const { ctx } = await this.indicatorContext(em, principal, indicatorId);
      const indicator = await em.findOneOrFail(ActionPlanIndicatorEntity, {
        where: { id: indicatorId },
        lock: { mode: 'pessimistic_write' },
      });
      if (ctx.access === 'attend') {
        const status = await this.enrolmentStatus(em, ctx.stage.programmeId, principal.id);
        if (!status || !COUNTED.includes(status))
          throw forbidden('Only a trainee whose enrolment is active or finished reports values');
      }
      const problems: FieldProblem[] = [];
      if (!isDate(input.asOf)) problems.push({ field: 'asOf', reason: 'is not a valid date (YYYY-MM-DD)' });
      else if (input.asOf < indicator.baselineOn)
        problems.push({ field: 'asOf', reason: `is before the baseline date ${indicator.baselineOn}` });
      const bad = valueProblem(input.value, indicator.unit);
      if (bad) problems.push({ field: 'value', reason: bad });
      if (problems.length > 0) throw indicatorInvalid(problems);
      const key = periodKey(input.followUp, input.asOf);
      const previous = await em.findOne(ActionPlanIndicatorValueEntity, {
        where: { indicatorId, periodKey: key },
      });
      const row = {
        followUp: input.followUp,
        periodKey: key,
        value: roundValue(input.value),
        asOf: input.asOf,
        comment: clean(input.comment),
        evidenceUrl: clean(input.evidenceUrl),
        reportedBy: principal.id,
        reportedAt: new Date(),
      };
      if (previous) await em.update(ActionPlanIndicatorValueEntity, { id: previous.id }, row);
      else await em.insert(ActionPlanIndicatorValueEntity, { id: orderedUuid(), indicatorId, ...row });
      await this.audit.record(
        em,
        {
          action: 'indicator.value_reported',
          actorId: principal.id,
          targetType: 'action_plan_indicator',
          targetId: indicatorId,
          details: {
            userId: indicator.userId,
            followUp: row.followUp,
            asOf: row.asOf,
            value: row.value,
            comment: row.comment,
            evidenceUrl: row.evidenceUrl,
            replaced: previous
              ? {
                  value: previous.value,
                  asOf: previous.asOf,
                  comment: previous.comment,
                  evidenceUrl: previous.evidenceUrl,
                  reportedBy: previous.reportedBy,
                  reportedAt: previous.reportedAt.toISOString(),
                }
              : null,
          },
        },
        meta,
      );
      return (await this.views(em, [indicator], principal, ctx.programme))[0]!;
    });
  }

  /** The L4 summary for the programme's staff (trainees 403; anyone else 404). */
  async summaryFor(principal: Principal, programmeId: string): Promise<L4Summary> {
    const em = this.tx.manager;
    const access = await this.programmes.accessOrHide(em, principal, programmeId);
    if (access === 'attend') throw forbidden('Only the programme’s staff see its results summary');
    return this.l4Summary(em, programmeId);
  }

  /**
   * The L4 part of the programme's funder report (no access check: the caller has made it). Three
   * queries, whatever the number of trainees and indicators.
   */
  async l4Summary(manager: EntityManager, programmeId: string): Promise<L4Summary> {
    const accepted = new Set(
      (
        (await manager.query(
          `SELECT DISTINCT r.user_id AS userId
             FROM report_review r
             JOIN report_stage s ON s.id = r.stage_id
             JOIN enrolment e ON e.programme_id = s.programme_id AND e.user_id = r.user_id
            WHERE s.programme_id = ? AND s.kind = 'action_plan' AND r.decision = 'accepted'
              AND e.status IN (?)`,
          [programmeId, COUNTED],
        )) as { userId: string }[]
      ).map((r) => r.userId),
    );
    const indicators = await manager.find(ActionPlanIndicatorEntity, { where: { programmeId } });
    const values = indicators.length
      ? await manager.find(ActionPlanIndicatorValueEntity, {
          where: { indicatorId: In(indicators.map((i) => i.id)) },
        })
      : [];
    const valuesOf = groupBy(values, (v) => v.indicatorId);
    const ownerOf = new Map(indicators.map((i) => [i.id, i.userId]));
    const followUps = (['90', '180'] as const).map((followUp): L4FollowUpLine => {
      const at = values.filter((v) => v.followUp === followUp);
      const trainees = new Set(at.map((v) => ownerOf.get(v.indicatorId)!).filter((u) => accepted.has(u)));
      return {
        followUp,
        indicatorsReported: new Set(at.map((v) => v.indicatorId)).size,
        traineesReported: trainees.size,
        responseRate: accepted.size === 0 ? null : Math.round((trainees.size / accepted.size) * 1e4) / 1e4,
      };
    });
    const catalogue = INDICATOR_CATALOGUE.flatMap((c): L4CatalogueLine[] => {
      const mine = indicators.filter((i) => i.catalogueCode === c.code);
      if (mine.length === 0) return [];
      const progress = mine
        .map(
          (i) =>
            progressOf(i.baselineValue, i.targetValue, latestOf(valuesOf.get(i.id) ?? [])?.value ?? null)
              .progress,
        )
        .filter((p): p is number => p !== null);
      return [
        {
          code: c.code,
          name: c.name,
          unit: c.unit,
          indicators: mine.length,
          withProgress: progress.length,
          medianProgress: median(progress),
        },
      ];
    });
    return {
      programmeId,
      traineesWithAcceptedPlan: accepted.size,
      traineesWithIndicators: new Set(indicators.map((i) => i.userId)).size,
      indicators: indicators.length,
      freeIndicators: indicators.filter((i) => i.catalogueCode === null).length,
      followUps,
      catalogue,
    };
  }

  // ---- helpers ------------------------------------------------------------------------------------

  /** An action-plan stage with the caller's access to its programme; 404 to whoever may not know it. */
  private async context(em: EntityManager, principal: Principal, stageId: string): Promise<PlanContext> {
    const stage = await em.findOne(ReportStageEntity, { where: { id: stageId } });
    if (!stage) throw notFound('Report stage');
    const access = await this.programmes.accessOrHide(em, principal, stage.programmeId).catch(() => null);
    if (!access) throw notFound('Report stage');
    if (stage.kind !== 'action_plan')
      throw indicatorInvalid([{ field: 'id', reason: 'is not an action-plan stage' }]);
    const programme = await em.findOneOrFail(ProgrammeEntity, { where: { id: stage.programmeId } });
    return { stage, programme, access };
  }

  /** An indicator with the caller's access: another trainee's is not found (404), as is a foreign one. */
  private async indicatorContext(em: EntityManager, principal: Principal, id: string) {
    const indicator = await em.findOne(ActionPlanIndicatorEntity, { where: { id } });
    if (!indicator) throw notFound('Indicator');
    const ctx = await this.context(em, principal, indicator.stageId).catch(() => {
      throw notFound('Indicator');
    });
    if (ctx.access === 'attend' && indicator.userId !== principal.id) throw notFound('Indicator');
    return { indicator, ctx };
  }

  /**
   * Locks the plan owner's enrolment (writes to a plan and its review take turns) and checks the writer:
   * a trainee with an active enrolment, while their plan is not accepted (else 409); staff, for a trainee
   * of the programme (else 422), any time.
   */
  private async lockOwner(em: EntityManager, ctx: PlanContext, owner: string, principal: Principal) {
    const status = await this.enrolmentStatus(em, ctx.stage.programmeId, owner, true);
    if (ctx.access === 'attend') {
      if (status !== 'active')
        throw forbidden('Only a trainee with an active enrolment writes their action plan’s indicators');
      if (
        await em.exists(ReportReviewEntity, {
          where: { stageId: ctx.stage.id, userId: principal.id, decision: 'accepted' },
        })
      )
        throw planAccepted();
    } else if (!status || !COUNTED.includes(status)) {
      throw indicatorInvalid([{ field: 'userId', reason: 'is not a trainee of this programme' }]);
    }
  }

  private async enrolmentStatus(em: EntityManager, programmeId: string, userId: string, lock = false) {
    const [row] = (await em.query(
      `SELECT status FROM enrolment WHERE programme_id = ? AND user_id = ?${lock ? ' FOR UPDATE' : ''}`,
      [programmeId, userId],
    )) as { status: string }[];
    return row?.status;
  }

  /**
   * The stored fields from an input, every problem named at once. `unitFixed`: values were reported in
   * this unit, so it stays.
   */
  private checked(input: IndicatorPatch, unitFixed: IndicatorUnit | null) {
    const problems: FieldProblem[] = [];
    const entry =
      input.catalogueCode != null ? INDICATOR_CATALOGUE.find((c) => c.code === input.catalogueCode) : null;
    if (input.catalogueCode != null && !entry)
      problems.push({ field: 'catalogueCode', reason: 'is not in the catalogue' });
    const name = clean(input.name) ?? entry?.name ?? null;
    if (!name) problems.push({ field: 'name', reason: 'is required without a catalogue code' });
    const unit = input.unit ?? entry?.unit;
    if (!unit) problems.push({ field: 'unit', reason: 'is required without a catalogue code' });
    if (entry && unit && unit !== entry.unit)
      problems.push({ field: 'unit', reason: `must be ${entry.unit} for this catalogue indicator` });
    if (unitFixed && unit && unit !== unitFixed)
      problems.push({ field: 'unit', reason: 'cannot change once values are reported' });
    const unitLabel = clean(input.unitLabel);
    if (unit === 'other' && !unitLabel)
      problems.push({ field: 'unitLabel', reason: 'is required with unit other' });
    if (unit && unit !== 'other' && unitLabel)
      problems.push({ field: 'unitLabel', reason: 'is only given with unit other' });
    for (const field of ['baselineValue', 'targetValue'] as const) {
      const bad = unit ? valueProblem(input[field]!, unit) : null;
      if (bad) problems.push({ field, reason: bad });
    }
    for (const field of ['baselineOn', 'targetOn'] as const)
      if (!isDate(input[field]!)) problems.push({ field, reason: 'is not a valid date (YYYY-MM-DD)' });
    if (isDate(input.baselineOn!) && isDate(input.targetOn!) && input.targetOn! <= input.baselineOn!)
      problems.push({ field: 'targetOn', reason: 'must be after baselineOn' });
    if (problems.length > 0) throw indicatorInvalid(problems);
    return {
      catalogueCode: entry?.code ?? null,
      name: name!,
      unit: unit!,
      unitLabel: unit === 'other' ? unitLabel : null,
      baselineValue: roundValue(input.baselineValue!),
      baselineOn: input.baselineOn!,
      targetValue: roundValue(input.targetValue!),
      targetOn: input.targetOn!,
      note: clean(input.note),
    };
  }

  private async views(
    em: EntityManager,
    rows: ActionPlanIndicatorEntity[],
    principal: Principal,
    programme: ProgrammeEntity,
  ): Promise<IndicatorView[]> {
    if (rows.length === 0) return [];
    const values = (await em.query(
      `SELECT v.id, v.indicator_id AS indicatorId, v.follow_up AS followUp,
              DATE_FORMAT(v.as_of, '%Y-%m-%d') AS asOf, v.value, v.comment, v.evidence_url AS evidenceUrl,
              v.reported_by AS reportedBy, u.display_name AS reporterName, v.reported_at AS reportedAt
         FROM action_plan_indicator_value v LEFT JOIN user u ON u.id = v.reported_by
        WHERE v.indicator_id IN (?)
        ORDER BY v.as_of, v.reported_at, v.id`,
      [rows.map((r) => r.id)],
    )) as {
      id: string;
      indicatorId: string;
      followUp: FollowUp;
      asOf: string;
      value: string;
      comment: string | null;
      evidenceUrl: string | null;
      reportedBy: string | null;
      reporterName: string | null;
      reportedAt: Date;
    }[];
    const reader = zoneOr(principal.timeZone);
    const host = zoneOr(programme.hostTimeZone);
    const byIndicator = groupBy(values, (v) => v.indicatorId);
    return rows.map((r) => {
      const own = byIndicator.get(r.id) ?? [];
      const latest = latestOf(own);
      return {
        id: r.id,
        programmeId: r.programmeId,
        stageId: r.stageId,
        userId: r.userId,
        catalogueCode: r.catalogueCode,
        name: r.name,
        unit: r.unit,
        unitLabel: r.unitLabel,
        baseline: { value: r.baselineValue, on: r.baselineOn },
        target: { value: r.targetValue, on: r.targetOn },
        note: r.note,
        ...progressOf(r.baselineValue, r.targetValue, latest ? Number(latest.value) : null),
        values: own.map((v) => ({
          id: v.id,
          followUp: v.followUp,
          asOf: v.asOf,
          value: Number(v.value),
          comment: v.comment,
          evidenceUrl: v.evidenceUrl,
          reportedBy: v.reportedBy ? { id: v.reportedBy, displayName: v.reporterName ?? '' } : null,
          reportedAt: timePoint(v.reportedAt, reader, host),
        })),
      };
    });
  }
}

function groupBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = out.get(k);
    if (list) list.push(x);
    else out.set(k, [x]);
  }
  return out;
}
