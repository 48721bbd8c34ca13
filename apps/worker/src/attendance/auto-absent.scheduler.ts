import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@kenshu/config';
import { TransactionService } from '@kenshu/database';
import { AttendanceService } from '@kenshu/domain';

/** Sessions closed per transaction: a short transaction each, however many sessions are due. */
const BATCH = 20;

/**
 * Every ATTENDANCE_POLL_S, marks absent the trainees still unmarked at sessions that ended more than
 * ATTENDANCE_AUTO_ABSENT_AFTER_HOURS ago, a batch of sessions per transaction until none is left. The
 * due sessions are rows in the database, not delayed jobs; several workers may poll at once (sessions
 * are claimed with SKIP LOCKED, absences inserted against the unique session × trainee key).
 */
@Injectable()
export class AutoAbsentScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AutoAbsentScheduler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopping = false;

  constructor(
    private readonly attendance: AttendanceService,
    private readonly tx: TransactionService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.poll(), this.config.attendance.pollS * 1000);
    this.timer.unref();
    void this.poll();
  }

  poll(): Promise<void> {
    this.running ??= (async () => {
      let total = 0;
      for (;;) {
        const closed = await this.tx.run((em) => this.attendance.sweepDue(em, new Date(), BATCH));
        total += closed;
        if (closed < BATCH || this.stopping) break;
      }
      if (total > 0) this.logger.log(`closed the attendance of ${total} ended sessions`);
    })()
      .catch((error: unknown) =>
        this.logger.warn({ err: error }, 'marking unmarked trainees absent failed; next poll retries'),
      )
      .finally(() => (this.running = undefined));
    return this.running;
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearInterval(this.timer);
    await this.running;
  }
}
