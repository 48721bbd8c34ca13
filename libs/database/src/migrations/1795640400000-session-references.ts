import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sessions point at real facilities and menu items (their tables came after sessions). */
export class SessionReferences1795640400000 implements MigrationInterface {
  name = 'SessionReferences1795640400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE session
         ADD CONSTRAINT fk_session_facility FOREIGN KEY (facility_id) REFERENCES facility (id) ON DELETE RESTRICT ON UPDATE RESTRICT,
         ADD CONSTRAINT fk_session_menu_item FOREIGN KEY (menu_item_id) REFERENCES menu_item (id) ON DELETE RESTRICT ON UPDATE RESTRICT`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE session DROP FOREIGN KEY fk_session_menu_item, DROP FOREIGN KEY fk_session_facility',
    );
  }
}
