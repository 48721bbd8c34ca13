import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reports (the action-plan lifecycle): stages per programme with a due instant and how it was given;
 * a rubric per stage (criteria × levels); trainees' uploaded files; immutable numbered submissions; one
 * review per submission with its rubric scores.
 */
export class Reports1795820000000 implements MigrationInterface {
  name = 'Reports1795820000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE report_stage (
      id CHAR(36) NOT NULL,
      programme_id CHAR(36) NOT NULL,
      kind VARCHAR(20) NOT NULL,
      title VARCHAR(200) NOT NULL,
      instructions TEXT NULL,
      due_mode VARCHAR(16) NOT NULL,
      due_months_after_end SMALLINT UNSIGNED NULL,
      due_at DATETIME(3) NOT NULL,
      forms VARCHAR(8) NOT NULL DEFAULT 'both',
      required_for_completion TINYINT UNSIGNED NOT NULL DEFAULT 1,
      position SMALLINT UNSIGNED NOT NULL DEFAULT 0,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      INDEX ix_report_stage_programme (programme_id, position),
      CONSTRAINT fk_report_stage_programme FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT ck_report_stage_kind CHECK (kind IN ('inception_report', 'action_plan', 'final_report', 'other')),
      CONSTRAINT ck_report_stage_forms CHECK (forms IN ('text', 'file', 'both')),
      CONSTRAINT ck_report_stage_due CHECK ((due_mode = 'at' AND due_months_after_end IS NULL)
        OR (due_mode = 'months_after_end' AND due_months_after_end IS NOT NULL))
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await q.query(`CREATE TABLE report_rubric_criterion (
      id CHAR(36) NOT NULL,
      stage_id CHAR(36) NOT NULL,
      position SMALLINT UNSIGNED NOT NULL,
      title VARCHAR(200) NOT NULL,
      description TEXT NULL,
      weight SMALLINT UNSIGNED NOT NULL,
      PRIMARY KEY (id),
      INDEX ix_report_rubric_criterion_stage (stage_id, position),
      CONSTRAINT fk_report_rubric_criterion_stage FOREIGN KEY (stage_id) REFERENCES report_stage (id) ON DELETE CASCADE ON UPDATE RESTRICT
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await q.query(`CREATE TABLE report_rubric_level (
      id CHAR(36) NOT NULL,
      criterion_id CHAR(36) NOT NULL,
      position SMALLINT UNSIGNED NOT NULL,
      label VARCHAR(100) NOT NULL,
      points SMALLINT UNSIGNED NOT NULL,
      description TEXT NULL,
      PRIMARY KEY (id),
      INDEX ix_report_rubric_level_criterion (criterion_id, position),
      CONSTRAINT fk_report_rubric_level_criterion FOREIGN KEY (criterion_id) REFERENCES report_rubric_criterion (id) ON DELETE CASCADE ON UPDATE RESTRICT
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await q.query(`CREATE TABLE report_file (
      id CHAR(36) NOT NULL,
      stage_id CHAR(36) NOT NULL,
      user_id CHAR(36) NOT NULL,
      storage_key VARCHAR(64) NOT NULL,
      file_name VARCHAR(200) NOT NULL,
      content_type VARCHAR(100) NOT NULL,
      size_bytes BIGINT UNSIGNED NOT NULL,
      sha256 CHAR(64) NOT NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      INDEX ix_report_file_stage_user (stage_id, user_id),
      INDEX ix_report_file_user (user_id),
      CONSTRAINT fk_report_file_stage FOREIGN KEY (stage_id) REFERENCES report_stage (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_report_file_user FOREIGN KEY (user_id) REFERENCES user (id) ON DELETE CASCADE ON UPDATE RESTRICT
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await q.query(`CREATE TABLE report_submission (
      id CHAR(36) NOT NULL,
      stage_id CHAR(36) NOT NULL,
      user_id CHAR(36) NOT NULL,
      number SMALLINT UNSIGNED NOT NULL,
      text MEDIUMTEXT NULL,
      file_id CHAR(36) NULL,
      late TINYINT UNSIGNED NOT NULL DEFAULT 0,
      submitted_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      UNIQUE INDEX uq_report_submission_number (stage_id, user_id, number),
      UNIQUE INDEX uq_report_submission_file (file_id),
      INDEX ix_report_submission_user (user_id),
      CONSTRAINT fk_report_submission_stage FOREIGN KEY (stage_id) REFERENCES report_stage (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_report_submission_user FOREIGN KEY (user_id) REFERENCES user (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_report_submission_file FOREIGN KEY (file_id) REFERENCES report_file (id) ON DELETE RESTRICT ON UPDATE RESTRICT,
      CONSTRAINT ck_report_submission_content CHECK (text IS NOT NULL OR file_id IS NOT NULL)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await q.query(`CREATE TABLE report_review (
      id CHAR(36) NOT NULL,
      submission_id CHAR(36) NOT NULL,
      stage_id CHAR(36) NOT NULL,
      user_id CHAR(36) NOT NULL,
      decision VARCHAR(8) NOT NULL,
      comment TEXT NULL,
      total INT UNSIGNED NULL,
      reviewer_id CHAR(36) NULL,
      reviewed_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      notified_at DATETIME(3) NULL,
      PRIMARY KEY (id),
      UNIQUE INDEX uq_report_review_submission (submission_id),
      INDEX ix_report_review_stage (stage_id, decision, user_id),
      INDEX ix_report_review_user (user_id),
      INDEX ix_report_review_reviewer (reviewer_id),
      CONSTRAINT fk_report_review_submission FOREIGN KEY (submission_id) REFERENCES report_submission (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_report_review_stage FOREIGN KEY (stage_id) REFERENCES report_stage (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_report_review_user FOREIGN KEY (user_id) REFERENCES user (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_report_review_reviewer FOREIGN KEY (reviewer_id) REFERENCES user (id) ON DELETE SET NULL ON UPDATE RESTRICT,
      CONSTRAINT ck_report_review_decision CHECK (decision IN ('accepted', 'returned'))
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await q.query(`CREATE TABLE report_review_score (
      review_id CHAR(36) NOT NULL,
      criterion_id CHAR(36) NOT NULL,
      level_id CHAR(36) NOT NULL,
      PRIMARY KEY (review_id, criterion_id),
      INDEX ix_report_review_score_criterion (criterion_id),
      INDEX ix_report_review_score_level (level_id),
      CONSTRAINT fk_report_review_score_review FOREIGN KEY (review_id) REFERENCES report_review (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_report_review_score_criterion FOREIGN KEY (criterion_id) REFERENCES report_rubric_criterion (id) ON DELETE RESTRICT ON UPDATE RESTRICT,
      CONSTRAINT fk_report_review_score_level FOREIGN KEY (level_id) REFERENCES report_rubric_level (id) ON DELETE RESTRICT ON UPDATE RESTRICT
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE report_review_score');
    await q.query('DROP TABLE report_review');
    await q.query('DROP TABLE report_submission');
    await q.query('DROP TABLE report_file');
    await q.query('DROP TABLE report_rubric_level');
    await q.query('DROP TABLE report_rubric_criterion');
    await q.query('DROP TABLE report_stage');
  }
}
