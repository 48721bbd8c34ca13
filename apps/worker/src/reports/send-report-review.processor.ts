import { Injectable } from '@nestjs/common';
import { ReportsService } from '@kenshu/domain';
import { JobHandler, type JobContext, type JobPayloads } from '@kenshu/queue';

/** In the dispatcher's transaction: the review row is locked, and its `notifiedAt` makes a rerun a no-op. */
@Injectable()
export class SendReportReviewProcessor {
  constructor(private readonly reports: ReportsService) {}

  @JobHandler('send-report-review')
  async handle(payload: JobPayloads['send-report-review'], { manager }: JobContext): Promise<void> {
    await this.reports.sendReviewMail(manager, payload.reviewId);
  }
}
