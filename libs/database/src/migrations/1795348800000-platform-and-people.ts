import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLE = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';

/** The outbox, organisations, users with roles, password resets and probes. */
export class PlatformAndPeople1795348800000 implements MigrationInterface {
  name = 'PlatformAndPeople1795348800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE outbox (
      id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
      queue VARCHAR(64) NOT NULL,
      job_name VARCHAR(64) NOT NULL,
      payload TEXT NOT NULL,
      available_at DATETIME(3) NOT NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      relayed_at DATETIME(3) NULL,
      processed_at DATETIME(3) NULL,
      PRIMARY KEY (id),
      INDEX ix_outbox_pending (relayed_at, id)
    ) ${TABLE}`);

    await q.query(`CREATE TABLE organisation (
      id CHAR(36) NOT NULL,
      kind VARCHAR(32) NOT NULL,
      name VARCHAR(200) NOT NULL,
      country CHAR(2) NOT NULL,
      city VARCHAR(120) NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      CONSTRAINT ck_organisation_kind CHECK (kind IN ('host', 'funder', 'home_government', 'other')),
      CONSTRAINT ck_organisation_country CHECK (country REGEXP '^[A-Z]{2}$')
    ) ${TABLE}`);

    await q.query(`CREATE TABLE user (
      id CHAR(36) NOT NULL,
      email VARCHAR(254) NOT NULL,
      display_name VARCHAR(200) NOT NULL,
      password_hash VARCHAR(255) NULL,
      locale VARCHAR(35) NOT NULL DEFAULT 'en',
      time_zone VARCHAR(64) NOT NULL DEFAULT 'UTC',
      organisation_id CHAR(36) NULL,
      position VARCHAR(200) NULL,
      status VARCHAR(16) NOT NULL DEFAULT 'invited',
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      UNIQUE INDEX uq_user_email (email),
      INDEX ix_user_organisation (organisation_id),
      CONSTRAINT fk_user_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE RESTRICT ON UPDATE RESTRICT,
      CONSTRAINT ck_user_status CHECK (status IN ('invited', 'active', 'disabled'))
    ) ${TABLE}`);

    await q.query(`CREATE TABLE user_role (
      user_id CHAR(36) NOT NULL,
      role VARCHAR(16) NOT NULL,
      PRIMARY KEY (user_id, role),
      CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES user (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT ck_user_role_role CHECK (role IN ('admin', 'coordinator', 'instructor', 'trainee'))
    ) ${TABLE}`);

    await q.query(`CREATE TABLE password_reset (
      id CHAR(36) NOT NULL,
      user_id CHAR(36) NOT NULL,
      token_hash CHAR(64) NOT NULL,
      expires_at DATETIME(3) NOT NULL,
      used_at DATETIME(3) NULL,
      emailed_at DATETIME(3) NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      UNIQUE INDEX uq_password_reset_token (token_hash),
      INDEX ix_password_reset_user (user_id),
      CONSTRAINT fk_password_reset_user FOREIGN KEY (user_id) REFERENCES user (id) ON DELETE CASCADE ON UPDATE RESTRICT
    ) ${TABLE}`);

    await q.query(`CREATE TABLE probe (
      id CHAR(36) NOT NULL,
      label VARCHAR(64) NOT NULL,
      runs INT UNSIGNED NOT NULL DEFAULT 0,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      processed_at DATETIME(3) NULL,
      PRIMARY KEY (id)
    ) ${TABLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['probe', 'password_reset', 'user_role', 'user', 'organisation', 'outbox']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
