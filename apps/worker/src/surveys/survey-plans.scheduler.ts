import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@kenshu/config';
import { TransactionService } from '@kenshu/database';
import { SurveyPlansService, type DueOutcome } from '@kenshu/domain';

/** Rows made per poll at most; the rest wait for the next poll (which comes at once when this one was full). */
const PER_POLL = 200;

/**
 * Every SURVEY_PLAN_POLL_S: re-plans every programme with an evaluation plan (session and date changes
 * reach its planned rows this way), then makes the surveys of the due planned rows, one row per
 * transaction (claimed with SKIP LOCKED, so several workers may poll at once). The rows are the schedule:
 * no delayed jobs, so a Redis loss drops nothing and a row due while no worker ran is made once, late.
 */
@Injectable()
export class SurveyPlansScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SurveyPlansScheduler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly plans: SurveyPlansService,
    private readonly tx: TransactionService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.poll(), this.config.surveys.planPollS * 1000);
    this.timer.unref();
    void this.poll();
  }

  poll(): Promise<void> {
    this.running ??= (async () => {
      for (const programmeId of await this.plans.programmesToReplan())
        await this.tx
          .run((em) => this.plans.replanIn(em, programmeId, { skipBusy: true }))
          .catch((error: unknown) =>
            this.logger.warn({ err: error, programmeId }, 're-planning failed; next poll retries'),
          );
      const counts: Partial<Record<NonNullable<DueOutcome>, number>> = {};
      for (let i = 0; i < PER_POLL; i++) {
        const outcome = await this.plans.createNextDue();
        if (!outcome) break;
        counts[outcome] = (counts[outcome] ?? 0) + 1;
      }
      if (counts.created) this.logger.log(`made, opened and sent ${counts.created} planned surveys`);
      if (counts.failed)
        this.logger.warn(`${counts.failed} planned surveys could not be made (see their rows)`);
    })()
      .catch((error: unknown) =>
        this.logger.warn({ err: error }, 'making planned surveys failed; next poll retries'),
      )
      .finally(() => (this.running = undefined));
    return this.running;
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
