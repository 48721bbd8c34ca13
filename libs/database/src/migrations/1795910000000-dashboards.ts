import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Funders' reports and exports: a person's gender as they state it (null = not recorded), and the export
 * files a coordinator asks for, built by the `build-export` job.
 */
export class Dashboards1795910000000 implements MigrationInterface {
  name = 'Dashboards1795910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE user ADD COLUMN gender VARCHAR(16) NULL`);
    await q.query(`CREATE TABLE data_export (
      id CHAR(36) NOT NULL,
      programme_id CHAR(36) NOT NULL,
      requested_by CHAR(36) NOT NULL,
      kind VARCHAR(16) NOT NULL,
      format VARCHAR(8) NOT NULL,
      status VARCHAR(8) NOT NULL DEFAULT 'queued',
      \`rows\` INT UNSIGNED NULL,
      storage_key VARCHAR(64) NULL,
      size_bytes BIGINT UNSIGNED NULL,
      sha256 CHAR(64) NULL,
      last_error VARCHAR(1000) NULL,
      built_at DATETIME(3) NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      INDEX ix_data_export_programme (programme_id, created_at),
      CONSTRAINT fk_data_export_programme FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_data_export_user FOREIGN KEY (requested_by) REFERENCES user (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT ck_data_export_kind CHECK (kind IN ('participants', 'attendance', 'completion')),
      CONSTRAINT ck_data_export_format CHECK (format IN ('csv', 'xlsx')),
      CONSTRAINT ck_data_export_status CHECK (status IN ('queued', 'ready', 'failed'))
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE data_export');
    await q.query('ALTER TABLE user DROP COLUMN gender');
  }
}
