import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@kenshu/config';
import { TransactionService } from '@kenshu/database';
import { SurveyEmailsService } from '@kenshu/domain';

/**
 * Every SURVEY_REMINDER_POLL_S, queues the survey reminders that have fallen due (opens_at + each of the
 * survey's reminder days, before it closes) to the invitees who have not answered, through the outbox.
 * Any number of workers may poll: surveys are claimed with SKIP LOCKED and rows are unique per round.
 */
@Injectable()
export class SurveyRemindersScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SurveyRemindersScheduler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly emails: SurveyEmailsService,
    private readonly tx: TransactionService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.poll(), this.config.surveys.reminderPollS * 1000);
    this.timer.unref();
    void this.poll();
  }

  poll(): Promise<void> {
    this.running ??= this.tx
      .run((em) => this.emails.planReminders(em))
      .then((n) => {
        if (n > 0) this.logger.log(`queued ${n} survey reminders`);
      })
      .catch((error: unknown) =>
        this.logger.warn({ err: error }, 'planning survey reminders failed; next poll retries'),
      )
      .finally(() => (this.running = undefined));
    return this.running;
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
