import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Certificates: one per completed enrolment, with its public verification code, what was printed, the
 * stored PDF, the state of its email, and its revocation.
 */
export class Certificates1795830000000 implements MigrationInterface {
  name = 'Certificates1795830000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE certificate (
      id CHAR(36) NOT NULL,
      enrolment_id CHAR(36) NOT NULL,
      user_id CHAR(36) NOT NULL,
      programme_id CHAR(36) NOT NULL,
      verification_code CHAR(12) NOT NULL,
      language VARCHAR(35) NOT NULL,
      printed_name VARCHAR(200) NOT NULL,
      printed_programme VARCHAR(200) NOT NULL,
      completed_on DATE NOT NULL,
      programme_starts_on DATE NULL,
      programme_ends_on DATE NULL,
      issued_at DATETIME(3) NOT NULL,
      storage_key VARCHAR(64) NULL,
      sha256 CHAR(64) NULL,
      size_bytes INT UNSIGNED NULL,
      email_status VARCHAR(8) NOT NULL DEFAULT 'queued',
      email_attempts SMALLINT UNSIGNED NOT NULL DEFAULT 0,
      email_error VARCHAR(1000) NULL,
      emailed_at DATETIME(3) NULL,
      revoked_at DATETIME(3) NULL,
      revoked_by CHAR(36) NULL,
      revocation_reason VARCHAR(500) NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      UNIQUE INDEX uq_certificate_enrolment (enrolment_id),
      UNIQUE INDEX uq_certificate_code (verification_code),
      INDEX ix_certificate_user (user_id),
      INDEX ix_certificate_programme (programme_id, issued_at),
      INDEX ix_certificate_revoked_by (revoked_by),
      CONSTRAINT fk_certificate_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_certificate_user FOREIGN KEY (user_id) REFERENCES user (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_certificate_programme FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_certificate_revoked_by FOREIGN KEY (revoked_by) REFERENCES user (id) ON DELETE SET NULL ON UPDATE RESTRICT,
      CONSTRAINT ck_certificate_email_status CHECK (email_status IN ('queued', 'sent', 'failed', 'skipped'))
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE certificate');
  }
}
