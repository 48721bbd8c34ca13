import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Facilities that receive site visits, with their hosts' rules for receiving groups. */
export class Facilities1795611600000 implements MigrationInterface {
  name = 'Facilities1795611600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE facility (
      id CHAR(36) NOT NULL,
      name VARCHAR(200) NOT NULL,
      kind VARCHAR(32) NOT NULL,
      host_organisation_id CHAR(36) NULL,
      address TEXT NOT NULL,
      latitude DECIMAL(9,6) NULL,
      longitude DECIMAL(9,6) NULL,
      time_zone VARCHAR(64) NOT NULL,
      contact_name VARCHAR(200) NULL,
      contact_email VARCHAR(254) NULL,
      contact_phone VARCHAR(40) NULL,
      capacity INT UNSIGNED NOT NULL,
      overseas_capacity INT UNSIGNED NULL,
      safety_notes TEXT NULL,
      allowed_weekdays VARCHAR(13) NOT NULL DEFAULT '1,2,3,4,5,6,7',
      earliest_start TIME NULL,
      latest_start TIME NULL,
      typical_duration_min SMALLINT UNSIGNED NULL,
      roster_due_days SMALLINT UNSIGNED NOT NULL DEFAULT 0,
      visitors_per_interpreter SMALLINT UNSIGNED NULL,
      status VARCHAR(16) NOT NULL DEFAULT 'active',
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      INDEX ix_facility_host (host_organisation_id),
      INDEX ix_facility_status_name (status, name),
      CONSTRAINT fk_facility_host FOREIGN KEY (host_organisation_id) REFERENCES organisation (id) ON DELETE RESTRICT ON UPDATE RESTRICT,
      CONSTRAINT ck_facility_kind CHECK (kind IN ('collection_depot', 'transfer_station', 'incineration_plant', 'recycling_facility', 'final_disposal_site', 'other')),
      CONSTRAINT ck_facility_status CHECK (status IN ('active', 'archived')),
      CONSTRAINT ck_facility_latitude CHECK (latitude BETWEEN -90 AND 90),
      CONSTRAINT ck_facility_longitude CHECK (longitude BETWEEN -180 AND 180),
      CONSTRAINT ck_facility_coordinates CHECK ((latitude IS NULL) = (longitude IS NULL)),
      CONSTRAINT ck_facility_capacity CHECK (capacity >= 1),
      CONSTRAINT ck_facility_overseas_capacity CHECK (overseas_capacity BETWEEN 1 AND capacity),
      CONSTRAINT ck_facility_weekdays CHECK (allowed_weekdays REGEXP '^[1-7](,[1-7]){0,6}$'),
      CONSTRAINT ck_facility_start_window CHECK (earliest_start <= latest_start),
      CONSTRAINT ck_facility_duration CHECK (typical_duration_min >= 1),
      CONSTRAINT ck_facility_interpreters CHECK (visitors_per_interpreter >= 1)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE facility');
  }
}
