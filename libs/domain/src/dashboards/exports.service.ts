import { Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '@kenshu/config';
import { TransactionService } from '@kenshu/database';
import { OutboxService } from '@kenshu/queue';
import { Storage } from '@kenshu/storage';
import { AttendanceService } from '../attendance/attendance.service.js';
import { AuditService } from '../audit/audit.service.js';
import { forbidden, notFound } from '../common/domain-error.js';
import { orderedUuid } from '../common/ordered-uuid.js';
import type { Principal } from '../common/principal.js';
import type { RequestMeta } from '../common/request-meta.js';
import { CompletionService } from '../completion/completion.service.js';
import { EnrolmentsService, type ParticipantProfile } from '../enrolments/enrolments.service.js';
import { fileResponse, type FileResponse, type RangeRequest } from '../materials/material-files.service.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import { SurveyFiguresService } from '../surveys/survey-figures.service.js';
import { exportNotReady, exportTooLarge } from './dashboards.errors.js';
import {
  DataExportEntity,
  type ExportFormat,
  type ExportKind,
  type ExportStatus,
} from './data-export.entity.js';
import { EXPORT_CONTENT_TYPES, exportStream, type Cell } from './export-writer.js';

/** Rows read from the database per page: enough to amortise the queries, small enough to keep memory flat. */
export const EXPORT_PAGE = 1000;

export interface ExportView {
  id: string;
  programmeId: string;
  kind: ExportKind;
  format: ExportFormat;
  status: ExportStatus;
  rows: number | null;
  sizeBytes: number | null;
  createdAt: Date;
  builtAt: Date | null;
}

export interface ExportDownload {
  fileName: string;
  contentType: string;
  body: Readable;
}

const toView = (r: DataExportEntity): ExportView => ({
  id: r.id,
  programmeId: r.programmeId,
  kind: r.kind,
  format: r.format,
  status: r.status,
  rows: r.rows,
  sizeBytes: r.sizeBytes === null ? null : Number(r.sizeBytes),
  createdAt: r.createdAt,
  builtAt: r.builtAt,
});

const yesNo = (b: boolean) => (b ? 'yes' : 'no');

/**
 * Exports of a programme (participants, attendance, completion, evaluation) as CSV or XLSX, for its
 * coordinators and admins: streamed straight to the caller up to EXPORT_SYNC_MAX_PARTICIPANTS participants, or built as a
 * file by the `build-export` job and downloaded later by whoever asked and the programme's coordinators.
 * Either way rows are read in keyset pages of EXPORT_PAGE and written as they come.
 */
@Injectable()
export class ExportsService {
  constructor(
    private readonly tx: TransactionService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly storage: Storage,
    private readonly config: AppConfig,
    private readonly programmes: ProgrammesService,
    private readonly enrolments: EnrolmentsService,
    private readonly attendance: AttendanceService,
    private readonly completion: CompletionService,
    private readonly surveys: SurveyFiguresService,
  ) {}

  private async requireManage(em: EntityManager, principal: Principal, programmeId: string) {
    const access = await this.programmes.accessOrHide(em, principal, programmeId);
    if (access !== 'manage') throw forbidden('Only the programme’s coordinators export its data');
  }

  /** Streams an export now (the programme's coordinators and admins), for a programme small enough. */
  async stream(
    principal: Principal,
    programmeId: string,
    kind: ExportKind,
    format: ExportFormat,
  ): Promise<ExportDownload> {
    const em = this.tx.manager;
    await this.requireManage(em, principal, programmeId);
    const counts = await this.enrolments.statusCounts(em, programmeId);
    const participants = Object.values(counts).reduce((a, b) => a + b, 0);
    const max = this.config.exports.syncMaxParticipants;
    if (participants > max) throw exportTooLarge(participants, max);
    return {
      fileName: `${kind}.${format}`,
      contentType: EXPORT_CONTENT_TYPES[format],
      body: this.write(programmeId, kind, format).body,
    };
  }

  /**
   * The export as a byte stream, with no access check (the route and the job check first): the path the
   * routes, the job and the benchmark share. `rows()` is the number of data rows written so far.
   */
  write(programmeId: string, kind: ExportKind, format: ExportFormat): { body: Readable; rows: () => number } {
    let n = -1;
    const source = this.rows(this.tx.manager, programmeId, kind);
    const counted = (async function* () {
      for await (const row of source) {
        n++;
        yield row;
      }
    })();
    return { body: exportStream(format, counted, kind), rows: () => Math.max(n, 0) };
  }

  /** Header first, then rows, page by page. */
  private async *rows(em: EntityManager, programmeId: string, kind: ExportKind): AsyncGenerator<Cell[]> {
    if (kind === 'participants') {
      yield ['name', 'email', 'status', 'organisation', 'country', 'city', 'gender'];
      for await (const page of this.pages(em, programmeId, false))
        for (const p of page)
          yield [
            p.displayName,
            p.email,
            p.status,
            p.organisation,
            p.country,
            p.city,
            p.gender ?? 'not recorded',
          ];
      return;
    }
    if (kind === 'evaluation') {
      // One row per L1 survey (a programme has tens, not thousands): no pages.
      yield [
        'survey',
        'session',
        'session_kind',
        'session_starts_at_utc',
        'anonymous',
        'status',
        'invited',
        'responded',
        'response_rate',
        'hidden',
        'likert_mean',
        'likert_answers',
      ];
      for (const f of await this.surveys.ofProgramme(em, programmeId))
        if (f.level === 'L1')
          yield [
            f.title,
            f.session?.title ?? null,
            f.session?.kind ?? null,
            f.session?.startsAt.toISOString() ?? null,
            yesNo(f.anonymous),
            f.status,
            f.invited,
            f.responded,
            f.responseRate,
            yesNo(f.hidden),
            f.likertMean,
            f.likertAnswers,
          ];
      return;
    }
    if (kind === 'attendance') {
      const sessions = await this.attendance.sessionsForExport(em, programmeId);
      yield ['name', 'email', 'session', 'kind', 'starts_at_utc', 'status'];
      for await (const page of this.pages(em, programmeId, true)) {
        const marks = await this.attendance.marksOf(
          em,
          programmeId,
          page.map((p) => p.userId),
        );
        for (const p of page) {
          const mine = marks.get(p.userId);
          for (const s of sessions)
            yield [
              p.displayName,
              p.email,
              s.title,
              s.kind,
              s.startsAt.toISOString(),
              mine?.get(s.id) ?? 'unmarked',
            ];
        }
      }
      return;
    }
    yield [
      'name',
      'email',
      'enrolment_status',
      'rules_met',
      'attendance_percent',
      'attendance_required',
      'post_test_percent',
      'post_test_required',
      'reports_accepted',
    ];
    for await (const page of this.pages(em, programmeId, true)) {
      const { trainees } = await this.completion.evaluateUsers(
        em,
        programmeId,
        page.map((p) => p.userId),
      );
      const byUser = new Map(trainees.map((t) => [t.userId, t]));
      for (const p of page) {
        const t = byUser.get(p.userId);
        const req = (k: string) => t?.requirements.find((r) => r.kind === k);
        const reports = t?.requirements.filter((r) => r.kind === 'report') ?? [];
        yield [
          p.displayName,
          p.email,
          p.status,
          yesNo(t?.met ?? false),
          req('attendance')?.actual ?? null,
          req('attendance')?.required ?? null,
          req('post_test')?.actual ?? null,
          req('post_test')?.required ?? null,
          reports.length === 0 ? null : `${reports.filter((r) => r.met).length}/${reports.length}`,
        ];
      }
    }
  }

  private async *pages(em: EntityManager, programmeId: string, participatingOnly: boolean) {
    let after: string | null = null;
    for (;;) {
      const page: ParticipantProfile[] = await this.enrolments.profilePage(
        em,
        programmeId,
        after,
        EXPORT_PAGE,
        participatingOnly,
      );
      if (page.length === 0) return;
      yield page;
      if (page.length < EXPORT_PAGE) return;
      after = page[page.length - 1]!.enrolmentId;
    }
  }

  // ---- exports as files ----------------------------------------------------------------------------

  /** Asks for an export as a file (coordinators and admins; audited): a row and its job, in one transaction. */
  async request(
    principal: Principal,
    programmeId: string,
    kind: ExportKind,
    format: ExportFormat,
    meta: RequestMeta,
  ): Promise<ExportView> {
    return this.tx.run(async (em) => {
      await this.requireManage(em, principal, programmeId);
      const id = orderedUuid();
      await em.insert(DataExportEntity, { id, programmeId, requestedBy: principal.id, kind, format });
      await this.outbox.add(em, 'build-export', { exportId: id });
      await this.audit.record(
        em,
        {
          action: 'export.requested',
          actorId: principal.id,
          targetType: 'data_export',
          targetId: id,
          details: { programmeId, kind, format },
        },
        meta,
      );
      return toView(await em.findOneByOrFail(DataExportEntity, { id }));
    });
  }

  /** Whoever asked for it and the programme's coordinators (and admins); anyone else: 404. */
  private async visible(em: EntityManager, principal: Principal, id: string): Promise<DataExportEntity> {
    const row = await em.findOneBy(DataExportEntity, { id });
    if (!row) throw notFound('Export');
    if (row.requestedBy === principal.id) return row;
    const access = await this.programmes.accessOrHide(em, principal, row.programmeId).catch(() => null);
    if (access !== 'manage') throw notFound('Export');
    return row;
  }

  async get(principal: Principal, id: string): Promise<ExportView> {
    return toView(await this.visible(this.tx.manager, principal, id));
  }

  /** The built file (409 before it is ready), with ETag and ranges like any stored file; audited. */
  async openFile(
    principal: Principal,
    id: string,
    req: RangeRequest,
    meta: RequestMeta,
  ): Promise<FileResponse> {
    const row = await this.visible(this.tx.manager, principal, id);
    if (row.status !== 'ready' || !row.storageKey || !row.sha256 || row.sizeBytes === null)
      throw exportNotReady(row.status);
    const response = await fileResponse(
      this.storage,
      {
        key: row.storageKey,
        size: Number(row.sizeBytes),
        sha256: row.sha256,
        contentType: EXPORT_CONTENT_TYPES[row.format],
        fileName: `${row.kind}-${row.createdAt.toISOString().slice(0, 10)}.${row.format}`,
      },
      req,
      true,
    );
    if (response.status !== 304)
      await this.audit.record(
        this.tx.manager,
        { action: 'export.downloaded', actorId: principal.id, targetType: 'data_export', targetId: id },
        meta,
      );
    return response;
  }

  /**
   * The `build-export` job: writes the file to storage, then marks the row ready under its lock. A rerun
   * (or a second worker) finds it ready and does nothing; a file written by a run that lost the race is
   * deleted, so one export has one file. A failure is recorded; the final one marks the export failed.
   */
  async build(exportId: string, attempt: { isFinal: boolean } = { isFinal: true }): Promise<void> {
    try {
      await this.buildOnce(exportId);
    } catch (error) {
      await this.tx.manager
        .update(
          DataExportEntity,
          { id: exportId, status: 'queued' },
          {
            lastError: String((error as Error).message ?? error).slice(0, 1000),
            ...(attempt.isFinal ? { status: 'failed' as const } : {}),
          },
        )
        .catch(() => undefined);
      throw error;
    }
  }

  private async buildOnce(exportId: string): Promise<void> {
    const row = await this.tx.manager.findOneBy(DataExportEntity, { id: exportId });
    if (!row || row.status === 'ready') return;
    const written = this.write(row.programmeId, row.kind, row.format);
    const stored = await this.storage.put(written.body);
    let kept = false;
    try {
      kept = await this.tx.run(async (em) => {
        const current = await em.findOne(DataExportEntity, {
          where: { id: exportId },
          lock: { mode: 'pessimistic_write' },
        });
        if (!current || current.status === 'ready') return false;
        await em.update(
          DataExportEntity,
          { id: exportId },
          {
            status: 'ready',
            rows: written.rows(),
            storageKey: stored.key,
            sizeBytes: String(stored.size),
            sha256: stored.sha256,
            lastError: null,
            builtAt: new Date(),
          },
        );
        return true;
      });
    } finally {
      if (!kept) await this.storage.delete(stored.key).catch(() => undefined);
    }
  }
}
