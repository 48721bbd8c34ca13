import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Completion of a programme by its trainees: rules, evaluation, what is still missing. */
@Injectable()
export class CompletionService {
  /** Re-evaluates one trainee's completion (the `evaluate-completion` job). Work in progress. */
  async evaluate(_manager: EntityManager, _programmeId: string, _userId: string): Promise<void> {}
}
