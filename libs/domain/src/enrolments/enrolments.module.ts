import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { UsersModule } from '../users/users.module.js';
import { EnrolmentImportService } from './enrolment-import.service.js';
import { EnrolmentsRepository } from './enrolments.repository.js';
import { EnrolmentsService } from './enrolments.service.js';

@Module({
  imports: [AuditModule, ProgrammesModule, UsersModule],
  providers: [EnrolmentsRepository, EnrolmentsService, EnrolmentImportService],
  exports: [EnrolmentsService, EnrolmentImportService],
})
export class EnrolmentsModule {}
