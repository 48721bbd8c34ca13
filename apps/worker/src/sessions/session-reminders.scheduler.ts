import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@kenshu/config';
import { TransactionService } from '@kenshu/database';
import { SessionRemindersService } from '@kenshu/domain';

/**
 * Every REMINDER_POLL_S, plans the reminders that have fallen due and queues them through the outbox.
 * Any number of workers may poll: rows are claimed with SKIP LOCKED and unique per start.
 */
@Injectable()
export class SessionRemindersScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SessionRemindersScheduler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly reminders: SessionRemindersService,
    private readonly tx: TransactionService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.poll(), this.config.reminders.pollS * 1000);
    this.timer.unref();
    void this.poll();
  }

  poll(): Promise<void> {
    this.running ??= this.tx
      .run((em) => this.reminders.planDue(em))
      .then((n) => {
        if (n > 0) this.logger.log(`queued ${n} session reminders`);
      })
      .catch((error: unknown) =>
        this.logger.warn({ err: error }, 'planning reminders failed; next poll retries'),
      )
      .finally(() => (this.running = undefined));
    return this.running;
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
