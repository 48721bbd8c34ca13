import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { SurveyPlansService } from './survey-plans.service.js';
import { SurveysModule } from './surveys.module.js';

/** Evaluation plans: the surveys a programme gets by itself (L1 after sessions, programme end, L3 +90/+180). */
@Module({
  imports: [AuditModule, ProgrammesModule, SurveysModule],
  providers: [SurveyPlansService],
  exports: [SurveyPlansService],
})
export class SurveyPlansModule {}
