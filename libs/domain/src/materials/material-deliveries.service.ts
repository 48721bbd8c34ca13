import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { buffer } from 'node:stream/consumers';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@kenshu/config';
import { insertInChunks, TransactionService } from '@kenshu/database';
import { Mailer, type MailMessage } from '@kenshu/mail';
import { OutboxService } from '@kenshu/queue';
import { Storage } from '@kenshu/storage';
import { AuditService } from '../audit/audit.service.js';
import { forbidden, notFound } from '../common/domain-error.js';
import { materialReleaseMail } from '../common/mail/material-release.mail.js';
import { emailRow, sendOnce, type EmailRowColumns, type OnceOutcome } from '../common/mail/send-once.js';
import { orderedUuid } from '../common/ordered-uuid.js';
import { offsetOf, type Page, type PageRequest } from '../common/pagination.js';
import type { Principal } from '../common/principal.js';
import type { RequestMeta } from '../common/request-meta.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { MaterialFilesService } from './material-files.service.js';
import { fallbacksList, languageChain, pickLanguage } from './material-language.js';
import { releaseInstant, RELEASE_SQL } from './material-release.js';
import {
  MaterialDeliveryEntity,
  MaterialEntity,
  MaterialVersionEntity,
  type DeliveryStatus,
  type MaterialAudience,
  type MaterialKind,
  type ReleaseRule,
} from './material.entity.js';
import { MaterialsService } from './materials.service.js';

const DELIVERY_EMAIL: EmailRowColumns = {
  table: 'material_delivery',
  status: 'status',
  sentAt: 'sent_at',
  attempts: 'attempts',
  error: 'last_error',
  skipReason: 'skipped_reason',
};

/** Versions planned per poll: each may fan out to a whole programme. */
const VERSIONS_PER_POLL = 20;

export interface DeliveryView {
  id: string;
  user: { id: string; displayName: string; email: string };
  language: string;
  versionNumber: number;
  status: DeliveryStatus;
  skippedReason: string | null;
  attempts: number;
  lastError: string | null;
  queuedAt: string;
  sentAt: string | null;
}

export interface DeliverySummary extends Page<DeliveryView> {
  counts: Record<DeliveryStatus, number>;
}

/**
 * Emails of released materials. A poll finds each released, current version not yet planned, works out
 * which enrolled trainees read it (their language by their fallback chain) and inserts one delivery row
 * per trainee with one outbox job each — the unique (version, trainee) pair makes it once. The job checks
 * again at send time (still enrolled, still current, not archived) and marks the row sent in a
 * transaction whose commit releases the end of the SMTP DATA phase (Mailer `release`): a worker killed
 * before the commit leaves no delivered message and a row still queued; one killed after it leaves the
 * row sent and the message delivered.
 */
@Injectable()
export class MaterialDeliveriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly mailer: Mailer,
    private readonly storage: Storage,
    private readonly audit: AuditService,
    private readonly materials: MaterialsService,
    private readonly files: MaterialFilesService,
  ) {}

  /** One poll, in the caller's transaction: plans the deliveries of newly released versions. */
  async planDue(em: EntityManager, now = new Date()): Promise<number> {
    // Versions replaced before anyone was sent them are never delivered on their own.
    await em.query(
      `UPDATE material_version v JOIN material_version w
          ON w.material_id = v.material_id AND w.language = v.language AND w.number > v.number
          SET v.delivery_planned_at = ?
        WHERE v.delivery_planned_at IS NULL`,
      [now],
    );
    const candidates = (await em.query(
      `SELECT v.id FROM material_version v
         JOIN material m ON m.id = v.material_id
         LEFT JOIN session s ON s.id = m.session_id
        WHERE v.delivery_planned_at IS NULL AND m.programme_id IS NOT NULL
          AND m.audience = 'trainees' AND m.archived_at IS NULL AND ${RELEASE_SQL} <= ?
        ORDER BY v.created_at LIMIT ?`,
      [now, VERSIONS_PER_POLL],
    )) as { id: string }[];
    let planned = 0;
    for (const { id } of candidates) {
      const [locked] = (await em.query(
        `SELECT id FROM material_version WHERE id = ? AND delivery_planned_at IS NULL FOR UPDATE SKIP LOCKED`,
        [id],
      )) as { id: string }[];
      if (!locked) continue;
      planned += await this.planVersion(em, id, now);
    }
    return planned;
  }

  private async planVersion(em: EntityManager, versionId: string, now: Date): Promise<number> {
    const version = await em.findOneOrFail(MaterialVersionEntity, { where: { id: versionId } });
    const material = await em.findOneOrFail(MaterialEntity, { where: { id: version.materialId } });
    const programme = await em.findOneOrFail(ProgrammeEntity, { where: { id: material.programmeId! } });
    const languages = (
      (await em.query(`SELECT DISTINCT language FROM material_version WHERE material_id = ?`, [
        material.id,
      ])) as {
        language: string;
      }[]
    ).map((r) => r.language);
    const trainees = (await em.query(
      `SELECT u.id, u.locale, u.language_fallbacks FROM enrolment e JOIN user u ON u.id = e.user_id
        WHERE e.programme_id = ? AND e.status IN ('invited', 'active') AND u.status IN ('invited', 'active')`,
      [programme.id],
    )) as { id: string; locale: string; language_fallbacks: string | null }[];
    const readers = trainees.filter(
      (t) =>
        pickLanguage(
          languages,
          languageChain(t.locale, t.language_fallbacks, programme.languageFallbacks),
          material.originalLanguage,
        ) === version.language,
    );
    const ids = readers.map(() => orderedUuid());
    await insertInChunks(
      em,
      `INSERT INTO material_delivery (id, material_id, version_id, user_id, queued_at) VALUES ?`,
      readers.map((r, i) => [ids[i], material.id, version.id, r.id, now]),
    );
    await this.outbox.addMany(
      em,
      'send-material',
      ids.map((deliveryId) => ({ deliveryId })),
    );
    await em.update(MaterialVersionEntity, { id: versionId }, { deliveryPlannedAt: now });
    return ids.length;
  }

  /**
   * The `send-material` job. Not run in the dispatcher's transaction: it opens its own, so that its commit
   * can release the message. Throws to be retried with backoff; on the final attempt the row says failed.
   */
  async send(deliveryId: string, attempt: { isFinal: boolean }): Promise<OnceOutcome> {
    // Only the delivery row is locked: a programme or user row locked for the length of an SMTP
    // transaction would hold up enrolments and sign-ins.
    return sendOnce(
      this.dataSource,
      this.mailer,
      emailRow(DELIVERY_EMAIL, deliveryId, async (qr) => {
        const [row] = (await qr.query(SEND_SELECT, [deliveryId])) as SendRow[];
        const why = skipReason(row!);
        return why ? { skip: why } : this.message(deliveryId, row!);
      }),
      attempt,
    );
  }

  private async message(deliveryId: string, r: SendRow): Promise<MailMessage> {
    const link = this.files.linkFor(r.version_id, r.user_id);
    const release = releaseInstant(
      {
        releaseRule: r.release_rule,
        releaseAt: r.release_at,
        releaseOffsetDays: r.release_offset_days,
        createdAt: r.material_created_at,
      },
      r.session_status ? { startsAt: r.starts_at, endsAt: r.ends_at, status: r.session_status } : null,
    );
    const size = r.size_bytes === null ? null : Number(r.size_bytes);
    const message = materialReleaseMail({
      to: r.email,
      locale: r.locale,
      fallbackLanguages: [...fallbacksList(r.user_fallbacks), ...fallbacksList(r.programme_fallbacks)],
      timeZone: r.time_zone,
      displayName: r.display_name,
      programme: r.programme_title,
      title: r.title,
      description: r.description,
      kind: r.kind,
      fileName: r.file_name,
      sizeBytes: size,
      releasedAt: new Date(Math.max(release?.getTime() ?? 0, r.version_created_at.getTime())),
      link: link.url,
      linkExpiresAt: link.expiresAt,
      version: r.number,
      idempotencyKey: `material-delivery-${deliveryId}`,
    });
    if (r.storage_key && size !== null && size <= this.config.materials.attachMaxBytes) {
      message.attachments = [
        {
          filename: r.file_name ?? 'material',
          content: await buffer(await this.storage.get(r.storage_key)),
          contentType: r.content_type ?? undefined,
        },
      ];
    }
    return message;
  }

  /** Each trainee's delivery of a material (all versions), for its programme's coordinators and admins. */
  async list(
    principal: Principal,
    materialId: string,
    filter: { status?: DeliveryStatus },
    page: PageRequest,
  ): Promise<DeliverySummary> {
    const em = this.tx.manager;
    const ctx = await this.materials.context(em, principal, materialId);
    if (ctx.access !== 'manage' || !ctx.material.programmeId)
      throw forbidden('Only the programme’s coordinators see deliveries');
    const where = `d.material_id = ?${filter.status ? ' AND d.status = ?' : ''}`;
    const params = filter.status ? [materialId, filter.status] : [materialId];
    const counts = (await em.query(
      `SELECT status, COUNT(*) AS n FROM material_delivery WHERE material_id = ? GROUP BY status`,
      [materialId],
    )) as { status: DeliveryStatus; n: string }[];
    const rows = (await em.query(
      `${DELIVERY_SELECT} WHERE ${where} ORDER BY v.language, v.number DESC, u.display_name, d.id LIMIT ? OFFSET ?`,
      [...params, page.pageSize, offsetOf(page)],
    )) as DeliveryRow[];
    const total = filter.status
      ? Number(counts.find((c) => c.status === filter.status)?.n ?? 0)
      : counts.reduce((sum, c) => sum + Number(c.n), 0);
    return {
      items: rows.map(deliveryView),
      total,
      page: page.page,
      pageSize: page.pageSize,
      counts: {
        queued: 0,
        sent: 0,
        failed: 0,
        skipped: 0,
        ...Object.fromEntries(counts.map((c) => [c.status, Number(c.n)])),
      },
    };
  }

  /** Sends one delivery again (after a failure, or because the trainee lost it); audited. */
  async resend(principal: Principal, deliveryId: string, meta: RequestMeta): Promise<DeliveryView> {
    return this.tx.run(async (em) => {
      const d = await em.findOne(MaterialDeliveryEntity, {
        where: { id: deliveryId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!d) throw notFound('Delivery');
      const ctx = await this.materials.context(em, principal, d.materialId).catch(() => {
        throw notFound('Delivery');
      });
      if (ctx.access !== 'manage') throw forbidden('Only the programme’s coordinators resend materials');
      await em.update(
        MaterialDeliveryEntity,
        { id: d.id },
        { status: 'queued', skippedReason: null, lastError: null, sentAt: null, attempts: 0 },
      );
      await this.outbox.add(em, 'send-material', { deliveryId: d.id });
      await this.audit.record(
        em,
        {
          action: 'material.delivery_resent',
          actorId: principal.id,
          targetType: 'material',
          targetId: d.materialId,
          details: { deliveryId: d.id, userId: d.userId, previous: d.status },
        },
        meta,
      );
      const [row] = (await em.query(`${DELIVERY_SELECT} WHERE d.id = ?`, [d.id])) as DeliveryRow[];
      return deliveryView(row!);
    });
  }
}

/**
 * Everything a send needs, in one read at send time: the delivery's version, material, programme and
 * person, whether they are still enrolled, and whether a newer version replaced this one.
 */
const SEND_SELECT = `SELECT d.user_id, v.id AS version_id, v.number, v.storage_key, v.file_name, v.content_type,
    v.size_bytes, v.created_at AS version_created_at, m.kind, m.title, m.description, m.audience, m.archived_at,
    m.release_rule, m.release_at, m.release_offset_days, m.created_at AS material_created_at,
    p.title AS programme_title, p.language_fallbacks AS programme_fallbacks,
    u.email, u.display_name, u.locale, u.language_fallbacks AS user_fallbacks, u.time_zone, u.status AS user_status,
    s.starts_at, s.ends_at, s.status AS session_status,
    (SELECT e.status FROM enrolment e WHERE e.programme_id = m.programme_id AND e.user_id = d.user_id) AS enrolment,
    EXISTS (SELECT 1 FROM material_version w
             WHERE w.material_id = v.material_id AND w.language = v.language AND w.number > v.number) AS superseded
  FROM material_delivery d
  JOIN material_version v ON v.id = d.version_id
  JOIN material m ON m.id = d.material_id
  JOIN programme p ON p.id = m.programme_id
  JOIN user u ON u.id = d.user_id
  LEFT JOIN session s ON s.id = m.session_id
 WHERE d.id = ?`;

interface SendRow {
  user_id: string;
  version_id: string;
  number: number;
  storage_key: string | null;
  file_name: string | null;
  content_type: string | null;
  size_bytes: string | null;
  version_created_at: Date;
  kind: MaterialKind;
  title: string;
  description: string | null;
  audience: MaterialAudience;
  archived_at: Date | null;
  release_rule: ReleaseRule;
  release_at: Date | null;
  release_offset_days: number | null;
  material_created_at: Date;
  programme_title: string;
  programme_fallbacks: string | null;
  email: string;
  display_name: string;
  locale: string;
  user_fallbacks: string | null;
  time_zone: string;
  user_status: string;
  starts_at: Date | null;
  ends_at: Date | null;
  session_status: string | null;
  enrolment: string | null;
  superseded: number | string;
}

/** Why a planned email is not sent after all, checked when it is about to go; null: send it. */
function skipReason(r: SendRow): string | null {
  if (!r.enrolment || !['invited', 'active'].includes(r.enrolment)) return 'withdrawn';
  if (!['invited', 'active'].includes(r.user_status)) return 'inactive';
  if (r.archived_at || r.audience !== 'trainees') return 'archived';
  if (Number(r.superseded) === 1) return 'superseded';
  return null;
}

const DELIVERY_SELECT = `SELECT d.id, d.user_id, u.display_name, u.email, v.language, v.number, d.status,
    d.skipped_reason, d.attempts, d.last_error, d.queued_at, d.sent_at
  FROM material_delivery d JOIN user u ON u.id = d.user_id JOIN material_version v ON v.id = d.version_id`;

const deliveryView = (r: DeliveryRow): DeliveryView => ({
  id: r.id,
  user: { id: r.user_id, displayName: r.display_name, email: r.email },
  language: r.language,
  versionNumber: r.number,
  status: r.status,
  skippedReason: r.skipped_reason,
  attempts: r.attempts,
  lastError: r.last_error,
  queuedAt: r.queued_at.toISOString(),
  sentAt: r.sent_at?.toISOString() ?? null,
});

interface DeliveryRow {
  id: string;
  user_id: string;
  display_name: string;
  email: string;
  language: string;
  number: number;
  status: DeliveryStatus;
  skipped_reason: string | null;
  attempts: number;
  last_error: string | null;
  queued_at: Date;
  sent_at: Date | null;
}
