import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ProgrammesModule } from '../programmes/programmes.module.js';
import { AssessmentsService } from './assessments.service.js';

/** Question pools, pre-tests, post-tests and quizzes, attempts, grading and learning gain. */
@Module({
  imports: [AuditModule, ProgrammesModule],
  providers: [AssessmentsService],
  exports: [AssessmentsService],
})
export class AssessmentsModule {}
