import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Course content: materials on a menu item, a programme or a session; their immutable versions per
 * language; one delivery row per version × trainee (the email job's idempotency key); low-bandwidth
 * bundles per programme phase and language. Trainees and programmes gain a language fallback chain.
 */
export class Materials1795700000000 implements MigrationInterface {
  name = 'Materials1795700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE user ADD COLUMN language_fallbacks VARCHAR(120) NULL AFTER locale`);
    await q.query(
      `ALTER TABLE programme ADD COLUMN language_fallbacks VARCHAR(120) NULL AFTER host_time_zone`,
    );
    await q.query(`CREATE TABLE material (
      id CHAR(36) NOT NULL,
      menu_item_id CHAR(36) NULL,
      programme_id CHAR(36) NULL,
      session_id CHAR(36) NULL,
      copied_from_id CHAR(36) NULL,
      kind VARCHAR(8) NOT NULL,
      title VARCHAR(200) NOT NULL,
      description TEXT NULL,
      original_language VARCHAR(35) NOT NULL,
      audience VARCHAR(8) NOT NULL DEFAULT 'trainees',
      release_rule VARCHAR(16) NOT NULL DEFAULT 'now',
      release_at DATETIME(3) NULL,
      release_offset_days SMALLINT UNSIGNED NULL,
      archived_at DATETIME(3) NULL,
      created_by CHAR(36) NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      INDEX ix_material_menu_item (menu_item_id),
      INDEX ix_material_programme (programme_id, created_at),
      INDEX ix_material_session (session_id),
      INDEX ix_material_copied_from (copied_from_id),
      INDEX ix_material_created_by (created_by),
      CONSTRAINT fk_material_menu_item FOREIGN KEY (menu_item_id) REFERENCES menu_item (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_material_programme FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_material_session FOREIGN KEY (session_id) REFERENCES session (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_material_copied_from FOREIGN KEY (copied_from_id) REFERENCES material (id) ON DELETE SET NULL ON UPDATE RESTRICT,
      CONSTRAINT fk_material_created_by FOREIGN KEY (created_by) REFERENCES user (id) ON DELETE SET NULL ON UPDATE RESTRICT,
      CONSTRAINT ck_material_kind CHECK (kind IN ('file', 'link', 'text')),
      CONSTRAINT ck_material_audience CHECK (audience IN ('trainees', 'staff')),
      CONSTRAINT ck_material_release_rule CHECK (release_rule IN ('now', 'at', 'before_session', 'after_session')),
      CONSTRAINT ck_material_owner CHECK ((menu_item_id IS NULL) <> (programme_id IS NULL)),
      CONSTRAINT ck_material_session CHECK (session_id IS NULL OR programme_id IS NOT NULL)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await q.query(`CREATE TABLE material_version (
      id CHAR(36) NOT NULL,
      material_id CHAR(36) NOT NULL,
      language VARCHAR(35) NOT NULL,
      number SMALLINT UNSIGNED NOT NULL,
      source_number SMALLINT UNSIGNED NULL,
      note VARCHAR(500) NULL,
      storage_key VARCHAR(64) NULL,
      file_name VARCHAR(200) NULL,
      content_type VARCHAR(100) NULL,
      size_bytes BIGINT UNSIGNED NULL,
      sha256 CHAR(64) NULL,
      url VARCHAR(2000) NULL,
      body_html MEDIUMTEXT NULL,
      delivery_planned_at DATETIME(3) NULL,
      created_by CHAR(36) NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      UNIQUE INDEX uq_material_version_number (material_id, language, number),
      INDEX ix_material_version_delivery (delivery_planned_at, created_at),
      INDEX ix_material_version_storage_key (storage_key),
      INDEX ix_material_version_created_by (created_by),
      CONSTRAINT fk_material_version_material FOREIGN KEY (material_id) REFERENCES material (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_material_version_created_by FOREIGN KEY (created_by) REFERENCES user (id) ON DELETE SET NULL ON UPDATE RESTRICT
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await q.query(`CREATE TABLE material_delivery (
      id CHAR(36) NOT NULL,
      material_id CHAR(36) NOT NULL,
      version_id CHAR(36) NOT NULL,
      user_id CHAR(36) NOT NULL,
      status VARCHAR(8) NOT NULL DEFAULT 'queued',
      skipped_reason VARCHAR(16) NULL,
      attempts SMALLINT UNSIGNED NOT NULL DEFAULT 0,
      last_error VARCHAR(1000) NULL,
      queued_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      sent_at DATETIME(3) NULL,
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      UNIQUE INDEX uq_material_delivery_version_user (version_id, user_id),
      INDEX ix_material_delivery_material (material_id, status),
      INDEX ix_material_delivery_user (user_id),
      CONSTRAINT fk_material_delivery_material FOREIGN KEY (material_id) REFERENCES material (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_material_delivery_version FOREIGN KEY (version_id) REFERENCES material_version (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT fk_material_delivery_user FOREIGN KEY (user_id) REFERENCES user (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT ck_material_delivery_status CHECK (status IN ('queued', 'sent', 'failed', 'skipped'))
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await q.query(`CREATE TABLE material_bundle (
      id CHAR(36) NOT NULL,
      programme_id CHAR(36) NOT NULL,
      phase_key VARCHAR(36) NOT NULL,
      language VARCHAR(35) NOT NULL,
      status VARCHAR(8) NOT NULL DEFAULT 'queued',
      manifest_sha256 CHAR(64) NOT NULL,
      materials SMALLINT UNSIGNED NOT NULL DEFAULT 0,
      storage_key VARCHAR(64) NULL,
      size_bytes BIGINT UNSIGNED NULL,
      sha256 CHAR(64) NULL,
      last_error VARCHAR(1000) NULL,
      built_at DATETIME(3) NULL,
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      UNIQUE INDEX uq_material_bundle_scope (programme_id, phase_key, language),
      CONSTRAINT fk_material_bundle_programme FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT ck_material_bundle_status CHECK (status IN ('queued', 'ready', 'failed'))
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE material_bundle');
    await q.query('DROP TABLE material_delivery');
    await q.query('DROP TABLE material_version');
    await q.query('DROP TABLE material');
    await q.query('ALTER TABLE programme DROP COLUMN language_fallbacks');
    await q.query('ALTER TABLE user DROP COLUMN language_fallbacks');
  }
}
