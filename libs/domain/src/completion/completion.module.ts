import { Module } from '@nestjs/common';
import { CompletionService } from './completion.service.js';

/** Completion rules per programme, their evaluation, and what each trainee still lacks. */
@Module({
  providers: [CompletionService],
  exports: [CompletionService],
})
export class CompletionModule {}
