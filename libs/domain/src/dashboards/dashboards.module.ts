import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module.js';
import { AttendanceModule } from '../attendance/attendance.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { CertificatesModule } from '../certificates/certificates.module.js';
import { CompletionModule } from '../completion/completion.module.js';
import { EnrolmentsModule } from '../enrolments/enrolments.module.js';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { ReportsModule } from '../reports/reports.module.js';
import { SurveysModule } from '../surveys/surveys.module.js';
import { DashboardsService } from './dashboards.service.js';
import { ExportsService } from './exports.service.js';

/** A programme's dashboard, its funder's report and its exports (CSV, XLSX; streamed or as a file). */
@Module({
  imports: [
    AuditModule,
    ProgrammesModule,
    EnrolmentsModule,
    AttendanceModule,
    AssessmentsModule,
    ReportsModule,
    CertificatesModule,
    CompletionModule,
    SurveysModule,
  ],
  providers: [DashboardsService, ExportsService],
  exports: [DashboardsService, ExportsService],
})
export class DashboardsModule {}
