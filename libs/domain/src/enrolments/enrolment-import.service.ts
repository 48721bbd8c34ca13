import { Injectable } from '@nestjs/common';
import { TransactionService } from '@kenshu/database';
import { AuditService, type AuditRecord } from '../audit/audit.service.js';
import { readCsvFile, type CsvRecord } from '../common/csv-file.js';
import { forbidden } from '../common/domain-error.js';
import {
  checkPersonRows,
  DryRunRollback,
  organisationsByName,
  type PersonRow,
} from '../common/person-rows.js';
import { orderedUuid } from '../common/ordered-uuid.js';
import { hasRole, type Principal } from '../common/principal.js';
import type { RequestMeta } from '../common/request-meta.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import { UsersService } from '../users/users.service.js';
import { EnrolmentsRepository, type NewEnrolment } from './enrolments.repository.js';
import { assertTakesEnrolments } from './enrolments.service.js';

export const ENROLMENT_IMPORT_MAX_ROWS = 10_000;
const REQUIRED = ['email'] as const;
const OPTIONAL = ['display_name', 'locale', 'time_zone', 'organisation', 'position'] as const;
type Column = (typeof REQUIRED)[number] | (typeof OPTIONAL)[number];

export interface EnrolmentImportRow {
  /** The data row, from 1 (the header is not counted). */
  row: number;
  /** The file line the row starts on (a quoted field may span lines). */
  line: number;
  email: string | null;
  /** `enrolled`: with a place (status invited); `waitlisted`: on the waiting list; `skipped`: see reason. */
  outcome: 'enrolled' | 'waitlisted' | 'skipped';
  reason?: string;
  userId?: string;
  enrolmentId?: string;
  /** True when the row made a new invited trainee account (with its invitation email). */
  accountCreated?: boolean;
}

export interface EnrolmentImportReport {
  dryRun: boolean;
  enrolled: number;
  waitlisted: number;
  skipped: number;
  accountsCreated: number;
  rows: EnrolmentImportRow[];
}

/** Enrolments an `enrolment.imported` event lists: its details stay well inside a TEXT column (64 KiB). */
export const IMPORT_AUDIT_CHUNK = 500;

/**
 * The audit of an import: `enrolment.imported` on the programme, with the counts and, as
 * [enrolmentId, userId, status], every enrolment it made; one event per 500 enrolments (a cohort's
 * import is one event), each with the counts. Who enrolled whom, when and by which request stays in the
 * log, in a few rows rather than one per trainee.
 */
function auditOfImport(
  actorId: string,
  programmeId: string,
  report: EnrolmentImportReport,
  enrolments: NewEnrolment[],
): AuditRecord[] {
  const counts = {
    enrolled: report.enrolled,
    waitlisted: report.waitlisted,
    skipped: report.skipped,
    accountsCreated: report.accountsCreated,
  };
  const events: AuditRecord[] = [];
  for (let i = 0; i === 0 || i < enrolments.length; i += IMPORT_AUDIT_CHUNK)
    events.push({
      action: 'enrolment.imported',
      actorId,
      targetType: 'programme',
      targetId: programmeId,
      details: {
        ...counts,
        enrolments: enrolments.slice(i, i + IMPORT_AUDIT_CHUNK).map((e) => [e.id, e.userId, e.status]),
      },
    });
  return events;
}

type Candidate = PersonRow;

/**
 * Enrolment of many trainees from CSV, with the trainee import's file rules (common/csv-file.ts: a bad
 * file is refused whole, nothing written) and a report per row. Columns: `email`, and optionally
 * `display_name`, `locale`, `time_zone`, `organisation`, `position`, used only to make an invited trainee
 * account for an email that has none (`display_name` is then needed); an existing account's profile is
 * left as it is (the trainee import changes profiles). A trainee already in the programme is skipped
 * (one who withdrew is enrolled again), as is an account without the trainee role or a disabled one.
 * Places go in file order; once they are taken, rows join the waiting list in file order.
 *
 * Built for thousands of rows: one query for all the emails, one for the programme's enrolments, and
 * multi-row INSERTs in chunks for accounts, roles, invitations, their outbox jobs and enrolments, all in
 * one transaction under the programme's row lock; the audit lists the enrolments in a few events
 * (auditOfImport).
 */
@Injectable()
export class EnrolmentImportService {
  constructor(
    private readonly tx: TransactionService,
    private readonly repository: EnrolmentsRepository,
    private readonly programmes: ProgrammesService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  async import(
    principal: Principal,
    programmeId: string,
    file: Buffer,
    options: { dryRun: boolean },
    meta: RequestMeta,
  ): Promise<EnrolmentImportReport> {
    if (!hasRole(principal, 'admin', 'coordinator'))
      throw forbidden('Coordinators and admins enrol trainees');
    await this.programmes.requireManage(this.tx.manager, principal, programmeId);
    const records = readCsvFile(file, {
      required: REQUIRED,
      optional: OPTIONAL,
      maxRows: ENROLMENT_IMPORT_MAX_ROWS,
    });
    const { candidates, skipped } = await this.check(records);
    try {
      return await this.tx.run(async (em) => {
        const programme = await this.programmes.lockForEnrolment(em, programmeId);
        assertTakesEnrolments(programme.status);
        const accounts = await this.users.accountsByEmail(
          em,
          candidates.map((c) => c.email),
        );
        const enrolled = await this.repository.statusesByUser(em, programmeId);
        let holding = await this.repository.countHoldingPlaces(em, programmeId);
        let stamp = (await this.repository.nextWaitlistStamp(em, programmeId)).getTime();

        const results: EnrolmentImportRow[] = [...skipped];
        const toCreate: Candidate[] = [];
        const placed: { candidate: Candidate; result: EnrolmentImportRow; enrolment: NewEnrolment }[] = [];
        const reopened: NewEnrolment[] = [];
        for (const c of candidates) {
          const base = { row: c.row, line: c.line, email: c.email };
          const account = accounts.get(c.email);
          const existing = account ? enrolled.get(account.id) : undefined;
          let reason: string | undefined;
          if (!account) reason = c.displayName ? undefined : 'display_name: needed for a new account';
          else if (!account.roles.includes('trainee'))
            reason = 'email: belongs to a staff account, not a trainee’s';
          else if (account.status === 'disabled') reason = 'the account is disabled';
          else if (existing && existing.status !== 'withdrawn') reason = 'already enrolled';
          if (reason) {
            results.push({ ...base, outcome: 'skipped', reason, ...(account ? { userId: account.id } : {}) });
            continue;
          }
          if (!account) toCreate.push(c);
          const free = programme.capacity === null || holding < programme.capacity;
          if (free) holding++;
          const enrolment: NewEnrolment = {
            id: existing?.id ?? orderedUuid(),
            programmeId,
            userId: account?.id ?? '', // a new account's id is known once it is made, below
            status: free ? 'invited' : 'waitlisted',
            waitlistedAt: free ? null : new Date(stamp++),
          };
          const result: EnrolmentImportRow = {
            ...base,
            outcome: free ? 'enrolled' : 'waitlisted',
            ...(existing ? { reason: 'enrolled again after withdrawing' } : {}),
            ...(account ? { userId: account.id } : {}),
            enrolmentId: enrolment.id,
            accountCreated: !account,
          };
          results.push(result);
          if (existing) reopened.push(enrolment);
          else placed.push({ candidate: c, result, enrolment });
        }

        const newIds = await this.users.createInvitedMany(
          em,
          principal.id,
          ['trainee'],
          toCreate.map((c) => ({
            email: c.email,
            displayName: c.displayName,
            ...(c.locale ? { locale: c.locale } : {}),
            ...(c.timeZone ? { timeZone: c.timeZone } : {}),
            organisationId: c.organisationId,
            position: c.position,
          })),
        );
        const created = new Map(toCreate.map((c, i) => [c.row, newIds[i]!]));
        for (const p of placed)
          if (!p.enrolment.userId) p.enrolment.userId = p.result.userId = created.get(p.candidate.row)!;
        // Queued together on the connection: the server writes them one after another, in this order.
        await Promise.all([
          this.repository.insertMany(
            em,
            placed.map((p) => p.enrolment),
          ),
          ...reopened.map((r) => this.repository.setStatus(em, [r.id], r.status, r.waitlistedAt)),
        ]);
        results.sort((a, b) => a.row - b.row);
        const count = (o: EnrolmentImportRow['outcome']) => results.filter((r) => r.outcome === o).length;
        const report: EnrolmentImportReport = {
          dryRun: options.dryRun,
          enrolled: count('enrolled'),
          waitlisted: count('waitlisted'),
          skipped: count('skipped'),
          accountsCreated: toCreate.length,
          rows: results,
        };
        if (options.dryRun) throw new DryRunRollback<EnrolmentImportReport>(report);
        await this.audit.recordMany(
          em,
          auditOfImport(principal.id, programmeId, report, [...placed.map((p) => p.enrolment), ...reopened]),
          meta,
        );
        return report;
      });
    } catch (error) {
      if (error instanceof DryRunRollback) return error.report as EnrolmentImportReport;
      throw error;
    }
  }

  /** The per-row rules of the trainee import (email, repeats, locale, zone, organisation, lengths). */
  private async check(
    records: CsvRecord<Column>[],
  ): Promise<{ candidates: Candidate[]; skipped: EnrolmentImportRow[] }> {
    // A blank display_name is allowed: an existing account keeps its own (a new one needs it, below).
    return checkPersonRows(records, await organisationsByName(this.tx.manager), {
      displayNameRequired: false,
    });
  }
}
