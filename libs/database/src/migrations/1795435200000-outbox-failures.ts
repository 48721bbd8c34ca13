import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox records a job's final failure (so the relay stops re-relaying it), and finds unfinished
 * relayed rows quickly (the relay's redelivery after Redis lost its data).
 */
export class OutboxFailures1795435200000 implements MigrationInterface {
  name = 'OutboxFailures1795435200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox
      ADD COLUMN failed_at DATETIME(3) NULL AFTER processed_at,
      ADD COLUMN last_error VARCHAR(1000) NULL AFTER failed_at,
      ADD INDEX ix_outbox_unfinished (processed_at, failed_at, relayed_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox
      DROP INDEX ix_outbox_unfinished,
      DROP COLUMN last_error,
      DROP COLUMN failed_at`);
  }
}
