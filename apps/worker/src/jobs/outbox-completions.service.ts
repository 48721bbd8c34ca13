import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

const FLUSH_EVERY_MS = 100;
const FLUSH_AT = 500;
/** Past this many unrecorded ids (a long database outage), the oldest are dropped: redelivery heals them. */
const MAX_PENDING = 100_000;

/**
 * Marks the outbox rows of non-transactional jobs done, many at a time. Losing a batch (a crash before the
 * flush) costs nothing: the relay's redelivery finds those jobs completed in BullMQ and marks them then.
 */
@Injectable()
export class OutboxCompletions implements OnApplicationShutdown {
  private readonly logger = new Logger(OutboxCompletions.name);
  private pending: string[] = [];
  private timer?: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  add(outboxId: string): void {
    this.pending.push(outboxId);
    if (this.pending.length > MAX_PENDING) this.pending.splice(0, this.pending.length - MAX_PENDING);
    if (this.pending.length >= FLUSH_AT) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), FLUSH_EVERY_MS);
  }

  /** Writes what is pending; one flush at a time, in order. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.flushing = this.flushing.then(async () => {
      const ids = this.pending.splice(0, this.pending.length);
      if (ids.length === 0) return;
      try {
        await this.dataSource.query(
          `UPDATE outbox SET processed_at = ? WHERE id IN (?) AND processed_at IS NULL`,
          [new Date(), ids],
        );
      } catch (error) {
        this.pending = ids.concat(this.pending);
        this.logger.warn(
          `could not mark ${ids.length} outbox rows done, will retry: ${(error as Error).message}`,
        );
        this.timer ??= setTimeout(() => void this.flush(), 1000);
      }
    });
    return this.flushing;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.flush();
    clearTimeout(this.timer);
  }
}
