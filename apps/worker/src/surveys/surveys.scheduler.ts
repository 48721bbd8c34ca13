import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@kenshu/config';
import { TransactionService } from '@kenshu/database';
import { SurveysService } from '@kenshu/domain';

/**
 * Every SURVEY_CLOSE_POLL_S, closes the open surveys whose closing time has passed: aggregates their
 * answers and freezes the results. The survey rows are the schedule (no delayed jobs); they are claimed
 * with SKIP LOCKED, so several workers may poll at once, and a closed survey is never selected again.
 */
@Injectable()
export class SurveysScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SurveysScheduler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly surveys: SurveysService,
    private readonly tx: TransactionService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.poll(), this.config.surveys.closePollS * 1000);
    this.timer.unref();
    void this.poll();
  }

  poll(): Promise<void> {
    this.running ??= (async () => {
      for (;;) {
        const closed = await this.tx.run((em) => this.surveys.closeDue(em));
        // Also the results of surveys closed by staff or by a worker that died before freezing them.
        const frozen = await this.surveys.freezePending();
        if (closed > 0 || frozen > 0) this.logger.log(`closed ${closed} surveys, froze ${frozen} results`);
        if (closed < 20 && frozen < 20) break;
      }
    })()
      .catch((error: unknown) =>
        this.logger.warn({ err: error }, 'closing due surveys failed; next poll retries'),
      )
      .finally(() => (this.running = undefined));
    return this.running;
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
