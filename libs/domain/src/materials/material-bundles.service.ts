import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import { EntityManager, In } from 'typeorm';
import { ZipFile } from 'yazl';
import { TransactionService } from '@kenshu/database';
import { OutboxService } from '@kenshu/queue';
import { Storage } from '@kenshu/storage';
import { notFound } from '../common/domain-error.js';
import { chooseMailLanguage, formatSize, type MailLanguage } from '../common/mail/mail-language.js';
import { escapeHtml } from '../common/mail/mail-layout.js';
import { orderedUuid } from '../common/ordered-uuid.js';
import type { Principal } from '../common/principal.js';
import { ProgrammeEntity, ProgrammePhaseEntity } from '../programmes/programme.entity.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import { fileResponse, type FileResponse, type RangeRequest } from './material-files.service.js';
import { languageChain, pickLanguage } from './material-language.js';
import { RELEASE_SQL } from './material-release.js';
import {
  MaterialBundleEntity,
  MaterialVersionEntity,
  type BundleStatus,
  type MaterialKind,
} from './material.entity.js';
import { bundleNotReady } from './materials.errors.js';

/** The scope of a programme's own materials and of its sessions without a phase. */
export const PROGRAMME_SCOPE = 'programme';

/** Programmes planned per poll; the next poll goes on from the last one (see `planDue`). */
const PROGRAMMES_PER_POLL = 20;

/** A bundle that failed for good is tried again after this long, even if nothing changed. */
const FAILED_RETRY_MS = 3600 * 1000;

/**
 * The manifest of a bundle being taken away (its scope has no files left, or no trainee reads its language
 * any more): the hash of nothing, which no real bundle has. Its job deletes the row and the file.
 */
const REMOVED = createHash('sha256').update('').digest('hex');

/** Part of every manifest: raise it when the ZIP's layout changes, and every bundle is rebuilt. */
const LAYOUT_VERSION = 1;

export interface BundleView {
  /** A phase id, or `programme`. */
  phaseKey: string;
  phaseName: string | null;
  language: string;
  status: BundleStatus;
  /** Materials listed in the bundle's page (files, links and texts). */
  materials: number;
  /** Of the file served now (null until first built); shown before the download. */
  sizeBytes: number | null;
  builtAt: string | null;
  downloadPath: string;
}

/** The latest version of one language of a material. */
interface LatestVersion {
  id: string;
  language: string;
  storageKey: string | null;
  fileName: string | null;
  contentType: string | null;
  sizeBytes: number | null;
  sha256: string | null;
  url: string | null;
  createdAt: Date;
}

interface ScopeMaterial {
  id: string;
  kind: MaterialKind;
  title: string;
  description: string | null;
  originalLanguage: string;
  /** By language. */
  latest: Map<string, LatestVersion>;
}

/** The released trainee materials of one phase (or of the programme scope), in timetable order. */
interface Scope {
  phaseKey: string;
  materials: ScopeMaterial[];
  /** Every language any of its materials has. */
  languages: string[];
  /** The original language most of its materials were written in: what a chain that matches nothing gets. */
  original: string;
}

interface BundleEntry {
  material: ScopeMaterial;
  version: LatestVersion;
}

/** What one bundle should hold now. */
interface BundlePlan {
  phaseKey: string;
  phaseName: string | null;
  language: string;
  entries: BundleEntry[];
  manifestSha256: string;
}

interface ProgrammeInputs {
  programme: ProgrammeEntity;
  phases: Map<string, ProgrammePhaseEntity>;
  scopes: Scope[];
}

const key = (phaseKey: string, language: string) => `${phaseKey}\u0000${language.toLowerCase()}`;

/**
 * Low-bandwidth bundles: one ZIP per programme phase (the `programme` scope: its own materials and
 * sessions without a phase) and language, holding the released, current trainee files with a small
 * `index.html` that also lists the links and texts, to fetch once on a good connection and read offline.
 *
 * Languages: a scope is built in each language its enrolled (invited, active) trainees resolve to — their
 * chain (locale, own fallbacks, the programme's) matched against the languages the scope's materials have,
 * else the scope's usual original — and each material in a bundle is read in the bundle's language by the
 * chain [bundle language, programme fallbacks], else its own original. A scope without a file has none.
 *
 * A poll compares each bundle's manifest (the versions it should hold, their titles and descriptions) with
 * the one it was last queued for and queues a build when it differs; the build writes the file aside and
 * swaps it in a short transaction, so the previous file is served until the new one is ready.
 */
@Injectable()
export class MaterialBundlesService {
  /** Where the last poll stopped: polls go round the programmes a batch at a time (per worker process). */
  private cursor = '';

  constructor(
    private readonly tx: TransactionService,
    private readonly outbox: OutboxService,
    private readonly storage: Storage,
    private readonly programmes: ProgrammesService,
  ) {}

  /**
   * One poll, in the caller's transaction: for the next published or running programmes that have trainee
   * files (or bundles), queues a `build-material-bundle` job for each bundle whose manifest changed, that
   * is new, that failed over an hour ago, or that is no longer wanted. The row updates compare and set the
   * manifest, so two workers polling at once queue each change once. Returns the jobs queued.
   */
  async planDue(em: EntityManager, now = new Date()): Promise<number> {
    const ids = (
      (await em.query(
        `SELECT p.id FROM programme p
          WHERE p.status IN ('published', 'running') AND p.id > ?
            AND (EXISTS (SELECT 1 FROM material m WHERE m.programme_id = p.id AND m.kind = 'file'
                           AND m.audience = 'trainees' AND m.archived_at IS NULL)
                 OR EXISTS (SELECT 1 FROM material_bundle b WHERE b.programme_id = p.id))
          ORDER BY p.id LIMIT ?`,
        [this.cursor, PROGRAMMES_PER_POLL],
      )) as { id: string }[]
    ).map((r) => r.id);
    this.cursor = ids.length < PROGRAMMES_PER_POLL ? '' : ids[ids.length - 1]!;
    if (ids.length === 0) return 0;

    const [plans, rows] = await Promise.all([
      this.plans(em, ids, now),
      em.find(MaterialBundleEntity, { where: { programmeId: In(ids) } }),
    ]);
    const queued: string[] = [];
    const swap = async (row: MaterialBundleEntity, manifest: string) => {
      const result = (await em.query(
        `UPDATE material_bundle SET manifest_sha256 = ?, status = 'queued' WHERE id = ? AND manifest_sha256 = ? AND status = ?`,
        [manifest, row.id, row.manifestSha256, row.status],
      )) as { affectedRows: number };
      if (result.affectedRows === 1) queued.push(row.id);
    };
    for (const id of ids) {
      const wanted = plans.get(id)!;
      const existing = new Map(
        rows.filter((r) => r.programmeId === id).map((r) => [key(r.phaseKey, r.language), r]),
      );
      for (const [k, plan] of wanted) {
        const row = existing.get(k);
        if (!row) {
          const bundleId = orderedUuid();
          const result = (await em.query(
            `INSERT IGNORE INTO material_bundle (id, programme_id, phase_key, language, status, manifest_sha256)
             VALUES (?, ?, ?, ?, 'queued', ?)`,
            [bundleId, id, plan.phaseKey, plan.language, plan.manifestSha256],
          )) as { affectedRows: number };
          if (result.affectedRows === 1) queued.push(bundleId);
        } else if (
          row.manifestSha256 !== plan.manifestSha256 ||
          (row.status === 'failed' && row.updatedAt.getTime() <= now.getTime() - FAILED_RETRY_MS)
        ) {
          await swap(row, plan.manifestSha256);
        }
      }
      for (const [k, row] of existing)
        if (!wanted.has(k) && row.manifestSha256 !== REMOVED) await swap(row, REMOVED);
    }
    await this.outbox.addMany(
      em,
      'build-material-bundle',
      queued.map((bundleId) => ({ bundleId })),
    );
    return queued.length;
  }

  /**
   * The `build-material-bundle` job, outside any transaction: writes the ZIP of what the bundle should hold
   * now (streamed from storage into storage), then swaps it in. Nothing to do when the bundle is ready with
   * that manifest; a bundle no longer wanted is deleted. A build that raced a newer one throws its file away.
   */
  async build(bundleId: string, attempt: { isFinal: boolean } = { isFinal: true }): Promise<void> {
    try {
      await this.buildOnce(bundleId);
    } catch (error) {
      // Recorded outside the build's own transaction; when the database itself is down, the job's error is
      // the one that counts.
      await this.tx.manager
        .update(
          MaterialBundleEntity,
          { id: bundleId },
          {
            lastError: String((error as Error).message ?? error).slice(0, 1000),
            ...(attempt.isFinal ? { status: 'failed' as const } : {}),
          },
        )
        .catch(() => undefined);
      throw error;
    }
  }

  private async buildOnce(bundleId: string): Promise<void> {
    const em = this.tx.manager;
    const row = await em.findOne(MaterialBundleEntity, { where: { id: bundleId } });
    if (!row) return;
    const plannedAt = new Date();
    const plan = (await this.plans(em, [row.programmeId], plannedAt))
      .get(row.programmeId)!
      .get(key(row.phaseKey, row.language));
    if (!plan) {
      const removed = await this.tx.run(async (tx) => {
        const result = (await tx.query(`DELETE FROM material_bundle WHERE id = ? AND manifest_sha256 = ?`, [
          row.id,
          row.manifestSha256,
        ])) as { affectedRows: number };
        return result.affectedRows === 1;
      });
      if (removed && row.storageKey) await this.forget(row.storageKey);
      return;
    }
    if (row.status === 'ready' && row.manifestSha256 === plan.manifestSha256) return;

    const programme = await em.findOneOrFail(ProgrammeEntity, { where: { id: row.programmeId } });
    const stored = await this.storage.put(await this.zip(em, programme, plan));
    let outcome: { swapped: false } | { swapped: true; previous: string | null };
    try {
      outcome = await this.tx.run(async (tx) => {
        const current = await tx.findOne(MaterialBundleEntity, {
          where: { id: row.id },
          lock: { mode: 'pessimistic_write' },
        });
        // Gone, or a build planned later than this one is already in.
        if (!current || (current.builtAt && current.builtAt >= plannedAt)) return { swapped: false };
        // Planned again meanwhile for something other than what was built: that job follows, and the row
        // stays queued for it; this file is still newer than the one it replaces.
        const settled = [row.manifestSha256, plan.manifestSha256].includes(current.manifestSha256);
        await tx.update(
          MaterialBundleEntity,
          { id: row.id },
          {
            storageKey: stored.key,
            sizeBytes: String(stored.size),
            sha256: stored.sha256,
            materials: plan.entries.length,
            builtAt: plannedAt,
            lastError: null,
            ...(settled ? { status: 'ready' as const, manifestSha256: plan.manifestSha256 } : {}),
          },
        );
        return { swapped: true, previous: current.storageKey };
      });
    } catch (error) {
      await this.forget(stored.key);
      throw error;
    }
    if (!outcome.swapped) await this.forget(stored.key);
    else if (outcome.previous && outcome.previous !== stored.key) await this.forget(outcome.previous);
  }

  /** Deletes a file nobody refers to any more; one left behind by a failed delete only takes space. */
  private async forget(storageKey: string): Promise<void> {
    await this.storage.delete(storageKey).catch(() => undefined);
  }

  /**
   * The ZIP as a stream: `index.html` first, then each file as `NN-<file name>`, read from storage one at a
   * time. Entries carry the versions' own times, so the same manifest gives the same bytes (and ETag).
   */
  private async zip(em: EntityManager, programme: ProgrammeEntity, plan: BundlePlan): Promise<Readable> {
    const texts = plan.entries.filter((e) => e.material.kind === 'text').map((e) => e.version.id);
    const bodies = new Map(
      texts.length === 0
        ? []
        : (
            await em.find(MaterialVersionEntity, {
              select: { id: true, bodyHtml: true },
              where: { id: In(texts) },
            })
          ).map((v) => [v.id, v.bodyHtml ?? '']),
    );
    const files = plan.entries.filter((e) => e.material.kind === 'file');
    const width = Math.max(2, String(files.length).length);
    const names = files.map(
      (e, i) => `${String(i + 1).padStart(width, '0')}-${safeName(e.version.fileName ?? 'material')}`,
    );
    const zip = new ZipFile();
    // Every bundle has a file, so this is a real time.
    const newest = plan.entries.reduce(
      (t, e) => (e.version.createdAt > t ? e.version.createdAt : t),
      new Date(0),
    );
    zip.addBuffer(Buffer.from(indexHtml(programme, plan, names, bodies), 'utf8'), 'index.html', {
      mtime: newest,
    });
    files.forEach((e, i) => {
      const v = e.version;
      zip.addReadStreamLazy(
        names[i]!,
        { size: v.sizeBytes ?? undefined, mtime: v.createdAt, compress: worthCompressing(v.contentType) },
        (done) => {
          this.storage.get(v.storageKey!).then(
            (stream) => done(null, stream),
            (error: unknown) => done(error, Readable.from([])),
          );
        },
      );
    });
    zip.end();
    // yazl reports a failed entry on the ZipFile, not on its output: the output fails with it, so that
    // storage.put stops and throws the partial file away.
    const out = new PassThrough();
    zip.outputStream.pipe(out);
    const fail = (error: Error) => out.destroy(error);
    zip.on('error', fail);
    zip.outputStream.on('error', fail);
    return out;
  }

  /** The bundles of a programme the caller may fetch: a trainee, their language of each scope; staff, all. */
  async list(principal: Principal, programmeId: string): Promise<BundleView[]> {
    const em = this.tx.manager;
    const access = await this.programmes.accessOrHide(em, principal, programmeId);
    const rows = (
      await em.find(MaterialBundleEntity, {
        where: { programmeId },
        order: { phaseKey: 'ASC', language: 'ASC' },
      })
    ).filter((r) => r.manifestSha256 !== REMOVED);
    const inputs = (await this.inputs(em, [programmeId], new Date(), access === 'attend')).get(programmeId)!;
    const { programme, phases } = inputs;
    const mine = access === 'attend' ? this.traineeLanguages(principal, inputs) : null;
    const position = (phaseKey: string) => phases.get(phaseKey)?.position ?? -1;
    return rows
      .filter((r) => !mine || mine.get(r.phaseKey)?.toLowerCase() === r.language.toLowerCase())
      .sort((a, b) => position(a.phaseKey) - position(b.phaseKey))
      .map((r) => ({
        phaseKey: r.phaseKey,
        phaseName: phases.get(r.phaseKey)?.name ?? null,
        language: r.language,
        status: r.status,
        materials: r.materials,
        sizeBytes: r.sizeBytes === null ? null : Number(r.sizeBytes),
        builtAt: r.builtAt?.toISOString() ?? null,
        downloadPath: `/api/v1/programmes/${programme.id}/material-bundles/${encodeURIComponent(r.phaseKey)}/${encodeURIComponent(r.language)}`,
      }));
  }

  /**
   * A bundle's file with Range and ETag. A trainee gets only their own language's bundle of a scope (404 for
   * the others); a bundle never built is 409 `bundleNotReady`; while a rebuild waits, the last file is served.
   */
  async open(
    principal: Principal,
    programmeId: string,
    phaseKey: string,
    language: string,
    req: RangeRequest,
  ): Promise<FileResponse> {
    const em = this.tx.manager;
    const access = await this.programmes.accessOrHide(em, principal, programmeId);
    const row = await em.findOne(MaterialBundleEntity, { where: { programmeId, phaseKey, language } });
    if (!row || row.manifestSha256 === REMOVED) throw notFound('Material bundle');
    const inputs = (await this.inputs(em, [programmeId], new Date(), access === 'attend')).get(programmeId)!;
    if (access === 'attend') {
      const theirs = this.traineeLanguages(principal, inputs).get(row.phaseKey);
      if (theirs?.toLowerCase() !== row.language.toLowerCase()) throw notFound('Material bundle');
    }
    if (!row.storageKey || !row.sha256 || row.sizeBytes === null) throw bundleNotReady();
    const phase = inputs.phases.get(row.phaseKey)?.name ?? PROGRAMME_SCOPE;
    return fileResponse(
      this.storage,
      {
        key: row.storageKey,
        size: Number(row.sizeBytes),
        sha256: row.sha256,
        contentType: 'application/zip',
        fileName: `${safeName(`${inputs.programme.code}-${phase}-${row.language}`).replace(/\s+/g, '-')}.zip`,
      },
      req,
      false,
    );
  }

  /** The language a reader gets of each scope that has files. */
  private traineeLanguages(principal: Principal, inputs: ProgrammeInputs): Map<string, string> {
    const chain = languageChain(
      principal.locale,
      principal.languageFallbacks,
      inputs.programme.languageFallbacks,
    );
    return new Map(
      inputs.scopes.filter(hasFiles).map((s) => [s.phaseKey, pickLanguage(s.languages, chain, s.original)]),
    );
  }

  /** What each bundle of these programmes should hold now, by scope and language. */
  private async plans(
    em: EntityManager,
    programmeIds: string[],
    now: Date,
  ): Promise<Map<string, Map<string, BundlePlan>>> {
    const [inputs, readers] = await Promise.all([
      this.inputs(em, programmeIds, now),
      em.query(
        `SELECT DISTINCT e.programme_id, u.locale, u.language_fallbacks
           FROM enrolment e JOIN user u ON u.id = e.user_id
          WHERE e.programme_id IN (?) AND e.status IN ('invited', 'active') AND u.status IN ('invited', 'active')`,
        [programmeIds],
      ) as Promise<{ programme_id: string; locale: string; language_fallbacks: string | null }[]>,
    ]);
    const plans = new Map<string, Map<string, BundlePlan>>();
    for (const [id, { programme, phases, scopes }] of inputs) {
      const fallbacks = programme.languageFallbacks ?? null;
      const chains = readers
        .filter((r) => r.programme_id === id)
        .map((r) => languageChain(r.locale, r.language_fallbacks, fallbacks));
      const wanted = new Map<string, BundlePlan>();
      for (const scope of scopes.filter(hasFiles)) {
        const phaseName = phases.get(scope.phaseKey)?.name ?? null;
        for (const language of new Set(chains.map((c) => pickLanguage(scope.languages, c, scope.original)))) {
          const entries = scope.materials.map((m) => ({
            material: m,
            version: m.latest.get(
              pickLanguage([...m.latest.keys()], languageChain(language, fallbacks), m.originalLanguage),
            )!,
          }));
          wanted.set(key(scope.phaseKey, language), {
            phaseKey: scope.phaseKey,
            phaseName,
            language,
            entries,
            manifestSha256: manifestHash(programme, phaseName, entries),
          });
        }
      }
      plans.set(id, wanted);
    }
    return plans;
  }

  /**
   * The programmes, their phases, and (unless `withScopes` is false: staff only need the names) their
   * released trainee materials by scope, with the latest version of each language.
   */
  private async inputs(
    em: EntityManager,
    programmeIds: string[],
    now: Date,
    withScopes = true,
  ): Promise<Map<string, ProgrammeInputs>> {
    const [programmes, phases, materials] = await Promise.all([
      em.find(ProgrammeEntity, { where: { id: In(programmeIds) } }),
      em.find(ProgrammePhaseEntity, { where: { programmeId: In(programmeIds) } }),
      !withScopes
        ? Promise.resolve([])
        : (em.query(
            `SELECT m.id, m.programme_id, m.kind, m.title, m.description, m.original_language, s.phase_id
           FROM material m LEFT JOIN session s ON s.id = m.session_id
          WHERE m.programme_id IN (?) AND m.audience = 'trainees' AND m.archived_at IS NULL AND ${RELEASE_SQL} <= ?
          ORDER BY COALESCE(s.starts_at, s.all_day_from), m.created_at, m.id`,
            [programmeIds, now],
          ) as Promise<MaterialRow[]>),
    ]);
    const versions =
      materials.length === 0
        ? []
        : ((await em.query(
            `SELECT v.id, v.material_id, v.language, v.storage_key, v.file_name, v.content_type, v.size_bytes,
                    v.sha256, v.url, v.created_at
               FROM material_version v
               JOIN (SELECT material_id, language, MAX(number) AS n FROM material_version
                      WHERE material_id IN (?) GROUP BY material_id, language) x
                 ON x.material_id = v.material_id AND x.language = v.language AND x.n = v.number`,
            [materials.map((m) => m.id)],
          )) as VersionRow[]);
    const latest = new Map<string, Map<string, LatestVersion>>();
    for (const v of versions) {
      const own = latest.get(v.material_id) ?? new Map<string, LatestVersion>();
      own.set(v.language, {
        id: v.id,
        language: v.language,
        storageKey: v.storage_key,
        fileName: v.file_name,
        contentType: v.content_type,
        sizeBytes: v.size_bytes === null ? null : Number(v.size_bytes),
        sha256: v.sha256,
        url: v.url,
        createdAt: v.created_at,
      });
      latest.set(v.material_id, own);
    }
    const result = new Map<string, ProgrammeInputs>();
    for (const programme of programmes) {
      const byScope = new Map<string, ScopeMaterial[]>();
      for (const m of materials) {
        const own = latest.get(m.id);
        if (m.programme_id !== programme.id || !own) continue;
        const phaseKey = m.phase_id ?? PROGRAMME_SCOPE;
        byScope.set(phaseKey, [
          ...(byScope.get(phaseKey) ?? []),
          {
            id: m.id,
            kind: m.kind,
            title: m.title,
            description: m.description,
            originalLanguage: m.original_language,
            latest: own,
          },
        ]);
      }
      result.set(programme.id, {
        programme,
        phases: new Map(phases.filter((p) => p.programmeId === programme.id).map((p) => [p.id, p])),
        scopes: [...byScope].map(([phaseKey, list]) => ({
          phaseKey,
          materials: list,
          languages: [...new Set(list.flatMap((m) => [...m.latest.keys()]))],
          original: mostCommon(list.map((m) => m.originalLanguage)),
        })),
      });
    }
    return result;
  }
}

interface MaterialRow {
  id: string;
  programme_id: string;
  kind: MaterialKind;
  title: string;
  description: string | null;
  original_language: string;
  phase_id: string | null;
}

interface VersionRow {
  id: string;
  material_id: string;
  language: string;
  storage_key: string | null;
  file_name: string | null;
  content_type: string | null;
  size_bytes: string | null;
  sha256: string | null;
  url: string | null;
  created_at: Date;
}

const hasFiles = (s: Scope) => s.materials.some((m) => m.kind === 'file');

/** The most frequent value, the earliest of those tied. */
function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

/** Everything the ZIP shows: the versions in order, with the titles and descriptions on its page. */
function manifestHash(programme: ProgrammeEntity, phaseName: string | null, entries: BundleEntry[]): string {
  const manifest = {
    layout: LAYOUT_VERSION,
    programme: [programme.code, programme.title],
    phaseName,
    entries: entries.map((e) => [e.version.id, e.material.title, e.material.description]),
  };
  return createHash('sha256').update(JSON.stringify(manifest)).digest('hex');
}

/** A file name that stays one entry at the top of the ZIP, whatever an old row holds. */
const safeName = (name: string) =>
  name.replace(/[/\\\p{Cc}\u202A-\u202E\u2066-\u2069]/gu, '_').replace(/^\.+/, '_');

/** PDFs and WAV audio shrink when deflated; images, compressed audio and video, and office files do not. */
const worthCompressing = (contentType: string | null) =>
  contentType === 'application/pdf' || contentType === 'audio/wav';

const LABELS: Record<
  MailLanguage,
  { scope: string; intro: string; files: string; others: string; size: string }
> = {
  en: {
    scope: 'Programme materials',
    intro: 'Materials to read offline. Select a title to open its file, which is in this folder.',
    files: 'Files',
    others: 'Links and texts',
    size: 'Size',
  },
  ja: {
    scope: '研修全体の資料',
    intro: 'オフラインで読むための資料です。タイトルを選ぶと、このフォルダー内のファイルが開きます。',
    files: 'ファイル',
    others: 'リンクとテキスト',
    size: 'サイズ',
  },
};

/**
 * The bundle's page, without scripts, styles from elsewhere or images: headings and lists that a screen
 * reader can walk, in the bundle's language (`lang`). Its own words are English or Japanese, marked as such
 * when the bundle is in another language; the texts' HTML was sanitised when it was stored.
 */
function indexHtml(
  programme: ProgrammeEntity,
  plan: BundlePlan,
  fileNames: string[],
  bodies: Map<string, string>,
): string {
  const ui = chooseMailLanguage(plan.language);
  const t = LABELS[ui];
  const uiLang = ui === plan.language.toLowerCase().split('-')[0] ? '' : ` lang="${ui}"`;
  const heading = plan.phaseName ?? t.scope;
  const files = plan.entries.filter((e) => e.material.kind === 'file');
  const others = plan.entries.filter((e) => e.material.kind !== 'file');
  const description = (e: BundleEntry) =>
    e.material.description ? `<p class="description">${escapeHtml(e.material.description)}</p>` : '';
  const fileItems = files.map((e, i) => {
    const href = `./${encodeURIComponent(fileNames[i]!)}`;
    const size =
      e.version.sizeBytes === null
        ? ''
        : ` · <span${uiLang}>${t.size}: ${formatSize(e.version.sizeBytes, ui)}</span>`;
    return `<li><h3><a href="${escapeHtml(href)}">${escapeHtml(e.material.title)}</a></h3>${description(e)}<p class="file">${escapeHtml(fileNames[i]!)}${size}</p></li>`;
  });
  const otherItems = others.map((e) => {
    const body =
      e.material.kind === 'link' && e.version.url
        ? `<p><a href="${escapeHtml(e.version.url)}" rel="noreferrer">${escapeHtml(e.version.url)}</a></p>`
        : `<div class="text">${bodies.get(e.version.id) ?? ''}</div>`;
    return `<li><h3>${escapeHtml(e.material.title)}</h3>${description(e)}${body}</li>`;
  });
  return `<!doctype html>
<html lang="${escapeHtml(plan.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(programme.title)} – ${escapeHtml(heading)}</title>
<style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:40rem;margin:0 auto;padding:1rem;color:#1f2937}ul{list-style:none;padding:0}li{border-top:1px solid #d1d5db;padding:.5rem 0}h3{font-size:1.1rem;margin:.25rem 0}.description{white-space:pre-line}.file{color:#4b5563;font-size:.9rem}a{color:#1d4ed8}</style>
</head>
<body>
<main>
<h1>${escapeHtml(programme.title)}</h1>
<p><strong${plan.phaseName ? '' : uiLang}>${escapeHtml(heading)}</strong></p>
<p${uiLang}>${t.intro}</p>
<h2${uiLang}>${t.files}</h2>
<ul>
${fileItems.join('\n')}
</ul>
${otherItems.length === 0 ? '' : `<h2${uiLang}>${t.others}</h2>\n<ul>\n${otherItems.join('\n')}\n</ul>\n`}</main>
</body>
</html>
`;
}
