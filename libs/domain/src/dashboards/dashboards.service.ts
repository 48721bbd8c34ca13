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
import { ReportsService } from '../reports/reports.service.js';

type StageCounts = Awaited<ReturnType<ReportsService['stageCounts']>>;
type KindAttendance = Awaited<ReturnType<AttendanceService['byKind']>>;

/** What a programme's coordinators and instructors follow: the figures of every feature in one place. */
export interface DashboardView {
  programmeId: string;
  enrolment: Record<EnrolmentStatus, number>;
  attendance: Omit<ProgrammeAttendanceView, 'programmeId'>;
  completion: ProgrammeCompletionView['counts'];
  learningGain: Omit<LearningGainView, 'programmeId'>;
  reports: StageCounts;
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
}

/**
 * A programme's dashboard (its staff) and its funder's report (its coordinators and admins), each read
 * from the features that own the figures, through their services. Evaluation surveys (L1, L3) are not
 * here yet.
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
  ) {}

  /** Staff of the programme (manage or teach); a trainee is refused, anyone else does not see it. */
  async dashboard(principal: Principal, programmeId: string, now = new Date()): Promise<DashboardView> {
    const em = this.tx.manager;
    const access = await this.programmes.accessOrHide(em, principal, programmeId);
    if (access === 'attend') throw forbidden('Only the programme’s staff see its dashboard');
    const [enrolment, attendance, completion, gain, reports] = await Promise.all([
      this.enrolments.statusCounts(em, programmeId),
      this.attendance.programmeSummary(principal, programmeId, now),
      this.completion.ofProgramme(principal, programmeId),
      this.assessments.learningGain(principal, programmeId),
      this.reports.stageCounts(em, programmeId, now),
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
    };
  }

  /** The programme's coordinators and admins only: instructors and trainees are refused. */
  async funderReport(principal: Principal, programmeId: string, now = new Date()): Promise<FunderReportView> {
    const em = this.tx.manager;
    const access = await this.programmes.accessOrHide(em, principal, programmeId);
    if (access !== 'manage') throw forbidden('Only the programme’s coordinators see its funder report');
    const [programme, breakdown, enrolment, attendance, completion, gain, actionPlan, certificates] =
      await Promise.all([
        this.programmes.view(em, programmeId, access),
        this.enrolments.participantBreakdown(em, programmeId),
        this.enrolments.statusCounts(em, programmeId),
        this.attendance.byKind(em, programmeId, now),
        this.completion.ofProgramme(principal, programmeId),
        this.assessments.learningGain(principal, programmeId),
        this.reports.stageCounts(em, programmeId, now),
        this.certificates.countsForProgramme(em, programmeId),
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
    };
  }
}
