import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { TransactionService } from '@kenshu/database';
import { SessionsService } from '@kenshu/domain';

const EVERY_MS = 60 * 60 * 1000;

/**
 * Once an hour (and a minute after start), deletes refresh tokens and sessions that can no longer be
 * used, so the tables do not grow by a row per refresh forever. Idempotent: any worker may run it.
 */
@Injectable()
export class SessionsHousekeeping implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SessionsHousekeeping.name);
  private timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly sessions: SessionsService,
    private readonly tx: TransactionService,
  ) {}

  onApplicationBootstrap(): void {
    this.timers = [setTimeout(() => void this.run(), 60_000), setInterval(() => void this.run(), EVERY_MS)];
    this.timers.forEach((t) => t.unref());
  }

  async run(): Promise<void> {
    try {
      const { tokens, sessions } = await this.sessions.purgeExpired(this.tx.manager);
      if (tokens + sessions > 0)
        this.logger.log(`purged ${tokens} expired refresh tokens, ${sessions} sessions`);
    } catch (error) {
      this.logger.warn({ err: error }, 'session housekeeping failed; it runs again within the hour');
    }
  }

  onApplicationShutdown(): void {
    this.timers.forEach((t) => clearTimeout(t));
  }
}
