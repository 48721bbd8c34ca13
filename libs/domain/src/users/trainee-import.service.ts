import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TransactionService } from '@kenshu/database';
import { AuditService } from '../audit/audit.service.js';
import { readCsvFile, type CsvRecord } from '../common/csv-file.js';
import { forbidden } from '../common/domain-error.js';
import {
  checkPersonRows,
  DryRunRollback,
  organisationsByName,
  type PersonRow,
} from '../common/person-rows.js';
import { hasRole, type Principal, type UserView } from '../common/principal.js';
import type { RequestMeta } from '../common/request-meta.js';
import { UsersRepository } from './users.repository.js';
import { UsersService } from './users.service.js';

export { IMPORT_MAX_BYTES } from '../common/csv-file.js';
export const IMPORT_MAX_ROWS = 5000;
const REQUIRED = ['email', 'display_name'] as const;
const OPTIONAL = ['locale', 'time_zone', 'organisation', 'position'] as const;
type Column = (typeof REQUIRED)[number] | (typeof OPTIONAL)[number];

export interface ImportRowResult {
  /** The data row, from 1 (the header is not counted). */
  row: number;
  /** The file line the row starts on (a quoted field may span lines). */
  line: number;
  email: string | null;
  outcome: 'created' | 'updated' | 'skipped';
  reason?: string;
  userId?: string;
}

export interface ImportReport {
  dryRun: boolean;
  created: number;
  updated: number;
  skipped: number;
  rows: ImportRowResult[];
}

type Candidate = PersonRow;

/**
 * Bulk import of trainees from CSV (UTF-8, with or without BOM, CRLF or LF, RFC 4180 quoting). The file
 * is checked whole first: a wrong header, bytes that are not UTF-8 text, a broken quote or row length,
 * too many rows or bytes refuse it with nothing written. Then each row is created (an invited trainee
 * with an invitation email), updated (an existing trainee's profile; blank cells leave a field as it
 * is), or skipped with its reason, all in one transaction.
 */
@Injectable()
export class TraineeImportService {
  constructor(
    private readonly tx: TransactionService,
    private readonly users: UsersService,
    private readonly repository: UsersRepository,
    private readonly audit: AuditService,
  ) {}

  async import(
    principal: Principal,
    file: Buffer,
    options: { dryRun: boolean },
    meta: RequestMeta,
  ): Promise<ImportReport> {
    if (!hasRole(principal, 'admin', 'coordinator'))
      throw forbidden('Coordinators and admins import trainees');
    const records = readCsvFile(file, { required: REQUIRED, optional: OPTIONAL, maxRows: IMPORT_MAX_ROWS });
    try {
      return await this.tx.run(async (em) => {
        const report = await this.apply(em, principal, records, options.dryRun);
        if (options.dryRun) throw new DryRunRollback<ImportReport>(report);
        await this.audit.record(
          em,
          {
            action: 'user.imported',
            actorId: principal.id,
            details: { created: report.created, updated: report.updated, skipped: report.skipped },
          },
          meta,
        );
        return report;
      });
    } catch (error) {
      if (error instanceof DryRunRollback) return error.report as ImportReport;
      throw error;
    }
  }

  private async apply(
    em: EntityManager,
    principal: Principal,
    records: CsvRecord<Column>[],
    dryRun: boolean,
  ): Promise<ImportReport> {
    const checked = checkPersonRows(records, await organisationsByName(em), { displayNameRequired: true });
    const results: ImportRowResult[] = [...checked.skipped];
    const candidates = checked.candidates;

    const existing = await this.repository.viewsByEmail(
      em,
      candidates.map((c) => c.email),
    );
    for (const c of candidates) {
      const user = existing.get(c.email);
      const result = user ? await this.updateExisting(em, user, c) : await this.create(em, principal, c);
      results.push(result);
    }
    results.sort((a, b) => a.row - b.row);
    const count = (o: ImportRowResult['outcome']) => results.filter((r) => r.outcome === o).length;
    return {
      dryRun,
      created: count('created'),
      updated: count('updated'),
      skipped: count('skipped'),
      rows: results,
    };
  }

  private async create(em: EntityManager, principal: Principal, c: Candidate): Promise<ImportRowResult> {
    const userId = await this.users.createInvited(em, principal.id, {
      email: c.email,
      displayName: c.displayName,
      roles: ['trainee'],
      ...(c.locale ? { locale: c.locale } : {}),
      ...(c.timeZone ? { timeZone: c.timeZone } : {}),
      organisationId: c.organisationId,
      position: c.position,
    });
    return { row: c.row, line: c.line, email: c.email, outcome: 'created', userId };
  }

  private async updateExisting(em: EntityManager, user: UserView, c: Candidate): Promise<ImportRowResult> {
    const base = { row: c.row, line: c.line, email: c.email, userId: user.id };
    if (user.roles.length !== 1 || user.roles[0] !== 'trainee')
      return {
        ...base,
        outcome: 'skipped',
        reason: 'email: belongs to an account that is not only a trainee’s',
      };
    if (user.status === 'disabled') return { ...base, outcome: 'skipped', reason: 'the account is disabled' };
    const patch = {
      ...(c.displayName !== user.displayName ? { displayName: c.displayName } : {}),
      ...(c.locale && c.locale !== user.locale ? { locale: c.locale } : {}),
      ...(c.timeZone && c.timeZone !== user.timeZone ? { timeZone: c.timeZone } : {}),
      ...(c.organisationId && c.organisationId !== user.organisation?.id
        ? { organisationId: c.organisationId }
        : {}),
      ...(c.position && c.position !== user.position ? { position: c.position } : {}),
    };
    if (Object.keys(patch).length === 0) return { ...base, outcome: 'skipped', reason: 'no change' };
    await this.repository.update(em, user.id, patch);
    return { ...base, outcome: 'updated', reason: `changed ${Object.keys(patch).join(', ')}` };
  }
}
