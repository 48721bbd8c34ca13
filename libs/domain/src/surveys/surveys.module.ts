import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { SurveyFiguresService } from './survey-figures.service.js';
import { SurveysService } from './surveys.service.js';

/** Evaluation surveys: templates, surveys of programmes, invitations, answers and frozen results. */
@Module({
  imports: [AuditModule, ProgrammesModule],
  providers: [SurveysService, SurveyFiguresService],
  exports: [SurveysService, SurveyFiguresService],
})
export class SurveysModule {}
