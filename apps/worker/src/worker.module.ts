import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, ConfigModule } from '@kenshu/config';
import { DatabaseModule } from '@kenshu/database';
import {
  AttendanceModule,
  AssessmentsModule,
  SurveyPlansModule,
  SurveysModule,
  AuthModule,
  CertificatesModule,
  CompletionModule,
  ENTITIES,
  EnrolmentsModule,
  MaterialsModule,
  ProgrammeSessionsModule,
  ReportsModule,
  DashboardsModule,
  SessionsModule,
  SystemModule,
  UsersModule,
} from '@kenshu/domain';
import { MailModule } from '@kenshu/mail';
import { OutboxModule, QueueModule } from '@kenshu/queue';
import { StorageModule } from '@kenshu/storage';
import { AutoAbsentScheduler } from './attendance/auto-absent.scheduler.js';
import { AssessmentsScheduler } from './assessments/assessments.scheduler.js';
import { SurveyPlansScheduler } from './surveys/survey-plans.scheduler.js';
import { SendSurveyEmailProcessor } from './surveys/send-survey-email.processor.js';
import { SurveyRemindersScheduler } from './surveys/survey-reminders.scheduler.js';
import { SurveysScheduler } from './surveys/surveys.scheduler.js';
import { SendInvitationProcessor } from './auth/send-invitation.processor.js';
import { SessionsHousekeeping } from './auth/sessions-housekeeping.service.js';
import { SendPasswordResetProcessor } from './auth/send-password-reset.processor.js';
import { IssueCertificateProcessor } from './certificates/issue-certificate.processor.js';
import { CompletionScheduler } from './completion/completion.scheduler.js';
import { EvaluateCompletionProcessor } from './completion/evaluate-completion.processor.js';
import { HeartbeatService } from './heartbeat/heartbeat.service.js';
import { JobDispatcher } from './jobs/job-dispatcher.service.js';
import { OutboxCompletions } from './jobs/outbox-completions.service.js';
import { OutboxRelay } from './outbox/outbox-relay.service.js';
import { FillWaitingListProcessor } from './enrolments/fill-waiting-list.processor.js';
import { BuildMaterialBundleProcessor } from './materials/build-material-bundle.processor.js';
import { MaterialsScheduler } from './materials/materials.scheduler.js';
import { SendMaterialProcessor } from './materials/send-material.processor.js';
import { SendReportReviewProcessor } from './reports/send-report-review.processor.js';
import { BuildExportProcessor } from './exports/build-export.processor.js';
import { SendSessionReminderProcessor } from './sessions/send-session-reminder.processor.js';
import { SessionRemindersScheduler } from './sessions/session-reminders.scheduler.js';
import { CheckPipelineProcessor } from './system/check-pipeline.processor.js';
import { RecordProbeProcessor } from './system/record-probe.processor.js';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({ pinoHttp: { level: config.log.level, name: 'kenshu-worker' } }),
        DatabaseModule.forRoot(ENTITIES),
        OutboxModule,
        QueueModule,
        MailModule,
        DiscoveryModule,
        SystemModule,
        AuthModule,
        UsersModule,
        SessionsModule,
        ProgrammeSessionsModule,
        EnrolmentsModule,
        MaterialsModule,
        CompletionModule,
        AttendanceModule,
        ReportsModule,
        DashboardsModule,
        CertificatesModule,
        AssessmentsModule,
        SurveysModule,
        SurveyPlansModule,
        StorageModule,
      ],
      providers: [
        JobDispatcher,
        OutboxCompletions,
        OutboxRelay,
        HeartbeatService,
        CheckPipelineProcessor,
        RecordProbeProcessor,
        SendPasswordResetProcessor,
        SendInvitationProcessor,
        SessionsHousekeeping,
        SendSessionReminderProcessor,
        SessionRemindersScheduler,
        FillWaitingListProcessor,
        SendMaterialProcessor,
        BuildMaterialBundleProcessor,
        MaterialsScheduler,
        EvaluateCompletionProcessor,
        AutoAbsentScheduler,
        SendReportReviewProcessor,
        BuildExportProcessor,
        IssueCertificateProcessor,
        AssessmentsScheduler,
        CompletionScheduler,
        SurveysScheduler,
        SurveyPlansScheduler,
        SurveyRemindersScheduler,
        SendSurveyEmailProcessor,
      ],
    };
  }
}
