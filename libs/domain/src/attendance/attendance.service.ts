import { Injectable } from '@nestjs/common';
import { DateTime, IANAZone } from 'luxon';
import QRCode from 'qrcode';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '@kenshu/config';
import { TransactionService } from '@kenshu/database';
import { OutboxService } from '@kenshu/queue';
import { AuditService, type AuditRecord } from '../audit/audit.service.js';
import { AttemptThrottleService } from '../auth/attempt-throttle.service.js';
import { DomainError, forbidden, notFound, type FieldProblem } from '../common/domain-error.js';
import { orderedUuid } from '../common/ordered-uuid.js';
import type { Principal } from '../common/principal.js';
import type { RequestMeta } from '../common/request-meta.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import { SessionEntity, type SessionKind } from '../sessions/session.entity.js';
import { readAttendanceCsv } from './attendance-csv.js';
import {
  importedStatus,
  minutesWithin,
  newCheckInCode,
  normaliseCode,
  reconcile,
  sessionSpan,
  type Decision,
} from './attendance-rules.js';
import {
  AttendanceCheckInCodeEntity,
  AttendanceEntity,
  type AttendanceSource,
  type AttendanceStatus,
} from './attendance.entity.js';
import {
  alreadyCheckedIn,
  alreadyRecorded,
  attendanceInvalid,
  checkInClosed,
  checkInInvalid,
  notStarted,
  sessionCancelled,
} from './attendance.errors.js';
import { timePoint, type TimePoint } from '../common/time-point.js';

/** Enrolments whose trainee can have attendance (invited trainees have not started; withdrawn ones left). */
export const ATTENDING_ENROLMENTS = ['active', 'completed', 'not_completed'] as const;
const ATTENDING_SQL = `('active', 'completed', 'not_completed')`;

/** What completion reads of one trainee's attendance in a programme. */
export interface AttendanceTally {
  /** The programme's sessions that are not cancelled. */
  sessions: number;
  /** Of those, the ones that have ended. */
  ended: number;
  /** Present or late. */
  attended: number;
  excused: number;
}

export interface RosterRecordInput {
  userId: string;
  status: AttendanceStatus;
  note?: string | null;
}

export interface SyncRecordInput extends RosterRecordInput {
  /** When the device recorded it. */
  recordedAt: Date;
}

export interface AttendanceEntryView {
  userId: string;
  displayName: string;
  email: string;
  status: AttendanceStatus | 'unmarked';
  note: string | null;
  source: AttendanceSource | null;
  recordedAt: Date | null;
  recordedBy: string | null;
  checkedInAt: Date | null;
  minutesAttended: number | null;
}

export interface AttendanceCounts {
  present: number;
  late: number;
  absent: number;
  excused: number;
  unmarked: number;
  total: number;
}

export interface SessionRosterView {
  sessionId: string;
  programmeId: string;
  title: string;
  sessionStatus: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  counts: AttendanceCounts;
  trainees: AttendanceEntryView[];
}

export interface CheckInCodeView {
  code: string;
  validFrom: Date;
  validUntil: Date;
  checkInUrl: string;
}

export interface CheckInView {
  sessionId: string;
  status: 'present' | 'late';
  checkedInAt: Date;
}

export interface DecisionView {
  status: AttendanceStatus;
  note: string | null;
  source: AttendanceSource;
  recordedAt: Date;
  recordedBy: string | null;
}

/** An offline record that met a different decision: both values, who and when, and which one stands. */
export interface SyncConflict {
  userId: string;
  kept: 'incoming' | 'existing';
  incoming: DecisionView;
  existing: DecisionView;
}

export interface SyncReport {
  deviceId: string;
  applied: { userId: string; status: AttendanceStatus }[];
  unchanged: string[];
  conflicts: SyncConflict[];
}

export interface ImportedTrainee {
  userId: string;
  email: string;
  minutes: number;
  status: 'present' | 'absent';
  /** What the import did (or, on a dry run, would do) to the stored attendance. */
  outcome: 'applied' | 'unchanged' | 'lost';
}

export interface AttendanceImportReport {
  dryRun: boolean;
  written: boolean;
  thresholdPercent: number;
  sessionMinutes: number;
  trainees: ImportedTrainee[];
  /** Emails in the file that are no attending trainee of the programme (guests, staff, typos). */
  unknownEmails: string[];
  badRows: { line: number; field: string; reason: string }[];
  /** Attending trainees absent from the file: left as they are. */
  notInFile: number;
}

export interface MyAttendanceSession {
  sessionId: string;
  title: string;
  kind: string;
  cancelled: boolean;
  start: TimePoint;
  end: TimePoint;
  status: AttendanceStatus | 'unmarked';
  note: string | null;
  source: AttendanceSource | null;
  checkedInAt: TimePoint | null;
  minutesAttended: number | null;
}

export interface MyAttendanceView {
  programmeId: string;
  timeZone: string;
  hostTimeZone: string;
  tally: AttendanceTally;
  sessions: MyAttendanceSession[];
}

export interface ProgrammeAttendanceView {
  programmeId: string;
  sessions: {
    sessionId: string;
    title: string;
    startsAt: Date;
    ended: boolean;
    counts: AttendanceCounts;
    /** Present or late over the attending trainees; null before it ends. */
    rate: number | null;
  }[];
  trainees: {
    userId: string;
    displayName: string;
    email: string;
    attended: number;
    excused: number;
    /** Ended sessions. */
    total: number;
    /** attended / total (excused sessions count against it; completion decides what excused means). */
    rate: number | null;
  }[];
}

interface SessionContext {
  session: SessionEntity;
  programme: ProgrammeEntity;
  start: Date;
  end: Date;
}

interface Trainee {
  userId: string;
  email: string;
  displayName: string;
}

/** A decision to write: one row of the upsert. */
interface Write extends Decision {
  userId: string;
  checkedInAt?: Date | null;
}

const zoneOr = (zone: string) => (IANAZone.isValidZone(zone) ? zone : 'UTC');
const timeIn = timePoint;
const rate = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 1000);
const NOTE_MAX = 500;
/** Offline devices' clocks drift: a record up to 5 minutes in the future is taken as now-ish. */
const FUTURE_SLACK_MS = 5 * 60_000;
export const SYNC_MAX_RECORDS = 2000;
export const ATTENDANCE_IMPORT_MAX_ROWS = 20_000;

/**
 * Attendance of a programme's trainees at its sessions. Staff (the programme's coordinators and
 * instructors, admins) take it: the whole roster in one request, an offline device's batch, or a
 * webinar's join/leave report; trainees check themselves in with the code staff show in the session.
 * Unmarked trainees become absent some hours after a session ends (the worker's sweep). Every change is
 * audited, and every trainee whose attendance changed gets an evaluate-completion job in the same
 * transaction.
 */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly programmes: ProgrammesService,
    private readonly throttle: AttemptThrottleService,
    private readonly config: AppConfig,
  ) {}

  // ---- access ------------------------------------------------------------------------------------

  /** The session with its programme, or 404 to whoever may not know the programme. */
  private async context(
    em: EntityManager,
    principal: Principal,
    sessionId: string,
    need: 'staff' | 'trainee' | 'any',
  ): Promise<SessionContext & { access: 'manage' | 'teach' | 'attend' }> {
    const session = await em.findOne(SessionEntity, { where: { id: sessionId } });
    if (!session) throw notFound('Session');
    const access = await this.programmes
      .accessOrHide(em, principal, session.programmeId)
      .catch((e: unknown) => {
        if (e instanceof DomainError && e.code === 'COMMON.NOT_FOUND') throw notFound('Session');
        throw e;
      });
    if (need === 'staff' && access === 'attend')
      throw forbidden('Only the programme’s staff take attendance');
    if (need === 'trainee' && access !== 'attend')
      throw forbidden('Only an enrolled trainee checks in to a session');
    const programme = await em.findOneOrFail(ProgrammeEntity, { where: { id: session.programmeId } });
    return { session, programme, access, ...sessionSpan(session) };
  }

  /** Refuses cancelled sessions and marking before the session starts (less the configured lead). */
  private checkMarkable(ctx: SessionContext, now: Date): void {
    if (ctx.session.status === 'cancelled') throw sessionCancelled();
    const opensAt = new Date(ctx.start.getTime() - this.config.attendance.markLeadMin * 60_000);
    if (now < opensAt) throw notStarted(opensAt);
  }

  /** Serialises the writers of one session's attendance (roster saves, batches, check-ins). */
  private async lockSession(em: EntityManager, sessionId: string): Promise<void> {
    await em.query(`SELECT id FROM session WHERE id = ? FOR UPDATE`, [sessionId]);
  }

  private async attendingTrainees(em: EntityManager, programmeId: string): Promise<Trainee[]> {
    return (await em.query(
      `SELECT e.user_id AS userId, u.email, u.display_name AS displayName
         FROM enrolment e JOIN user u ON u.id = e.user_id
        WHERE e.programme_id = ? AND e.status IN ${ATTENDING_SQL}
        ORDER BY u.display_name, u.email`,
      [programmeId],
    )) as Trainee[];
  }

  private async records(em: EntityManager, sessionId: string, lock = false) {
    const qb = em.createQueryBuilder(AttendanceEntity, 'a').where('a.session_id = :sessionId', { sessionId });
    const rows = await (lock ? qb.setLock('pessimistic_write') : qb).getMany();
    return new Map(rows.map((r) => [r.userId, r]));
  }

  /**
   * Writes the decisions (one multi-row upsert), one audit event per changed trainee and one
   * evaluate-completion job each, all in the caller's transaction.
   */
  private async write(
    em: EntityManager,
    ctx: SessionContext,
    existing: Map<string, AttendanceEntity>,
    writes: Write[],
    action: AuditRecord['action'],
    actorId: string | null,
    meta: RequestMeta,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    if (writes.length === 0) return;
    const rows = writes.map((w) => [
      existing.get(w.userId)?.id ?? orderedUuid(),
      ctx.session.id,
      w.userId,
      w.status,
      w.note,
      w.source,
      w.recordedBy,
      w.recordedAt,
      w.checkedInAt ?? existing.get(w.userId)?.checkedInAt ?? null,
      w.minutesAttended ?? null,
    ]);
    await em.query(
      `INSERT INTO attendance
         (id, session_id, user_id, status, note, source, recorded_by, recorded_at, checked_in_at, minutes_attended)
       VALUES ?
       ON DUPLICATE KEY UPDATE status = VALUES(status), note = VALUES(note), source = VALUES(source),
         recorded_by = VALUES(recorded_by), recorded_at = VALUES(recorded_at),
         checked_in_at = VALUES(checked_in_at), minutes_attended = VALUES(minutes_attended)`,
      [rows],
    );
    await this.audit.recordMany(
      em,
      writes.map((w, i) => {
        const before = existing.get(w.userId);
        return {
          action,
          actorId,
          targetType: 'attendance' as const,
          targetId: rows[i]![0] as string,
          details: {
            ...details,
            sessionId: ctx.session.id,
            userId: w.userId,
            from: before ? { status: before.status, note: before.note, source: before.source } : null,
            to: { status: w.status, note: w.note, source: w.source },
            ...(w.minutesAttended != null ? { minutesAttended: w.minutesAttended } : {}),
          },
        };
      }),
      meta,
    );
    await this.outbox.addMany(
      em,
      'evaluate-completion',
      writes.map((w) => ({ programmeId: ctx.session.programmeId, userId: w.userId })),
    );
  }

  // ---- the roster ----------------------------------------------------------------------------------

  async roster(principal: Principal, sessionId: string): Promise<SessionRosterView> {
    const em = this.tx.manager;
    const ctx = await this.context(em, principal, sessionId, 'staff');
    return this.rosterView(em, ctx);
  }

  private async rosterView(em: EntityManager, ctx: SessionContext): Promise<SessionRosterView> {
    const [trainees, records] = await Promise.all([
      this.attendingTrainees(em, ctx.session.programmeId),
      this.records(em, ctx.session.id),
    ]);
    const counts: AttendanceCounts = { present: 0, late: 0, absent: 0, excused: 0, unmarked: 0, total: 0 };
    const entries = trainees.map((t): AttendanceEntryView => {
      const r = records.get(t.userId);
      counts[r?.status ?? 'unmarked']++;
      counts.total++;
      return {
        userId: t.userId,
        displayName: t.displayName,
        email: t.email,
        status: r?.status ?? 'unmarked',
        note: r?.note ?? null,
        source: r?.source ?? null,
        recordedAt: r?.recordedAt ?? null,
        recordedBy: r?.recordedBy ?? null,
        checkedInAt: r?.checkedInAt ?? null,
        minutesAttended: r?.minutesAttended ?? null,
      };
    });
    return {
      sessionId: ctx.session.id,
      programmeId: ctx.session.programmeId,
      title: ctx.session.title,
      sessionStatus: ctx.session.status,
      startsAt: ctx.start,
      endsAt: ctx.end,
      timeZone: ctx.session.timeZone,
      counts,
      trainees: entries,
    };
  }

  /** Checks rows against the attending trainees: each bad one named (`records[2].userId`). */
  private checkRows(
    rows: readonly RosterRecordInput[],
    attending: Set<string>,
    problems: FieldProblem[],
    allowRepeats: boolean,
  ): void {
    const seen = new Map<string, number>();
    rows.forEach((r, i) => {
      if (!attending.has(r.userId))
        problems.push({ field: `records[${i}].userId`, reason: 'is not a trainee attending this programme' });
      else if (!allowRepeats && seen.has(r.userId))
        problems.push({
          field: `records[${i}].userId`,
          reason: `appears twice (also records[${seen.get(r.userId)}])`,
        });
      seen.set(r.userId, seen.get(r.userId) ?? i);
      if (r.note && r.note.length > NOTE_MAX)
        problems.push({ field: `records[${i}].note`, reason: `must be at most ${NOTE_MAX} characters` });
    });
  }

  /**
   * The roster (or part of it) as an instructor takes it in the room: all or nothing. Each record is
   * the latest decision (made now), so it replaces whatever was there, a check-in included; a trainee
   * not in the request keeps their record. Only changed trainees are written and audited.
   */
  async saveRoster(
    principal: Principal,
    sessionId: string,
    records: RosterRecordInput[],
    meta: RequestMeta,
    now = new Date(),
  ): Promise<SessionRosterView> {
    return this.tx.run(async (em) => {
      const ctx = await this.context(em, principal, sessionId, 'staff');
      this.checkMarkable(ctx, now);
      const attending = new Set(
        (await this.attendingTrainees(em, ctx.session.programmeId)).map((t) => t.userId),
      );
      const problems: FieldProblem[] = [];
      this.checkRows(records, attending, problems, false);
      if (problems.length > 0) throw attendanceInvalid(problems);
      await this.lockSession(em, sessionId);
      const existing = await this.records(em, sessionId, true);
      const writes: Write[] = records
        .filter((r) => {
          const e = existing.get(r.userId);
          return (
            !e || e.status !== r.status || (e.note ?? null) !== (r.note ?? null) || e.source !== 'instructor'
          );
        })
        .map((r) => ({
          userId: r.userId,
          status: r.status,
          note: r.note ?? null,
          source: 'instructor',
          recordedAt: now,
          recordedBy: principal.id,
        }));
      await this.write(em, ctx, existing, writes, 'attendance.recorded', principal.id, meta);
      return this.rosterView(em, ctx);
    });
  }

  // ---- self check-in -------------------------------------------------------------------------------

  private checkInWindow(ctx: SessionContext): { validFrom: Date; validUntil: Date } {
    const { checkInOpensMin, checkInClosesMin } = this.config.attendance;
    return {
      validFrom: new Date(ctx.start.getTime() - checkInOpensMin * 60_000),
      validUntil: new Date(ctx.end.getTime() + checkInClosesMin * 60_000),
    };
  }

  private checkInUrl(sessionId: string, code: string): string {
    return `${this.config.http.publicUrl}/check-in/${sessionId}?code=${code}`;
  }

  /**
   * A new code for the session (replacing the current one, which stops working), valid in the
   * session's check-in window. Refused for a cancelled session and once the window has closed.
   */
  async createCheckInCode(
    principal: Principal,
    sessionId: string,
    meta: RequestMeta,
    now = new Date(),
  ): Promise<CheckInCodeView> {
    return this.tx.run(async (em) => {
      const ctx = await this.context(em, principal, sessionId, 'staff');
      if (ctx.session.status === 'cancelled') throw sessionCancelled();
      const { validFrom, validUntil } = this.checkInWindow(ctx);
      if (now >= validUntil) throw checkInClosed(validFrom, validUntil);
      const code = newCheckInCode();
      await em.query(
        `INSERT INTO attendance_check_in_code (session_id, code, valid_from, valid_until, created_by)
         VALUES (?, ?, ?, ?, ?)
         ON DUPLICATE KEY UPDATE code = VALUES(code), valid_from = VALUES(valid_from),
           valid_until = VALUES(valid_until), created_by = VALUES(created_by), created_at = CURRENT_TIMESTAMP(3)`,
        [sessionId, code, validFrom, validUntil, principal.id],
      );
      // The code itself stays out of the log: it is a short-lived secret of the room.
      await this.audit.record(
        em,
        {
          action: 'attendance.check_in_code_created',
          actorId: principal.id,
          targetType: 'programme_session',
          targetId: sessionId,
          details: { validFrom, validUntil },
        },
        meta,
      );
      return { code, validFrom, validUntil, checkInUrl: this.checkInUrl(sessionId, code) };
    });
  }

  /** The current code's check-in URL as an SVG QR code, for staff to show in the room. */
  async currentCodeSvg(principal: Principal, sessionId: string, now = new Date()): Promise<string> {
    const em = this.tx.manager;
    await this.context(em, principal, sessionId, 'staff');
    const current = await em.findOne(AttendanceCheckInCodeEntity, { where: { sessionId } });
    if (!current || current.validUntil <= now) throw notFound('Check-in code');
    return QRCode.toString(this.checkInUrl(sessionId, current.code), {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 2,
    });
  }

  /**
   * A trainee checks in with the code shown in the room: present, or late once the grace after the
   * start has passed. Every try counts against the check-in throttle (per trainee and per IP) before the
   * code is compared, so codes cannot be guessed. Refused outside the window, twice, and when staff
   * already decided (a check-in never overrides them).
   */
  async checkIn(
    principal: Principal,
    sessionId: string,
    typed: string,
    meta: RequestMeta,
    now = new Date(),
  ): Promise<CheckInView> {
    const ctx = await this.context(this.tx.manager, principal, sessionId, 'any');
    if (ctx.access !== 'attend') throw forbidden('Only an enrolled trainee checks in to a session');
    if (ctx.session.status === 'cancelled') throw sessionCancelled();
    await this.throttle.attempt('check-in', principal.id, meta.ip);
    return this.tx.run(async (em) => {
      await this.lockSession(em, sessionId);
      const current = await em.findOne(AttendanceCheckInCodeEntity, { where: { sessionId } });
      const window = this.checkInWindow(ctx);
      if (now < window.validFrom || now >= window.validUntil)
        throw checkInClosed(window.validFrom, window.validUntil);
      if (!current || current.code !== normaliseCode(typed)) throw checkInInvalid();
      if (now < current.validFrom || now >= current.validUntil)
        throw checkInClosed(current.validFrom, current.validUntil);
      const enrolled = (await em.query(
        `SELECT 1 FROM enrolment WHERE programme_id = ? AND user_id = ? AND status IN ${ATTENDING_SQL}`,
        [ctx.session.programmeId, principal.id],
      )) as unknown[];
      // Invited trainees see the programme but have not started it: as if the session were not theirs.
      if (enrolled.length === 0) throw notFound('Session');
      const existing = await this.records(em, sessionId, true);
      const mine = existing.get(principal.id);
      if (mine?.source === 'check_in') throw alreadyCheckedIn();
      if (mine) throw alreadyRecorded();
      const late = now.getTime() > ctx.start.getTime() + this.config.attendance.lateGraceMin * 60_000;
      const status = late ? ('late' as const) : ('present' as const);
      await this.write(
        em,
        ctx,
        existing,
        [
          {
            userId: principal.id,
            status,
            note: null,
            source: 'check_in',
            recordedAt: now,
            recordedBy: principal.id,
            checkedInAt: now,
          },
        ],
        'attendance.checked_in',
        principal.id,
        meta,
      );
      return { sessionId, status, checkedInAt: now };
    });
  }

  // ---- offline batches -----------------------------------------------------------------------------

  /**
   * A device's records taken offline, reconciled per trainee (see `reconcile`): the latest instructor
   * decision wins by when it was made. Several records of one trainee in a batch are a device's log: the
   * latest stands. All or nothing on bad rows; the same batch twice changes nothing the second time.
   */
  async sync(
    principal: Principal,
    sessionId: string,
    deviceId: string,
    records: SyncRecordInput[],
    meta: RequestMeta,
    now = new Date(),
  ): Promise<SyncReport> {
    return this.tx.run(async (em) => {
      const ctx = await this.context(em, principal, sessionId, 'staff');
      this.checkMarkable(ctx, now);
      const attending = new Set(
        (await this.attendingTrainees(em, ctx.session.programmeId)).map((t) => t.userId),
      );
      const problems: FieldProblem[] = [];
      this.checkRows(records, attending, problems, true);
      records.forEach((r, i) => {
        if (r.recordedAt.getTime() > now.getTime() + FUTURE_SLACK_MS)
          problems.push({ field: `records[${i}].recordedAt`, reason: 'is in the future' });
      });
      if (problems.length > 0) throw attendanceInvalid(problems);
      const latest = new Map<string, SyncRecordInput>();
      for (const r of records) {
        const seen = latest.get(r.userId);
        if (!seen || r.recordedAt >= seen.recordedAt) latest.set(r.userId, r);
      }
      await this.lockSession(em, sessionId);
      const existing = await this.records(em, sessionId, true);
      const report: SyncReport = { deviceId, applied: [], unchanged: [], conflicts: [] };
      const writes: Write[] = [];
      for (const r of latest.values()) {
        const incoming: Decision = {
          status: r.status,
          note: r.note ?? null,
          source: 'offline',
          recordedAt: r.recordedAt,
          recordedBy: principal.id,
        };
        const stored = existing.get(r.userId);
        const result = reconcile(stored ?? null, incoming);
        const conflict = (kept: 'incoming' | 'existing') =>
          report.conflicts.push({ userId: r.userId, kept, incoming, existing: decisionOf(stored!) });
        if (result.outcome === 'unchanged') report.unchanged.push(r.userId);
        else if (result.outcome === 'lost') conflict('existing');
        else {
          if (result.overrode) conflict('incoming');
          report.applied.push({ userId: r.userId, status: r.status });
          writes.push({ userId: r.userId, ...incoming });
        }
      }
      await this.write(em, ctx, existing, writes, 'attendance.synced', principal.id, meta, { deviceId });
      return report;
    });
  }

  // ---- webinar import ------------------------------------------------------------------------------

  /**
   * A webinar's join/leave report (CSV: email, join, leave). Each trainee's rows merge into the union of
   * their intervals, clipped to the session; minutes reaching the threshold share of its length make them
   * present, else absent with their minutes. The results are instructor decisions made now (latest wins).
   * Emails of no attending trainee are listed, not refused (guests, staff); a bad row makes the whole
   * import write nothing (422), since a trainee's minutes would be short; a dry run reports only.
   */
  async importWebinar(
    principal: Principal,
    sessionId: string,
    file: Buffer,
    options: { thresholdPercent?: number; dryRun: boolean },
    meta: RequestMeta,
    now = new Date(),
  ): Promise<AttendanceImportReport> {
    const thresholdPercent = options.thresholdPercent ?? this.config.attendance.importThresholdPercent;
    const report = await this.tx.run(async (em) => {
      const ctx = await this.context(em, principal, sessionId, 'staff');
      this.checkMarkable(ctx, now);
      const parsed = readAttendanceCsv(file, ctx.session.timeZone, ATTENDANCE_IMPORT_MAX_ROWS);
      const trainees = await this.attendingTrainees(em, ctx.session.programmeId);
      const byEmail = new Map(trainees.map((t) => [t.email.toLowerCase(), t]));
      const sessionMinutes = Math.round((ctx.end.getTime() - ctx.start.getTime()) / 60_000);
      const intervals = new Map<string, [number, number][]>();
      const unknown = new Set<string>();
      for (const row of parsed.rows) {
        const t = byEmail.get(row.email);
        if (!t) unknown.add(row.email);
        else intervals.set(t.userId, [...(intervals.get(t.userId) ?? []), [row.join, row.leave]]);
      }
      await this.lockSession(em, sessionId);
      const existing = await this.records(em, sessionId, true);
      const out: AttendanceImportReport = {
        dryRun: options.dryRun,
        written: false,
        thresholdPercent,
        sessionMinutes,
        trainees: [],
        unknownEmails: [...unknown].sort(),
        badRows: parsed.badRows,
        notInFile: trainees.filter((t) => !intervals.has(t.userId)).length,
      };
      const writes: Write[] = [];
      for (const t of trainees) {
        const spans = intervals.get(t.userId);
        if (!spans) continue;
        const minutes = minutesWithin(spans, ctx.start.getTime(), ctx.end.getTime());
        const status = importedStatus(minutes, sessionMinutes, thresholdPercent);
        const incoming: Decision = {
          status,
          note: null,
          source: 'import',
          recordedAt: now,
          recordedBy: principal.id,
          minutesAttended: minutes,
        };
        const result = reconcile(existing.get(t.userId) ?? null, incoming);
        out.trainees.push({ userId: t.userId, email: t.email, minutes, status, outcome: result.outcome });
        if (result.outcome === 'applied') writes.push({ userId: t.userId, ...incoming });
      }
      if (options.dryRun) return out;
      if (parsed.badRows.length > 0)
        throw attendanceInvalid(
          parsed.badRows.map((b) => ({ field: `line ${b.line}.${b.field}`, reason: b.reason })),
        );
      await this.write(em, ctx, existing, writes, 'attendance.imported', principal.id, meta, {
        thresholdPercent,
      });
      return { ...out, written: true };
    });
    return report;
  }

  // ---- reading -------------------------------------------------------------------------------------

  /** A trainee's own attendance at every session of the programme, times in their zone and the host's. */
  async mine(principal: Principal, programmeId: string, now = new Date()): Promise<MyAttendanceView> {
    const em = this.tx.manager;
    const access = await this.programmes.accessOrHide(em, principal, programmeId);
    if (access !== 'attend')
      throw forbidden('This is a trainee’s own attendance; staff read the programme’s');
    const programme = await em.findOneOrFail(ProgrammeEntity, { where: { id: programmeId } });
    const local = zoneOr(principal.timeZone);
    const host = zoneOr(programme.hostTimeZone);
    const sessions = await em.find(SessionEntity, { where: { programmeId } });
    const records = (await em.query(
      `SELECT a.session_id AS sessionId, a.status, a.note, a.source, a.checked_in_at AS checkedInAt,
              a.minutes_attended AS minutesAttended
         FROM attendance a JOIN session s ON s.id = a.session_id
        WHERE s.programme_id = ? AND a.user_id = ?`,
      [programmeId, principal.id],
    )) as {
      sessionId: string;
      status: AttendanceStatus;
      note: string | null;
      source: AttendanceSource;
      checkedInAt: Date | null;
      minutesAttended: number | null;
    }[];
    const bySession = new Map(records.map((r) => [r.sessionId, r]));
    const tally: AttendanceTally = { sessions: 0, ended: 0, attended: 0, excused: 0 };
    const items = sessions
      .map((s) => ({ s, ...sessionSpan(s) }))
      .sort((a, b) => a.start.getTime() - b.start.getTime())
      .map(({ s, start, end }): MyAttendanceSession => {
        const r = bySession.get(s.id);
        if (s.status !== 'cancelled') {
          tally.sessions++;
          if (end <= now) tally.ended++;
          if (r?.status === 'present' || r?.status === 'late') tally.attended++;
          if (r?.status === 'excused') tally.excused++;
        }
        return {
          sessionId: s.id,
          title: s.title,
          kind: s.kind,
          cancelled: s.status === 'cancelled',
          start: timeIn(start, local, host),
          end: timeIn(end, local, host),
          status: r?.status ?? 'unmarked',
          note: r?.note ?? null,
          source: r?.source ?? null,
          checkedInAt: r?.checkedInAt ? timeIn(new Date(r.checkedInAt), local, host) : null,
          minutesAttended: r?.minutesAttended == null ? null : Number(r.minutesAttended),
        };
      });
    return { programmeId, timeZone: local, hostTimeZone: host, tally, sessions: items };
  }

  /** The programme's attendance for its staff: per session counts and rate, per trainee attended/total. */
  async programmeSummary(
    principal: Principal,
    programmeId: string,
    now = new Date(),
  ): Promise<ProgrammeAttendanceView> {
    const em = this.tx.manager;
    const access = await this.programmes.accessOrHide(em, principal, programmeId);
    if (access === 'attend') throw forbidden('Only the programme’s staff read everyone’s attendance');
    const [trainees, sessions, rows] = await Promise.all([
      this.attendingTrainees(em, programmeId),
      em.find(SessionEntity, { where: { programmeId } }),
      em.query(
        `SELECT a.session_id AS sessionId, a.user_id AS userId, a.status
           FROM attendance a
           JOIN session s ON s.id = a.session_id
           JOIN enrolment e ON e.programme_id = s.programme_id AND e.user_id = a.user_id
          WHERE s.programme_id = ? AND s.status <> 'cancelled' AND e.status IN ${ATTENDING_SQL}`,
        [programmeId],
      ) as Promise<{ sessionId: string; userId: string; status: AttendanceStatus }[]>,
    ]);
    const live = sessions
      .filter((s) => s.status !== 'cancelled')
      .map((s) => ({ s, ...sessionSpan(s) }))
      .sort((a, b) => a.start.getTime() - b.start.getTime());
    const ended = new Set(live.filter((x) => x.end <= now).map((x) => x.s.id));
    const perSession = new Map<string, AttendanceCounts>(
      live.map((x) => [
        x.s.id,
        { present: 0, late: 0, absent: 0, excused: 0, unmarked: trainees.length, total: trainees.length },
      ]),
    );
    const perTrainee = new Map(trainees.map((t) => [t.userId, { attended: 0, excused: 0 }]));
    for (const r of rows) {
      const c = perSession.get(r.sessionId)!;
      c[r.status]++;
      c.unmarked--;
      const t = perTrainee.get(r.userId)!;
      if (r.status === 'present' || r.status === 'late') t.attended++;
      if (r.status === 'excused') t.excused++;
    }
    return {
      programmeId,
      sessions: live.map(({ s, start }) => {
        const c = perSession.get(s.id)!;
        return {
          sessionId: s.id,
          title: s.title,
          startsAt: start,
          ended: ended.has(s.id),
          counts: c,
          rate: ended.has(s.id) ? rate(c.present + c.late, c.total) : null,
        };
      }),
      trainees: trainees.map((t) => {
        const x = perTrainee.get(t.userId)!;
        return { ...t, ...x, total: ended.size, rate: rate(x.attended, ended.size) };
      }),
    };
  }

  // ---- for reports and exports ---------------------------------------------------------------------

  /**
   * Attendance per session kind (lecture, webinar, site visit …) for a funder: the kind's non-cancelled
   * sessions, those ended, the marks of attending trainees at them, and the rate of present or late over
   * every attending trainee at every ended session. Two grouped queries.
   */
  async byKind(
    em: EntityManager,
    programmeId: string,
    now = new Date(),
  ): Promise<
    {
      kind: SessionKind;
      sessions: number;
      ended: number;
      counts: Omit<AttendanceCounts, 'unmarked' | 'total'>;
      rate: number | null;
    }[]
  > {
    const [trainees, sessions, marks] = await Promise.all([
      em.query(`SELECT COUNT(*) AS n FROM enrolment WHERE programme_id = ? AND status IN ${ATTENDING_SQL}`, [
        programmeId,
      ]) as Promise<{ n: string }[]>,
      em.find(SessionEntity, { where: { programmeId } }),
      em.query(
        `SELECT a.session_id AS sessionId, a.status, COUNT(*) AS n
           FROM attendance a
           JOIN session s ON s.id = a.session_id
           JOIN enrolment e ON e.programme_id = s.programme_id AND e.user_id = a.user_id
          WHERE s.programme_id = ? AND s.status <> 'cancelled' AND e.status IN ${ATTENDING_SQL}
          GROUP BY a.session_id, a.status`,
        [programmeId],
      ) as Promise<{ sessionId: string; status: AttendanceStatus; n: string }[]>,
    ]);
    const attending = Number(trainees[0]?.n ?? 0);
    const live = new Map(
      sessions
        .filter((s) => s.status !== 'cancelled')
        .map((s) => [s.id, { s, ended: sessionSpan(s).end <= now }]),
    );
    const out = new Map<
      SessionKind,
      {
        kind: SessionKind;
        sessions: number;
        ended: number;
        counts: Omit<AttendanceCounts, 'unmarked' | 'total'>;
        attendedEnded: number;
      }
    >();
    const of = (kind: SessionKind) => {
      let k = out.get(kind);
      if (!k) {
        k = {
          kind,
          sessions: 0,
          ended: 0,
          counts: { present: 0, late: 0, absent: 0, excused: 0 },
          attendedEnded: 0,
        };
        out.set(kind, k);
      }
      return k;
    };
    for (const { s, ended } of live.values()) {
      const k = of(s.kind);
      k.sessions++;
      if (ended) k.ended++;
    }
    for (const m of marks) {
      const x = live.get(m.sessionId);
      if (!x) continue;
      const k = of(x.s.kind);
      k.counts[m.status] += Number(m.n);
      if (x.ended && (m.status === 'present' || m.status === 'late')) k.attendedEnded += Number(m.n);
    }
    return [...out.values()]
      .sort((a, b) => a.kind.localeCompare(b.kind))
      .map(({ attendedEnded, ...k }) => ({ ...k, rate: rate(attendedEnded, k.ended * attending) }));
  }

  /** The programme's non-cancelled sessions in start order: the columns of an attendance export. */
  async sessionsForExport(
    em: EntityManager,
    programmeId: string,
  ): Promise<{ id: string; title: string; kind: SessionKind; startsAt: Date }[]> {
    return (await em.find(SessionEntity, { where: { programmeId } }))
      .filter((s) => s.status !== 'cancelled')
      .map((s) => ({ id: s.id, title: s.title, kind: s.kind, startsAt: sessionSpan(s).start }))
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
  }

  /** The marks of these trainees at the programme's non-cancelled sessions: user → session → status. */
  async marksOf(
    em: EntityManager,
    programmeId: string,
    userIds: string[],
  ): Promise<Map<string, Map<string, AttendanceStatus>>> {
    const out = new Map<string, Map<string, AttendanceStatus>>();
    if (userIds.length === 0) return out;
    const rows = (await em.query(
      `SELECT a.user_id AS userId, a.session_id AS sessionId, a.status
         FROM attendance a JOIN session s ON s.id = a.session_id
        WHERE s.programme_id = ? AND s.status <> 'cancelled' AND a.user_id IN (?)`,
      [programmeId, userIds],
    )) as { userId: string; sessionId: string; status: AttendanceStatus }[];
    for (const r of rows) {
      let m = out.get(r.userId);
      if (!m) out.set(r.userId, (m = new Map()));
      m.set(r.sessionId, r.status);
    }
    return out;
  }

  // ---- for completion ------------------------------------------------------------------------------

  /**
   * Per attending trainee of the programme (or of `userIds`), in ONE aggregate query: its non-cancelled
   * sessions, those ended, attended (present or late) and excused. The session counts are the programme's,
   * the same for everyone: uncorrelated subqueries, evaluated once, rather than a join of every trainee
   * with every session (which cost as much again as the marks themselves, 2,000 trainees × 40 sessions).
   * An all-day session counts as ended once its last day is over everywhere (12:00 UTC the day after): no
   * zone arithmetic in SQL, never early, at most a day late — the nightly sweep catches it up.
   */
  async completionInputs(
    manager: EntityManager,
    programmeId: string,
    userIds?: string[],
    now = new Date(),
  ): Promise<Map<string, AttendanceTally>> {
    if (userIds && userIds.length === 0) return new Map();
    const allDayEndedBefore = DateTime.fromJSDate(now, { zone: 'UTC' }).minus({ hours: 12 }).toISODate();
    const rows = (await manager.query(
      `SELECT e.user_id AS userId,
              (SELECT COUNT(*) FROM session WHERE programme_id = ? AND status <> 'cancelled') AS sessions,
              (SELECT COALESCE(SUM(CASE WHEN ends_at IS NOT NULL THEN ends_at <= ? ELSE all_day_to < ? END), 0)
                 FROM session WHERE programme_id = ? AND status <> 'cancelled') AS ended,
              COALESCE(SUM(a.status IN ('present', 'late')), 0) AS attended,
              COALESCE(SUM(a.status = 'excused'), 0) AS excused
         FROM enrolment e
         LEFT JOIN (attendance a
                    JOIN session s ON s.id = a.session_id AND s.programme_id = ? AND s.status <> 'cancelled')
           ON a.user_id = e.user_id
        WHERE e.programme_id = ? AND e.status IN ${ATTENDING_SQL}${userIds ? ' AND e.user_id IN (?)' : ''}
        GROUP BY e.user_id`,
      [
        programmeId,
        now,
        allDayEndedBefore,
        programmeId,
        programmeId,
        programmeId,
        ...(userIds ? [userIds] : []),
      ],
    )) as { userId: string; sessions: string; ended: string; attended: string; excused: string }[];
    return new Map(
      rows.map((r) => [
        r.userId,
        {
          sessions: Number(r.sessions),
          ended: Number(r.ended),
          attended: Number(r.attended),
          excused: Number(r.excused),
        },
      ]),
    );
  }

  // ---- the automatic sweep -------------------------------------------------------------------------

  /**
   * Marks absent (source auto) the attending trainees still unmarked at sessions that ended more than
   * ATTENDANCE_AUTO_ABSENT_AFTER_HOURS ago, up to `limit` sessions per call, each then closed in
   * attendance_sweep. One system audit event per session; one evaluate-completion job per trainee
   * marked. Rows are inserted against the unique session × trainee key, never over a decision, and
   * sessions are claimed with SKIP LOCKED: several workers may sweep, and a crash leaves nothing half-done.
   * Returns how many sessions it closed.
   */
  async sweepDue(em: EntityManager, now = new Date(), limit = 20): Promise<number> {
    const cutoff = new Date(now.getTime() - this.config.attendance.autoAbsentAfterHours * 3_600_000);
    // All-day sessions: a date prefilter two days wide; the exact end in its zone is checked below.
    const dateBound = DateTime.fromJSDate(cutoff, { zone: 'UTC' }).plus({ days: 1 }).toISODate();
    const candidates = (await em.query(
      `SELECT s.id FROM session s
        WHERE s.status <> 'cancelled'
          AND NOT EXISTS (SELECT 1 FROM attendance_sweep w WHERE w.session_id = s.id)
          AND (s.ends_at < ? OR (s.ends_at IS NULL AND s.all_day_to < ?))
        ORDER BY COALESCE(s.ends_at, s.all_day_to), s.id
        LIMIT ${Number(limit)}
        FOR UPDATE SKIP LOCKED`,
      [cutoff, dateBound],
    )) as { id: string }[];
    if (candidates.length === 0) return 0;
    const sessions = await em
      .createQueryBuilder(SessionEntity, 's')
      .where('s.id IN (:...ids)', { ids: candidates.map((c) => c.id) })
      .getMany();
    let closed = 0;
    for (const session of sessions) {
      if (sessionSpan(session).end > cutoff) continue;
      const unmarked = (await em.query(
        `SELECT e.user_id AS userId FROM enrolment e
          WHERE e.programme_id = ? AND e.status IN ${ATTENDING_SQL}
            AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = ? AND a.user_id = e.user_id)`,
        [session.programmeId, session.id],
      )) as { userId: string }[];
      if (unmarked.length > 0) {
        await em.query(
          `INSERT INTO attendance (id, session_id, user_id, status, source, recorded_at) VALUES ?
           ON DUPLICATE KEY UPDATE id = id`,
          [unmarked.map((u) => [orderedUuid(), session.id, u.userId, 'absent', 'auto', now])],
        );
        await this.audit.record(
          em,
          {
            action: 'attendance.auto_absent',
            actorId: null,
            targetType: 'programme_session',
            targetId: session.id,
            details: {
              userIds: unmarked.map((u) => u.userId),
              afterHours: this.config.attendance.autoAbsentAfterHours,
            },
          },
          { ip: null, requestId: null, userAgent: null },
        );
        await this.outbox.addMany(
          em,
          'evaluate-completion',
          unmarked.map((u) => ({ programmeId: session.programmeId, userId: u.userId })),
        );
      }
      await em.query(`INSERT INTO attendance_sweep (session_id, marked) VALUES (?, ?)`, [
        session.id,
        unmarked.length,
      ]);
      closed++;
    }
    return closed;
  }
}

function decisionOf(a: AttendanceEntity): DecisionView {
  return {
    status: a.status,
    note: a.note,
    source: a.source,
    recordedAt: a.recordedAt,
    recordedBy: a.recordedBy,
  };
}
