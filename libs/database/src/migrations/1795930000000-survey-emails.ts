import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Survey invitation and reminder emails: one row per invitation and round (0 = the invitation, n = the
 * n-th reminder), unique on the pair so that planning twice, or by two workers, queues one email. The row
 * is what `sendOnce` locks and marks; `error` holds a skip's reason or a failure's words.
 */
export class SurveyEmails1795930000000 implements MigrationInterface {
  name = 'SurveyEmails1795930000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE survey_email (
      id CHAR(36) NOT NULL,
      invitation_id CHAR(36) NOT NULL,
      round TINYINT UNSIGNED NOT NULL,
      status VARCHAR(16) NOT NULL DEFAULT 'queued',
      attempts SMALLINT UNSIGNED NOT NULL DEFAULT 0,
      error VARCHAR(1000) NULL,
      sent_at DATETIME(3) NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      UNIQUE INDEX uq_survey_email_round (invitation_id, round),
      CONSTRAINT fk_survey_email_invitation FOREIGN KEY (invitation_id) REFERENCES survey_invitation (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT ck_survey_email_status CHECK (status IN ('queued', 'sent', 'skipped', 'failed'))
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE survey_email');
  }
}
