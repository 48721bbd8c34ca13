import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The nightly completion sweep's one row: the last UTC day it ran. Workers take its lock to decide who
 * runs the sweep, and write the day in the transaction that queues the evaluations.
 */
export class Completion1795840000000 implements MigrationInterface {
  name = 'Completion1795840000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE completion_sweep (
      name VARCHAR(32) NOT NULL,
      last_run_on DATE NULL,
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      PRIMARY KEY (name)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await q.query(`INSERT INTO completion_sweep (name) VALUES ('nightly')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE completion_sweep');
  }
}
