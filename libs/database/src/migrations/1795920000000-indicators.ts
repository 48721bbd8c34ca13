import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * L4 results indicators of action plans (issue 7): per trainee's plan, indicators with a unit, a baseline
 * and a target; per indicator, one value per follow-up period (+90, +180, or another as-of date).
 */
export class Indicators1795920000000 implements MigrationInterface {
  name = 'Indicators1795920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE action_plan_indicator (
      id CHAR(36) NOT NULL,
      programme_id CHAR(36) NOT NULL,
      stage_id CHAR(36) NOT NULL,
      user_id CHAR(36) NOT NULL,
      catalogue_code VARCHAR(40) NULL,
      name VARCHAR(200) NOT NULL,
      unit VARCHAR(20) NOT NULL,
      unit_label VARCHAR(40) NULL,
      baseline_value DECIMAL(18,4) NOT NULL,
      baseline_on DATE NOT NULL,
      target_value DECIMAL(18,4) NOT NULL,
      target_on DATE NOT NULL,
      note TEXT NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      INDEX ix_action_plan_indicator_owner (stage_id, user_id),
      INDEX ix_action_plan_indicator_programme (programme_id, catalogue_code),
      INDEX ix_action_plan_indicator_user (user_id),
      CONSTRAINT fk_action_plan_indicator_programme FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_action_plan_indicator_stage FOREIGN KEY (stage_id) REFERENCES report_stage (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_action_plan_indicator_user FOREIGN KEY (user_id) REFERENCES user (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT ck_action_plan_indicator_unit CHECK (unit IN ('percent', 'tonnes_per_day', 'count', 'other')),
      CONSTRAINT ck_action_plan_indicator_label CHECK ((unit = 'other') = (unit_label IS NOT NULL)),
      CONSTRAINT ck_action_plan_indicator_dates CHECK (target_on > baseline_on)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await q.query(`CREATE TABLE action_plan_indicator_value (
      id CHAR(36) NOT NULL,
      indicator_id CHAR(36) NOT NULL,
      follow_up VARCHAR(8) NOT NULL,
      period_key VARCHAR(16) NOT NULL,
      value DECIMAL(18,4) NOT NULL,
      as_of DATE NOT NULL,
      comment TEXT NULL,
      evidence_url VARCHAR(2000) NULL,
      reported_by CHAR(36) NULL,
      reported_at DATETIME(3) NOT NULL,
      PRIMARY KEY (id),
      UNIQUE INDEX uq_action_plan_indicator_value_period (indicator_id, period_key),
      INDEX ix_action_plan_indicator_value_reporter (reported_by),
      CONSTRAINT fk_action_plan_indicator_value_indicator FOREIGN KEY (indicator_id) REFERENCES action_plan_indicator (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_action_plan_indicator_value_reporter FOREIGN KEY (reported_by) REFERENCES user (id) ON DELETE SET NULL ON UPDATE RESTRICT,
      CONSTRAINT ck_action_plan_indicator_value_follow_up CHECK (follow_up IN ('90', '180', 'other'))
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE action_plan_indicator_value');
    await q.query('DROP TABLE action_plan_indicator');
  }
}
