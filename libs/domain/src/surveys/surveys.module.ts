import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { SurveysService } from './surveys.service.js';

/** Evaluation surveys: templates, surveys of programmes, invitations, answers and frozen results. */
@Module({
  imports: [AuditModule, ProgrammesModule],
  providers: [SurveysService],
  exports: [SurveysService],
})
export class SurveysModule {}
