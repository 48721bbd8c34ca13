import { Injectable } from '@nestjs/common';
import { InvitationsService } from '@kenshu/domain';
import { JobHandler, type JobContext, type JobPayloads } from '@kenshu/queue';

@Injectable()
export class SendInvitationProcessor {
  constructor(private readonly invitations: InvitationsService) {}

  @JobHandler('send-invitation')
  async handle(payload: JobPayloads['send-invitation'], { manager }: JobContext): Promise<void> {
    await this.invitations.sendEmail(manager, payload.invitationId);
  }
}
