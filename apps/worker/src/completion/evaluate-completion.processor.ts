import { Injectable } from '@nestjs/common';
import { CompletionService } from '@kenshu/domain';
import { JobHandler, type JobContext, type JobPayloads } from '@kenshu/queue';

/** Evaluation reads the current inputs and writes the outcome in the job's transaction: a rerun is a no-op. */
@Injectable()
export class EvaluateCompletionProcessor {
  constructor(private readonly completion: CompletionService) {}

  @JobHandler('evaluate-completion')
  async handle(payload: JobPayloads['evaluate-completion'], { manager }: JobContext): Promise<void> {
    await this.completion.evaluate(manager, payload.programmeId, payload.userId);
  }
}
