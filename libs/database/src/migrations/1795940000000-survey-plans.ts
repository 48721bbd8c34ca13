import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evaluation plans. `survey_plan`: per programme and level (L1, programme_end, L3_90, L3_180) the template
 * and settings the system makes its surveys with. `survey_occurrence`: the surveys the plan will make, as
 * rows with their due instant (UTC), so that the worker's poller finds them after any restart and a Redis
 * loss drops nothing; one per programme, level and session (`session_key`: the session id, '' for the
 * programme-level ones).
 */
export class SurveyPlans1795940000000 implements MigrationInterface {
  name = 'SurveyPlans1795940000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE survey_plan (
      programme_id CHAR(36) NOT NULL,
      level VARCHAR(16) NOT NULL,
      template_id CHAR(36) NOT NULL,
      anonymous TINYINT UNSIGNED NOT NULL DEFAULT 1,
      open_days SMALLINT UNSIGNED NOT NULL,
      reminder_days VARCHAR(100) NULL,
      min_group_size SMALLINT UNSIGNED NOT NULL DEFAULT 5,
      session_kinds VARCHAR(200) NULL,
      updated_by CHAR(36) NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      PRIMARY KEY (programme_id, level),
      INDEX ix_survey_plan_template (template_id),
      INDEX ix_survey_plan_updated_by (updated_by),
      CONSTRAINT fk_survey_plan_programme FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_survey_plan_template FOREIGN KEY (template_id) REFERENCES survey_template (id) ON DELETE RESTRICT ON UPDATE RESTRICT,
      CONSTRAINT fk_survey_plan_updated_by FOREIGN KEY (updated_by) REFERENCES user (id) ON DELETE SET NULL ON UPDATE RESTRICT,
      CONSTRAINT ck_survey_plan_level CHECK (level IN ('L1', 'programme_end', 'L3_90', 'L3_180'))
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await q.query(`CREATE TABLE survey_occurrence (
      id CHAR(36) NOT NULL,
      programme_id CHAR(36) NOT NULL,
      level VARCHAR(16) NOT NULL,
      session_id CHAR(36) NULL,
      session_key VARCHAR(36) NOT NULL DEFAULT '',
      due_at DATETIME(3) NOT NULL,
      status VARCHAR(16) NOT NULL DEFAULT 'planned',
      survey_id CHAR(36) NULL,
      error VARCHAR(500) NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      UNIQUE INDEX uq_survey_occurrence (programme_id, level, session_key),
      INDEX ix_survey_occurrence_due (status, due_at),
      INDEX ix_survey_occurrence_session (session_id),
      INDEX ix_survey_occurrence_survey (survey_id),
      CONSTRAINT fk_survey_occurrence_programme FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_survey_occurrence_session FOREIGN KEY (session_id) REFERENCES session (id) ON DELETE SET NULL ON UPDATE RESTRICT,
      CONSTRAINT fk_survey_occurrence_survey FOREIGN KEY (survey_id) REFERENCES survey (id) ON DELETE SET NULL ON UPDATE RESTRICT,
      CONSTRAINT ck_survey_occurrence_level CHECK (level IN ('L1', 'programme_end', 'L3_90', 'L3_180')),
      CONSTRAINT ck_survey_occurrence_status CHECK (status IN ('planned', 'created', 'cancelled', 'failed', 'missed'))
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE survey_occurrence');
    await q.query('DROP TABLE survey_plan');
  }
}
