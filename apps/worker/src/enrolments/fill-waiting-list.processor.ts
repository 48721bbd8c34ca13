import { Injectable } from '@nestjs/common';
import { EnrolmentsService } from '@kenshu/domain';
import { JobHandler, type JobContext, type JobPayloads } from '@kenshu/queue';

@Injectable()
export class FillWaitingListProcessor {
  constructor(private readonly enrolments: EnrolmentsService) {}

  @JobHandler('fill-waiting-list')
  async handle(payload: JobPayloads['fill-waiting-list'], { manager }: JobContext): Promise<void> {
    await this.enrolments.fillAfterCapacityChange(manager, payload.programmeId);
  }
}
