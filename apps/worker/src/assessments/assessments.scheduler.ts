import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@kenshu/config';
import { TransactionService } from '@kenshu/database';
import { AssessmentsService } from '@kenshu/domain';

/**
 * Every ASSESSMENT_SWEEP_S, grades the attempts left past their deadline as they stood (a trainee who
 * closed the browser still gets a grade, and completion hears of a post-test). Attempts are also graded
 * when next read; rows are claimed with SKIP LOCKED, so several workers may sweep at once, and grading
 * only ever moves an attempt from in progress to submitted (twice = once).
 */
@Injectable()
export class AssessmentsScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AssessmentsScheduler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly assessments: AssessmentsService,
    private readonly tx: TransactionService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.poll(), this.config.assessments.sweepS * 1000);
    this.timer.unref();
    void this.poll();
  }

  poll(): Promise<void> {
    this.running ??= (async () => {
      const graded = await this.tx.run((em) => this.assessments.sweepExpired(em));
      if (graded > 0) this.logger.log(`graded ${graded} attempts left past their deadline`);
    })()
      .catch((error: unknown) =>
        this.logger.warn({ err: error }, 'grading expired attempts failed; next sweep retries'),
      )
      .finally(() => (this.running = undefined));
    return this.running;
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
