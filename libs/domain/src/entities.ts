import { DataExportEntity } from './dashboards/data-export.entity.js';
import { CompletionSweepEntity } from './completion/completion-sweep.entity.js';
import { OutboxEntity } from '@kenshu/queue';
import {
  AttendanceCheckInCodeEntity,
  AttendanceEntity,
  AttendanceSweepEntity,
} from './attendance/attendance.entity.js';
import {
  AssessmentAnswerEntity,
  AssessmentAttemptEntity,
  AssessmentEntity,
  AssessmentItemEntity,
  AssessmentQuestionEntity,
} from './assessments/assessment.entity.js';
import { AuditEventEntity } from './audit/audit-event.entity.js';
import { AuthSessionEntity, RefreshTokenEntity } from './auth/auth-session.entity.js';
import { InvitationEntity } from './users/invitation.entity.js';
import { PasswordResetEntity } from './auth/password-reset.entity.js';
import { CertificateEntity } from './certificates/certificate.entity.js';
import { EnrolmentEntity } from './enrolments/enrolment.entity.js';
import { FacilityEntity } from './facilities/facility.entity.js';
import {
  MenuItemEntity,
  MenuItemLanguageEntity,
  MenuItemTextEntity,
  MenuItemTopicEntity,
} from './menu/menu-item.entity.js';
import {
  MaterialBundleEntity,
  MaterialDeliveryEntity,
  MaterialEntity,
  MaterialVersionEntity,
} from './materials/material.entity.js';
import { OrganisationEntity } from './organisations/organisation.entity.js';
import {
  ProgrammeEntity,
  ProgrammePhaseEntity,
  ProgrammeStaffEntity,
} from './programmes/programme.entity.js';
import {
  ReportFileEntity,
  ReportReviewEntity,
  ReportReviewScoreEntity,
  ReportRubricCriterionEntity,
  ReportRubricLevelEntity,
  ReportStageEntity,
  ReportSubmissionEntity,
} from './reports/report.entity.js';
import { ActionPlanIndicatorEntity, ActionPlanIndicatorValueEntity } from './reports/indicator.entity.js';
import { CalendarFeedEntity } from './schedule/calendar-feed.entity.js';
import { RosterDownloadEntity } from './rosters/roster-download.entity.js';
import { SessionReminderEntity } from './sessions/session-reminder.entity.js';
import { SessionEntity, SessionInstructorEntity } from './sessions/session.entity.js';
import { ProbeEntity } from './system/probe.entity.js';
import { UserEntity, UserRoleEntity } from './users/user.entity.js';
import {
  SurveyAnswerEntity,
  SurveyEmailEntity,
  SurveyEntity,
  SurveyInvitationEntity,
  SurveyQuestionEntity,
  SurveyResponseEntity,
  SurveyTemplateEntity,
} from './surveys/survey.entity.js';
import { SurveyOccurrenceEntity, SurveyPlanEntity } from './surveys/survey-plan.entity.js';

/** Every mapped table. The migrations must match these (an integration test checks for drift). */
export const ENTITIES = [
  OutboxEntity,
  OrganisationEntity,
  UserEntity,
  UserRoleEntity,
  PasswordResetEntity,
  AuthSessionEntity,
  RefreshTokenEntity,
  InvitationEntity,
  AuditEventEntity,
  ProbeEntity,
  ProgrammeEntity,
  ProgrammePhaseEntity,
  ProgrammeStaffEntity,
  SessionEntity,
  SessionInstructorEntity,
  EnrolmentEntity,
  SessionReminderEntity,
  CalendarFeedEntity,
  FacilityEntity,
  MenuItemEntity,
  MaterialEntity,
  MaterialVersionEntity,
  MaterialDeliveryEntity,
  MaterialBundleEntity,
  MenuItemTextEntity,
  MenuItemTopicEntity,
  MenuItemLanguageEntity,
  RosterDownloadEntity,
  AttendanceEntity,
  AttendanceCheckInCodeEntity,
  AttendanceSweepEntity,
  ReportStageEntity,
  ReportRubricCriterionEntity,
  ReportRubricLevelEntity,
  ReportFileEntity,
  ReportSubmissionEntity,
  ReportReviewEntity,
  ReportReviewScoreEntity,
  ActionPlanIndicatorEntity,
  ActionPlanIndicatorValueEntity,
  CertificateEntity,
  AssessmentQuestionEntity,
  AssessmentEntity,
  AssessmentItemEntity,
  AssessmentAttemptEntity,
  AssessmentAnswerEntity,
  CompletionSweepEntity,
  DataExportEntity,
  SurveyTemplateEntity,
  SurveyEntity,
  SurveyQuestionEntity,
  SurveyInvitationEntity,
  SurveyResponseEntity,
  SurveyAnswerEntity,
  SurveyPlanEntity,
  SurveyOccurrenceEntity,
  SurveyEmailEntity,
];
