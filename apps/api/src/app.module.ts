import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { LoggerModule } from 'nestjs-pino';
import { pino } from 'pino';
import { AppConfig, ConfigModule } from '@kenshu/config';
import { DatabaseModule } from '@kenshu/database';
import {
  AttendanceModule,
  AuditModule,
  AuthModule as AuthDomainModule,
  EnrolmentsModule,
  ENTITIES,
  FacilitiesModule,
  MaterialsModule,
  ReportsModule,
  DashboardsModule,
  CertificatesModule,
  AssessmentsModule,
  SurveyPlansModule,
  SurveysModule,
  CompletionModule,
  MenuModule,
  OrganisationsModule,
  ProgrammeSessionsModule,
  ProgrammesModule,
  RostersModule,
  ScheduleModule,
  TasksModule,
  UsersModule,
} from '@kenshu/domain';
import { MailModule } from '@kenshu/mail';
import { OutboxModule } from '@kenshu/queue';
import { StorageModule } from '@kenshu/storage';
import { AttendanceController } from './attendance/attendance.controller.js';
import { AuditController } from './audit/audit.controller.js';
import { AccessTokens, accessTokenKey } from './auth/access-tokens.js';
import { AuthController } from './auth/auth.controller.js';
import { AccessGuard } from './auth/auth.guards.js';
import { JwtStrategy } from './auth/jwt.strategy.js';
import { LocalStrategy } from './auth/local.strategy.js';
import { EnrolmentsController } from './enrolments/enrolments.controller.js';
import { MyEnrolmentsController } from './enrolments/my-enrolments.controller.js';
import { FacilitiesController } from './facilities/facilities.controller.js';
import { CertificatesController } from './certificates/certificates.controller.js';
import { CompletionController } from './completion/completion.controller.js';
import { MaterialsController } from './materials/materials.controller.js';
import { IndicatorsController } from './reports/indicators.controller.js';
import { ReportsController } from './reports/reports.controller.js';
import { DashboardsController } from './dashboards/dashboards.controller.js';
import { AssessmentsController } from './assessments/assessments.controller.js';
import { SurveyPlansController } from './surveys/survey-plans.controller.js';
import { SurveysController } from './surveys/surveys.controller.js';
import { MeController } from './me/me.controller.js';
import { MenuItemsController } from './menu/menu-items.controller.js';
import { OrganisationsController } from './organisations/organisations.controller.js';
import { ProgrammesController } from './programmes/programmes.controller.js';
import { CalendarFeedController, ScheduleController } from './schedule/schedule.controller.js';
import { RostersController } from './rosters/rosters.controller.js';
import { ProgrammeSessionsController } from './sessions/programme-sessions.controller.js';
import { TasksController } from './tasks/tasks.controller.js';
import { UsersController } from './users/users.controller.js';
import { ProblemFilter } from './common/problem.filter.js';
import { HealthModule } from './health/health.module.js';

/** The API's pino instance, for the access log written by the HTTP pipeline. */
export const API_LOG = Symbol('kenshu:api-log');

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    const log = pino({ level: config.log.level, name: 'kenshu-api' });
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        // One pino instance: Nest's logger writes through it, and so does the access log (API_LOG).
        LoggerModule.forRoot({ pinoHttp: { logger: log }, forRoutes: [] }),
        DatabaseModule.forRoot(ENTITIES),
        OutboxModule,
        MailModule,
        StorageModule,
        HealthModule,
        AuthDomainModule,
        UsersModule,
        OrganisationsModule,
        AuditModule,
        ProgrammesModule,
        ProgrammeSessionsModule,
        EnrolmentsModule,
        FacilitiesModule,
        MenuModule,
        MaterialsModule,
        ReportsModule,
        DashboardsModule,
        CertificatesModule,
        AssessmentsModule,
        SurveysModule,
        SurveyPlansModule,
        CompletionModule,
        ScheduleModule,
        TasksModule,
        RostersModule,
        AttendanceModule,
        PassportModule,
        JwtModule.register({ secret: accessTokenKey(config), signOptions: { algorithm: 'HS256' } }),
      ],
      controllers: [
        AuthController,
        MeController,
        UsersController,
        OrganisationsController,
        AuditController,
        ProgrammesController,
        ProgrammeSessionsController,
        EnrolmentsController,
        MyEnrolmentsController,
        FacilitiesController,
        MenuItemsController,
        ScheduleController,
        CalendarFeedController,
        RostersController,
        TasksController,
        MaterialsController,
        AttendanceController,
        ReportsController,
        IndicatorsController,
        CertificatesController,
        AssessmentsController,
        SurveysController,
        SurveyPlansController,
        CompletionController,
        DashboardsController,
      ],
      providers: [
        { provide: APP_FILTER, useClass: ProblemFilter },
        // Every route needs a signed-in caller unless it is @Public().
        { provide: APP_GUARD, useClass: AccessGuard },
        JwtStrategy,
        LocalStrategy,
        AccessTokens,
        { provide: API_LOG, useValue: log },
      ],
    };
  }
}
