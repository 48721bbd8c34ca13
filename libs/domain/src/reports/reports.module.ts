import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { ActionPlanIndicatorsService } from './action-plan-indicators.service.js';
import { ReportsService } from './reports.service.js';

/** Reports: stages of the action-plan lifecycle, rubrics, submissions and reviews; L4 indicators of plans. */
@Module({
  imports: [AuditModule, ProgrammesModule],
  providers: [ReportsService, ActionPlanIndicatorsService],
  exports: [ReportsService, ActionPlanIndicatorsService],
})
export class ReportsModule {}
