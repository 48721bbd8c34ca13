import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../common/timestamps.js';

/**
 * The topics of the training menu, as stable kebab-case keys (labels belong to the clients). A fixed list:
 * a new topic is a change here and in the CHECK of `menu_item_topic` (a migration).
 */
export const MENU_TOPICS = [
  'separation-and-collection',
  '3r',
  'incineration',
  'intermediate-treatment',
  'final-disposal',
  'recycling',
  'textile-recycling',
  'reuse',
  'food-waste',
  'hazardous-waste',
  'policy-and-finance',
  'public-awareness',
] as const;
export type MenuTopic = (typeof MENU_TOPICS)[number];

/** How an item is delivered; the same words as a session's kind, so a session made from it keeps it. */
export const MENU_FORMATS = ['lecture', 'webinar', 'workshop', 'meeting', 'site_visit'] as const;
export type MenuFormat = (typeof MENU_FORMATS)[number];

/** Archived items stay readable to staff (old programmes point at them) but leave the catalogue. */
export const MENU_ITEM_STATUSES = ['active', 'archived'] as const;
export type MenuItemStatus = (typeof MENU_ITEM_STATUSES)[number];

/** A reusable unit of the training menu (研修メニュー). Its texts are per locale in `menu_item_text`. */
@Entity('menu_item')
export class MenuItemEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  /** Upper case, such as `TMG-3R-101`. */
  @Index('uq_menu_item_code', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'varchar', length: 16 })
  format!: MenuFormat;

  /** 1 to 1440 minutes. */
  @Column({ type: 'smallint', unsigned: true })
  defaultDurationMin!: number;

  /** BCP 47: the locale the item was written in; it always has a text, the last fallback. */
  @Column({ type: 'varchar', length: 35 })
  originalLocale!: string;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status!: MenuItemStatus;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}

/** The title, summary and learning outcomes of an item in one locale. */
@Entity('menu_item_text')
export class MenuItemTextEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  menuItemId!: string;

  /** BCP 47, canonical spelling. */
  @PrimaryColumn({ type: 'varchar', length: 35 })
  locale!: string;

  @ManyToOne(() => MenuItemEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'menu_item_id', foreignKeyConstraintName: 'fk_menu_item_text_item' })
  menuItem?: MenuItemEntity;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  /** JSON array of strings (read and written whole, never queried into). */
  @Column({ type: 'text' })
  learningOutcomes!: string;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}

@Entity('menu_item_topic')
@Index('ix_menu_item_topic_topic', ['topic'])
export class MenuItemTopicEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  menuItemId!: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  topic!: MenuTopic;

  @ManyToOne(() => MenuItemEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'menu_item_id', foreignKeyConstraintName: 'fk_menu_item_topic_item' })
  menuItem?: MenuItemEntity;
}

/** A language the item can be delivered in (by the instructor or through an interpreter). */
@Entity('menu_item_language')
@Index('ix_menu_item_language_locale', ['locale'])
export class MenuItemLanguageEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  menuItemId!: string;

  /** BCP 47, canonical spelling. */
  @PrimaryColumn({ type: 'varchar', length: 35 })
  locale!: string;

  @ManyToOne(() => MenuItemEntity, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'menu_item_id', foreignKeyConstraintName: 'fk_menu_item_language_item' })
  menuItem?: MenuItemEntity;
}
