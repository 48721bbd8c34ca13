import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module.js';
import { AttendanceModule } from '../attendance/attendance.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { CertificatesModule } from '../certificates/certificates.module.js';
import { EnrolmentsModule } from '../enrolments/enrolments.module.js';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { ReportsModule } from '../reports/reports.module.js';
import { CompletionService } from './completion.service.js';

/** Completion rules per programme, their evaluation, and what each trainee still lacks. */
@Module({
  imports: [
    AuditModule,
    ProgrammesModule,
    EnrolmentsModule,
    AttendanceModule,
    AssessmentsModule,
    ReportsModule,
    CertificatesModule,
  ],
  providers: [CompletionService],
  exports: [CompletionService],
})
export class CompletionModule {}
