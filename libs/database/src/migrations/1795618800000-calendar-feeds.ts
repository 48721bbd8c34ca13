import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personal calendar feeds: one per user, at a secret URL. Only the SHA-256 of the token is stored; the
 * token is derived from the user id and `version` with the app secret, so the URL can be shown again, and
 * rotating (version + 1) kills the old one.
 */
export class CalendarFeeds1795618800000 implements MigrationInterface {
  name = 'CalendarFeeds1795618800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE calendar_feed (
      user_id CHAR(36) NOT NULL,
      version INT UNSIGNED NOT NULL,
      token_hash CHAR(64) NOT NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      rotated_at DATETIME(3) NULL,
      PRIMARY KEY (user_id),
      UNIQUE INDEX uq_calendar_feed_token (token_hash),
      CONSTRAINT fk_calendar_feed_user FOREIGN KEY (user_id) REFERENCES user (id) ON DELETE CASCADE ON UPDATE RESTRICT
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE calendar_feed');
  }
}
