import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Assessments: a question pool per programme; pre-tests, post-tests and quizzes drawn from it (one pre and
 * one post per programme); attempts with their deadline and grade; answers with the key's points and a
 * marker's override.
 */
export class Assessments1795810000000 implements MigrationInterface {
  name = 'Assessments1795810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE assessment_question (
      id CHAR(36) NOT NULL,
      programme_id CHAR(36) NOT NULL,
      kind VARCHAR(16) NOT NULL,
      texts TEXT NOT NULL,
      options TEXT NULL,
      answer_key TEXT NOT NULL,
      points DECIMAL(7,2) NOT NULL,
      retired_at DATETIME(3) NULL,
      created_by CHAR(36) NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      INDEX ix_assessment_question_programme (programme_id, created_at),
      INDEX ix_assessment_question_created_by (created_by),
      CONSTRAINT fk_assessment_question_programme FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_assessment_question_created_by FOREIGN KEY (created_by) REFERENCES user (id) ON DELETE SET NULL ON UPDATE RESTRICT,
      CONSTRAINT ck_assessment_question_kind CHECK (kind IN ('single_choice', 'multiple_choice', 'true_false', 'short_answer', 'numeric'))
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await q.query(`CREATE TABLE assessment (
      id CHAR(36) NOT NULL,
      programme_id CHAR(36) NOT NULL,
      session_id CHAR(36) NULL,
      kind VARCHAR(16) NOT NULL,
      exclusive_kind VARCHAR(16) NULL,
      title VARCHAR(200) NOT NULL,
      time_limit_minutes SMALLINT UNSIGNED NULL,
      attempts_allowed SMALLINT UNSIGNED NOT NULL DEFAULT 1,
      opens_at DATETIME(3) NULL,
      closes_at DATETIME(3) NULL,
      pass_percent SMALLINT UNSIGNED NULL,
      answer_visibility VARCHAR(16) NOT NULL DEFAULT 'after_submit',
      status VARCHAR(16) NOT NULL DEFAULT 'draft',
      published_at DATETIME(3) NULL,
      created_by CHAR(36) NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      UNIQUE INDEX uq_assessment_exclusive_kind (programme_id, exclusive_kind),
      INDEX ix_assessment_programme (programme_id, created_at),
      INDEX ix_assessment_session (session_id),
      INDEX ix_assessment_created_by (created_by),
      CONSTRAINT fk_assessment_programme FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_assessment_session FOREIGN KEY (session_id) REFERENCES session (id) ON DELETE SET NULL ON UPDATE RESTRICT,
      CONSTRAINT fk_assessment_created_by FOREIGN KEY (created_by) REFERENCES user (id) ON DELETE SET NULL ON UPDATE RESTRICT,
      CONSTRAINT ck_assessment_kind CHECK (kind IN ('pre_test', 'post_test', 'quiz')),
      CONSTRAINT ck_assessment_exclusive_kind CHECK (exclusive_kind IS NULL OR exclusive_kind = kind),
      CONSTRAINT ck_assessment_visibility CHECK (answer_visibility IN ('never', 'after_submit', 'after_close')),
      CONSTRAINT ck_assessment_status CHECK (status IN ('draft', 'published'))
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await q.query(`CREATE TABLE assessment_item (
      assessment_id CHAR(36) NOT NULL,
      question_id CHAR(36) NOT NULL,
      position SMALLINT UNSIGNED NOT NULL,
      PRIMARY KEY (assessment_id, question_id),
      INDEX ix_assessment_item_question (question_id),
      CONSTRAINT fk_assessment_item_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_assessment_item_question FOREIGN KEY (question_id) REFERENCES assessment_question (id) ON DELETE RESTRICT ON UPDATE RESTRICT
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await q.query(`CREATE TABLE assessment_attempt (
      id CHAR(36) NOT NULL,
      assessment_id CHAR(36) NOT NULL,
      user_id CHAR(36) NOT NULL,
      number SMALLINT UNSIGNED NOT NULL,
      status VARCHAR(16) NOT NULL DEFAULT 'in_progress',
      started_at DATETIME(3) NOT NULL,
      deadline_at DATETIME(3) NULL,
      submitted_at DATETIME(3) NULL,
      auto_submitted TINYINT NOT NULL DEFAULT 0,
      score DECIMAL(8,2) NULL,
      max_score DECIMAL(8,2) NULL,
      percent DECIMAL(5,2) NULL,
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      UNIQUE INDEX uq_assessment_attempt_number (assessment_id, user_id, number),
      INDEX ix_assessment_attempt_due (status, deadline_at),
      INDEX ix_assessment_attempt_user (user_id),
      CONSTRAINT fk_assessment_attempt_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_assessment_attempt_user FOREIGN KEY (user_id) REFERENCES user (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT ck_assessment_attempt_status CHECK (status IN ('in_progress', 'submitted'))
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await q.query(`CREATE TABLE assessment_answer (
      attempt_id CHAR(36) NOT NULL,
      question_id CHAR(36) NOT NULL,
      response TEXT NOT NULL,
      auto_points DECIMAL(7,2) NULL,
      override_points DECIMAL(7,2) NULL,
      override_comment VARCHAR(1000) NULL,
      overridden_by CHAR(36) NULL,
      overridden_at DATETIME(3) NULL,
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      PRIMARY KEY (attempt_id, question_id),
      INDEX ix_assessment_answer_question (question_id),
      INDEX ix_assessment_answer_overridden_by (overridden_by),
      CONSTRAINT fk_assessment_answer_attempt FOREIGN KEY (attempt_id) REFERENCES assessment_attempt (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_assessment_answer_question FOREIGN KEY (question_id) REFERENCES assessment_question (id) ON DELETE RESTRICT ON UPDATE RESTRICT,
      CONSTRAINT fk_assessment_answer_overridden_by FOREIGN KEY (overridden_by) REFERENCES user (id) ON DELETE SET NULL ON UPDATE RESTRICT
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE assessment_answer');
    await q.query('DROP TABLE assessment_attempt');
    await q.query('DROP TABLE assessment_item');
    await q.query('DROP TABLE assessment');
    await q.query('DROP TABLE assessment_question');
  }
}
