import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { SessionsModule } from '../auth/sessions.module.js';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { SurveyEmailsService } from './survey-emails.service.js';
import { SurveyFiguresService } from './survey-figures.service.js';
import { SurveysService } from './surveys.service.js';

/**
 * Evaluation surveys: templates, surveys of programmes, invitations and their emails (invitation and
 * reminders), answers and frozen results.
 */
@Module({
  imports: [AuditModule, ProgrammesModule, SessionsModule],
  providers: [SurveysService, SurveyEmailsService, SurveyFiguresService],
  exports: [SurveysService, SurveyEmailsService, SurveyFiguresService],
})
export class SurveysModule {}
