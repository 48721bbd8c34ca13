import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Who downloaded which site visit's visitor roster, when, and in which format and language. */
export class RosterDownloads1795626000000 implements MigrationInterface {
  name = 'RosterDownloads1795626000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE roster_download (
      id CHAR(36) NOT NULL,
      session_id CHAR(36) NOT NULL,
      user_id CHAR(36) NOT NULL,
      format VARCHAR(3) NOT NULL,
      language VARCHAR(2) NOT NULL,
      visitors SMALLINT UNSIGNED NOT NULL,
      downloaded_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      INDEX ix_roster_download_session (session_id, downloaded_at),
      INDEX ix_roster_download_user (user_id),
      CONSTRAINT fk_roster_download_session FOREIGN KEY (session_id) REFERENCES session (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_roster_download_user FOREIGN KEY (user_id) REFERENCES user (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT ck_roster_download_format CHECK (format IN ('csv', 'pdf')),
      CONSTRAINT ck_roster_download_language CHECK (language IN ('ja', 'en'))
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE roster_download');
  }
}
