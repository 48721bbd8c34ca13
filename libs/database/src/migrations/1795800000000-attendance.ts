import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attendance: one row per session × trainee (status, note, who decided it and how, when); the current
 * self check-in code of a session; and the sessions the auto-absent sweep has closed (its marker, so a
 * past session is swept once and the poll stays cheap).
 */
export class Attendance1795800000000 implements MigrationInterface {
  name = 'Attendance1795800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE attendance (
      id CHAR(36) NOT NULL,
      session_id CHAR(36) NOT NULL,
      user_id CHAR(36) NOT NULL,
      status VARCHAR(8) NOT NULL,
      note VARCHAR(500) NULL,
      source VARCHAR(12) NOT NULL,
      recorded_by CHAR(36) NULL,
      recorded_at DATETIME(3) NOT NULL,
      checked_in_at DATETIME(3) NULL,
      minutes_attended SMALLINT UNSIGNED NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      UNIQUE INDEX uq_attendance_session_user (session_id, user_id),
      INDEX ix_attendance_user (user_id),
      INDEX ix_attendance_recorded_by (recorded_by),
      CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES session (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_attendance_user FOREIGN KEY (user_id) REFERENCES user (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_attendance_recorded_by FOREIGN KEY (recorded_by) REFERENCES user (id) ON DELETE SET NULL ON UPDATE RESTRICT,
      CONSTRAINT ck_attendance_status CHECK (status IN ('present', 'late', 'absent', 'excused')),
      CONSTRAINT ck_attendance_source CHECK (source IN ('instructor', 'check_in', 'offline', 'import', 'auto'))
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await q.query(`CREATE TABLE attendance_check_in_code (
      session_id CHAR(36) NOT NULL,
      code CHAR(6) NOT NULL,
      valid_from DATETIME(3) NOT NULL,
      valid_until DATETIME(3) NOT NULL,
      created_by CHAR(36) NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      PRIMARY KEY (session_id),
      INDEX ix_attendance_check_in_code_created_by (created_by),
      CONSTRAINT fk_attendance_check_in_code_session FOREIGN KEY (session_id) REFERENCES session (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_attendance_check_in_code_created_by FOREIGN KEY (created_by) REFERENCES user (id) ON DELETE SET NULL ON UPDATE RESTRICT
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await q.query(`CREATE TABLE attendance_sweep (
      session_id CHAR(36) NOT NULL,
      marked INT UNSIGNED NOT NULL DEFAULT 0,
      swept_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      PRIMARY KEY (session_id),
      CONSTRAINT fk_attendance_sweep_session FOREIGN KEY (session_id) REFERENCES session (id) ON DELETE CASCADE ON UPDATE RESTRICT
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE attendance_sweep');
    await q.query('DROP TABLE attendance_check_in_code');
    await q.query('DROP TABLE attendance');
  }
}
