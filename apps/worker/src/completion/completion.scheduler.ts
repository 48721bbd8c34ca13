import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@kenshu/config';
import { TransactionService } from '@kenshu/database';
import { CompletionService } from '@kenshu/domain';

/**
 * Every COMPLETION_SWEEP_POLL_S, runs the nightly completion sweep when it is due (once per UTC day, from
 * COMPLETION_SWEEP_HOUR_UTC). Any number of workers may poll: the sweep row's lock lets one run it.
 */
@Injectable()
export class CompletionScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CompletionScheduler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly completion: CompletionService,
    private readonly tx: TransactionService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.poll(), this.config.completion.sweepPollS * 1000);
    this.timer.unref();
    void this.poll();
  }

  poll(): Promise<void> {
    this.running ??= this.tx
      .run((em) => this.completion.sweepIfDue(em, new Date(), this.config.completion.sweepHourUtc))
      .then((n) => {
        if (n !== null) this.logger.log(`nightly completion sweep queued ${n} evaluations`);
      })
      .catch((error: unknown) =>
        this.logger.warn({ err: error }, 'the completion sweep failed; the next poll retries'),
      )
      .finally(() => (this.running = undefined));
    return this.running;
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
