import { Injectable } from '@nestjs/common';
import { IANAZone } from 'luxon';
import type { Readable } from 'node:stream';
import { EntityManager, In } from 'typeorm';
import { AppConfig } from '@kenshu/config';
import { TransactionService } from '@kenshu/database';
import { Mailer } from '@kenshu/mail';
import { OutboxService } from '@kenshu/queue';
import { Storage, StorageLimitError, type StoredObject } from '@kenshu/storage';
import { AuditService } from '../audit/audit.service.js';
import { forbidden, notFound, type FieldProblem } from '../common/domain-error.js';
import { reportReviewMail } from '../common/mail/report-review.mail.js';
import { orderedUuid } from '../common/ordered-uuid.js';
import type { Principal } from '../common/principal.js';
import type { RequestMeta } from '../common/request-meta.js';
import {
  fileResponse,
  peek,
  type FileResponse,
  type RangeRequest,
} from '../materials/material-files.service.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import { UserEntity } from '../users/user.entity.js';
import { dueAfterEnd } from './report-due.js';
import { reportCompletionInputs, type ReportInputs } from './report.repository.js';
import { REPORT_SNIFF_BYTES, reportFileName, sniffReportFile } from './report-file.js';
import {
  ReportFileEntity,
  ReportReviewEntity,
  ReportReviewScoreEntity,
  ReportRubricCriterionEntity,
  ReportRubricLevelEntity,
  ReportStageEntity,
  ReportSubmissionEntity,
  type ReportDueMode,
  type ReportForm,
  type ReportStageKind,
  type ReviewDecision,
} from './report.entity.js';
import {
  alreadyAccepted,
  alreadyReviewed,
  reportFileTooLarge,
  reportInvalid,
  rubricInUse,
  stageHasSubmissions,
  superseded,
} from './reports.errors.js';
import { timePoint, type TimePoint } from '../common/time-point.js';

export type { ReportInputs };

/** Longest text of one submission, in characters (code points). */
export const REPORT_TEXT_MAX_CHARS = 50_000;

/** Enrolments whose trainees a stage is about (they may hand in, or have finished). */
const COUNTED = ['active', 'completed', 'not_completed'];

export interface StageInput {
  kind: ReportStageKind;
  title: string;
  instructions?: string | null;
  /** Exactly one of these two: an instant, or N months after the programme's last day. */
  dueAt?: Date | null;
  dueMonthsAfterEnd?: number | null;
  forms?: ReportForm;
  requiredForCompletion?: boolean;
  position?: number;
}

export type StagePatch = Partial<StageInput>;

export interface RubricInput {
  criteria: {
    title: string;
    description?: string | null;
    weight: number;
    levels: { label: string; points: number; description?: string | null }[];
  }[];
}

export interface SubmissionInput {
  text?: string | null;
  fileId?: string | null;
}

export interface ReviewInput {
  decision: ReviewDecision;
  comment?: string | null;
  scores: { criterionId: string; levelId: string }[];
}

export interface RubricLevelView {
  id: string;
  label: string;
  points: number;
  description: string | null;
}

export interface RubricCriterionView {
  id: string;
  title: string;
  description: string | null;
  weight: number;
  levels: RubricLevelView[];
}

export interface ReportStageView {
  id: string;
  programmeId: string;
  kind: ReportStageKind;
  title: string;
  instructions: string | null;
  due: { mode: ReportDueMode; monthsAfterEnd: number | null; at: TimePoint };
  forms: ReportForm;
  requiredForCompletion: boolean;
  position: number;
  rubric: RubricCriterionView[];
  /** The highest total a review can give (Σ weight × the criterion's top points); null without a rubric. */
  maxTotal: number | null;
}

export interface ReportFileView {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
}

export interface ReportReviewView {
  id: string;
  decision: ReviewDecision;
  comment: string | null;
  total: number | null;
  reviewer: { id: string; displayName: string } | null;
  reviewedAt: TimePoint;
  scores: {
    criterionId: string;
    criterion: string;
    weight: number;
    levelId: string;
    level: string;
    points: number;
  }[];
}

export interface ReportSubmissionView {
  id: string;
  stageId: string;
  userId: string;
  number: number;
  text: string | null;
  file: ReportFileView | null;
  late: boolean;
  /** A later version exists. */
  superseded: boolean;
  submittedAt: TimePoint;
  review: ReportReviewView | null;
}

export const REPORT_STATES = ['not_submitted', 'submitted', 'returned', 'accepted', 'overdue'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

export interface ReportHistoryView {
  stageId: string;
  userId: string;
  state: ReportState;
  /** Newest first. */
  submissions: ReportSubmissionView[];
}

export interface ReportProgressView {
  stage: ReportStageView;
  trainees: {
    userId: string;
    displayName: string;
    state: ReportState;
    latestNumber: number | null;
    submittedAt: TimePoint | null;
    late: boolean;
  }[];
}

interface StageContext {
  stage: ReportStageEntity;
  programme: ProgrammeEntity;
  access: 'manage' | 'teach' | 'attend';
}

const zoneOr = (zone: string) => (IANAZone.isValidZone(zone) ? zone : 'UTC');

function timeOf(at: Date, reader: string, host: string): TimePoint {
  return timePoint(at, zoneOr(reader), zoneOr(host));
}

/** Plain text as stored: line breaks as `\n`, no other control characters, trimmed at the ends. */
function cleanText(text: string): string | FieldProblem {
  const clean = text.replace(/\r\n?/g, '\n').normalize('NFC').trim();
  if (clean === '') return { field: 'text', reason: 'is empty' };
  if (/[\p{Cc}]/u.test(clean.replace(/[\n\t]/g, '')))
    return { field: 'text', reason: 'contains control characters other than line breaks and tabs' };
  if ([...clean].length > REPORT_TEXT_MAX_CHARS)
    return { field: 'text', reason: `must be at most ${REPORT_TEXT_MAX_CHARS} characters` };
  return clean;
}

/**
 * Reports: the stages of a programme's action-plan lifecycle (inception report, action plan, final
 * report …) with due dates and rubrics, trainees' numbered submissions (text and/or one file), and one
 * review per submission. Stages: its staff and trainees read them, its coordinators (and admins) write
 * them. Submissions: a trainee of the programme (active enrolment) hands in their own; the programme's
 * staff read all and review (coordinators and instructors). A trainee never reaches another's: 404.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly programmes: ProgrammesService,
    private readonly storage: Storage,
    private readonly config: AppConfig,
    private readonly mailer: Mailer,
  ) {}

  // ---- stages -------------------------------------------------------------------------------------

  async listStages(principal: Principal, programmeId: string): Promise<ReportStageView[]> {
    const em = this.tx.manager;
    await this.programmes.accessOrHide(em, principal, programmeId);
    const programme = await em.findOneOrFail(ProgrammeEntity, { where: { id: programmeId } });
    const stages = await em.find(ReportStageEntity, {
      where: { programmeId },
      order: { position: 'ASC', createdAt: 'ASC' },
    });
    return this.stageViews(em, stages, principal, programme);
  }

  async getStage(principal: Principal, id: string): Promise<ReportStageView> {
    const em = this.tx.manager;
    const ctx = await this.context(em, principal, id);
    return (await this.stageViews(em, [ctx.stage], principal, ctx.programme))[0]!;
  }

  async createStage(principal: Principal, programmeId: string, input: StageInput, meta: RequestMeta) {
    return this.tx.run(async (em) => {
      await this.programmes.requireManage(em, principal, programmeId);
      const programme = await em.findOneOrFail(ProgrammeEntity, { where: { id: programmeId } });
      const due = await this.resolveDue(em, programme, input, true);
      const id = orderedUuid();
      const required = input.requiredForCompletion ?? true;
      await em.insert(ReportStageEntity, {
        id,
        programmeId,
        kind: input.kind,
        title: input.title,
        instructions: input.instructions ?? null,
        ...due!,
        forms: input.forms ?? 'both',
        requiredForCompletion: required,
        position: input.position ?? (await this.nextPosition(em, programmeId)),
      });
      await this.audit.record(
        em,
        {
          action: 'report_stage.created',
          actorId: principal.id,
          targetType: 'report_stage',
          targetId: id,
          details: { programmeId, kind: input.kind, requiredForCompletion: required },
        },
        meta,
      );
      if (required) await this.evaluateAll(em, programmeId);
      const stage = await em.findOneOrFail(ReportStageEntity, { where: { id } });
      return (await this.stageViews(em, [stage], principal, programme))[0]!;
    });
  }

  async updateStage(principal: Principal, id: string, patch: StagePatch, meta: RequestMeta) {
    return this.tx.run(async (em) => {
      const ctx = await this.requireManage(em, principal, id);
      const s = ctx.stage;
      const givesDue = patch.dueAt != null || patch.dueMonthsAfterEnd != null;
      const due = givesDue ? await this.resolveDue(em, ctx.programme, patch, true) : null;
      const changes: Partial<ReportStageEntity> = {
        ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
        ...(patch.title !== undefined ? { title: patch.title } : {}),
        ...(patch.instructions !== undefined ? { instructions: patch.instructions } : {}),
        ...(patch.forms !== undefined ? { forms: patch.forms } : {}),
        ...(patch.requiredForCompletion !== undefined
          ? { requiredForCompletion: patch.requiredForCompletion }
          : {}),
        ...(patch.position !== undefined ? { position: patch.position } : {}),
        ...(due ?? {}),
      };
      if (Object.keys(changes).length > 0) await em.update(ReportStageEntity, { id }, changes);
      await this.audit.record(
        em,
        {
          action: 'report_stage.updated',
          actorId: principal.id,
          targetType: 'report_stage',
          targetId: id,
          details: { fields: Object.keys(changes), requiredForCompletion: changes.requiredForCompletion },
        },
        meta,
      );
      if (
        patch.requiredForCompletion !== undefined &&
        patch.requiredForCompletion !== s.requiredForCompletion
      )
        await this.evaluateAll(em, s.programmeId);
      const stage = await em.findOneOrFail(ReportStageEntity, { where: { id } });
      return (await this.stageViews(em, [stage], principal, ctx.programme))[0]!;
    });
  }

  /** Deletes a stage nobody has handed anything in for (or uploaded a file to); otherwise 409. */
  async deleteStage(principal: Principal, id: string, meta: RequestMeta): Promise<void> {
    await this.tx.run(async (em) => {
      const { stage } = await this.requireManage(em, principal, id);
      await em.query(`SELECT id FROM report_stage WHERE id = ? FOR UPDATE`, [id]);
      if (
        (await em.exists(ReportSubmissionEntity, { where: { stageId: id } })) ||
        (await em.exists(ReportFileEntity, { where: { stageId: id } }))
      )
        throw stageHasSubmissions();
      await em.delete(ReportStageEntity, { id });
      await this.audit.record(
        em,
        {
          action: 'report_stage.deleted',
          actorId: principal.id,
          targetType: 'report_stage',
          targetId: id,
          details: { programmeId: stage.programmeId, title: stage.title },
        },
        meta,
      );
      if (stage.requiredForCompletion) await this.evaluateAll(em, stage.programmeId);
    });
  }

  /** Replaces the stage's rubric (new ids), unless a review has used it: then 409, it stays as it is. */
  async setRubric(principal: Principal, id: string, input: RubricInput, meta: RequestMeta) {
    return this.tx.run(async (em) => {
      const ctx = await this.requireManage(em, principal, id);
      await em.query(`SELECT id FROM report_stage WHERE id = ? FOR UPDATE`, [id]);
      if (await em.exists(ReportReviewEntity, { where: { stageId: id } })) throw rubricInUse();
      const problems: FieldProblem[] = [];
      input.criteria.forEach((c, i) => {
        if (c.levels.length === 0) problems.push({ field: `criteria[${i}].levels`, reason: 'is empty' });
        const labels = c.levels.map((l) => l.label.trim().toLowerCase());
        labels.forEach((label, j) => {
          if (labels.indexOf(label) !== j)
            problems.push({ field: `criteria[${i}].levels[${j}].label`, reason: 'is used twice' });
        });
      });
      if (problems.length > 0) throw reportInvalid(problems);
      await em.delete(ReportRubricCriterionEntity, { stageId: id });
      const criteria = input.criteria.map((c, position) => ({
        id: orderedUuid(),
        stageId: id,
        position,
        title: c.title,
        description: c.description ?? null,
        weight: c.weight,
      }));
      const levels = input.criteria.flatMap((c, i) =>
        c.levels.map((l, position) => ({
          id: orderedUuid(),
          criterionId: criteria[i]!.id,
          position,
          label: l.label,
          points: l.points,
          description: l.description ?? null,
        })),
      );
      if (criteria.length > 0) await em.insert(ReportRubricCriterionEntity, criteria);
      if (levels.length > 0) await em.insert(ReportRubricLevelEntity, levels);
      await this.audit.record(
        em,
        {
          action: 'report_stage.rubric_set',
          actorId: principal.id,
          targetType: 'report_stage',
          targetId: id,
          details: { criteria: criteria.length, levels: levels.length },
        },
        meta,
      );
      return (await this.stageViews(em, [ctx.stage], principal, ctx.programme))[0]!;
    });
  }

  // ---- submissions --------------------------------------------------------------------------------

  /**
   * Stores a file for a later submission (POST …/submissions with its `fileId`), streamed: its type
   * sniffed from the first bytes against the allowlist, its size capped at REPORT_MAX_MB. A refused
   * upload stores nothing.
   */
  async uploadFile(
    principal: Principal,
    stageId: string,
    name: string,
    body: Readable,
    declaredLength: number | null,
  ): Promise<ReportFileView> {
    const maxBytes = this.config.reports.maxBytes;
    const check = async (em: EntityManager) => {
      const ctx = await this.requireTrainee(em, principal, stageId);
      if (ctx.stage.forms === 'text')
        throw reportInvalid([{ field: 'file', reason: 'this stage takes text only' }]);
      if (await this.isAccepted(em, stageId, principal.id)) throw alreadyAccepted();
    };
    await check(this.tx.manager);
    if (declaredLength !== null && declaredLength > maxBytes) throw reportFileTooLarge(maxBytes);
    const { head, body: content } = await peek(body, REPORT_SNIFF_BYTES);
    const type = await sniffReportFile(head);
    const fileName = reportFileName(name, type.extension);
    let stored: StoredObject;
    try {
      stored = await this.storage.put(content, { maxBytes });
    } catch (error) {
      if (error instanceof StorageLimitError) throw reportFileTooLarge(maxBytes);
      throw error;
    }
    try {
      return await this.tx.run(async (em) => {
        await check(em);
        const id = orderedUuid();
        await em.insert(ReportFileEntity, {
          id,
          stageId,
          userId: principal.id,
          storageKey: stored.key,
          fileName,
          contentType: type.mimeType,
          sizeBytes: String(stored.size),
          sha256: stored.sha256,
        });
        return { id, fileName, contentType: type.mimeType, sizeBytes: stored.size, sha256: stored.sha256 };
      });
    } catch (error) {
      await this.storage.delete(stored.key);
      throw error;
    }
  }

  /**
   * A new version of the caller's report for a stage: text and/or a file they uploaded, as the stage's
   * forms allow. A version supersedes an earlier unreviewed one (only the latest is reviewed); after
   * acceptance, nothing more is taken. After the due instant it is still taken, flagged late.
   */
  async submit(principal: Principal, stageId: string, input: SubmissionInput, meta: RequestMeta) {
    return this.tx.run(async (em) => {
      const ctx = await this.requireTrainee(em, principal, stageId, true);
      const { stage } = ctx;
      const problems: FieldProblem[] = [];
      const hasText = input.text != null;
      const hasFile = input.fileId != null;
      let text: string | null = null;
      if (hasText) {
        const cleaned = cleanText(input.text!);
        if (typeof cleaned === 'string') text = cleaned;
        else problems.push(cleaned);
      }
      if (stage.forms === 'text' && hasFile)
        problems.push({ field: 'fileId', reason: 'this stage takes text only' });
      if (stage.forms === 'file' && hasText)
        problems.push({ field: 'text', reason: 'this stage takes a file only' });
      if (stage.forms === 'text' && !hasText) problems.push({ field: 'text', reason: 'is required' });
      if (stage.forms === 'file' && !hasFile) problems.push({ field: 'fileId', reason: 'is required' });
      if (stage.forms === 'both' && !hasText && !hasFile)
        problems.push({ field: 'text', reason: 'or fileId is required' });
      if (hasFile) {
        const file = await em.findOne(ReportFileEntity, { where: { id: input.fileId! } });
        if (!file || file.userId !== principal.id || file.stageId !== stageId)
          problems.push({ field: 'fileId', reason: 'is not a file you uploaded for this stage' });
        else if (await em.exists(ReportSubmissionEntity, { where: { fileId: file.id } }))
          problems.push({ field: 'fileId', reason: 'belongs to an earlier submission; upload it again' });
      }
      if (problems.length > 0) throw reportInvalid(problems);
      if (await this.isAccepted(em, stageId, principal.id)) throw alreadyAccepted();
      const [row] = (await em.query(
        `SELECT COALESCE(MAX(number), 0) AS n FROM report_submission WHERE stage_id = ? AND user_id = ?`,
        [stageId, principal.id],
      )) as { n: number | string }[];
      const id = orderedUuid();
      const now = new Date();
      const number = Number(row!.n) + 1;
      await em.insert(ReportSubmissionEntity, {
        id,
        stageId,
        userId: principal.id,
        number,
        text,
        fileId: input.fileId ?? null,
        late: now > stage.dueAt,
        submittedAt: now,
      });
      await this.audit.record(
        em,
        {
          action: 'report.submitted',
          actorId: principal.id,
          targetType: 'report_submission',
          targetId: id,
          details: { stageId, number, late: now > stage.dueAt, file: hasFile, text: hasText },
        },
        meta,
      );
      return (await this.submissionViews(em, ctx, principal.id, principal.timeZone)).find(
        (s) => s.id === id,
      )!;
    });
  }

  /**
   * The one review of a submission, by the programme's staff: accepted or returned (with a comment),
   * one level of each rubric criterion, total Σ weight × points. Only the latest version is reviewed.
   * Completion is re-evaluated for the trainee.
   */
  async review(principal: Principal, submissionId: string, input: ReviewInput, meta: RequestMeta) {
    return this.tx.run(async (em) => {
      // Locked: two reviews of one submission take turns (the second finds the first, 409).
      const submission = await em.findOne(ReportSubmissionEntity, {
        where: { id: submissionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!submission) throw notFound('Report submission');
      const ctx = await this.context(em, principal, submission.stageId).catch(() => {
        throw notFound('Report submission');
      });
      if (ctx.access === 'attend') {
        if (submission.userId !== principal.id) throw notFound('Report submission');
        throw forbidden('Only the programme’s staff review reports');
      }
      await this.lockTrainee(em, ctx.stage.programmeId, submission.userId);
      const [latest] = (await em.query(
        `SELECT MAX(number) AS n FROM report_submission WHERE stage_id = ? AND user_id = ?`,
        [submission.stageId, submission.userId],
      )) as { n: number | string }[];
      if (Number(latest!.n) !== submission.number) throw superseded(Number(latest!.n));
      if (await em.exists(ReportReviewEntity, { where: { submissionId } })) throw alreadyReviewed();

      const criteria = await em.find(ReportRubricCriterionEntity, {
        where: { stageId: submission.stageId },
      });
      const levels = criteria.length
        ? await em.find(ReportRubricLevelEntity, { where: { criterionId: In(criteria.map((c) => c.id)) } })
        : [];
      const problems: FieldProblem[] = [];
      const comment = input.comment?.trim() || null;
      if (input.decision === 'returned' && !comment)
        problems.push({ field: 'comment', reason: 'is required when the report is returned' });
      const byId = new Map(criteria.map((c) => [c.id, c]));
      const levelById = new Map(levels.map((l) => [l.id, l]));
      const scored = new Set<string>();
      let total = 0;
      input.scores.forEach((s, i) => {
        const criterion = byId.get(s.criterionId);
        if (!criterion) {
          problems.push({
            field: `scores[${i}].criterionId`,
            reason: 'is not a criterion of this stage’s rubric',
          });
          return;
        }
        if (scored.has(s.criterionId)) {
          problems.push({ field: `scores[${i}].criterionId`, reason: 'is scored twice' });
          return;
        }
        scored.add(s.criterionId);
        const level = levelById.get(s.levelId);
        if (!level || level.criterionId !== s.criterionId) {
          problems.push({ field: `scores[${i}].levelId`, reason: 'is not a level of this criterion' });
          return;
        }
        total += criterion.weight * level.points;
      });
      criteria
        .filter((c) => !scored.has(c.id) && !input.scores.some((s) => s.criterionId === c.id))
        .sort((a, b) => a.position - b.position)
        .forEach((c) => problems.push({ field: 'scores', reason: `lacks criterion ${c.id} (${c.title})` }));
      if (problems.length > 0) throw reportInvalid(problems);

      const id = orderedUuid();
      await em.insert(ReportReviewEntity, {
        id,
        submissionId,
        stageId: submission.stageId,
        userId: submission.userId,
        decision: input.decision,
        comment,
        total: criteria.length > 0 ? total : null,
        reviewerId: principal.id,
      });
      if (input.scores.length > 0)
        await em.insert(
          ReportReviewScoreEntity,
          input.scores.map((s) => ({ reviewId: id, criterionId: s.criterionId, levelId: s.levelId })),
        );
      await this.audit.record(
        em,
        {
          action: 'report.reviewed',
          actorId: principal.id,
          targetType: 'report_submission',
          targetId: submissionId,
          details: {
            stageId: submission.stageId,
            userId: submission.userId,
            number: submission.number,
            decision: input.decision,
            total: criteria.length > 0 ? total : null,
          },
        },
        meta,
      );
      await this.outbox.add(em, 'evaluate-completion', {
        programmeId: ctx.stage.programmeId,
        userId: submission.userId,
      });
      await this.outbox.add(em, 'send-report-review', { reviewId: id });
      const views = await this.submissionViews(em, ctx, submission.userId, principal.timeZone);
      return views.find((v) => v.id === submissionId)!;
    });
  }

  /** One trainee's versions and reviews for a stage, newest first: the trainee their own; staff anyone's. */
  async history(
    principal: Principal,
    stageId: string,
    userId: string | undefined,
  ): Promise<ReportHistoryView> {
    const em = this.tx.manager;
    const ctx = await this.context(em, principal, stageId);
    const who = userId ?? principal.id;
    if (ctx.access === 'attend' && who !== principal.id) throw notFound('Report history');
    const submissions = await this.submissionViews(em, ctx, who, principal.timeZone);
    const latest = submissions[0];
    return { stageId, userId: who, state: stateOf(latest, ctx.stage.dueAt), submissions };
  }

  /** Staff: every counted trainee's latest state for the stage, by name. */
  async progress(principal: Principal, stageId: string): Promise<ReportProgressView> {
    const em = this.tx.manager;
    const ctx = await this.context(em, principal, stageId);
    if (ctx.access === 'attend') throw forbidden('Only the programme’s staff see everyone’s reports');
    const rows = (await em.query(
      `SELECT e.user_id AS userId, u.display_name AS displayName, s.number, s.submitted_at AS submittedAt,
              s.late, r.decision
         FROM enrolment e
         JOIN user u ON u.id = e.user_id
         LEFT JOIN report_submission s ON s.stage_id = ? AND s.user_id = e.user_id
              AND s.number = (SELECT MAX(x.number) FROM report_submission x
                               WHERE x.stage_id = s.stage_id AND x.user_id = e.user_id)
         LEFT JOIN report_review r ON r.submission_id = s.id
        WHERE e.programme_id = ? AND e.status IN (?)
        ORDER BY u.display_name, e.user_id`,
      [stageId, ctx.stage.programmeId, COUNTED],
    )) as {
      userId: string;
      displayName: string;
      number: number | null;
      submittedAt: Date | null;
      late: number | string | null;
      decision: ReviewDecision | null;
    }[];
    const [stage] = await this.stageViews(em, [ctx.stage], principal, ctx.programme);
    return {
      stage: stage!,
      trainees: rows.map((r) => ({
        userId: r.userId,
        displayName: r.displayName,
        state: stateOf(
          r.number === null ? undefined : { review: r.decision ? { decision: r.decision } : null },
          ctx.stage.dueAt,
        ),
        latestNumber: r.number === null ? null : Number(r.number),
        submittedAt: r.submittedAt
          ? timeOf(r.submittedAt, principal.timeZone, ctx.programme.hostTimeZone)
          : null,
        late: Number(r.late) === 1,
      })),
    };
  }

  /** A submission's file: for its trainee and the programme's staff; to anyone else it does not exist. */
  async openFile(principal: Principal, submissionId: string, req: RangeRequest): Promise<FileResponse> {
    const em = this.tx.manager;
    const submission = await em.findOne(ReportSubmissionEntity, { where: { id: submissionId } });
    if (!submission) throw notFound('Report file');
    const ctx = await this.context(em, principal, submission.stageId).catch(() => {
      throw notFound('Report file');
    });
    if (ctx.access === 'attend' && submission.userId !== principal.id) throw notFound('Report file');
    const file = submission.fileId
      ? await em.findOne(ReportFileEntity, { where: { id: submission.fileId } })
      : null;
    if (!file) throw notFound('Report file');
    return fileResponse(
      this.storage,
      {
        key: file.storageKey,
        size: Number(file.sizeBytes),
        sha256: file.sha256,
        contentType: file.contentType,
        fileName: file.fileName,
      },
      req,
      true,
    );
  }

  /**
   * The `send-report-review` job: tells the trainee their report was accepted or returned, in their
   * language and zone, once (the review row is locked and marked). Nobody is mailed who is no longer
   * active or has left the programme; the review is marked all the same.
   */
  async sendReviewMail(em: EntityManager, reviewId: string): Promise<'sent' | 'skipped'> {
    const review = await em.findOne(ReportReviewEntity, {
      where: { id: reviewId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!review || review.notifiedAt) return 'skipped';
    const done = () => em.update(ReportReviewEntity, { id: reviewId }, { notifiedAt: new Date() });
    const [stage, submission, user] = await Promise.all([
      em.findOneOrFail(ReportStageEntity, { where: { id: review.stageId } }),
      em.findOneOrFail(ReportSubmissionEntity, { where: { id: review.submissionId } }),
      em.findOne(UserEntity, { where: { id: review.userId } }),
    ]);
    const [enrolment] = (await em.query(
      `SELECT status FROM enrolment WHERE programme_id = ? AND user_id = ?`,
      [stage.programmeId, review.userId],
    )) as { status: string }[];
    if (!user || user.status !== 'active' || !enrolment || !COUNTED.includes(enrolment.status)) {
      await done();
      return 'skipped';
    }
    const programme = await em.findOneOrFail(ProgrammeEntity, { where: { id: stage.programmeId } });
    const criteria = await em.find(ReportRubricCriterionEntity, { where: { stageId: stage.id } });
    const levels = criteria.length
      ? await em.find(ReportRubricLevelEntity, { where: { criterionId: In(criteria.map((c) => c.id)) } })
      : [];
    const maxTotal = criteria.length
      ? criteria.reduce(
          (sum, c) =>
            sum +
            c.weight * Math.max(0, ...levels.filter((l) => l.criterionId === c.id).map((l) => l.points)),
          0,
        )
      : null;
    await this.mailer.send(
      reportReviewMail({
        to: user.email,
        displayName: user.displayName,
        locale: user.locale,
        fallbackLanguages: user.languageFallbacks?.split(',').filter(Boolean) ?? [],
        timeZone: zoneOr(user.timeZone),
        programme: programme.title,
        stage: stage.title,
        decision: review.decision,
        number: submission.number,
        comment: review.comment,
        total: review.total === null ? null : Number(review.total),
        maxTotal,
        reviewedAt: review.reviewedAt,
        dueAt: review.decision === 'returned' ? stage.dueAt : null,
        idempotencyKey: `report-review-${review.id}`,
      }),
    );
    await done();
    return 'sent';
  }

  // ---- for dashboards ------------------------------------------------------------------------------

  /**
   * Per report stage of the programme, in order: how many participants are in each state of their latest
   * submission (the states `progress` shows one by one). One query.
   */
  async stageCounts(
    em: EntityManager,
    programmeId: string,
    now = new Date(),
  ): Promise<{ stageId: string; kind: string; title: string; counts: Record<ReportState, number> }[]> {
    const rows = (await em.query(
      `SELECT st.id AS stageId, st.kind, st.title, st.due_at AS dueAt,
              SUM(e.id IS NOT NULL AND s.id IS NULL) AS none,
              SUM(s.id IS NOT NULL AND r.decision IS NULL) AS submitted,
              SUM(r.decision = 'returned') AS returned,
              SUM(r.decision = 'accepted') AS accepted
         FROM report_stage st
         LEFT JOIN enrolment e ON e.programme_id = st.programme_id AND e.status IN (?)
         LEFT JOIN report_submission s ON s.stage_id = st.id AND s.user_id = e.user_id
              AND s.number = (SELECT MAX(x.number) FROM report_submission x
                               WHERE x.stage_id = st.id AND x.user_id = e.user_id)
         LEFT JOIN report_review r ON r.submission_id = s.id
        WHERE st.programme_id = ?
        GROUP BY st.id, st.kind, st.title, st.due_at, st.position
        ORDER BY st.position`,
      [COUNTED, programmeId],
    )) as {
      stageId: string;
      kind: string;
      title: string;
      dueAt: Date;
      none: string | null;
      submitted: string | null;
      returned: string | null;
      accepted: string | null;
    }[];
    return rows.map((r) => {
      const none = Number(r.none ?? 0);
      const overdue = now > r.dueAt;
      return {
        stageId: r.stageId,
        kind: r.kind,
        title: r.title,
        counts: {
          not_submitted: overdue ? 0 : none,
          overdue: overdue ? none : 0,
          submitted: Number(r.submitted ?? 0),
          returned: Number(r.returned ?? 0),
          accepted: Number(r.accepted ?? 0),
        },
      };
    });
  }

  // ---- for completion -----------------------------------------------------------------------------

  /**
   * The report stages completion requires of a programme, and per trainee the stages (of this programme)
   * whose latest review accepted them — optionally for these trainees only. Two queries.
   */
  async completionInputs(
    manager: EntityManager,
    programmeId: string,
    userIds?: string[],
  ): Promise<ReportInputs> {
    return reportCompletionInputs(manager, programmeId, userIds);
  }

  // ---- helpers ------------------------------------------------------------------------------------

  /** The stage with the caller's access to its programme, or 404 when they may not know it exists. */
  private async context(em: EntityManager, principal: Principal, id: string): Promise<StageContext> {
    const stage = await em.findOne(ReportStageEntity, { where: { id } });
    if (!stage) throw notFound('Report stage');
    const access = await this.programmes.accessOrHide(em, principal, stage.programmeId).catch(() => null);
    if (!access) throw notFound('Report stage');
    const programme = await em.findOneOrFail(ProgrammeEntity, { where: { id: stage.programmeId } });
    return { stage, programme, access };
  }

  private async requireManage(em: EntityManager, principal: Principal, id: string) {
    const ctx = await this.context(em, principal, id);
    if (ctx.access !== 'manage')
      throw forbidden('Only the programme’s coordinators change its report stages');
    return ctx;
  }

  /**
   * A trainee of the programme with an active enrolment: staff do not hand in reports (403), nor does
   * a trainee whose enrolment is invited or finished (403). With `lock`, the enrolment row is locked for
   * the transaction: submissions and reviews of one trainee take turns.
   */
  private async requireTrainee(em: EntityManager, principal: Principal, id: string, lock = false) {
    const ctx = await this.context(em, principal, id);
    if (ctx.access !== 'attend') throw forbidden('Reports are handed in by the programme’s trainees');
    const status = lock
      ? await this.lockTrainee(em, ctx.stage.programmeId, principal.id)
      : (
          (await em.query(`SELECT status FROM enrolment WHERE programme_id = ? AND user_id = ?`, [
            ctx.stage.programmeId,
            principal.id,
          ])) as { status: string }[]
        )[0]?.status;
    if (status !== 'active') throw forbidden('Only a trainee with an active enrolment hands in reports');
    return ctx;
  }

  private async lockTrainee(em: EntityManager, programmeId: string, userId: string) {
    const [row] = (await em.query(
      `SELECT status FROM enrolment WHERE programme_id = ? AND user_id = ? FOR UPDATE`,
      [programmeId, userId],
    )) as { status: string }[];
    return row?.status;
  }

  private isAccepted(em: EntityManager, stageId: string, userId: string) {
    return em.exists(ReportReviewEntity, { where: { stageId, userId, decision: 'accepted' } });
  }

  /** Every counted trainee of the programme gets an evaluate-completion job (a required stage changed). */
  private async evaluateAll(em: EntityManager, programmeId: string) {
    const rows = (await em.query(
      `SELECT user_id AS userId FROM enrolment WHERE programme_id = ? AND status IN (?)`,
      [programmeId, COUNTED],
    )) as { userId: string }[];
    await this.outbox.addMany(
      em,
      'evaluate-completion',
      rows.map((r) => ({ programmeId, userId: r.userId })),
    );
  }

  private async nextPosition(em: EntityManager, programmeId: string): Promise<number> {
    const [row] = (await em.query(
      `SELECT COALESCE(MAX(position) + 1, 0) AS n FROM report_stage WHERE programme_id = ?`,
      [programmeId],
    )) as { n: number | string }[];
    return Number(row!.n);
  }

  /** The due columns from exactly one of `dueAt` and `dueMonthsAfterEnd`. */
  private async resolveDue(
    em: EntityManager,
    programme: ProgrammeEntity,
    input: Pick<StageInput, 'dueAt' | 'dueMonthsAfterEnd'>,
    required: boolean,
  ): Promise<Pick<ReportStageEntity, 'dueMode' | 'dueMonthsAfterEnd' | 'dueAt'> | null> {
    const at = input.dueAt ?? null;
    const months = input.dueMonthsAfterEnd ?? null;
    if (at && months !== null)
      throw reportInvalid([{ field: 'dueMonthsAfterEnd', reason: 'cannot be given with dueAt' }]);
    if (at) return { dueMode: 'at', dueMonthsAfterEnd: null, dueAt: at };
    if (months === null) {
      if (!required) return null;
      throw reportInvalid([{ field: 'dueAt', reason: 'or dueMonthsAfterEnd is required' }]);
    }
    const [row] = (await em.query(
      `SELECT DATE_FORMAT(MAX(ends_on), '%Y-%m-%d') AS endsOn FROM programme_phase WHERE programme_id = ?`,
      [programme.id],
    )) as { endsOn: string | null }[];
    if (!row?.endsOn)
      throw reportInvalid([
        { field: 'dueMonthsAfterEnd', reason: 'needs the programme’s dates (it has no phases)' },
      ]);
    return {
      dueMode: 'months_after_end',
      dueMonthsAfterEnd: months,
      dueAt: dueAfterEnd(row.endsOn, months, zoneOr(programme.hostTimeZone)),
    };
  }

  private async stageViews(
    em: EntityManager,
    stages: ReportStageEntity[],
    principal: Principal,
    programme: ProgrammeEntity,
  ): Promise<ReportStageView[]> {
    if (stages.length === 0) return [];
    const criteria = await em.find(ReportRubricCriterionEntity, {
      where: { stageId: In(stages.map((s) => s.id)) },
      order: { position: 'ASC' },
    });
    const levels = criteria.length
      ? await em.find(ReportRubricLevelEntity, {
          where: { criterionId: In(criteria.map((c) => c.id)) },
          order: { position: 'ASC' },
        })
      : [];
    return stages.map((s) => {
      const rubric = criteria
        .filter((c) => c.stageId === s.id)
        .map((c) => ({
          id: c.id,
          title: c.title,
          description: c.description,
          weight: c.weight,
          levels: levels
            .filter((l) => l.criterionId === c.id)
            .map((l) => ({ id: l.id, label: l.label, points: l.points, description: l.description })),
        }));
      return {
        id: s.id,
        programmeId: s.programmeId,
        kind: s.kind,
        title: s.title,
        instructions: s.instructions,
        due: {
          mode: s.dueMode,
          monthsAfterEnd: s.dueMonthsAfterEnd,
          at: timeOf(s.dueAt, principal.timeZone, programme.hostTimeZone),
        },
        forms: s.forms,
        requiredForCompletion: s.requiredForCompletion,
        position: s.position,
        rubric,
        maxTotal:
          rubric.length === 0
            ? null
            : rubric.reduce((sum, c) => sum + c.weight * Math.max(0, ...c.levels.map((l) => l.points)), 0),
      };
    });
  }

  /** One trainee's submissions for the stage with their files and reviews, newest first. */
  private async submissionViews(
    em: EntityManager,
    ctx: StageContext,
    userId: string,
    readerZone: string,
  ): Promise<ReportSubmissionView[]> {
    const host = ctx.programme.hostTimeZone;
    const submissions = await em.find(ReportSubmissionEntity, {
      where: { stageId: ctx.stage.id, userId },
      order: { number: 'DESC' },
    });
    if (submissions.length === 0) return [];
    const fileIds = submissions.flatMap((s) => (s.fileId ? [s.fileId] : []));
    const files = fileIds.length ? await em.find(ReportFileEntity, { where: { id: In(fileIds) } }) : [];
    const reviews = (await em.query(
      `SELECT r.id, r.submission_id AS submissionId, r.decision, r.comment, r.total, r.reviewed_at AS reviewedAt,
              r.reviewer_id AS reviewerId, u.display_name AS reviewerName
         FROM report_review r LEFT JOIN user u ON u.id = r.reviewer_id
        WHERE r.submission_id IN (?)`,
      [submissions.map((s) => s.id)],
    )) as {
      id: string;
      submissionId: string;
      decision: ReviewDecision;
      comment: string | null;
      total: number | null;
      reviewedAt: Date;
      reviewerId: string | null;
      reviewerName: string | null;
    }[];
    const scores = reviews.length
      ? ((await em.query(
          `SELECT sc.review_id AS reviewId, c.id AS criterionId, c.title AS criterion, c.weight, c.position,
                  l.id AS levelId, l.label AS level, l.points
             FROM report_review_score sc
             JOIN report_rubric_criterion c ON c.id = sc.criterion_id
             JOIN report_rubric_level l ON l.id = sc.level_id
            WHERE sc.review_id IN (?) ORDER BY c.position`,
          [reviews.map((r) => r.id)],
        )) as {
          reviewId: string;
          criterionId: string;
          criterion: string;
          weight: number;
          levelId: string;
          level: string;
          points: number;
        }[])
      : [];
    const latest = submissions[0]!.number;
    return submissions.map((s) => {
      const f = files.find((x) => x.id === s.fileId);
      const r = reviews.find((x) => x.submissionId === s.id);
      return {
        id: s.id,
        stageId: s.stageId,
        userId: s.userId,
        number: s.number,
        text: s.text,
        file: f
          ? {
              id: f.id,
              fileName: f.fileName,
              contentType: f.contentType,
              sizeBytes: Number(f.sizeBytes),
              sha256: f.sha256,
            }
          : null,
        late: s.late,
        superseded: s.number !== latest,
        submittedAt: timeOf(s.submittedAt, readerZone, host),
        review: r
          ? {
              id: r.id,
              decision: r.decision,
              comment: r.comment,
              total: r.total === null ? null : Number(r.total),
              reviewer: r.reviewerId ? { id: r.reviewerId, displayName: r.reviewerName ?? '' } : null,
              reviewedAt: timeOf(r.reviewedAt, readerZone, host),
              scores: scores
                .filter((x) => x.reviewId === r.id)
                .map((x) => ({
                  criterionId: x.criterionId,
                  criterion: x.criterion,
                  weight: Number(x.weight),
                  levelId: x.levelId,
                  level: x.level,
                  points: Number(x.points),
                })),
            }
          : null,
      };
    });
  }
}

/** The state of a trainee's report from their latest submission (if any) and its review. */
function stateOf(
  latest: { review: { decision: ReviewDecision } | null } | undefined,
  dueAt: Date,
  now = new Date(),
): ReportState {
  if (!latest) return now > dueAt ? 'overdue' : 'not_submitted';
  if (!latest.review) return 'submitted';
  return latest.review.decision;
}
