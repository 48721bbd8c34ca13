import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { isDuplicateKeyError, TransactionService } from '@kenshu/database';
import { AuditService, type AuditAction } from '../audit/audit.service.js';
import { forbidden, notFound, type FieldProblem } from '../common/domain-error.js';
import { canonicalLocale } from '../common/locale.js';
import type { Page, PageRequest } from '../common/pagination.js';
import type { Principal } from '../common/principal.js';
import type { RequestMeta } from '../common/request-meta.js';
import type {
  MenuFormat,
  MenuItemEntity,
  MenuItemStatus,
  MenuItemTextEntity,
  MenuTopic,
} from './menu-item.entity.js';
import { menuCodeTaken, menuInvalid, menuTextMissing } from './menu.errors.js';
import { menuPolicy } from './menu-policy.js';
import {
  checkItemFields,
  checkText,
  checkTexts,
  type MenuItemInput,
  type MenuItemPatch,
  type MenuTextInput,
} from './menu-rules.js';
import { chooseLocale, parseOutcomes } from './menu-text.js';
import { MenuRepository, type MenuItemParts, type MenuSearch } from './menu.repository.js';

export interface MenuTextView {
  locale: string;
  title: string;
  summary: string | null;
  learningOutcomes: string[];
  updatedAt: Date;
}

/** An item as a reader gets it: one text, chosen by fallback, and which locale that text is in. */
export interface MenuItemView {
  id: string;
  code: string;
  format: MenuFormat;
  defaultDurationMin: number;
  originalLocale: string;
  status: MenuItemStatus;
  topics: MenuTopic[];
  languages: string[];
  /** The locale of the text served (see chooseLocale). */
  locale: string;
  availableLocales: string[];
  title: string;
  summary: string | null;
  learningOutcomes: string[];
  /** Every text, for those who may edit them (admins, coordinators); null for others. */
  translations: MenuTextView[] | null;
  createdAt: Date;
  updatedAt: Date;
}

/** What other features (a session made from an item) need of it, the title in the reader's locale. */
export interface MenuItemSummary {
  id: string;
  code: string;
  format: MenuFormat;
  defaultDurationMin: number;
  status: MenuItemStatus;
  title: string;
  /** The locale of `title`. */
  locale: string;
}

export type MenuFilter = Omit<MenuSearch, 'statuses'>;

const textView = (t: MenuItemTextEntity): MenuTextView => ({
  locale: t.locale,
  title: t.title,
  summary: t.summary,
  learningOutcomes: parseOutcomes(t.learningOutcomes),
  updatedAt: t.updatedAt,
});

/**
 * The training menu. Staff read every item, trainees the active ones (menu-policy.ts); admins and
 * coordinators write. Every write locks the item's row, runs in one transaction and is audited.
 */
@Injectable()
export class MenuService {
  constructor(
    private readonly tx: TransactionService,
    private readonly menu: MenuRepository,
    private readonly audit: AuditService,
  ) {}

  // ---- for other features -------------------------------------------------------------------------

  /**
   * Code, format, default duration, status and title (in `locale`, with the fallback of chooseLocale) of
   * these items, by id, in two queries; ids of no item are left out. No access check: the calling feature
   * decides who sees what it shows.
   */
  async summaryFor(
    em: EntityManager,
    ids: string[],
    locale: string | null,
  ): Promise<Map<string, MenuItemSummary>> {
    const unique = [...new Set(ids)];
    const [items, titles] = await Promise.all([
      this.menu.findByIds(em, unique),
      this.menu.titles(em, unique),
    ]);
    const out = new Map<string, MenuItemSummary>();
    for (const item of items) {
      const texts = titles.get(item.id) ?? [];
      const served = chooseLocale(
        texts.map((t) => t.locale),
        locale,
        item.originalLocale,
      );
      const text = texts.find((t) => t.locale === served);
      out.set(item.id, {
        id: item.id,
        code: item.code,
        format: item.format,
        defaultDurationMin: item.defaultDurationMin,
        status: item.status,
        title: text?.title ?? item.code,
        locale: text?.locale ?? item.originalLocale,
      });
    }
    return out;
  }

  // ---- reading --------------------------------------------------------------------------------------

  /** `lang` (canonical BCP 47) overrides the caller's own locale for the text served. */
  async list(
    principal: Principal,
    filter: MenuFilter,
    page: PageRequest,
    lang?: string,
  ): Promise<Page<MenuItemView>> {
    if (!menuPolicy.mayList(principal))
      throw forbidden('The training menu is for signed-in staff and trainees');
    const em = this.tx.manager;
    const { items, total } = await this.menu.search(
      em,
      { ...filter, statuses: menuPolicy.visibleStatuses(principal) },
      page,
    );
    const parts = await this.menu.parts(
      em,
      items.map((i) => i.id),
    );
    const wanted = lang ?? principal.locale;
    const all = menuPolicy.maySeeTranslations(principal);
    return { items: items.map((i) => this.toView(i, parts, wanted, all)), total, ...page };
  }

  async get(principal: Principal, id: string, lang?: string): Promise<MenuItemView> {
    const em = this.tx.manager;
    const item = await this.menu.findById(em, id);
    // An item the caller may not read does not exist for them.
    if (!item || !menuPolicy.mayRead(principal, item.status)) throw notFound('Menu item');
    return this.view(em, item, lang ?? principal.locale, menuPolicy.maySeeTranslations(principal));
  }

  // ---- writing --------------------------------------------------------------------------------------

  async create(principal: Principal, input: MenuItemInput, meta: RequestMeta): Promise<MenuItemView> {
    this.requireWrite(principal);
    const problems: FieldProblem[] = [];
    const fields = checkItemFields(input, problems);
    const texts = checkTexts(input.texts ?? [], problems);
    if (problems.length > 0) throw menuInvalid(problems);
    if (!texts.some((t) => t.locale === fields.originalLocale))
      throw menuTextMissing('texts', fields.originalLocale);
    return this.tx.run(async (em) => {
      if (await this.menu.codeTaken(em, fields.code)) throw menuCodeTaken();
      const id = randomUUID();
      try {
        await this.menu.insert(
          em,
          {
            id,
            code: fields.code,
            format: fields.format,
            defaultDurationMin: fields.defaultDurationMin,
            originalLocale: fields.originalLocale,
            status: 'active',
          },
          fields.topics ?? [],
          fields.languages ?? [fields.originalLocale],
          texts,
        );
      } catch (error) {
        if (isDuplicateKeyError(error)) throw menuCodeTaken(); // made meanwhile by someone else
        throw error;
      }
      await this.record(em, principal, 'menu.created', id, meta, { code: fields.code });
      return this.view(em, (await this.menu.findById(em, id))!, principal.locale, true);
    });
  }

  async update(
    principal: Principal,
    id: string,
    patch: MenuItemPatch,
    meta: RequestMeta,
  ): Promise<MenuItemView> {
    this.requireWrite(principal);
    const problems: FieldProblem[] = [];
    const fields = checkItemFields(patch, problems);
    if (problems.length > 0) throw menuInvalid(problems);
    return this.tx.run(async (em) => {
      const item = await this.locked(em, id);
      if (fields.originalLocale !== undefined && fields.originalLocale !== item.originalLocale) {
        const locales = await this.menu.textLocales(em, id);
        if (!locales.includes(fields.originalLocale))
          throw menuTextMissing('originalLocale', fields.originalLocale);
      }
      if (fields.code !== undefined && (await this.menu.codeTaken(em, fields.code, id)))
        throw menuCodeTaken();
      const { topics, languages, ...own } = fields;
      try {
        await this.menu.update(em, id, own);
      } catch (error) {
        if (isDuplicateKeyError(error)) throw menuCodeTaken();
        throw error;
      }
      if (topics !== undefined) await this.menu.setTopics(em, id, topics);
      if (languages !== undefined) await this.menu.setLanguages(em, id, languages);
      await this.record(em, principal, 'menu.updated', id, meta, {
        fields: Object.keys(patch),
        ...(fields.code !== undefined && fields.code !== item.code
          ? { code: { from: item.code, to: fields.code } }
          : {}),
      });
      return this.view(em, (await this.menu.findById(em, id))!, principal.locale, true);
    });
  }

  /** Adds or replaces the text in one locale; the answer serves that locale. */
  async saveText(
    principal: Principal,
    id: string,
    locale: string,
    text: MenuTextInput,
    meta: RequestMeta,
  ): Promise<MenuItemView> {
    this.requireWrite(principal);
    const canonical = this.localeOf(locale);
    const problems: FieldProblem[] = [];
    const clean = checkText(text, '', problems);
    if (problems.length > 0) throw menuInvalid(problems);
    return this.tx.run(async (em) => {
      await this.locked(em, id);
      const outcome = await this.menu.saveText(em, id, canonical, clean);
      await this.record(em, principal, 'menu.text_saved', id, meta, { locale: canonical, outcome });
      return this.view(em, (await this.menu.findById(em, id))!, canonical, true);
    });
  }

  /** Removes a translation; never the original locale's text (change the original locale first). */
  async removeText(principal: Principal, id: string, locale: string, meta: RequestMeta): Promise<void> {
    this.requireWrite(principal);
    const canonical = this.localeOf(locale);
    await this.tx.run(async (em) => {
      const item = await this.locked(em, id);
      if (item.originalLocale === canonical)
        throw menuInvalid([
          { field: 'locale', reason: 'is the original locale of the item; its text cannot be removed' },
        ]);
      if (!(await this.menu.deleteText(em, id, canonical))) throw notFound('Translation');
      await this.record(em, principal, 'menu.text_removed', id, meta, { locale: canonical });
    });
  }

  /** Takes the item out of the catalogue (trainees stop seeing it); again is a no-op. */
  archive(principal: Principal, id: string, meta: RequestMeta): Promise<MenuItemView> {
    return this.setStatus(principal, id, 'archived', meta);
  }

  restore(principal: Principal, id: string, meta: RequestMeta): Promise<MenuItemView> {
    return this.setStatus(principal, id, 'active', meta);
  }

  // ---- inside ---------------------------------------------------------------------------------------

  private async setStatus(
    principal: Principal,
    id: string,
    status: MenuItemStatus,
    meta: RequestMeta,
  ): Promise<MenuItemView> {
    this.requireWrite(principal);
    return this.tx.run(async (em) => {
      const item = await this.locked(em, id);
      if (item.status !== status) {
        await this.menu.update(em, id, { status });
        await this.record(em, principal, status === 'archived' ? 'menu.archived' : 'menu.restored', id, meta);
      }
      return this.view(em, (await this.menu.findById(em, id))!, principal.locale, true);
    });
  }

  private requireWrite(principal: Principal): void {
    if (!menuPolicy.mayWrite(principal)) throw forbidden('Coordinators and admins edit the training menu');
  }

  private async locked(em: EntityManager, id: string): Promise<MenuItemEntity> {
    const item = await this.menu.findById(em, id, true);
    if (!item) throw notFound('Menu item');
    return item;
  }

  private localeOf(locale: string): string {
    const canonical = canonicalLocale(locale);
    if (!canonical)
      throw menuInvalid([
        { field: 'locale', reason: 'must be a BCP 47 language tag such as en, ja-JP or dv' },
      ]);
    return canonical;
  }

  private record(
    em: EntityManager,
    principal: Principal,
    action: AuditAction,
    id: string,
    meta: RequestMeta,
    details?: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(
      em,
      {
        action,
        actorId: principal.id,
        targetType: 'menu_item',
        targetId: id,
        ...(details ? { details } : {}),
      },
      meta,
    );
  }

  private async view(
    em: EntityManager,
    item: MenuItemEntity,
    wanted: string | null,
    withTranslations: boolean,
  ): Promise<MenuItemView> {
    return this.toView(item, await this.menu.parts(em, [item.id]), wanted, withTranslations);
  }

  private toView(
    item: MenuItemEntity,
    parts: MenuItemParts,
    wanted: string | null,
    withTranslations: boolean,
  ): MenuItemView {
    const texts = parts.texts.get(item.id) ?? [];
    const locales = texts.map((t) => t.locale);
    const served = chooseLocale(locales, wanted, item.originalLocale);
    const text = texts.find((t) => t.locale === served);
    return {
      id: item.id,
      code: item.code,
      format: item.format,
      defaultDurationMin: item.defaultDurationMin,
      originalLocale: item.originalLocale,
      status: item.status,
      topics: parts.topics.get(item.id) ?? [],
      languages: parts.languages.get(item.id) ?? [],
      locale: text?.locale ?? item.originalLocale,
      availableLocales: locales,
      title: text?.title ?? item.code,
      summary: text?.summary ?? null,
      learningOutcomes: parseOutcomes(text?.learningOutcomes),
      translations: withTranslations ? texts.map(textView) : null,
      createdAt: item.createdAt,
      updatedAt: item.updatedAt,
    };
  }
}
