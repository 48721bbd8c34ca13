import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { ReportsService } from './reports.service.js';

/** Reports: stages of the action-plan lifecycle, rubrics, submissions and reviews. */
@Module({
  imports: [AuditModule, ProgrammesModule],
  providers: [ReportsService],
  exports: [ReportsService],
})
export class ReportsModule {}
