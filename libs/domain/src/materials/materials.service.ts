import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { TransactionService } from '@kenshu/database';
import { AuditService } from '../audit/audit.service.js';
import { forbidden, notFound, type FieldProblem } from '../common/domain-error.js';
import { canonicalLocale } from '../common/locale.js';
import { orderedUuid } from '../common/ordered-uuid.js';
import { hasRole, type Principal } from '../common/principal.js';
import type { RequestMeta } from '../common/request-meta.js';
import { MenuItemEntity } from '../menu/menu-item.entity.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import { SessionEntity } from '../sessions/session.entity.js';
import { languageChain, pickLanguage } from './material-language.js';
import { releaseInstant, RELEASE_SQL } from './material-release.js';
import {
  MaterialEntity,
  MaterialVersionEntity,
  type MaterialAudience,
  type MaterialKind,
  type ReleaseRule,
} from './material.entity.js';
import { materialInvalid, wrongKind } from './materials.errors.js';
import { checkLinkUrl, checkRichText } from './rich-text.js';

export interface ReleaseInput {
  rule: ReleaseRule;
  at?: Date | null;
  offsetDays?: number | null;
}

export interface MaterialInput {
  kind: MaterialKind;
  title: string;
  description?: string | null;
  originalLanguage: string;
  audience?: MaterialAudience;
  release?: ReleaseInput;
}

export type MaterialScope = { menuItemId: string } | { programmeId: string; sessionId?: string | null };

export interface MaterialPatch {
  title?: string;
  description?: string | null;
  audience?: MaterialAudience;
  release?: ReleaseInput;
  archived?: boolean;
}

export interface VersionInput {
  language: string;
  note?: string | null;
  /** For a translation: the version of the original language it was made from (default: the latest). */
  sourceNumber?: number | null;
}

export interface MaterialVersionView {
  id: string;
  language: string;
  number: number;
  fileName: string | null;
  contentType: string | null;
  sizeBytes: number | null;
  sha256: string | null;
  url: string | null;
  html: string | null;
  note: string | null;
  /** For a translation: the original's version it follows, and whether the original has moved on since. */
  sourceNumber: number | null;
  outdated: boolean;
  createdAt: string;
}

export interface MaterialView {
  id: string;
  menuItemId: string | null;
  programmeId: string | null;
  sessionId: string | null;
  copiedFromId: string | null;
  kind: MaterialKind;
  title: string;
  description: string | null;
  originalLanguage: string;
  audience: MaterialAudience;
  release: {
    rule: ReleaseRule;
    at: string | null;
    offsetDays: number | null;
    /** When trainees get it (UTC), null while unknown (a session without a time, or cancelled). */
    releasesAt: string | null;
    released: boolean;
  };
  archived: boolean;
  /** The languages it exists in. */
  languages: string[];
  /** The version the caller reads: their language by their fallback chain, else the original. */
  current: MaterialVersionView | null;
  /** Every version of every language, newest first: for staff only. */
  versions?: MaterialVersionView[];
  createdAt: string;
}

/** What the caller may do with a material. `read`: a trainee (released, for trainees); `write`: staff. */
export type MaterialAccess = 'read' | 'write' | 'manage';

export interface MaterialContext {
  material: MaterialEntity;
  session: SessionEntity | null;
  programme: ProgrammeEntity | null;
  access: MaterialAccess;
}

const STAFF = ['admin', 'coordinator', 'instructor'] as const;

/**
 * Course content. Menu-item materials are the staff's library; they reach trainees once copied to a
 * programme or session (the copy shares the stored files: versions are immutable). Programme and session
 * materials are read by the programme's staff at any time and by its trainees once released, if meant
 * for them; anyone else gets 404. Writes: admins, the programme's coordinators and instructors (the menu
 * library: any coordinator or instructor). Managing deliveries: admins and the programme's coordinators.
 */
@Injectable()
export class MaterialsService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly programmes: ProgrammesService,
  ) {}

  /** The material with the caller's access, or 404 when they may not know it exists. */
  async context(
    em: EntityManager,
    principal: Principal,
    id: string,
    now = new Date(),
  ): Promise<MaterialContext> {
    const material = await em.findOne(MaterialEntity, { where: { id } });
    if (!material) throw notFound('Material');
    if (material.menuItemId) {
      if (!hasRole(principal, ...STAFF)) throw notFound('Material');
      return { material, session: null, programme: null, access: 'manage' };
    }
    const access = await this.programmes.accessOrHide(em, principal, material.programmeId!).catch(() => null);
    if (!access) throw notFound('Material');
    const [programme, session] = await Promise.all([
      em.findOneOrFail(ProgrammeEntity, { where: { id: material.programmeId! } }),
      material.sessionId ? em.findOne(SessionEntity, { where: { id: material.sessionId } }) : null,
    ]);
    if (access === 'attend') {
      const at = releaseInstant(material, session);
      if (material.audience !== 'trainees' || material.archivedAt || !at || at > now)
        throw notFound('Material');
      return { material, session, programme, access: 'read' };
    }
    return { material, session, programme, access: access === 'manage' ? 'manage' : 'write' };
  }

  async requireWrite(em: EntityManager, principal: Principal, id: string): Promise<MaterialContext> {
    const ctx = await this.context(em, principal, id);
    if (ctx.access === 'read') throw forbidden('Only the programme’s staff change its materials');
    return ctx;
  }

  /** Who may add to a scope: its programme's staff, or (the menu library) any admin, coordinator or instructor. */
  private async checkScope(em: EntityManager, principal: Principal, scope: MaterialScope): Promise<void> {
    if ('menuItemId' in scope) {
      if (!hasRole(principal, ...STAFF)) throw forbidden('Only staff keep the menu’s library');
      if (!(await em.exists(MenuItemEntity, { where: { id: scope.menuItemId } })))
        throw notFound('Menu item');
      return;
    }
    const access = await this.programmes.accessOrHide(em, principal, scope.programmeId);
    if (access === 'attend') throw forbidden('Only the programme’s staff add materials');
    if (scope.sessionId) {
      const session = await em.findOne(SessionEntity, { where: { id: scope.sessionId } });
      if (!session || session.programmeId !== scope.programmeId)
        throw materialInvalid([{ field: 'sessionId', reason: 'is not a session of this programme' }]);
    }
  }

  private checkRelease(release: ReleaseInput, sessionId: string | null | undefined, isLibrary: boolean) {
    const problems: FieldProblem[] = [];
    if (isLibrary && release.rule !== 'now')
      problems.push({
        field: 'release.rule',
        reason: 'must be now for the menu library (copies set their own)',
      });
    if (release.rule === 'at' && !release.at) problems.push({ field: 'release.at', reason: 'is required' });
    if (release.rule !== 'at' && release.at)
      problems.push({ field: 'release.at', reason: 'is only for the rule "at"' });
    const relative = release.rule === 'before_session' || release.rule === 'after_session';
    if (relative && !sessionId) problems.push({ field: 'release.rule', reason: 'needs a session material' });
    if (release.rule === 'before_session' && release.offsetDays == null)
      problems.push({ field: 'release.offsetDays', reason: 'is required (days before the session)' });
    if (!relative && release.offsetDays != null)
      problems.push({ field: 'release.offsetDays', reason: 'is only for rules relative to a session' });
    return problems;
  }

  async create(principal: Principal, scope: MaterialScope, input: MaterialInput, meta: RequestMeta) {
    return this.tx.run(async (em) => {
      await this.checkScope(em, principal, scope);
      const language = canonicalLocale(input.originalLanguage);
      const release = input.release ?? { rule: 'now' as const };
      const sessionId = 'menuItemId' in scope ? null : (scope.sessionId ?? null);
      const problems = [
        ...(language ? [] : [{ field: 'originalLanguage', reason: 'must be a BCP 47 language tag' }]),
        ...this.checkRelease(release, sessionId, 'menuItemId' in scope),
      ];
      if (problems.length > 0) throw materialInvalid(problems);
      const id = orderedUuid();
      await em.insert(MaterialEntity, {
        id,
        menuItemId: 'menuItemId' in scope ? scope.menuItemId : null,
        programmeId: 'programmeId' in scope ? scope.programmeId : null,
        sessionId,
        kind: input.kind,
        title: input.title,
        description: input.description ?? null,
        originalLanguage: language!,
        audience: 'menuItemId' in scope ? 'staff' : (input.audience ?? 'trainees'),
        releaseRule: release.rule,
        releaseAt: release.at ?? null,
        releaseOffsetDays: release.offsetDays ?? null,
        createdBy: principal.id,
      });
      await this.audit.record(
        em,
        {
          action: 'material.created',
          actorId: principal.id,
          targetType: 'material',
          targetId: id,
          details: { ...scope, kind: input.kind },
        },
        meta,
      );
      return this.view(em, principal, await this.context(em, principal, id));
    });
  }

  async update(principal: Principal, id: string, patch: MaterialPatch, meta: RequestMeta) {
    return this.tx.run(async (em) => {
      const ctx = await this.requireWrite(em, principal, id);
      const m = ctx.material;
      if (patch.release) {
        const problems = this.checkRelease(patch.release, m.sessionId, m.menuItemId !== null);
        if (problems.length > 0) throw materialInvalid(problems);
      }
      if (m.menuItemId && patch.audience === 'trainees')
        throw materialInvalid([
          { field: 'audience', reason: 'is staff for the menu library; copy it to a programme' },
        ]);
      const changes: Partial<MaterialEntity> = {
        ...(patch.title !== undefined ? { title: patch.title } : {}),
        ...(patch.description !== undefined ? { description: patch.description } : {}),
        ...(patch.audience !== undefined ? { audience: patch.audience } : {}),
        ...(patch.release
          ? {
              releaseRule: patch.release.rule,
              releaseAt: patch.release.at ?? null,
              releaseOffsetDays: patch.release.offsetDays ?? null,
            }
          : {}),
        ...(patch.archived !== undefined
          ? { archivedAt: patch.archived ? (m.archivedAt ?? new Date()) : null }
          : {}),
      };
      if (Object.keys(changes).length > 0) await em.update(MaterialEntity, { id }, changes);
      await this.audit.record(
        em,
        {
          action: patch.archived === true ? 'material.archived' : 'material.updated',
          actorId: principal.id,
          targetType: 'material',
          targetId: id,
          details: { fields: Object.keys(patch) },
        },
        meta,
      );
      return this.view(em, principal, await this.context(em, principal, id));
    });
  }

  /** Copies a library material (menu item) into a programme or session, versions and all. */
  async copy(
    principal: Principal,
    id: string,
    target: {
      programmeId: string;
      sessionId?: string | null;
      audience?: MaterialAudience;
      release?: ReleaseInput;
    },
    meta: RequestMeta,
  ) {
    return this.tx.run(async (em) => {
      const source = await this.context(em, principal, id);
      if (!source.material.menuItemId)
        throw materialInvalid([{ field: 'id', reason: 'is not a menu library material' }]);
      await this.checkScope(em, principal, target);
      const release = target.release ?? { rule: 'now' as const };
      const problems = this.checkRelease(release, target.sessionId, false);
      if (problems.length > 0) throw materialInvalid(problems);
      const copyId = orderedUuid();
      const s = source.material;
      await em.insert(MaterialEntity, {
        id: copyId,
        menuItemId: null,
        programmeId: target.programmeId,
        sessionId: target.sessionId ?? null,
        copiedFromId: s.id,
        kind: s.kind,
        title: s.title,
        description: s.description,
        originalLanguage: s.originalLanguage,
        audience: target.audience ?? 'trainees',
        releaseRule: release.rule,
        releaseAt: release.at ?? null,
        releaseOffsetDays: release.offsetDays ?? null,
        createdBy: principal.id,
      });
      await em.query(
        `INSERT INTO material_version (id, material_id, language, number, source_number, note, storage_key, file_name,
                content_type, size_bytes, sha256, url, body_html, created_by, created_at)
         SELECT UUID(), ?, language, number, source_number, note, storage_key, file_name, content_type, size_bytes,
                sha256, url, body_html, created_by, created_at
           FROM material_version WHERE material_id = ?`,
        [copyId, s.id],
      );
      await this.audit.record(
        em,
        {
          action: 'material.copied',
          actorId: principal.id,
          targetType: 'material',
          targetId: copyId,
          details: { from: s.id },
        },
        meta,
      );
      return this.view(em, principal, await this.context(em, principal, copyId));
    });
  }

  /**
   * Checks a new version's language and source before anything is stored (so a refused upload does not
   * read its body). Returns the canonical language.
   */
  async prepareVersion(
    em: EntityManager,
    principal: Principal,
    id: string,
    kind: MaterialKind,
    input: VersionInput,
  ): Promise<{ ctx: MaterialContext; language: string }> {
    const ctx = await this.requireWrite(em, principal, id);
    if (ctx.material.kind !== kind) throw wrongKind(ctx.material.kind, kind);
    const language = canonicalLocale(input.language);
    if (!language) throw materialInvalid([{ field: 'language', reason: 'must be a BCP 47 language tag' }]);
    const isOriginal = language === ctx.material.originalLanguage;
    if (isOriginal && input.sourceNumber != null)
      throw materialInvalid([{ field: 'sourceNumber', reason: 'is only for translations' }]);
    if (!isOriginal) {
      const latest = await this.latestNumber(em, id, ctx.material.originalLanguage);
      if (latest === 0)
        throw materialInvalid([
          {
            field: 'language',
            reason: `needs a version in the original language ${ctx.material.originalLanguage} first`,
          },
        ]);
      if (input.sourceNumber != null && (input.sourceNumber < 1 || input.sourceNumber > latest))
        throw materialInvalid([{ field: 'sourceNumber', reason: `must be between 1 and ${latest}` }]);
    }
    return { ctx, language };
  }

  private async latestNumber(em: EntityManager, materialId: string, language: string): Promise<number> {
    const [row] = (await em.query(
      `SELECT COALESCE(MAX(number), 0) AS n FROM material_version WHERE material_id = ? AND language = ?`,
      [materialId, language],
    )) as { n: number | string }[];
    return Number(row?.n ?? 0);
  }

  /**
   * Adds a version in the caller's transaction: the material row is locked so two uploads get numbers one
   * after the other. `content` is the kind's payload (already stored or checked).
   */
  async insertVersion(
    em: EntityManager,
    principal: Principal,
    ctx: MaterialContext,
    language: string,
    input: VersionInput,
    content: Partial<
      Pick<
        MaterialVersionEntity,
        'storageKey' | 'fileName' | 'contentType' | 'sizeBytes' | 'sha256' | 'url' | 'bodyHtml'
      >
    >,
    meta: RequestMeta,
  ): Promise<MaterialVersionView> {
    const m = ctx.material;
    await em.query(`SELECT id FROM material WHERE id = ? FOR UPDATE`, [m.id]);
    const number = (await this.latestNumber(em, m.id, language)) + 1;
    const sourceNumber =
      language === m.originalLanguage
        ? null
        : (input.sourceNumber ?? (await this.latestNumber(em, m.id, m.originalLanguage)));
    const id = orderedUuid();
    await em.insert(MaterialVersionEntity, {
      id,
      materialId: m.id,
      language,
      number,
      sourceNumber,
      note: input.note ?? null,
      createdBy: principal.id,
      ...content,
    });
    await this.audit.record(
      em,
      {
        action: 'material.version_added',
        actorId: principal.id,
        targetType: 'material',
        targetId: m.id,
        details: { language, number, ...(content.sha256 ? { sha256: content.sha256 } : {}) },
      },
      meta,
    );
    const version = await em.findOneOrFail(MaterialVersionEntity, { where: { id } });
    return versionView(version, await this.latestNumber(em, m.id, m.originalLanguage));
  }

  /** A link or rich-text version (files go through MaterialFilesService). */
  async addVersion(
    principal: Principal,
    id: string,
    input: VersionInput & { url?: string; html?: string },
    meta: RequestMeta,
  ): Promise<MaterialVersionView> {
    return this.tx.run(async (em) => {
      const material = await em.findOne(MaterialEntity, { where: { id } });
      const kind = material?.kind === 'text' ? 'text' : 'link';
      const { ctx, language } = await this.prepareVersion(em, principal, id, kind, input);
      if (kind === 'link') {
        if (!input.url || input.html !== undefined)
          throw materialInvalid([{ field: 'url', reason: 'is required for a link (and html is not)' }]);
        const problem = checkLinkUrl(input.url);
        if (problem) throw materialInvalid([{ field: 'url', reason: problem }]);
        return this.insertVersion(em, principal, ctx, language, input, { url: input.url }, meta);
      }
      if (input.html === undefined || input.url !== undefined)
        throw materialInvalid([{ field: 'html', reason: 'is required for a text (and url is not)' }]);
      const { html } = checkRichText(input.html); // refuses active content (422) rather than strip it
      return this.insertVersion(em, principal, ctx, language, input, { bodyHtml: html }, meta);
    });
  }

  async get(principal: Principal, id: string): Promise<MaterialView> {
    const em = this.tx.manager;
    return this.view(em, principal, await this.context(em, principal, id));
  }

  /**
   * The materials of a menu item, a programme (its own and its sessions'), or one session, as the caller
   * may see them: staff everything (archived only when asked), trainees what is released to them.
   */
  async list(principal: Principal, scope: MaterialScope, includeArchived = false): Promise<MaterialView[]> {
    const em = this.tx.manager;
    let trainee = false;
    if ('menuItemId' in scope) {
      const known =
        hasRole(principal, ...STAFF) &&
        (await em.exists(MenuItemEntity, { where: { id: scope.menuItemId } }));
      if (!known) throw notFound('Menu item');
    } else {
      trainee = (await this.programmes.accessOrHide(em, principal, scope.programmeId)) === 'attend';
    }
    const where =
      'menuItemId' in scope
        ? { sql: 'm.menu_item_id = ?', params: [scope.menuItemId] }
        : scope.sessionId
          ? { sql: 'm.programme_id = ? AND m.session_id = ?', params: [scope.programmeId, scope.sessionId] }
          : { sql: 'm.programme_id = ?', params: [scope.programmeId] };
    const rows = (await em.query(
      `SELECT m.id FROM material m LEFT JOIN session s ON s.id = m.session_id
        WHERE ${where.sql}
          ${trainee ? `AND m.audience = 'trainees' AND m.archived_at IS NULL AND ${RELEASE_SQL} <= ?` : includeArchived ? '' : 'AND m.archived_at IS NULL'}
        ORDER BY COALESCE(s.starts_at, s.all_day_from), m.created_at`,
      trainee ? [...where.params, new Date()] : where.params,
    )) as { id: string }[];
    return this.views(
      em,
      principal,
      rows.map((r) => r.id),
      trainee,
    );
  }

  async view(em: EntityManager, principal: Principal, ctx: MaterialContext): Promise<MaterialView> {
    const sessions = ctx.session ? [ctx.session] : [];
    const [view] = await this.viewsOf(
      em,
      principal,
      ctx.access === 'read',
      [ctx.material],
      sessions,
      ctx.programme,
    );
    return view!;
  }

  private async views(em: EntityManager, principal: Principal, ids: string[], trainee: boolean) {
    if (ids.length === 0) return [];
    const materials = await em.find(MaterialEntity, { where: { id: In(ids) } });
    const byId = new Map(materials.map((m) => [m.id, m]));
    const sessionIds = [...new Set(materials.map((m) => m.sessionId).filter((s): s is string => !!s))];
    const sessions = sessionIds.length ? await em.find(SessionEntity, { where: { id: In(sessionIds) } }) : [];
    const programme = materials[0]?.programmeId
      ? await em.findOne(ProgrammeEntity, { where: { id: materials[0].programmeId } })
      : null;
    return this.viewsOf(
      em,
      principal,
      trainee,
      ids.map((id) => byId.get(id)!),
      sessions,
      programme,
    );
  }

  private async viewsOf(
    em: EntityManager,
    reader: Principal,
    trainee: boolean,
    materials: MaterialEntity[],
    sessions: SessionEntity[],
    programme: ProgrammeEntity | null,
  ): Promise<MaterialView[]> {
    const versions = await em.find(MaterialVersionEntity, {
      where: { materialId: In(materials.map((m) => m.id)) },
      order: { number: 'DESC' },
    });
    const sessionById = new Map(sessions.map((s) => [s.id, s]));
    const chain = languageChain(reader.locale, reader.languageFallbacks, programme?.languageFallbacks);
    const now = new Date();
    return materials.map((m) => {
      const own = versions.filter((v) => v.materialId === m.id);
      const latestOriginal = own.find((v) => v.language === m.originalLanguage)?.number ?? 0;
      const languages = [...new Set(own.map((v) => v.language))];
      const language = pickLanguage(languages, chain, m.originalLanguage);
      const current = own.find((v) => v.language === language) ?? null;
      const releasesAt = releaseInstant(m, m.sessionId ? (sessionById.get(m.sessionId) ?? null) : null);
      return {
        id: m.id,
        menuItemId: m.menuItemId,
        programmeId: m.programmeId,
        sessionId: m.sessionId,
        copiedFromId: m.copiedFromId,
        kind: m.kind,
        title: m.title,
        description: m.description,
        originalLanguage: m.originalLanguage,
        audience: m.audience,
        release: {
          rule: m.releaseRule,
          at: m.releaseAt?.toISOString() ?? null,
          offsetDays: m.releaseOffsetDays,
          releasesAt: releasesAt?.toISOString() ?? null,
          released: !!releasesAt && releasesAt <= now,
        },
        archived: m.archivedAt !== null,
        languages,
        current: current ? versionView(current, latestOriginal) : null,
        ...(trainee ? {} : { versions: own.map((v) => versionView(v, latestOriginal)) }),
        createdAt: m.createdAt.toISOString(),
      };
    });
  }
}

export function versionView(v: MaterialVersionEntity, latestOriginal: number): MaterialVersionView {
  return {
    id: v.id,
    language: v.language,
    number: v.number,
    fileName: v.fileName,
    contentType: v.contentType,
    sizeBytes: v.sizeBytes === null ? null : Number(v.sizeBytes),
    sha256: v.sha256,
    url: v.url,
    html: v.bodyHtml,
    note: v.note,
    sourceNumber: v.sourceNumber,
    outdated: v.sourceNumber !== null && v.sourceNumber < latestOriginal,
    createdAt: v.createdAt.toISOString(),
  };
}
