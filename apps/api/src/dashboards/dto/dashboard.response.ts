import { ApiProperty } from '@nestjs/swagger';
import {
  ENROLMENT_STATUSES,
  EXPORT_FORMATS,
  EXPORT_KINDS,
  GENDERS,
  REPORT_STATES,
  SESSION_KINDS,
  SURVEY_LEVELS,
  type DashboardView,
  type ExportFormat,
  type ExportKind,
  type ExportView,
  type FunderReportView,
  type SessionKind,
  type SurveyFigures,
  type SurveyLevel,
} from '@kenshu/domain';
import { CompletionCountsResponse } from '../../completion/dto/completion.response.js';
import { L4SummaryResponse, toL4SummaryResponse } from '../../reports/dto/indicator.dto.js';

const NOT_RECORDED = 'not recorded';

export class EnrolmentCountsResponse {
  @ApiProperty() invited!: number;
  @ApiProperty() waitlisted!: number;
  @ApiProperty() active!: number;
  @ApiProperty() completed!: number;
  @ApiProperty() withdrawn!: number;
  @ApiProperty() not_completed!: number;
}

export class AttendanceCountsResponse {
  @ApiProperty() present!: number;
  @ApiProperty() late!: number;
  @ApiProperty() absent!: number;
  @ApiProperty() excused!: number;
}

export class SessionAttendanceResponse {
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'UTC' }) startsAt!: Date;
  @ApiProperty() ended!: boolean;
  @ApiProperty({ type: AttendanceCountsResponse }) counts!: AttendanceCountsResponse & {
    unmarked: number;
    total: number;
  };
  @ApiProperty({ type: Number, nullable: true, description: 'Present or late over attending trainees (0–1)' })
  rate!: number | null;
}

export class TraineeAttendanceResponse {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ description: 'Present or late' }) attended!: number;
  @ApiProperty() excused!: number;
  @ApiProperty({ description: 'Ended sessions' }) total!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'attended / total (0–1)' }) rate!: number | null;
}

export class DashboardAttendanceResponse {
  @ApiProperty({ type: [SessionAttendanceResponse] }) sessions!: SessionAttendanceResponse[];
  @ApiProperty({ type: [TraineeAttendanceResponse] }) trainees!: TraineeAttendanceResponse[];
}

export class CohortGainResponse {
  @ApiProperty({ description: 'Trainees with both tests' }) trainees!: number;
  @ApiProperty({ type: Number, nullable: true }) meanIndividualGain!: number | null;
  @ApiProperty({ type: Number, nullable: true }) meanPre!: number | null;
  @ApiProperty({ type: Number, nullable: true }) meanPost!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Hake’s class-average gain' })
  classAverageGain!: number | null;
}

export class TraineeGainResponse {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ type: Number, nullable: true }) prePercent!: number | null;
  @ApiProperty({ type: Number, nullable: true }) postPercent!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '(post − pre) / (100 − pre)' }) gain!:
    number | null;
}

export class DashboardGainResponse {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) preTestId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) postTestId!: string | null;
  @ApiProperty({ type: CohortGainResponse }) cohort!: CohortGainResponse;
  @ApiProperty({ type: [TraineeGainResponse] }) trainees!: TraineeGainResponse[];
}

export class ReportStateCountsResponse {
  @ApiProperty() not_submitted!: number;
  @ApiProperty() submitted!: number;
  @ApiProperty() returned!: number;
  @ApiProperty() accepted!: number;
  @ApiProperty() overdue!: number;
}

export class StageProgressResponse {
  @ApiProperty({ format: 'uuid' }) stageId!: string;
  @ApiProperty() kind!: string;
  @ApiProperty() title!: string;
  @ApiProperty({
    type: ReportStateCountsResponse,
    description: `Participants by state: ${REPORT_STATES.join(', ')}`,
  })
  counts!: ReportStateCountsResponse;
}

export class LikertQuestionMeanResponse {
  @ApiProperty({ format: 'uuid' }) questionId!: string;
  @ApiProperty() position!: number;
  @ApiProperty({ enum: ['likert', 'matrix'] }) kind!: 'likert' | 'matrix';
  @ApiProperty({ type: Number, nullable: true, description: '1–5; a matrix over all its rows' }) mean!:
    number | null;
  @ApiProperty({ description: 'Answers counted (a matrix: one per row answered)' }) answers!: number;
}

export class SurveySessionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: SESSION_KINDS }) kind!: string;
  @ApiProperty({ description: 'UTC' }) startsAt!: Date;
}

export class SurveyRateResponse {
  @ApiProperty({ format: 'uuid' }) surveyId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: SURVEY_LEVELS }) level!: SurveyLevel;
  @ApiProperty({ enum: ['open', 'closed'] }) status!: 'open' | 'closed';
  @ApiProperty() invited!: number;
  @ApiProperty() responded!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'responded / invited (0–1)' })
  responseRate!: number | null;
}

export class SurveyFiguresResponse extends SurveyRateResponse {
  @ApiProperty() anonymous!: boolean;
  @ApiProperty() minGroupSize!: number;
  @ApiProperty({ type: SurveySessionResponse, nullable: true }) session!: SurveySessionResponse | null;
  @ApiProperty({
    description: 'Anonymous and fewer responses than minGroupSize: counts only, means null',
  })
  hidden!: boolean;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Mean of every 1–5 answer (likert questions and matrix rows); null when hidden',
  })
  likertMean!: number | null;
  @ApiProperty({ description: '1–5 answers the mean is over (0 when hidden)' }) likertAnswers!: number;
  @ApiProperty({ type: [LikertQuestionMeanResponse], description: 'Empty when hidden' })
  likertQuestions!: LikertQuestionMeanResponse[];
}

export class DashboardResponse {
  @ApiProperty({ format: 'uuid' }) programmeId!: string;
  @ApiProperty({ type: EnrolmentCountsResponse, description: `By status: ${ENROLMENT_STATUSES.join(', ')}` })
  enrolment!: EnrolmentCountsResponse;
  @ApiProperty({ type: DashboardAttendanceResponse }) attendance!: DashboardAttendanceResponse;
  @ApiProperty({ type: CompletionCountsResponse }) completion!: CompletionCountsResponse;
  @ApiProperty({ type: DashboardGainResponse }) learningGain!: DashboardGainResponse;
  @ApiProperty({ type: [StageProgressResponse], description: 'Report stages (action plan …) in order' })
  reports!: StageProgressResponse[];
  @ApiProperty({ type: [SurveyFiguresResponse], description: 'L1 (reaction) surveys, in session order' })
  l1!: SurveyFiguresResponse[];
  @ApiProperty({ type: [SurveyRateResponse], description: 'L3 follow-up surveys (+90, +180 days)' })
  l3!: SurveyRateResponse[];
  @ApiProperty({ type: [SurveyFiguresResponse], description: 'Programme-end surveys' })
  programmeEnd!: SurveyFiguresResponse[];
}

export class CountResponse {
  @ApiProperty({ description: `The value, or "${NOT_RECORDED}"` }) key!: string;
  @ApiProperty() count!: number;
}

export class PlaceCountResponse extends CountResponse {
  @ApiProperty({ type: String, nullable: true, description: 'ISO 3166-1 alpha-2' }) country!: string | null;
}

export class ParticipantsResponse {
  @ApiProperty({ description: 'Active, completed and not-completed trainees' }) total!: number;
  @ApiProperty({ type: [CountResponse] }) byCountry!: CountResponse[];
  @ApiProperty({ type: [PlaceCountResponse] }) byCity!: PlaceCountResponse[];
  @ApiProperty({ type: [PlaceCountResponse] }) byOrganisation!: PlaceCountResponse[];
  @ApiProperty({ type: [CountResponse], description: `${GENDERS.join(', ')} or "${NOT_RECORDED}"` })
  byGender!: CountResponse[];
}

export class KindAttendanceResponse {
  @ApiProperty({ enum: SESSION_KINDS }) kind!: SessionKind;
  @ApiProperty({ description: 'Sessions not cancelled' }) sessions!: number;
  @ApiProperty() ended!: number;
  @ApiProperty({ type: AttendanceCountsResponse }) counts!: AttendanceCountsResponse;
  @ApiProperty({ type: Number, nullable: true, description: 'Present or late at ended sessions (0–1)' })
  rate!: number | null;
}

export class FunderGainResponse extends CohortGainResponse {
  @ApiProperty() preTest!: boolean;
  @ApiProperty() postTest!: boolean;
}

export class CertificateCountsResponse {
  @ApiProperty({ description: 'Valid certificates' }) issued!: number;
  @ApiProperty() revoked!: number;
}

export class PooledLikertResponse {
  @ApiProperty({ description: 'Surveys shown (not hidden)' }) surveys!: number;
  @ApiProperty({ description: 'Surveys left out: hidden below their minimum group size' })
  hiddenSurveys!: number;
  @ApiProperty({ description: 'Responses of the surveys shown' }) responses!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Mean of every 1–5 answer of the surveys shown' })
  mean!: number | null;
}

export class KindLikertResponse extends PooledLikertResponse {
  @ApiProperty({ enum: [...SESSION_KINDS, 'none'], description: '"none": surveys of no session' })
  kind!: string;
}

export class FunderL1Response extends PooledLikertResponse {
  @ApiProperty({ type: [KindLikertResponse], description: 'Per session kind, site visits included' })
  byKind!: KindLikertResponse[];
}

export class FunderReportResponse {
  @ApiProperty({ format: 'uuid' }) programmeId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) funder!: string | null;
  @ApiProperty({ type: ParticipantsResponse }) participants!: ParticipantsResponse;
  @ApiProperty({ type: EnrolmentCountsResponse }) enrolment!: EnrolmentCountsResponse;
  @ApiProperty({ type: [KindAttendanceResponse], description: 'Per session kind, site visits included' })
  attendance!: KindAttendanceResponse[];
  @ApiProperty({ type: FunderGainResponse, description: 'L2: learning gain from the pre- and post-test' })
  learningGain!: FunderGainResponse;
  @ApiProperty({ type: [StageProgressResponse], description: 'Action-plan status: report stages in order' })
  actionPlan!: StageProgressResponse[];
  @ApiProperty({ type: CompletionCountsResponse }) completion!: CompletionCountsResponse;
  @ApiProperty({ type: CertificateCountsResponse }) certificates!: CertificateCountsResponse;
  @ApiProperty({
    type: FunderL1Response,
    description: 'L1: reaction, for the programme and per session kind',
  })
  l1!: FunderL1Response;
  @ApiProperty({ type: [SurveyFiguresResponse], description: 'L3: follow-up surveys (+90, +180 days)' })
  l3!: SurveyFiguresResponse[];
  @ApiProperty({ type: L4SummaryResponse, description: 'L4: action-plan indicators at follow-up' })
  l4!: L4SummaryResponse;
  @ApiProperty({ type: [SurveyFiguresResponse], description: 'Programme-end surveys' })
  programmeEnd!: SurveyFiguresResponse[];
}

export class ExportResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) programmeId!: string;
  @ApiProperty({ enum: EXPORT_KINDS }) kind!: ExportKind;
  @ApiProperty({ enum: EXPORT_FORMATS }) format!: ExportFormat;
  @ApiProperty({ enum: ['queued', 'ready', 'failed'] }) status!: ExportView['status'];
  @ApiProperty({ type: Number, nullable: true, description: 'Data rows (header not counted)' }) rows!:
    number | null;
  @ApiProperty({ type: Number, nullable: true }) sizeBytes!: number | null;
  @ApiProperty({ description: 'UTC' }) createdAt!: Date;
  @ApiProperty({ type: Date, nullable: true, description: 'UTC' }) builtAt!: Date | null;
}

const key = (k: string | null) => k ?? NOT_RECORDED;
const emptyCohort = {
  trainees: 0,
  meanIndividualGain: null,
  meanPre: null,
  meanPost: null,
  classAverageGain: null,
};

const toSurveyFigures = (f: SurveyFigures): SurveyFiguresResponse => ({
  surveyId: f.surveyId,
  title: f.title,
  level: f.level,
  status: f.status,
  invited: f.invited,
  responded: f.responded,
  responseRate: f.responseRate,
  anonymous: f.anonymous,
  minGroupSize: f.minGroupSize,
  session: f.session ? { ...f.session } : null,
  hidden: f.hidden,
  likertMean: f.likertMean,
  likertAnswers: f.likertAnswers,
  likertQuestions: f.likertQuestions.map((q) => ({ ...q })),
});

export const toDashboardResponse = (v: DashboardView): DashboardResponse => ({
  programmeId: v.programmeId,
  enrolment: { ...v.enrolment },
  attendance: {
    sessions: v.attendance.sessions.map((s) => ({ ...s, counts: { ...s.counts } })),
    trainees: v.attendance.trainees.map((t) => ({
      userId: t.userId,
      displayName: t.displayName,
      attended: t.attended,
      excused: t.excused,
      total: t.total,
      rate: t.rate,
    })),
  },
  completion: { ...v.completion },
  learningGain: {
    preTestId: v.learningGain.preTestId,
    postTestId: v.learningGain.postTestId,
    cohort: { ...(v.learningGain.cohort ?? emptyCohort) },
    trainees: v.learningGain.trainees.map((t) => ({ ...t })),
  },
  reports: v.reports.map((r) => ({ ...r, counts: { ...r.counts } })),
  l1: v.l1.map(toSurveyFigures),
  l3: v.l3.map((r) => ({ ...r })),
  programmeEnd: v.programmeEnd.map(toSurveyFigures),
});

export const toFunderReportResponse = (v: FunderReportView): FunderReportResponse => ({
  programmeId: v.programmeId,
  title: v.title,
  funder: v.funder,
  participants: {
    total: v.participants.total,
    byCountry: v.participants.byCountry.map((c) => ({ key: key(c.key), count: c.count })),
    byCity: v.participants.byCity.map((c) => ({ key: key(c.key), country: c.country, count: c.count })),
    byOrganisation: v.participants.byOrganisation.map((c) => ({
      key: key(c.key),
      country: c.country,
      count: c.count,
    })),
    byGender: v.participants.byGender.map((c) => ({ key: key(c.key), count: c.count })),
  },
  enrolment: { ...v.enrolment },
  attendance: v.attendance.map((k) => ({ ...k, counts: { ...k.counts } })),
  learningGain: { ...v.learningGain },
  actionPlan: v.actionPlan.map((r) => ({ ...r, counts: { ...r.counts } })),
  completion: { ...v.completion },
  certificates: { ...v.certificates },
  l1: { ...v.l1, byKind: v.l1.byKind.map((k) => ({ ...k })) },
  l3: v.l3.map(toSurveyFigures),
  l4: toL4SummaryResponse(v.l4),
  programmeEnd: v.programmeEnd.map(toSurveyFigures),
});

export const toExportResponse = (v: ExportView): ExportResponse => ({ ...v });
