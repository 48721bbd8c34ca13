import { Injectable } from '@nestjs/common';
import { ExportsService } from '@kenshu/domain';
import { JobHandler, type JobContext, type JobPayloads } from '@kenshu/queue';

/** Outside a transaction (a long write to storage); the row's lock and status make a rerun a no-op. */
@Injectable()
export class BuildExportProcessor {
  constructor(private readonly exports: ExportsService) {}

  @JobHandler('build-export', { transactional: false })
  async handle(payload: JobPayloads['build-export'], { isFinalAttempt }: JobContext): Promise<void> {
    await this.exports.build(payload.exportId, { isFinal: isFinalAttempt });
  }
}
