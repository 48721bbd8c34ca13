import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Reminders of sessions to trainees, planned when due and sent once through the outbox. */
export class SessionReminders1795622400000 implements MigrationInterface {
  name = 'SessionReminders1795622400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE session_reminder (
      id CHAR(36) NOT NULL,
      session_id CHAR(36) NOT NULL,
      user_id CHAR(36) NOT NULL,
      kind VARCHAR(16) NOT NULL,
      starts_at DATETIME(3) NOT NULL,
      due_at DATETIME(3) NOT NULL,
      queued_at DATETIME(3) NULL,
      sent_at DATETIME(3) NULL,
      skipped VARCHAR(16) NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      UNIQUE INDEX uq_session_reminder (session_id, user_id, kind, starts_at),
      INDEX ix_session_reminder_queue (queued_at, due_at),
      INDEX ix_session_reminder_user (user_id),
      CONSTRAINT fk_session_reminder_session FOREIGN KEY (session_id) REFERENCES session (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_session_reminder_user FOREIGN KEY (user_id) REFERENCES user (id) ON DELETE CASCADE ON UPDATE RESTRICT
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE session_reminder');
  }
}
