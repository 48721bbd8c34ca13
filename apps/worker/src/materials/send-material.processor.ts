import { Injectable } from '@nestjs/common';
import { MaterialDeliveriesService } from '@kenshu/domain';
import { JobHandler, type JobContext, type JobPayloads } from '@kenshu/queue';

/**
 * Not in the dispatcher's transaction: the delivery opens its own, whose commit releases the message to
 * the SMTP server (see MaterialDeliveriesService.send). Its row makes a second run a no-op.
 */
@Injectable()
export class SendMaterialProcessor {
  constructor(private readonly deliveries: MaterialDeliveriesService) {}

  @JobHandler('send-material', { transactional: false })
  async handle(payload: JobPayloads['send-material'], { isFinalAttempt }: JobContext): Promise<void> {
    await this.deliveries.send(payload.deliveryId, { isFinal: isFinalAttempt });
  }
}
