import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLE = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';

/** Programmes with phases and staff, their sessions with instructors, and enrolments. */
export class ProgrammesAndSessions1795615200000 implements MigrationInterface {
  name = 'ProgrammesAndSessions1795615200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE programme (
      id CHAR(36) NOT NULL,
      code VARCHAR(40) NOT NULL,
      title VARCHAR(200) NOT NULL,
      summary TEXT NULL,
      funder_organisation_id CHAR(36) NULL,
      host_organisation_id CHAR(36) NULL,
      mode VARCHAR(16) NOT NULL,
      host_time_zone VARCHAR(64) NOT NULL,
      status VARCHAR(16) NOT NULL DEFAULT 'draft',
      conflict_policy VARCHAR(8) NOT NULL DEFAULT 'refuse',
      capacity INT UNSIGNED NULL,
      completion_rules TEXT NULL,
      cloned_from_id CHAR(36) NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      UNIQUE INDEX uq_programme_code (code),
      INDEX ix_programme_funder (funder_organisation_id),
      INDEX ix_programme_host (host_organisation_id),
      CONSTRAINT fk_programme_funder FOREIGN KEY (funder_organisation_id) REFERENCES organisation (id) ON DELETE RESTRICT ON UPDATE RESTRICT,
      CONSTRAINT fk_programme_host FOREIGN KEY (host_organisation_id) REFERENCES organisation (id) ON DELETE RESTRICT ON UPDATE RESTRICT,
      CONSTRAINT ck_programme_mode CHECK (mode IN ('online', 'on_site', 'hybrid')),
      CONSTRAINT ck_programme_status CHECK (status IN ('draft', 'published', 'running', 'closed', 'archived')),
      CONSTRAINT ck_programme_conflict_policy CHECK (conflict_policy IN ('refuse', 'warn'))
    ) ${TABLE}`);

    await q.query(`CREATE TABLE programme_phase (
      id CHAR(36) NOT NULL,
      programme_id CHAR(36) NOT NULL,
      name VARCHAR(120) NOT NULL,
      kind VARCHAR(16) NOT NULL,
      starts_on DATE NOT NULL,
      ends_on DATE NOT NULL,
      position SMALLINT UNSIGNED NOT NULL,
      PRIMARY KEY (id),
      INDEX ix_programme_phase_programme (programme_id),
      CONSTRAINT fk_programme_phase_programme FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT ck_programme_phase_kind CHECK (kind IN ('distance', 'in_country', 'follow_up', 'other')),
      CONSTRAINT ck_programme_phase_dates CHECK (ends_on >= starts_on)
    ) ${TABLE}`);

    await q.query(`CREATE TABLE programme_staff (
      programme_id CHAR(36) NOT NULL,
      user_id CHAR(36) NOT NULL,
      role VARCHAR(16) NOT NULL,
      PRIMARY KEY (programme_id, user_id, role),
      INDEX ix_programme_staff_user (user_id),
      CONSTRAINT fk_programme_staff_programme FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_programme_staff_user FOREIGN KEY (user_id) REFERENCES user (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT ck_programme_staff_role CHECK (role IN ('coordinator', 'instructor'))
    ) ${TABLE}`);

    await q.query(`CREATE TABLE session (
      id CHAR(36) NOT NULL,
      programme_id CHAR(36) NOT NULL,
      phase_id CHAR(36) NULL,
      menu_item_id CHAR(36) NULL,
      kind VARCHAR(16) NOT NULL,
      title VARCHAR(200) NOT NULL,
      description TEXT NULL,
      starts_at DATETIME(3) NULL,
      ends_at DATETIME(3) NULL,
      time_zone VARCHAR(64) NOT NULL,
      all_day_from DATE NULL,
      all_day_to DATE NULL,
      facility_id CHAR(36) NULL,
      room VARCHAR(120) NULL,
      capacity INT UNSIGNED NULL,
      status VARCHAR(16) NOT NULL DEFAULT 'scheduled',
      meeting_url VARCHAR(500) NULL,
      dial_in VARCHAR(200) NULL,
      site_visit TEXT NULL,
      rule_override TEXT NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      INDEX ix_session_programme_start (programme_id, starts_at),
      INDEX ix_session_facility_start (facility_id, starts_at),
      INDEX ix_session_phase (phase_id),
      INDEX ix_session_menu_item (menu_item_id),
      CONSTRAINT fk_session_programme FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_session_phase FOREIGN KEY (phase_id) REFERENCES programme_phase (id) ON DELETE SET NULL ON UPDATE RESTRICT,
      CONSTRAINT ck_session_kind CHECK (kind IN ('lecture', 'webinar', 'meeting', 'workshop', 'site_visit')),
      CONSTRAINT ck_session_status CHECK (status IN ('scheduled', 'moved', 'cancelled')),
      CONSTRAINT ck_session_when CHECK (
        (starts_at IS NOT NULL AND ends_at IS NOT NULL AND ends_at > starts_at AND all_day_from IS NULL AND all_day_to IS NULL)
        OR (starts_at IS NULL AND ends_at IS NULL AND all_day_from IS NOT NULL AND all_day_to >= all_day_from))
    ) ${TABLE}`);

    await q.query(`CREATE TABLE session_instructor (
      session_id CHAR(36) NOT NULL,
      user_id CHAR(36) NOT NULL,
      PRIMARY KEY (session_id, user_id),
      INDEX ix_session_instructor_user (user_id),
      CONSTRAINT fk_session_instructor_session FOREIGN KEY (session_id) REFERENCES session (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_session_instructor_user FOREIGN KEY (user_id) REFERENCES user (id) ON DELETE CASCADE ON UPDATE RESTRICT
    ) ${TABLE}`);

    await q.query(`CREATE TABLE enrolment (
      id CHAR(36) NOT NULL,
      programme_id CHAR(36) NOT NULL,
      user_id CHAR(36) NOT NULL,
      status VARCHAR(16) NOT NULL,
      waitlisted_at DATETIME(3) NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      UNIQUE INDEX uq_enrolment_programme_user (programme_id, user_id),
      INDEX ix_enrolment_programme_status (programme_id, status, waitlisted_at),
      INDEX ix_enrolment_user (user_id),
      CONSTRAINT fk_enrolment_programme FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_enrolment_user FOREIGN KEY (user_id) REFERENCES user (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT ck_enrolment_status CHECK (status IN ('waitlisted', 'invited', 'active', 'completed', 'withdrawn', 'not_completed'))
    ) ${TABLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'enrolment',
      'session_instructor',
      'session',
      'programme_staff',
      'programme_phase',
      'programme',
    ])
      await q.query(`DROP TABLE ${table}`);
  }
}
