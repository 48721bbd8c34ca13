import { Injectable } from '@nestjs/common';
import { SessionRemindersService } from '@kenshu/domain';
import { JobHandler, type JobContext, type JobPayloads } from '@kenshu/queue';

@Injectable()
export class SendSessionReminderProcessor {
  constructor(private readonly reminders: SessionRemindersService) {}

  @JobHandler('send-session-reminder')
  async handle(payload: JobPayloads['send-session-reminder'], { manager }: JobContext): Promise<void> {
    await this.reminders.send(manager, payload.reminderId);
  }
}
