import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLE = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';

/** Sign-in sessions with their refresh tokens, invitations and the audit log. */
export class IdentityAndAccess1795521600000 implements MigrationInterface {
  name = 'IdentityAndAccess1795521600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE auth_session (
      id CHAR(36) NOT NULL,
      user_id CHAR(36) NOT NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      refreshed_at DATETIME(3) NULL,
      revoked_at DATETIME(3) NULL,
      revoked_reason VARCHAR(32) NULL,
      ip VARCHAR(45) NULL,
      user_agent VARCHAR(255) NULL,
      PRIMARY KEY (id),
      INDEX ix_auth_session_user (user_id),
      CONSTRAINT fk_auth_session_user FOREIGN KEY (user_id) REFERENCES user (id) ON DELETE CASCADE ON UPDATE RESTRICT
    ) ${TABLE}`);

    await q.query(`CREATE TABLE refresh_token (
      id CHAR(36) NOT NULL,
      session_id CHAR(36) NOT NULL,
      token_hash CHAR(64) NOT NULL,
      expires_at DATETIME(3) NOT NULL,
      used_at DATETIME(3) NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      UNIQUE INDEX uq_refresh_token_hash (token_hash),
      INDEX ix_refresh_token_session (session_id),
      CONSTRAINT fk_refresh_token_session FOREIGN KEY (session_id) REFERENCES auth_session (id) ON DELETE CASCADE ON UPDATE RESTRICT
    ) ${TABLE}`);

    await q.query(`CREATE TABLE invitation (
      id CHAR(36) NOT NULL,
      user_id CHAR(36) NOT NULL,
      invited_by CHAR(36) NULL,
      token_hash CHAR(64) NOT NULL,
      expires_at DATETIME(3) NOT NULL,
      accepted_at DATETIME(3) NULL,
      revoked_at DATETIME(3) NULL,
      emailed_at DATETIME(3) NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      UNIQUE INDEX uq_invitation_token (token_hash),
      INDEX ix_invitation_user (user_id),
      INDEX ix_invitation_invited_by (invited_by),
      CONSTRAINT fk_invitation_user FOREIGN KEY (user_id) REFERENCES user (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_invitation_invited_by FOREIGN KEY (invited_by) REFERENCES user (id) ON DELETE SET NULL ON UPDATE RESTRICT
    ) ${TABLE}`);

    await q.query(`CREATE TABLE audit_event (
      id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
      occurred_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      action VARCHAR(64) NOT NULL,
      actor_id CHAR(36) NULL,
      target_type VARCHAR(32) NULL,
      target_id VARCHAR(64) NULL,
      ip VARCHAR(45) NULL,
      request_id VARCHAR(64) NULL,
      details TEXT NULL,
      PRIMARY KEY (id),
      INDEX ix_audit_event_occurred (occurred_at, id),
      INDEX ix_audit_event_actor (actor_id, occurred_at),
      INDEX ix_audit_event_target (target_type, target_id, occurred_at),
      INDEX ix_audit_event_action (action, occurred_at)
    ) ${TABLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['audit_event', 'invitation', 'refresh_token', 'auth_session']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
