import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evaluation surveys. Templates hold their questions as JSON (read and written whole); a survey copies
 * them into rows of its own when it is made, so later template edits never change a running survey.
 * Invitations are rows per invited trainee (the token only as its SHA-256). Responses and their answers:
 * an anonymous response keeps no user or invitation id, a random id and only the day it came in; the
 * breakdown attributes (country, organisation, session) are copied onto it at answer time. Answers are
 * narrow rows (one per value, option or matrix row) so that results are SQL GROUP BYs.
 */
export class Surveys1795900000000 implements MigrationInterface {
  name = 'Surveys1795900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE survey_template (
      id CHAR(36) NOT NULL,
      title VARCHAR(200) NOT NULL,
      questions MEDIUMTEXT NOT NULL,
      created_by CHAR(36) NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      INDEX ix_survey_template_created_by (created_by),
      CONSTRAINT fk_survey_template_created_by FOREIGN KEY (created_by) REFERENCES user (id) ON DELETE SET NULL ON UPDATE RESTRICT
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await q.query(`CREATE TABLE survey (
      id CHAR(36) NOT NULL,
      programme_id CHAR(36) NOT NULL,
      session_id CHAR(36) NULL,
      template_id CHAR(36) NULL,
      title VARCHAR(200) NOT NULL,
      level VARCHAR(16) NOT NULL,
      anonymous TINYINT UNSIGNED NOT NULL DEFAULT 1,
      opens_at DATETIME(3) NOT NULL,
      closes_at DATETIME(3) NOT NULL,
      reminder_days VARCHAR(100) NULL,
      min_group_size SMALLINT UNSIGNED NOT NULL DEFAULT 5,
      status VARCHAR(16) NOT NULL DEFAULT 'draft',
      closed_at DATETIME(3) NULL,
      results MEDIUMTEXT NULL,
      created_by CHAR(36) NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      INDEX ix_survey_programme (programme_id, created_at),
      INDEX ix_survey_due (status, closes_at),
      INDEX ix_survey_session (session_id),
      INDEX ix_survey_template (template_id),
      INDEX ix_survey_created_by (created_by),
      CONSTRAINT fk_survey_programme FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_survey_session FOREIGN KEY (session_id) REFERENCES session (id) ON DELETE SET NULL ON UPDATE RESTRICT,
      CONSTRAINT fk_survey_template FOREIGN KEY (template_id) REFERENCES survey_template (id) ON DELETE SET NULL ON UPDATE RESTRICT,
      CONSTRAINT fk_survey_created_by FOREIGN KEY (created_by) REFERENCES user (id) ON DELETE SET NULL ON UPDATE RESTRICT,
      CONSTRAINT ck_survey_status CHECK (status IN ('draft', 'open', 'closed')),
      CONSTRAINT ck_survey_level CHECK (level IN ('L1', 'programme_end', 'L3_90', 'L3_180', 'other'))
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await q.query(`CREATE TABLE survey_question (
      id CHAR(36) NOT NULL,
      survey_id CHAR(36) NOT NULL,
      position SMALLINT UNSIGNED NOT NULL,
      kind VARCHAR(16) NOT NULL,
      texts TEXT NOT NULL,
      options TEXT NULL,
      matrix_rows TEXT NULL,
      scale_labels TEXT NULL,
      required TINYINT UNSIGNED NOT NULL DEFAULT 1,
      PRIMARY KEY (id),
      UNIQUE INDEX uq_survey_question_position (survey_id, position),
      CONSTRAINT fk_survey_question_survey FOREIGN KEY (survey_id) REFERENCES survey (id) ON DELETE CASCADE ON UPDATE RESTRICT
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await q.query(`CREATE TABLE survey_invitation (
      id CHAR(36) NOT NULL,
      survey_id CHAR(36) NOT NULL,
      user_id CHAR(36) NOT NULL,
      token_hash CHAR(64) NOT NULL,
      answered_on DATE NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      UNIQUE INDEX uq_survey_invitation_user (survey_id, user_id),
      UNIQUE INDEX uq_survey_invitation_token (token_hash),
      INDEX ix_survey_invitation_user (user_id),
      CONSTRAINT fk_survey_invitation_survey FOREIGN KEY (survey_id) REFERENCES survey (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_survey_invitation_user FOREIGN KEY (user_id) REFERENCES user (id) ON DELETE CASCADE ON UPDATE RESTRICT
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await q.query(`CREATE TABLE survey_response (
      id CHAR(36) NOT NULL,
      survey_id CHAR(36) NOT NULL,
      user_id CHAR(36) NULL,
      answered_on DATE NOT NULL,
      country CHAR(2) NULL,
      organisation VARCHAR(200) NULL,
      session_id CHAR(36) NULL,
      PRIMARY KEY (id),
      INDEX ix_survey_response_survey (survey_id),
      UNIQUE INDEX uq_survey_response_user (survey_id, user_id),
      INDEX ix_survey_response_user (user_id),
      CONSTRAINT fk_survey_response_survey FOREIGN KEY (survey_id) REFERENCES survey (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_survey_response_user FOREIGN KEY (user_id) REFERENCES user (id) ON DELETE SET NULL ON UPDATE RESTRICT
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await q.query(`CREATE TABLE survey_answer (
      response_id CHAR(36) NOT NULL,
      question_id CHAR(36) NOT NULL,
      row_key VARCHAR(20) NOT NULL DEFAULT '',
      option_id VARCHAR(20) NOT NULL DEFAULT '',
      survey_id CHAR(36) NOT NULL,
      value_int SMALLINT NULL,
      text TEXT NULL,
      PRIMARY KEY (response_id, question_id, row_key, option_id),
      INDEX ix_survey_answer_counts (survey_id, question_id, row_key, option_id, value_int),
      INDEX ix_survey_answer_question (question_id),
      CONSTRAINT fk_survey_answer_response FOREIGN KEY (response_id) REFERENCES survey_response (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_survey_answer_question FOREIGN KEY (question_id) REFERENCES survey_question (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_survey_answer_survey FOREIGN KEY (survey_id) REFERENCES survey (id) ON DELETE CASCADE ON UPDATE RESTRICT
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE survey_answer');
    await q.query('DROP TABLE survey_response');
    await q.query('DROP TABLE survey_invitation');
    await q.query('DROP TABLE survey_question');
    await q.query('DROP TABLE survey');
    await q.query('DROP TABLE survey_template');
  }
}
