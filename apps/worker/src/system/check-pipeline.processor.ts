import { Injectable } from '@nestjs/common';
import { JobHandler } from '@kenshu/queue';

/** The no-op job: what is left is the pipeline's own cost (outbox → relay → BullMQ → dispatcher). */
@Injectable()
export class CheckPipelineProcessor {
  @JobHandler('check-pipeline', { transactional: false })
  async handle(): Promise<void> {}
}
