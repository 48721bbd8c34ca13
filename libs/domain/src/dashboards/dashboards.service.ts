import { Injectable } from '@nestjs/common';
import { TransactionService } from '@kenshu/database';
import { AssessmentsService, type LearningGainView } from '../assessments/assessments.service.js';
import { AttendanceService, type ProgrammeAttendanceView } from '../attendance/attendance.service.js';
import { CertificatesService } from '../certificates/certificates.service.js';
import { forbidden } from '../common/domain-error.js';
import type { Principal } from '../common/principal.js';
import { CompletionService, type ProgrammeCompletionView } from '../completion/completion.service.js';
import type { EnrolmentStatus } from '../enrolments/enrolment.entity.js';
import { EnrolmentsService, type ParticipantBreakdown } from '../enrolments/enrolments.service.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import { ActionPlanIndicatorsService, type L4Summary } from '../reports/action-plan-indicators.service.js';
import { ReportsService } from '../reports/reports.service.js';
import {
  SurveyFiguresService,
  type PooledByKind,
  type SurveyFigures,
} from '../surveys/survey-figures.service.js';

type StageCounts = Awaited<ReturnType<ReportsService['stageCounts']>>;
type KindAttendance = Awaited<ReturnType<AttendanceService['byKind']>>;

/** An L3 follow-up survey's response figures. */
export type SurveyRateView = Pick<
  SurveyFigures,
  'surveyId' | 'title' | 'level' | 'status' | 'invited' | 'responded' | 'responseRate'
>;

/** What a programme's coordinators and instructors follow: the figures of every feature in one place. */
export interface DashboardView {
  programmeId: string;
  enrolment: Record<EnrolmentStatus, number>;
  attendance: Omit<ProgrammeAttendanceView, 'programmeId'>;
  completion: ProgrammeCompletionView['counts'];
  learningGain: Omit<LearningGainView, 'programmeId'>;
  reports: StageCounts;
  /** L1 surveys (reaction), in the order of their sessions: counts, response rate, Likert means. */
  l1: SurveyFigures[];
  /** L3 follow-up surveys (+90, +180 days): counts and response rate. */
  l3: SurveyRateView[];
  /** Programme-end surveys, as L1. */
  programmeEnd: SurveyFigures[];
}

/** What a funder is told of a programme: who took part, how they attended, learned and finished. */
export interface FunderReportView {
  programmeId: string;
  title: string;
  funder: string | null;
  participants: ParticipantBreakdown & { total: number };
  enrolment: Record<EnrolmentStatus, number>;
  attendance: KindAttendance;
  learningGain: NonNullable<LearningGainView['cohort']> & { preTest: boolean; postTest: boolean };
  actionPlan: StageCounts;
  completion: ProgrammeCompletionView['counts'];
  certificates: { issued: number; revoked: number };
  /** L1: the mean of every 1–5 answer of the L1 surveys shown, for the programme and per session kind. */
  l1: PooledByKind;
  /** L3 follow-up surveys: response rates, and Likert means where not hidden. */
  l3: SurveyFigures[];
  /** L4: results indicators of the action plans at follow-up. */
  l4: L4Summary;
  programmeEnd: SurveyFigures[];
}

const L3_LEVELS: readonly string[] = ['L3_90', 'L3_180'];

/**
 * A programme's dashboard (its staff) and its funder's report (its coordinators and admins), each read
 * from the features that own the figures, through their services. Survey means of anonymous surveys
 * below their minimum group size are hidden everywhere (counts stay), and left out of pooled means.
 */
@Injectable()
export class DashboardsService {
  constructor(
    private readonly tx: TransactionService,
    private readonly programmes: ProgrammesService,
    private readonly enrolments: EnrolmentsService,
    private readonly attendance: AttendanceService,
    private readonly completion: CompletionService,
    private readonly assessments: AssessmentsService,
    private readonly reports: ReportsService,
    private readonly certificates: CertificatesService,
    private readonly surveys: SurveyFiguresService,
    private readonly indicators: ActionPlanIndicatorsService,
  ) {}

  /** Staff of the programme (manage or teach); a trainee is refused, anyone else does not see it. */
  async dashboard(principal: Principal, programmeId: string, now = new Date()): Promise<DashboardView> {
    const em = this.tx.manager;
    const access = await this.programmes.accessOrHide(em, principal, programmeId);
    if (access === 'attend') throw forbidden('Only the programme’s staff see its dashboard');
    const [enrolment, attendance, completion, gain, reports, surveys] = await Promise.all([
      this.enrolments.statusCounts(em, programmeId),
      this.attendance.programmeSummary(principal, programmeId, now),
      this.completion.ofProgramme(principal, programmeId),
      this.assessments.learningGain(principal, programmeId),
      this.reports.stageCounts(em, programmeId, now),
      this.surveys.ofProgramme(em, programmeId),
    ]);
    const { programmeId: _a, ...attendanceRest } = attendance;
    const { programmeId: _g, ...gainRest } = gain;
    return {
      programmeId,
      enrolment,
      attendance: attendanceRest,
      completion: completion.counts,
      learningGain: gainRest,
      reports,
      l1: surveys.filter((f) => f.level === 'L1'),
      l3: surveys
        .filter((f) => L3_LEVELS.includes(f.level))
        .map(({ surveyId, title, level, status, invited, responded, responseRate }) => ({
          surveyId,
          title,
          level,
          status,
          invited,
          responded,
          responseRate,
        })),
      programmeEnd: surveys.filter((f) => f.level === 'programme_end'),
    };
  }

  /** The programme's coordinators and admins only: instructors and trainees are refused. */
  async funderReport(principal: Principal, programmeId: string, now = new Date()): Promise<FunderReportView> {
    const em = this.tx.manager;
    const access = await this.programmes.accessOrHide(em, principal, programmeId);
    if (access !== 'manage') throw forbidden('Only the programme’s coordinators see its funder report');
    const [
      programme,
      breakdown,
      enrolment,
      attendance,
      completion,
      gain,
      actionPlan,
      certificates,
      surveys,
      l4,
    ] = await Promise.all([
      this.programmes.view(em, programmeId, access),
      this.enrolments.participantBreakdown(em, programmeId),
      this.enrolments.statusCounts(em, programmeId),
      this.attendance.byKind(em, programmeId, now),
      this.completion.ofProgramme(principal, programmeId),
      this.assessments.learningGain(principal, programmeId),
      this.reports.stageCounts(em, programmeId, now),
      this.certificates.countsForProgramme(em, programmeId),
      this.surveys.ofProgramme(em, programmeId),
      this.indicators.l4Summary(em, programmeId),
    ]);
    return {
      programmeId,
      title: programme.title,
      funder: programme.funder?.name ?? null,
      participants: {
        total: breakdown.byCountry.reduce((n, c) => n + c.count, 0),
        ...breakdown,
      },
      enrolment,
      attendance,
      learningGain: {
        ...gain.cohort!,
        preTest: gain.preTestId !== null,
        postTest: gain.postTestId !== null,
      },
      actionPlan,
      completion: completion.counts,
      certificates,
      l1: this.surveys.pooledByKind(surveys.filter((f) => f.level === 'L1')),
      l3: surveys.filter((f) => L3_LEVELS.includes(f.level)),
      l4,
      programmeEnd: surveys.filter((f) => f.level === 'programme_end'),
    };
  }
}
