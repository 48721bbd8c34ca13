import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TransactionService } from '@kenshu/database';
import { OutboxService } from '@kenshu/queue';
import { AssessmentsService } from '../assessments/assessments.service.js';
import { AttendanceService } from '../attendance/attendance.service.js';
import { AuditService } from '../audit/audit.service.js';
import { CertificatesService } from '../certificates/certificates.service.js';
import { forbidden } from '../common/domain-error.js';
import type { Principal } from '../common/principal.js';
import type { RequestMeta } from '../common/request-meta.js';
import type { EnrolmentStatus } from '../enrolments/enrolment.entity.js';
import { EnrolmentsService } from '../enrolments/enrolments.service.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import { ReportsService } from '../reports/reports.service.js';
import {
  evaluateRules,
  hasRules,
  parseRules,
  validateRules,
  type CompletionInputs,
  type CompletionResult,
  type CompletionRules,
} from './completion-rules.js';

/** One trainee's completion as the programme shows it. */
export interface CompletionView extends CompletionResult {
  userId: string;
  displayName: string;
  enrolmentId: string;
  enrolmentStatus: EnrolmentStatus;
  /**
   * True for a trainee completed whose inputs no longer meet the rules (a grade corrected, the rules
   * raised): completion is never taken back by the job, so a coordinator decides.
   */
  completedButNotMet: boolean;
}

export interface ProgrammeCompletionView {
  programmeId: string;
  rules: CompletionRules;
  counts: { participants: number; completed: number; met: number; notMet: number };
  trainees: CompletionView[];
}

/** Rows per outbox statement and per evaluation batch of the nightly sweep. */
const SWEEP_BATCH = 1000;

/**
 * Completion of a programme by its trainees. The rules live on the programme; the inputs are counted by
 * the attendance, assessment and report features (one aggregate query each, for a whole programme or a
 * few trainees); every change to an input writes an `evaluate-completion` job in its own transaction, and
 * a nightly sweep re-evaluates everyone still active as a safety net. An active trainee who meets every
 * rule becomes `completed` (audited) and their certificate is requested in the same transaction.
 */
@Injectable()
export class CompletionService {
  constructor(
    private readonly tx: TransactionService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly programmes: ProgrammesService,
    private readonly enrolments: EnrolmentsService,
    private readonly attendance: AttendanceService,
    private readonly assessments: AssessmentsService,
    private readonly reports: ReportsService,
    private readonly certificates: CertificatesService,
  ) {}

  /** The rules, for anyone who can see the programme. */
  async rules(principal: Principal, programmeId: string): Promise<CompletionRules> {
    return this.tx.run(async (em) => {
      await this.programmes.accessOrHide(em, principal, programmeId);
      return parseRules(await this.programmes.completionRules(em, programmeId));
    });
  }

  /**
   * Sets the rules (coordinators and admins) and re-evaluates every active trainee through the outbox, in
   * the same transaction: a raised bar never completes anyone, a lowered one completes those who now pass.
   */
  async setRules(
    principal: Principal,
    programmeId: string,
    input: CompletionRules,
    meta: RequestMeta,
  ): Promise<CompletionRules> {
    const rules = validateRules(input);
    return this.tx.run(async (em) => {
      if ((await this.programmes.accessOrHide(em, principal, programmeId)) !== 'manage')
        throw forbidden('Only the programme’s coordinators and admins set its completion rules');
      const before = parseRules(await this.programmes.completionRules(em, programmeId, true));
      // The same rules again (a form saved unchanged): nothing to record, nobody to re-evaluate.
      if (JSON.stringify(before) === JSON.stringify(rules)) return rules;
      await this.programmes.setCompletionRules(
        em,
        programmeId,
        hasRules(rules) ? JSON.stringify(rules) : null,
      );
      await this.audit.record(
        em,
        {
          action: 'completion.rules_changed',
          actorId: principal.id,
          targetType: 'programme',
          targetId: programmeId,
          details: { before, after: rules },
        },
        meta,
      );
      await this.requestEvaluation(em, programmeId, await this.activeUserIds(em, programmeId));
      return rules;
    });
  }

  /** Every participant's completion and what each still lacks (staff of the programme). */
  async ofProgramme(principal: Principal, programmeId: string): Promise<ProgrammeCompletionView> {
    return this.tx.run(async (em) => {
      const access = await this.programmes.accessOrHide(em, principal, programmeId);
      if (access === 'attend') throw forbidden('Trainees see their own completion only');
      const rules = parseRules(await this.programmes.completionRules(em, programmeId));
      const trainees = await this.evaluateProgramme(em, programmeId, rules);
      const completed = trainees.filter((t) => t.enrolmentStatus === 'completed').length;
      const met = trainees.filter((t) => t.met).length;
      return {
        programmeId,
        rules,
        counts: { participants: trainees.length, completed, met, notMet: trainees.length - met },
        trainees,
      };
    });
  }

  /** The caller's own completion of a programme they take part in: what is met and what is missing. */
  async mine(
    principal: Principal,
    programmeId: string,
  ): Promise<CompletionView & { rules: CompletionRules }> {
    return this.tx.run(async (em) => {
      await this.programmes.accessOrHide(em, principal, programmeId);
      const rules = parseRules(await this.programmes.completionRules(em, programmeId));
      const [view] = await this.evaluateProgramme(em, programmeId, rules, [principal.id]);
      if (!view) throw forbidden('Only the programme’s trainees have a completion to show');
      return { ...view, rules };
    });
  }

  /**
   * The completion of these participants under the programme's current rules (no access check: for a
   * caller that made it, such as an export reading a programme page by page).
   */
  async evaluateUsers(
    em: EntityManager,
    programmeId: string,
    userIds: string[],
  ): Promise<{ rules: CompletionRules; trainees: CompletionView[] }> {
    const rules = parseRules(await this.programmes.completionRules(em, programmeId));
    return { rules, trainees: await this.evaluateProgramme(em, programmeId, rules, userIds) };
  }

  /**
   * Evaluates the participants of a programme (all, or these users) with one aggregate query per input:
   * the path a programme's completion page, the job and the benchmark share.
   */
  async evaluateProgramme(
    em: EntityManager,
    programmeId: string,
    rules: CompletionRules,
    userIds?: string[],
  ): Promise<CompletionView[]> {
    const participants = await this.enrolments.participants(em, programmeId, userIds);
    if (participants.length === 0) return [];
    const ids = userIds ?? undefined;
    const [attendance, postTest, reports] = await Promise.all([
      rules.minAttendancePercent !== null ? this.attendance.completionInputs(em, programmeId, ids) : null,
      rules.postTestPassPercent !== null ? this.assessments.completionInputs(em, programmeId, ids) : null,
      rules.reportsAccepted ? this.reports.completionInputs(em, programmeId, ids) : null,
    ]);
    const none = new Set<string>();
    return participants.map((p) => {
      const tally = attendance?.get(p.userId);
      const best = postTest?.byUser.get(p.userId);
      const inputs: CompletionInputs = {
        attendance: tally ?? { sessions: 0, ended: 0, attended: 0, excused: 0 },
        postTest: {
          exists: postTest?.postTestId != null,
          bestPercent: best?.bestPercent ?? null,
          awaitingMarking: best?.awaitingMarking ?? false,
        },
        reports: {
          required: reports?.requiredStages ?? [],
          accepted: reports?.acceptedByUser.get(p.userId) ?? none,
        },
      };
      const result = evaluateRules(rules, inputs);
      return {
        userId: p.userId,
        displayName: p.displayName,
        enrolmentId: p.enrolmentId,
        enrolmentStatus: p.status,
        ...result,
        completedButNotMet: p.status === 'completed' && hasRules(rules) && !result.met,
      };
    });
  }

  /**
   * The `evaluate-completion` job, in its transaction: an active trainee who meets every rule is completed
   * and their certificate requested. Reads the current inputs, so running it twice completes nobody twice
   * (the enrolment's row lock and status make the second run a no-op).
   */
  async evaluate(em: EntityManager, programmeId: string, userId: string): Promise<void> {
    const rules = parseRules(await this.programmes.completionRules(em, programmeId));
    if (!hasRules(rules)) return;
    const [view] = await this.evaluateProgramme(em, programmeId, rules, [userId]);
    if (!view?.met || view.enrolmentStatus !== 'active') return;
    const enrolmentId = await this.enrolments.completeByRules(em, programmeId, userId, {
      requirements: view.requirements,
    });
    if (enrolmentId) await this.certificates.requestIssue(em, enrolmentId);
  }

  /**
   * The nightly safety net, once per UTC day from `hourUtc` on: under the sweep row's lock (one worker of
   * many runs it), an `evaluate-completion` job for every active trainee of every programme with rules,
   * queued in the same transaction that records the day (a crash before the commit leaves it to the next
   * poll; after it, the jobs are in the outbox). Returns how many were queued, or null when it was not due.
   */
  async sweepIfDue(em: EntityManager, now: Date, hourUtc: number): Promise<number | null> {
    const [row] = (await em.query(
      `SELECT DATE_FORMAT(last_run_on, '%Y-%m-%d') AS last FROM completion_sweep WHERE name = 'nightly' FOR UPDATE`,
    )) as { last: string | null }[];
    const today = now.toISOString().slice(0, 10);
    if (!row || now.getUTCHours() < hourUtc || (row.last !== null && row.last >= today)) return null;
    const queued = await this.sweep(em);
    await em.query(`UPDATE completion_sweep SET last_run_on = ? WHERE name = 'nightly'`, [today]);
    return queued;
  }

  private async sweep(em: EntityManager): Promise<number> {
    let queued = 0;
    for (const programmeId of await this.programmes.withCompletionRules(em)) {
      const userIds = await this.activeUserIds(em, programmeId);
      for (let i = 0; i < userIds.length; i += SWEEP_BATCH) {
        await this.requestEvaluation(em, programmeId, userIds.slice(i, i + SWEEP_BATCH));
      }
      queued += userIds.length;
    }
    return queued;
  }

  private async activeUserIds(em: EntityManager, programmeId: string): Promise<string[]> {
    return (await this.enrolments.participants(em, programmeId))
      .filter((p) => p.status === 'active')
      .map((p) => p.userId);
  }

  private async requestEvaluation(em: EntityManager, programmeId: string, userIds: string[]): Promise<void> {
    await this.outbox.addMany(
      em,
      'evaluate-completion',
      userIds.map((userId) => ({ programmeId, userId })),
    );
  }
}
