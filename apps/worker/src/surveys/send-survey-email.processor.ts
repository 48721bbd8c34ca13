import { Injectable } from '@nestjs/common';
import { SurveyEmailsService } from '@kenshu/domain';
import { JobHandler, type JobContext, type JobPayloads } from '@kenshu/queue';

/**
 * Not in the dispatcher's transaction: the email opens its own, whose commit releases the message to the
 * SMTP server (see SurveyEmailsService.send). Its row makes a second run a no-op.
 */
@Injectable()
export class SendSurveyEmailProcessor {
  constructor(private readonly emails: SurveyEmailsService) {}

  @JobHandler('send-survey-email', { transactional: false })
  async handle(payload: JobPayloads['send-survey-email'], { isFinalAttempt }: JobContext): Promise<void> {
    await this.emails.send(payload.emailId, { isFinal: isFinalAttempt });
  }
}
