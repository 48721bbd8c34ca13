import { Injectable } from '@nestjs/common';
import { PasswordResetService } from '@kenshu/domain';
import { JobHandler, type JobContext, type JobPayloads } from '@kenshu/queue';

@Injectable()
export class SendPasswordResetProcessor {
  constructor(private readonly resets: PasswordResetService) {}

  @JobHandler('send-password-reset')
  async handle(payload: JobPayloads['send-password-reset'], { manager }: JobContext): Promise<void> {
    await this.resets.sendEmail(manager, payload.passwordResetId);
  }
}
