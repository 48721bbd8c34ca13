import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLE = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';

/** The training menu: items with texts per locale, topics and the languages they are offered in. */
export class TrainingMenu1795633200000 implements MigrationInterface {
  name = 'TrainingMenu1795633200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE menu_item (
      id CHAR(36) NOT NULL,
      code VARCHAR(40) NOT NULL,
      format VARCHAR(16) NOT NULL,
      default_duration_min SMALLINT UNSIGNED NOT NULL,
      original_locale VARCHAR(35) NOT NULL,
      status VARCHAR(16) NOT NULL DEFAULT 'active',
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      UNIQUE INDEX uq_menu_item_code (code),
      CONSTRAINT ck_menu_item_format CHECK (format IN ('lecture', 'webinar', 'workshop', 'meeting', 'site_visit')),
      CONSTRAINT ck_menu_item_duration CHECK (default_duration_min BETWEEN 1 AND 1440),
      CONSTRAINT ck_menu_item_status CHECK (status IN ('active', 'archived'))
    ) ${TABLE}`);

    await q.query(`CREATE TABLE menu_item_text (
      menu_item_id CHAR(36) NOT NULL,
      locale VARCHAR(35) NOT NULL,
      title VARCHAR(200) NOT NULL,
      summary TEXT NULL,
      learning_outcomes TEXT NOT NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      PRIMARY KEY (menu_item_id, locale),
      CONSTRAINT fk_menu_item_text_item FOREIGN KEY (menu_item_id) REFERENCES menu_item (id) ON DELETE CASCADE ON UPDATE RESTRICT
    ) ${TABLE}`);

    await q.query(`CREATE TABLE menu_item_topic (
      menu_item_id CHAR(36) NOT NULL,
      topic VARCHAR(40) NOT NULL,
      PRIMARY KEY (menu_item_id, topic),
      INDEX ix_menu_item_topic_topic (topic),
      CONSTRAINT fk_menu_item_topic_item FOREIGN KEY (menu_item_id) REFERENCES menu_item (id) ON DELETE CASCADE ON UPDATE RESTRICT,
      CONSTRAINT ck_menu_item_topic_topic CHECK (topic IN ('separation-and-collection', '3r', 'incineration',
        'intermediate-treatment', 'final-disposal', 'recycling', 'textile-recycling', 'reuse', 'food-waste',
        'hazardous-waste', 'policy-and-finance', 'public-awareness'))
    ) ${TABLE}`);

    await q.query(`CREATE TABLE menu_item_language (
      menu_item_id CHAR(36) NOT NULL,
      locale VARCHAR(35) NOT NULL,
      PRIMARY KEY (menu_item_id, locale),
      INDEX ix_menu_item_language_locale (locale),
      CONSTRAINT fk_menu_item_language_item FOREIGN KEY (menu_item_id) REFERENCES menu_item (id) ON DELETE CASCADE ON UPDATE RESTRICT
    ) ${TABLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['menu_item_language', 'menu_item_topic', 'menu_item_text', 'menu_item'])
      await q.query(`DROP TABLE ${table}`);
  }
}
