import { Injectable } from '@nestjs/common';
import { EntityManager, In, Not } from 'typeorm';
import { languageOf } from '../common/locale.js';
import { offsetOf, type PageRequest } from '../common/pagination.js';
import {
  MenuItemEntity,
  MenuItemLanguageEntity,
  MenuItemTextEntity,
  MenuItemTopicEntity,
  type MenuFormat,
  type MenuItemStatus,
  type MenuTopic,
} from './menu-item.entity.js';
import type { CleanText } from './menu-rules.js';

export interface MenuSearch {
  /** Part of the code, or of a title or summary in any language. */
  q?: string;
  topic?: MenuTopic;
  format?: MenuFormat;
  /** Offered in this language: the exact tag, its bare language, or (for a bare language) any region. */
  language?: string;
  /** The statuses the caller may see; with `status`, the one asked for among them. */
  statuses: MenuItemStatus[];
  status?: MenuItemStatus;
}

/** What an item's view needs besides its row, for many items in one query each. */
export interface MenuItemParts {
  texts: Map<string, MenuItemTextEntity[]>;
  topics: Map<string, MenuTopic[]>;
  languages: Map<string, string[]>;
}

interface ItemRaw {
  id: string;
  code: string;
  format: MenuFormat;
  default_duration_min: number | string;
  original_locale: string;
  status: MenuItemStatus;
  created_at: Date;
  updated_at: Date;
}

const toEntity = (r: ItemRaw): MenuItemEntity =>
  Object.assign(new MenuItemEntity(), {
    id: r.id,
    code: r.code,
    format: r.format,
    defaultDurationMin: Number(r.default_duration_min),
    originalLocale: r.original_locale,
    status: r.status,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });

/** `%` and `_` match themselves in a search. */
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const groupBy = <T, V>(rows: T[], key: (r: T) => string, value: (r: T) => V) => {
  const map = new Map<string, V[]>();
  for (const r of rows) {
    const k = key(r);
    if (!map.has(k)) map.set(k, []);
    map.get(k)!.push(value(r));
  }
  return map;
};

@Injectable()
export class MenuRepository {
  findById(em: EntityManager, id: string, lock = false): Promise<MenuItemEntity | null> {
    return em.findOne(MenuItemEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  findByIds(em: EntityManager, ids: string[]): Promise<MenuItemEntity[]> {
    return ids.length ? em.find(MenuItemEntity, { where: { id: In(ids) } }) : Promise.resolve([]);
  }

  codeTaken(em: EntityManager, code: string, exceptId?: string): Promise<boolean> {
    return em.exists(MenuItemEntity, { where: { code, ...(exceptId ? { id: Not(exceptId) } : {}) } });
  }

  async search(
    em: EntityManager,
    filter: MenuSearch,
    page: PageRequest,
  ): Promise<{ items: MenuItemEntity[]; total: number }> {
    const statuses = filter.status ? filter.statuses.filter((s) => s === filter.status) : filter.statuses;
    if (statuses.length === 0) return { items: [], total: 0 };
    const where = ['m.status IN (?)'];
    const params: unknown[] = [statuses];
    if (filter.q?.trim()) {
      const like = `%${likeEscape(filter.q.trim())}%`;
      where.push(`(m.code LIKE ? OR EXISTS (SELECT 1 FROM menu_item_text t
        WHERE t.menu_item_id = m.id AND (t.title LIKE ? OR t.summary LIKE ?)))`);
      params.push(like, like, like);
    }
    if (filter.topic) {
      where.push('EXISTS (SELECT 1 FROM menu_item_topic tp WHERE tp.menu_item_id = m.id AND tp.topic = ?)');
      params.push(filter.topic);
    }
    if (filter.format) {
      where.push('m.format = ?');
      params.push(filter.format);
    }
    if (filter.language) {
      const language = languageOf(filter.language);
      const bare = language === filter.language.toLowerCase();
      where.push(
        `EXISTS (SELECT 1 FROM menu_item_language l WHERE l.menu_item_id = m.id AND ${
          bare ? '(l.locale = ? OR l.locale LIKE ?)' : 'l.locale IN (?, ?)'
        })`,
      );
      params.push(filter.language, bare ? `${likeEscape(language)}-%` : language);
    }
    const clause = where.join(' AND ');
    const [{ total }] = (await em.query(
      `SELECT COUNT(*) AS total FROM menu_item m WHERE ${clause}`,
      params,
    )) as {
      total: string;
    }[];
    const rows = (await em.query(
      `SELECT m.id, m.code, m.format, m.default_duration_min, m.original_locale, m.status, m.created_at,
              m.updated_at
         FROM menu_item m WHERE ${clause} ORDER BY m.code LIMIT ? OFFSET ?`,
      [...params, page.pageSize, offsetOf(page)],
    )) as ItemRaw[];
    return { items: rows.map(toEntity), total: Number(total) };
  }

  /** Texts, topics and languages of these items: three queries, whatever the number of items. */
  async parts(em: EntityManager, ids: string[]): Promise<MenuItemParts> {
    if (ids.length === 0) return { texts: new Map(), topics: new Map(), languages: new Map() };
    const [texts, topics, languages] = await Promise.all([
      em.find(MenuItemTextEntity, { where: { menuItemId: In(ids) }, order: { locale: 'ASC' } }),
      em.find(MenuItemTopicEntity, { where: { menuItemId: In(ids) }, order: { topic: 'ASC' } }),
      em.find(MenuItemLanguageEntity, { where: { menuItemId: In(ids) }, order: { locale: 'ASC' } }),
    ]);
    return {
      texts: groupBy(
        texts,
        (t) => t.menuItemId,
        (t) => t,
      ),
      topics: groupBy(
        topics,
        (t) => t.menuItemId,
        (t) => t.topic,
      ),
      languages: groupBy(
        languages,
        (l) => l.menuItemId,
        (l) => l.locale,
      ),
    };
  }

  /** Locale and title of every text of these items (what a summary needs, not the long fields). */
  async titles(em: EntityManager, ids: string[]): Promise<Map<string, { locale: string; title: string }[]>> {
    if (ids.length === 0) return new Map();
    const rows = await em.find(MenuItemTextEntity, {
      select: { menuItemId: true, locale: true, title: true },
      where: { menuItemId: In(ids) },
    });
    return groupBy(
      rows,
      (r) => r.menuItemId,
      (r) => ({ locale: r.locale, title: r.title }),
    );
  }

  async textLocales(em: EntityManager, id: string): Promise<string[]> {
    const rows = await em.find(MenuItemTextEntity, { select: { locale: true }, where: { menuItemId: id } });
    return rows.map((r) => r.locale);
  }

  async insert(
    em: EntityManager,
    item: Omit<MenuItemEntity, 'createdAt' | 'updatedAt'>,
    topics: MenuTopic[],
    languages: string[],
    texts: (CleanText & { locale: string })[],
  ): Promise<void> {
    await em.insert(MenuItemEntity, item);
    await this.setTopics(em, item.id, topics);
    await this.setLanguages(em, item.id, languages);
    if (texts.length > 0)
      await em.insert(
        MenuItemTextEntity,
        texts.map((t) => ({
          menuItemId: item.id,
          locale: t.locale,
          title: t.title,
          summary: t.summary,
          learningOutcomes: JSON.stringify(t.learningOutcomes),
        })),
      );
  }

  async update(
    em: EntityManager,
    id: string,
    patch: Partial<
      Pick<MenuItemEntity, 'code' | 'format' | 'defaultDurationMin' | 'originalLocale' | 'status'>
    >,
  ): Promise<void> {
    if (Object.keys(patch).length > 0) await em.update(MenuItemEntity, { id }, patch);
  }

  async setTopics(em: EntityManager, id: string, topics: MenuTopic[]): Promise<void> {
    await em.delete(MenuItemTopicEntity, { menuItemId: id });
    if (topics.length > 0)
      await em.insert(
        MenuItemTopicEntity,
        topics.map((topic) => ({ menuItemId: id, topic })),
      );
  }

  async setLanguages(em: EntityManager, id: string, languages: string[]): Promise<void> {
    await em.delete(MenuItemLanguageEntity, { menuItemId: id });
    if (languages.length > 0)
      await em.insert(
        MenuItemLanguageEntity,
        languages.map((locale) => ({ menuItemId: id, locale })),
      );
  }

  /** Adds or replaces the text in `locale`; says which. The caller holds the item's row lock. */
  async saveText(
    em: EntityManager,
    id: string,
    locale: string,
    text: CleanText,
  ): Promise<'created' | 'replaced'> {
    const fields = {
      title: text.title,
      summary: text.summary,
      learningOutcomes: JSON.stringify(text.learningOutcomes),
    };
    if (await em.exists(MenuItemTextEntity, { where: { menuItemId: id, locale } })) {
      await em.update(MenuItemTextEntity, { menuItemId: id, locale }, fields);
      return 'replaced';
    }
    await em.insert(MenuItemTextEntity, { menuItemId: id, locale, ...fields });
    return 'created';
  }

  async deleteText(em: EntityManager, id: string, locale: string): Promise<boolean> {
    const result = await em.delete(MenuItemTextEntity, { menuItemId: id, locale });
    return (result.affected ?? 0) > 0;
  }
}
