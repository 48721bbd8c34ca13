import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { EntityManager } from 'typeorm';
import { AppConfig } from '@kenshu/config';
import { TransactionService } from '@kenshu/database';
import { Storage, StorageLimitError, type StoredObject } from '@kenshu/storage';
import { notFound } from '../common/domain-error.js';
import type { Principal } from '../common/principal.js';
import type { RequestMeta } from '../common/request-meta.js';
import { UsersService } from '../users/users.service.js';
import {
  checkFileName,
  contentDisposition,
  downloadName,
  sniffFileType,
  SNIFF_BYTES,
} from './material-file.js';
import { languageChain, pickLanguage } from './material-language.js';
import { MaterialLinkSigner } from './material-links.js';
import { MaterialVersionEntity } from './material.entity.js';
import { fileTooLarge, linkInvalid, rangeNotSatisfiable, wrongKind } from './materials.errors.js';
import {
  MaterialsService,
  type MaterialContext,
  type MaterialVersionView,
  type VersionInput,
} from './materials.service.js';
import { inspectZip } from './zip-inspection.js';

/** Zip-based office formats, checked against decompression bombs once stored. */
const ZIP_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
]);

/** A file ready to stream: status 200, 206 (a range) or 304 (the client has it), headers, and the body. */
export interface FileResponse {
  status: 200 | 206 | 304;
  headers: Record<string, string>;
  body: Readable | null;
}

export interface RangeRequest {
  range?: string;
  ifRange?: string;
  ifNoneMatch?: string;
}

/**
 * The first `n` bytes of a stream (fewer if it is shorter), and a stream of the whole content again. The
 * source is never destroyed from here: an upload refused half-way is answered, then its connection closed.
 */
export async function peek(source: Readable, n: number): Promise<{ head: Buffer; body: Readable }> {
  const chunks = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const read: Buffer[] = [];
  let length = 0;
  let ended = false;
  while (length < n) {
    const next = await chunks.next();
    if (next.done) {
      ended = true;
      break;
    }
    read.push(next.value);
    length += next.value.length;
  }
  const head = Buffer.concat(read);
  async function* whole(): AsyncGenerator<Buffer> {
    if (head.length > 0) yield head;
    while (!ended) {
      const next = await chunks.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { head, body: Readable.from(whole(), { objectMode: false }) };
}

/**
 * A single byte range of a `size`-byte file from a Range header: `bytes=a-b`, `bytes=a-`, `bytes=-n`. Null
 * means "send it whole": no header, another unit, or several ranges (allowed by RFC 9110). Throws 416
 * when the range starts past the end.
 */
export function parseRange(header: string | undefined, size: number): { start: number; end: number } | null {
  const m = header?.trim().match(/^bytes=(\d*)-(\d*)$/);
  if (!m || (m[1] === '' && m[2] === '')) return null;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0) throw rangeNotSatisfiable(size);
    return { start: Math.max(size - suffix, 0), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (start >= size || end < start) throw rangeNotSatisfiable(size);
  return { start, end };
}

/** What a download needs to know of a stored file. */
export interface DownloadableFile {
  key: string;
  size: number;
  sha256: string;
  contentType: string;
  fileName: string;
}

/**
 * A stored file as a download: ETag from its SHA-256 (304 when the client has it), one byte range when
 * asked (and the If-Range still matches), as an attachment that is never sniffed. `immutable`: the URL
 * always means these bytes (a version by id), so clients keep it; otherwise they revalidate.
 */
export async function fileResponse(
  storage: Storage,
  file: DownloadableFile,
  req: RangeRequest,
  immutable: boolean,
): Promise<FileResponse> {
  const etag = `"${file.sha256}"`;
  const headers: Record<string, string> = {
    'accept-ranges': 'bytes',
    etag,
    'cache-control': immutable ? 'private, max-age=31536000, immutable' : 'private, no-cache',
    'content-type': file.contentType,
    'content-disposition': contentDisposition(file.fileName),
    'x-content-type-options': 'nosniff',
  };
  if (req.ifNoneMatch && req.ifNoneMatch.split(',').some((t) => t.trim() === etag || t.trim() === '*'))
    return { status: 304, headers, body: null };
  const honourRange = !req.ifRange || req.ifRange.trim() === etag;
  const range = honourRange ? parseRange(req.range, file.size) : null;
  if (!range) {
    headers['content-length'] = String(file.size);
    return { status: 200, headers, body: await storage.get(file.key) };
  }
  headers['content-length'] = String(range.end - range.start + 1);
  headers['content-range'] = `bytes ${range.start}-${range.end}/${file.size}`;
  return { status: 206, headers, body: await storage.get(file.key, range) };
}

/**
 * Material files: uploads streamed to storage (type from the content, size limit by type, office zips
 * checked for bombs — a refused upload leaves no row and no file), downloads with Range/ETag for people
 * who may see the material now, and signed links for emails.
 */
@Injectable()
export class MaterialFilesService {
  readonly links: MaterialLinkSigner;

  constructor(
    private readonly tx: TransactionService,
    private readonly materials: MaterialsService,
    private readonly storage: Storage,
    private readonly config: AppConfig,
    private readonly users: UsersService,
  ) {
    this.links = new MaterialLinkSigner(config.secret);
  }

  /** The largest upload of any kind: a declared length above it is refused before a byte is read. */
  get maxUploadBytes(): number {
    return Math.max(...Object.values(this.config.materials.maxBytes));
  }

  async upload(
    principal: Principal,
    id: string,
    input: VersionInput & { fileName: string },
    body: Readable,
    declaredLength: number | null,
    meta: RequestMeta,
  ): Promise<MaterialVersionView> {
    const fileName = checkFileName(input.fileName);
    const em = this.tx.manager;
    const { language } = await this.materials.prepareVersion(em, principal, id, 'file', input);
    if (declaredLength !== null && declaredLength > this.maxUploadBytes)
      throw fileTooLarge(this.maxUploadBytes, 'file');
    const { head, body: content } = await peek(body, SNIFF_BYTES);
    const type = await sniffFileType(head);
    const maxBytes = this.config.materials.maxBytes[type.category];
    if (declaredLength !== null && declaredLength > maxBytes) throw fileTooLarge(maxBytes, type.category);

    let stored: StoredObject;
    try {
      stored = await this.storage.put(content, { maxBytes });
    } catch (error) {
      if (error instanceof StorageLimitError) throw fileTooLarge(maxBytes, type.category);
      throw error;
    }
    try {
      if (ZIP_TYPES.has(type.mimeType)) {
        await inspectZip({
          size: stored.size,
          read: (start, end) => this.storage.get(stored.key, { start, end }),
        });
      }
      return await this.tx.run(async (tx) => {
        // Checked again in the transaction: the caller may have left the programme's staff, or the
        // original's versions changed, while the file was arriving.
        const { ctx } = await this.materials.prepareVersion(tx, principal, id, 'file', input);
        return this.materials.insertVersion(
          tx,
          principal,
          ctx,
          language,
          input,
          {
            storageKey: stored.key,
            fileName: downloadName(fileName, type.extensions[0]),
            contentType: type.mimeType,
            sizeBytes: String(stored.size),
            sha256: stored.sha256,
          },
          meta,
        );
      });
    } catch (error) {
      await this.storage.delete(stored.key);
      throw error;
    }
  }

  /** The current version of a material for the caller (their language, or the one asked for). */
  async openCurrent(principal: Principal, id: string, language: string | undefined, req: RangeRequest) {
    const em = this.tx.manager;
    const ctx = await this.materials.context(em, principal, id);
    const version = await this.currentVersion(em, ctx, principal, language);
    return this.respond(version, req, false);
  }

  /** One version by id: staff any; a trainee only a current version of a material released to them. */
  async openVersion(principal: Principal, versionId: string, req: RangeRequest) {
    const em = this.tx.manager;
    const version = await em.findOne(MaterialVersionEntity, { where: { id: versionId } });
    if (!version) throw notFound('Material version');
    const ctx = await this.materials.context(em, principal, version.materialId).catch(() => {
      throw notFound('Material version');
    });
    if (ctx.access === 'read' && !(await this.isCurrent(em, version))) throw notFound('Material version');
    return this.respond(version, req, true);
  }

  /**
   * A download from an email link: authentic and unexpired, and the person it was sent to may still see
   * the material now (enrolled, released, not archived). Any version they were sent stays downloadable.
   */
  async openByLink(token: string, req: RangeRequest) {
    const claims = this.links.verify(token);
    if (!claims) throw linkInvalid();
    const em = this.tx.manager;
    const version = await em.findOne(MaterialVersionEntity, { where: { id: claims.versionId } });
    const user = (await this.users.viewsByIds(em, [claims.userId])).get(claims.userId);
    if (!version || !user || (user.status !== 'active' && user.status !== 'invited')) throw linkInvalid();
    // Checked as that person, at this moment: the link is theirs, the access rules are everyone's.
    const reader = { ...user, sessionId: 'material-link' };
    await this.materials.context(em, reader, version.materialId).catch(() => {
      throw linkInvalid();
    });
    return this.respond(version, req, true);
  }

  /** The signed link to a version for one person, valid for MATERIAL_LINK_TTL_DAYS. */
  linkFor(versionId: string, userId: string, now = new Date()): { url: string; expiresAt: Date } {
    const expiresAt = new Date(now.getTime() + this.config.materials.linkTtlDays * 24 * 3600 * 1000);
    const token = this.links.sign({ versionId, userId, expiresAt });
    return { url: `${this.config.http.publicUrl}/api/v1/material-links/${token}`, expiresAt };
  }

  private async currentVersion(
    em: EntityManager,
    ctx: MaterialContext,
    principal: Principal,
    language: string | undefined,
  ): Promise<MaterialVersionEntity> {
    const m = ctx.material;
    if (m.kind !== 'file') throw wrongKind(m.kind, 'file');
    const rows = (await em.query(`SELECT DISTINCT language FROM material_version WHERE material_id = ?`, [
      m.id,
    ])) as {
      language: string;
    }[];
    const chain = language
      ? [language.toLowerCase()]
      : languageChain(principal.locale, principal.languageFallbacks, ctx.programme?.languageFallbacks);
    const picked = pickLanguage(
      rows.map((r) => r.language),
      chain,
      m.originalLanguage,
    );
    const version = await em.findOne(MaterialVersionEntity, {
      where: { materialId: m.id, language: picked },
      order: { number: 'DESC' },
    });
    if (!version) throw notFound('Material file');
    return version;
  }

  private async isCurrent(em: EntityManager, v: MaterialVersionEntity): Promise<boolean> {
    const [row] = (await em.query(
      `SELECT MAX(number) AS n FROM material_version WHERE material_id = ? AND language = ?`,
      [v.materialId, v.language],
    )) as { n: number }[];
    return Number(row?.n) === v.number;
  }

  private respond(v: MaterialVersionEntity, req: RangeRequest, immutable: boolean): Promise<FileResponse> {
    if (!v.storageKey || !v.sha256 || v.sizeBytes === null) throw wrongKind(v.url ? 'link' : 'text', 'file');
    const file = {
      key: v.storageKey,
      size: Number(v.sizeBytes),
      sha256: v.sha256,
      contentType: v.contentType ?? 'application/octet-stream',
      fileName: v.fileName ?? 'material',
    };
    return fileResponse(this.storage, file, req, immutable);
  }
}
