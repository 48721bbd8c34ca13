import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@kenshu/config';
import { TransactionService } from '@kenshu/database';
import { Mailer, type MailMessage } from '@kenshu/mail';
import { OutboxService } from '@kenshu/queue';
import { Storage } from '@kenshu/storage';
import { AttemptThrottleService } from '../auth/attempt-throttle.service.js';
import { AuditService } from '../audit/audit.service.js';
import { forbidden, notFound } from '../common/domain-error.js';
import { certificateIssuedMail } from '../common/mail/certificate-issued.js';
import { emailRow, sendOnce, type EmailRowColumns } from '../common/mail/send-once.js';
import { orderedUuid } from '../common/ordered-uuid.js';
import type { Principal } from '../common/principal.js';
import { NO_REQUEST, type RequestMeta } from '../common/request-meta.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import {
  certificatePdf,
  chooseCertificateLanguage,
  type CertificateContent,
  type CertificateLanguage,
} from './certificate-document.js';
import { CertificateEntity, type CertificateEmailStatus } from './certificate.entity.js';
import { alreadyRevoked, certificateRevoked, fileMissing, notCompleted } from './certificates.errors.js';
import { groupedCode, newVerificationCode, normalizeCode } from './verification-code.js';

/** The certificate row tracks its one email; a skip (revoked) leaves no words. */
const CERTIFICATE_EMAIL: EmailRowColumns = {
  table: 'certificate',
  status: 'email_status',
  sentAt: 'emailed_at',
  attempts: 'email_attempts',
  error: 'email_error',
  skipReason: null,
};

export type CertificateStatus = 'valid' | 'revoked';

/** A certificate as the API hands it out. */
export interface CertificateView {
  id: string;
  enrolmentId: string;
  programme: { id: string; title: string };
  trainee: { id: string; displayName: string };
  /** Grouped, as printed: `K7QF-2M9X-HD4P`. */
  verificationCode: string;
  verifyUrl: string;
  language: string;
  printedName: string;
  printedProgramme: string;
  completedOn: string;
  programmeStartsOn: string | null;
  programmeEndsOn: string | null;
  issuedAt: Date;
  status: CertificateStatus;
  revokedAt: Date | null;
  revocationReason: string | null;
  pdf: { sizeBytes: number; sha256: string } | null;
  email: { status: CertificateEmailStatus; attempts: number; sentAt: Date | null; lastError: string | null };
}

/** What the public verification answers: the name, the programme, the date, and nothing else. */
export interface VerificationView {
  valid: true;
  name: string;
  programme: string;
  completedOn: string;
}

export interface CertificateFile {
  fileName: string;
  sizeBytes: number;
  sha256: string;
  body: Readable;
}

/** What the issuing job did. */
export type IssueOutcome = 'sent' | 'skipped' | 'done';

/**
 * Certificates of completed enrolments. `requestIssue` writes the `issue-certificate` job in the caller's
 * transaction (completion calls it); the job (`runIssue`) creates the certificate once — the enrolment
 * row is locked and the certificate is unique per enrolment — renders and stores its PDF once, then
 * emails it once, the row marked sent in a transaction whose commit releases the end of the SMTP DATA
 * phase (as MaterialDeliveriesService.send). A revoked certificate is never emailed nor re-issued.
 */
@Injectable()
export class CertificatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly mailer: Mailer,
    private readonly storage: Storage,
    private readonly audit: AuditService,
    private readonly programmes: ProgrammesService,
    private readonly throttle: AttemptThrottleService,
  ) {}

  /** Asks for the certificate of this enrolment (the job issues it only if the enrolment is completed then). */
  async requestIssue(manager: EntityManager, enrolmentId: string): Promise<void> {
    await this.outbox.add(manager, 'issue-certificate', { enrolmentId });
  }

  /** The public address where anyone checks a certificate: the web app's verification page. */
  verifyUrl(code: string): string {
    return `${this.config.http.publicUrl}/verify/${groupedCode(code)}`;
  }

  /**
   * A coordinator's "issue now": the certificate of a completed enrolment, created (with its PDF) if it
   * does not exist yet, its email queued; the same certificate on every later call. 409 if the enrolment
   * is not completed, or the certificate was revoked.
   */
  async issue(
    principal: Principal,
    programmeId: string,
    enrolmentId: string,
    meta: RequestMeta,
  ): Promise<CertificateView> {
    const id = await this.tx.run(async (em) => {
      await this.programmes.requireManage(em, principal, programmeId);
      const [e] = (await em.query(`SELECT programme_id FROM enrolment WHERE id = ?`, [enrolmentId])) as {
        programme_id: string;
      }[];
      if (!e || e.programme_id !== programmeId) throw notFound('Enrolment');
      const made = await this.ensure(em, enrolmentId, principal.id, meta);
      if ('status' in made) throw notCompleted(made.status);
      if (made.certificate.revokedAt) throw certificateRevoked();
      if (made.created) await this.requestIssue(em, enrolmentId);
      return made.certificate.id;
    });
    return (await this.views(this.tx.manager, 'c.id = ?', [id]))[0]!;
  }

  /**
   * The certificate of a completed enrolment, made if missing (in the caller's transaction, the
   * enrolment row locked so two runs never both make one); the enrolment's status when it is not
   * completed and has none.
   */
  private async ensure(
    em: EntityManager,
    enrolmentId: string,
    actorId: string | null,
    meta: RequestMeta = NO_REQUEST,
  ): Promise<{ certificate: CertificateEntity; created: boolean } | { status: string }> {
    const [e] = (await em.query(
      `SELECT id, programme_id, user_id, status, updated_at FROM enrolment WHERE id = ? FOR UPDATE`,
      [enrolmentId],
    )) as { id: string; programme_id: string; user_id: string; status: string; updated_at: Date }[];
    if (!e) return { status: 'missing' };
    const existing = await em.findOne(CertificateEntity, { where: { enrolmentId } });
    if (existing) return { certificate: existing, created: false };
    if (e.status !== 'completed') return { status: e.status };

    const facts = await this.facts(em, e.programme_id, e.user_id, e.updated_at);
    const code = newVerificationCode();
    const content: CertificateContent = { ...facts.content, code, verifyUrl: this.verifyUrl(code) };
    const file = await certificatePdf(content, facts.language);
    const stored = await this.storage.put(Readable.from([file]));
    const certificate: CertificateEntity = em.create(CertificateEntity, {
      id: orderedUuid(),
      enrolmentId,
      userId: e.user_id,
      programmeId: e.programme_id,
      verificationCode: code,
      language: facts.language,
      printedName: content.name,
      printedProgramme: content.programme,
      completedOn: content.completedOn,
      programmeStartsOn: content.startsOn,
      programmeEndsOn: content.endsOn,
      issuedAt: new Date(),
      storageKey: stored.key,
      sha256: stored.sha256,
      sizeBytes: stored.size,
      emailStatus: 'queued',
      emailAttempts: 0,
      emailError: null,
      emailedAt: null,
      revokedAt: null,
      revokedBy: null,
      revocationReason: null,
    });
    await em.insert(CertificateEntity, certificate);
    await this.audit.record(
      em,
      {
        action: 'certificate.issued',
        actorId,
        targetType: 'certificate',
        targetId: certificate.id,
        details: { enrolmentId, userId: e.user_id, programmeId: e.programme_id, language: facts.language },
      },
      meta,
    );
    return { certificate, created: true };
  }

  /**
   * What the certificate prints, read now: the trainee's name and language, the programme's title, host
   * and funder, its dates (its phases; without phases, its sessions), and the completion date — the day,
   * on the host's calendar, the enrolment last changed, i.e. became completed (a final status).
   */
  private async facts(
    em: EntityManager,
    programmeId: string,
    userId: string,
    completedAt: Date,
  ): Promise<{ language: CertificateLanguage; content: Omit<CertificateContent, 'code' | 'verifyUrl'> }> {
    const [r] = (await em.query(
      `SELECT u.display_name, u.locale, u.language_fallbacks AS user_fallbacks,
              p.title, p.host_time_zone, p.language_fallbacks AS programme_fallbacks,
              h.name AS host, f.name AS funder,
              (SELECT DATE_FORMAT(MIN(starts_on), '%Y-%m-%d') FROM programme_phase WHERE programme_id = p.id) AS phase_start,
              (SELECT DATE_FORMAT(MAX(ends_on), '%Y-%m-%d') FROM programme_phase WHERE programme_id = p.id) AS phase_end,
              (SELECT MIN(starts_at) FROM session WHERE programme_id = p.id AND status <> 'cancelled') AS first_at,
              (SELECT MAX(ends_at) FROM session WHERE programme_id = p.id AND status <> 'cancelled') AS last_at,
              (SELECT DATE_FORMAT(MIN(all_day_from), '%Y-%m-%d') FROM session
                WHERE programme_id = p.id AND status <> 'cancelled') AS first_day,
              (SELECT DATE_FORMAT(MAX(COALESCE(all_day_to, all_day_from)), '%Y-%m-%d') FROM session
                WHERE programme_id = p.id AND status <> 'cancelled') AS last_day
         FROM user u JOIN programme p ON p.id = ?
         LEFT JOIN organisation h ON h.id = p.host_organisation_id
         LEFT JOIN organisation f ON f.id = p.funder_organisation_id
        WHERE u.id = ?`,
      [programmeId, userId],
    )) as FactsRow[];
    const row = r!;
    const zone = row.host_time_zone;
    const dayOf = (at: Date | null) => (at ? DateTime.fromJSDate(at, { zone }).toISODate() : null);
    const pick = (values: (string | null)[], first: boolean) => {
      const present = values.filter((v): v is string => v !== null).sort();
      return (first ? present[0] : present.at(-1)) ?? null;
    };
    const startsOn = row.phase_start ?? pick([dayOf(row.first_at), row.first_day], true);
    const endsOn = row.phase_end ?? pick([dayOf(row.last_at), row.last_day], false);
    const split = (v: string | null) => (v ? v.split(',') : []);
    return {
      language: chooseCertificateLanguage(row.locale, [
        ...split(row.user_fallbacks),
        ...split(row.programme_fallbacks),
      ]),
      content: {
        name: row.display_name,
        programme: row.title,
        hostOrganisation: row.host,
        funder: row.funder,
        startsOn,
        endsOn,
        completedOn: DateTime.fromJSDate(completedAt, { zone }).toISODate()!,
      },
    };
  }

  /**
   * The `issue-certificate` job: the certificate made if the enrolment is completed (skipped otherwise),
   * then its email sent once. Not in the dispatcher's transaction: the email's own transaction commits
   * as the message's end is released. Throws to be retried; a 5xx or the last attempt records `failed`.
   */
  async runIssue(enrolmentId: string, attempt: { isFinal: boolean }): Promise<IssueOutcome> {
    const made = await this.tx.run((em) => this.ensure(em, enrolmentId, null));
    if ('status' in made) return 'skipped';
    return this.email(made.certificate.id, attempt);
  }

  private async email(certificateId: string, attempt: { isFinal: boolean }): Promise<IssueOutcome> {
    return sendOnce(
      this.dataSource,
      this.mailer,
      emailRow(CERTIFICATE_EMAIL, certificateId, async (qr) => {
        const [c] = (await qr.query(`SELECT revoked_at FROM certificate WHERE id = ?`, [certificateId])) as {
          revoked_at: Date | null;
        }[];
        return c?.revoked_at ? { skip: 'revoked' } : this.message(qr.manager, certificateId);
      }),
      attempt,
    );
  }

  private async message(em: EntityManager, certificateId: string): Promise<MailMessage> {
    const [r] = (await em.query(
      `SELECT c.verification_code, c.printed_programme, DATE_FORMAT(c.completed_on, '%Y-%m-%d') AS completed_on,
              c.storage_key, u.email, u.display_name, u.locale, u.language_fallbacks, u.time_zone
         FROM certificate c JOIN user u ON u.id = c.user_id WHERE c.id = ?`,
      [certificateId],
    )) as {
      verification_code: string;
      printed_programme: string;
      completed_on: string;
      storage_key: string | null;
      email: string;
      display_name: string;
      locale: string;
      language_fallbacks: string | null;
      time_zone: string;
    }[];
    const fileName = `certificate-${groupedCode(r!.verification_code)}.pdf`;
    const message = certificateIssuedMail({
      to: r!.email,
      locale: r!.locale,
      fallbackLanguages: r!.language_fallbacks ? r!.language_fallbacks.split(',') : [],
      timeZone: r!.time_zone,
      displayName: r!.display_name,
      programme: r!.printed_programme,
      completedOn: r!.completed_on,
      code: groupedCode(r!.verification_code),
      verifyUrl: this.verifyUrl(r!.verification_code),
      fileName,
      idempotencyKey: `certificate-${certificateId}`,
    });
    if (r!.storage_key)
      message.attachments = [
        {
          filename: fileName,
          content: await buffer(await this.storage.get(r!.storage_key)),
          contentType: 'application/pdf',
        },
      ];
    return message;
  }

  /** The caller's own certificates (revoked ones too, marked so), newest first. */
  async listMine(principal: Principal): Promise<CertificateView[]> {
    return this.views(this.tx.manager, 'c.user_id = ?', [principal.id]);
  }

  /** A programme's certificates with their status, for its coordinators and admins. */
  async listForProgramme(principal: Principal, programmeId: string): Promise<CertificateView[]> {
    const em = this.tx.manager;
    await this.programmes.requireManage(em, principal, programmeId);
    return this.views(em, 'c.programme_id = ?', [programmeId]);
  }

  /** How many certificates of the programme are valid and how many were revoked (for a funder). One query. */
  async countsForProgramme(
    em: EntityManager,
    programmeId: string,
  ): Promise<{ issued: number; revoked: number }> {
    const [row] = (await em.query(
      `SELECT COUNT(*) AS issued, COALESCE(SUM(revoked_at IS NOT NULL), 0) AS revoked
         FROM certificate WHERE programme_id = ?`,
      [programmeId],
    )) as { issued: string; revoked: string }[];
    const revoked = Number(row?.revoked ?? 0);
    return { issued: Number(row?.issued ?? 0) - revoked, revoked };
  }

  /**
   * The PDF: for its trainee (410 once revoked) and the programme's staff (who may still download a
   * revoked one, for their records). To anyone else it does not exist.
   */
  async openPdf(principal: Principal, id: string): Promise<CertificateFile> {
    const em = this.tx.manager;
    const c = await em.findOne(CertificateEntity, { where: { id } });
    if (!c) throw notFound('Certificate');
    if (c.userId === principal.id) {
      if (c.revokedAt) throw certificateRevoked();
    } else {
      const access = await this.programmes.accessOrHide(em, principal, c.programmeId).catch(() => null);
      if (access !== 'manage' && access !== 'teach') throw notFound('Certificate');
    }
    if (!c.storageKey || c.sizeBytes === null || !c.sha256) throw fileMissing();
    return {
      fileName: `certificate-${groupedCode(c.verificationCode)}.pdf`,
      sizeBytes: c.sizeBytes,
      sha256: c.sha256,
      body: await this.storage.get(c.storageKey),
    };
  }

  /** Revokes a certificate (coordinators of its programme, admins); audited; a second time is 409. */
  async revoke(
    principal: Principal,
    id: string,
    reason: string,
    meta: RequestMeta,
  ): Promise<CertificateView> {
    await this.tx.run(async (em) => {
      const c = await em.findOne(CertificateEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!c) throw notFound('Certificate');
      const access = await this.programmes.accessOrHide(em, principal, c.programmeId).catch(() => {
        throw notFound('Certificate');
      });
      if (access !== 'manage') throw forbidden('Only the programme’s coordinators revoke its certificates');
      if (c.revokedAt) throw alreadyRevoked();
      await em.update(
        CertificateEntity,
        { id },
        { revokedAt: new Date(), revokedBy: principal.id, revocationReason: reason },
      );
      await this.audit.record(
        em,
        {
          action: 'certificate.revoked',
          actorId: principal.id,
          targetType: 'certificate',
          targetId: id,
          details: { enrolmentId: c.enrolmentId, userId: c.userId, programmeId: c.programmeId, reason },
        },
        meta,
      );
    });
    return (await this.views(this.tx.manager, 'c.id = ?', [id]))[0]!;
  }

  /**
   * The public check of a code (any case, dashes optional): the printed name, programme and completion
   * date. 404 for a code that is no certificate's, 410 for a revoked one (saying nothing of whose).
   * Counted by the attempt throttle per client IP and per code, like the other anonymous routes.
   */
  async verify(typed: string, ip: string | null): Promise<VerificationView> {
    const code = normalizeCode(typed);
    await this.throttle.attempt('certificate-verify', code ?? typed.slice(0, 64), ip);
    if (!code) throw notFound('Certificate');
    const c = await this.tx.manager.findOne(CertificateEntity, { where: { verificationCode: code } });
    if (!c) throw notFound('Certificate');
    if (c.revokedAt) throw certificateRevoked();
    return { valid: true, name: c.printedName, programme: c.printedProgramme, completedOn: c.completedOn };
  }

  private async views(em: EntityManager, where: string, params: unknown[]): Promise<CertificateView[]> {
    const rows = (await em.query(
      `SELECT c.id, c.enrolment_id, c.programme_id, p.title AS programme_title, c.user_id, u.display_name,
              c.verification_code, c.language, c.printed_name, c.printed_programme,
              DATE_FORMAT(c.completed_on, '%Y-%m-%d') AS completed_on,
              DATE_FORMAT(c.programme_starts_on, '%Y-%m-%d') AS programme_starts_on,
              DATE_FORMAT(c.programme_ends_on, '%Y-%m-%d') AS programme_ends_on,
              c.issued_at, c.revoked_at, c.revocation_reason, c.size_bytes, c.sha256,
              c.email_status, c.email_attempts, c.emailed_at, c.email_error
         FROM certificate c JOIN programme p ON p.id = c.programme_id JOIN user u ON u.id = c.user_id
        WHERE ${where} ORDER BY c.issued_at DESC, c.id`,
      params,
    )) as ViewRow[];
    return rows.map((r) => ({
      id: r.id,
      enrolmentId: r.enrolment_id,
      programme: { id: r.programme_id, title: r.programme_title },
      trainee: { id: r.user_id, displayName: r.display_name },
      verificationCode: groupedCode(r.verification_code),
      verifyUrl: this.verifyUrl(r.verification_code),
      language: r.language,
      printedName: r.printed_name,
      printedProgramme: r.printed_programme,
      completedOn: r.completed_on,
      programmeStartsOn: r.programme_starts_on,
      programmeEndsOn: r.programme_ends_on,
      issuedAt: r.issued_at,
      status: r.revoked_at ? 'revoked' : 'valid',
      revokedAt: r.revoked_at,
      revocationReason: r.revocation_reason,
      pdf: r.sha256 && r.size_bytes !== null ? { sizeBytes: Number(r.size_bytes), sha256: r.sha256 } : null,
      email: {
        status: r.email_status,
        attempts: Number(r.email_attempts),
        sentAt: r.emailed_at,
        lastError: r.email_error,
      },
    }));
  }
}

/** The SMTP reply code behind a failed send (as MaterialDeliveriesService reads it); undefined when none came. */

interface FactsRow {
  display_name: string;
  locale: string;
  user_fallbacks: string | null;
  title: string;
  host_time_zone: string;
  programme_fallbacks: string | null;
  host: string | null;
  funder: string | null;
  phase_start: string | null;
  phase_end: string | null;
  first_at: Date | null;
  last_at: Date | null;
  first_day: string | null;
  last_day: string | null;
}

interface ViewRow {
  id: string;
  enrolment_id: string;
  programme_id: string;
  programme_title: string;
  user_id: string;
  display_name: string;
  verification_code: string;
  language: string;
  printed_name: string;
  printed_programme: string;
  completed_on: string;
  programme_starts_on: string | null;
  programme_ends_on: string | null;
  issued_at: Date;
  revoked_at: Date | null;
  revocation_reason: string | null;
  size_bytes: number | string | null;
  sha256: string | null;
  email_status: CertificateEmailStatus;
  email_attempts: number;
  emailed_at: Date | null;
  email_error: string | null;
}
