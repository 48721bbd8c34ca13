import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { TransactionService } from '@kenshu/database';
import { AuditService } from '../audit/audit.service.js';
import { DomainError, forbidden, notFound, type FieldProblem } from '../common/domain-error.js';
import { canonicalTimeZone } from '../common/locale.js';
import type { Principal } from '../common/principal.js';
import type { RequestMeta } from '../common/request-meta.js';
import { ProgrammeEntity, ProgrammePhaseEntity } from '../programmes/programme.entity.js';
import { FacilitiesService } from '../facilities/facilities.service.js';
import { MenuService } from '../menu/menu.service.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import { dateIn, instantFrom, localHours } from './session-time.js';
import {
  SessionEntity,
  SessionInstructorEntity,
  type SessionKind,
  type SessionStatus,
  type SiteVisitDetails,
} from './session.entity.js';

export interface SessionInput {
  phaseId?: string | null;
  /** Made from a menu item: its format, title (in the planner's language) and duration are the defaults. */
  menuItemId?: string | null;
  kind?: SessionKind;
  title?: string;
  description?: string | null;
  /** An ISO instant with offset, or a wall-clock time meant in `timeZone`. */
  startsAt?: string | null;
  endsAt?: string | null;
  /** Defaults to the programme's host zone. */
  timeZone?: string;
  allDayFrom?: string | null;
  allDayTo?: string | null;
  instructorIds?: string[];
  facilityId?: string | null;
  room?: string | null;
  capacity?: number | null;
  meetingUrl?: string | null;
  dialIn?: string | null;
  siteVisit?: SiteVisitDetails | null;
  /** To schedule a site visit that breaks a host rule anyway: why (recorded with the rules broken). */
  override?: { reason: string } | null;
}

export interface Conflict {
  kind: 'instructor' | 'trainee' | 'facility';
  /** Who or what is booked twice. */
  id: string;
  name: string;
  /** The other session. */
  sessionId: string;
  sessionTitle: string;
  programmeCode: string;
}

export interface ReasonableHoursItem {
  sessionId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  /** Trainees for whom it falls outside 07:00–22:00 in their own zone. */
  outside: { userId: string; displayName: string; timeZone: string; localStart: string; localEnd: string }[];
}

export interface SessionView {
  id: string;
  programmeId: string;
  phaseId: string | null;
  menuItemId: string | null;
  kind: SessionKind;
  title: string;
  description: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  timeZone: string;
  allDayFrom: string | null;
  allDayTo: string | null;
  instructorIds: string[];
  facilityId: string | null;
  room: string | null;
  capacity: number | null;
  status: SessionStatus;
  meetingUrl: string | null;
  dialIn: string | null;
  siteVisit: SiteVisitDetails | null;
  ruleOverride: { reason: string; rules: FieldProblem[]; by: string; at: string } | null;
  /** Double bookings let through because the programme warns rather than refuses. */
  warnings: Conflict[];
}

const invalid = (problems: FieldProblem[]) =>
  new DomainError('SESSION.INVALID', problems.map((p) => `${p.field} ${p.reason}`).join('; '), problems);

interface Resolved {
  startsAt: Date | null;
  endsAt: Date | null;
  timeZone: string;
  allDayFrom: string | null;
  allDayTo: string | null;
}

/**
 * The timetable of a programme. Times are instants in UTC with the zone they were planned in; all-day
 * items are dates. A session must sit inside its phase; people and places booked twice are refused (or
 * let through with warnings, as the programme's conflict policy says).
 */
@Injectable()
export class ProgrammeSessionsService {
  constructor(
    private readonly tx: TransactionService,
    private readonly programmes: ProgrammesService,
    private readonly audit: AuditService,
    private readonly facilities: FacilitiesService,
    private readonly menu: MenuService,
  ) {}

  /**
   * Fills what a menu item gives (kind, title, an end from its default duration) into what the planner
   * left out; an unknown or archived item is a bad field. Without one, kind and title are required.
   */
  private async fromMenu(
    em: EntityManager,
    principal: Principal,
    input: SessionInput,
    hostZone: string,
  ): Promise<SessionInput & { kind: SessionKind; title: string }> {
    if (!input.menuItemId) {
      const missing = (['kind', 'title'] as const).filter((f) => !input[f]);
      if (missing.length > 0)
        throw invalid(missing.map((field) => ({ field, reason: 'is needed without a menuItemId' })));
      return input as SessionInput & { kind: SessionKind; title: string };
    }
    const item = (await this.menu.summaryFor(em, [input.menuItemId], principal.locale)).get(input.menuItemId);
    if (!item) throw invalid([{ field: 'menuItemId', reason: 'is not a menu item' }]);
    if (item.status !== 'active') throw invalid([{ field: 'menuItemId', reason: 'is archived' }]);
    const out = { ...input, kind: input.kind ?? item.format, title: input.title ?? item.title };
    if (input.startsAt && !input.endsAt && !input.allDayFrom) {
      // The end follows from the default duration; a bad start or zone is reported by resolveWhen.
      const zone = input.timeZone !== undefined ? canonicalTimeZone(input.timeZone) : hostZone;
      const start = zone ? instantFrom(input.startsAt, zone) : null;
      if (start && 'at' in start)
        out.endsAt = new Date(start.at.getTime() + item.defaultDurationMin * 60_000).toISOString();
    }
    return out;
  }

  /**
   * A site visit against its facility's host rules (weekdays, start window, duration, capacity, the
   * overseas cap, interpreters, roster notice), the visitors being the trainees holding a place. Every
   * broken rule is named; with an override and its reason the visit goes ahead and the override is kept.
   */
  private async hostRules(
    em: EntityManager,
    principal: Principal,
    s: {
      programmeId: string;
      kind: SessionKind;
      facilityId: string | null;
      startsAt: Date | null;
      endsAt: Date | null;
    },
    siteVisit: SiteVisitDetails | null,
    override: { reason: string } | null | undefined,
  ): Promise<string | null> {
    if (!s.facilityId) return null;
    if (s.kind !== 'site_visit' || !s.startsAt || !s.endsAt) {
      await this.facilityExists(em, s.facilityId);
      return null;
    }
    const [{ n }] = (await em.query(
      `SELECT COUNT(*) AS n FROM enrolment WHERE programme_id = ? AND status IN ('invited', 'active')`,
      [s.programmeId],
    )) as { n: string }[];
    let broken;
    try {
      broken = await this.facilities.checkVisit(em, s.facilityId, {
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        // Before anyone is enrolled the group is judged as one visitor: the calendar rules still apply.
        visitors: Math.max(1, Number(n)),
        overseasGroup: siteVisit?.overseasGroup ?? true,
        interpreters: siteVisit?.interpreters ?? 0,
      });
    } catch (error) {
      throw this.facilityProblem(error);
    }
    if (broken.length === 0) return null;
    if (!override?.reason?.trim())
      throw new DomainError(
        'SESSION.HOST_RULES_BROKEN',
        `The visit breaks ${broken.length} of the host's rules: ${broken.map((b) => b.reason).join('; ')}. ` +
          'Change it, or schedule it anyway with an override and its reason.',
        broken.map((b) => ({ field: b.field, reason: b.reason })),
      );
    return JSON.stringify({
      reason: override.reason.trim(),
      rules: broken.map((b) => ({ field: b.field, reason: b.reason })),
      by: principal.id,
      at: new Date().toISOString(),
    });
  }

  private async facilityExists(em: EntityManager, facilityId: string): Promise<void> {
    try {
      await this.facilities.assertActive(em, facilityId);
    } catch (error) {
      throw this.facilityProblem(error);
    }
  }

  /** A facility that does not exist or is archived is a bad field of the session, not a missing session. */
  private facilityProblem(error: unknown): unknown {
    if (error instanceof DomainError && ['COMMON.NOT_FOUND', 'FACILITY.ARCHIVED'].includes(error.code))
      return invalid([
        {
          field: 'facilityId',
          reason: error.code === 'COMMON.NOT_FOUND' ? 'is not a known facility' : 'is archived',
        },
      ]);
    return error;
  }

  /** When it happens, checked: a real zone, times that exist there, an end after the start, inside its phase. */
  private async resolveWhen(
    em: EntityManager,
    programme: ProgrammeEntity,
    input: Partial<SessionInput>,
    current?: SessionEntity,
  ): Promise<Resolved> {
    const problems: FieldProblem[] = [];
    const zone =
      input.timeZone !== undefined
        ? canonicalTimeZone(input.timeZone)
        : (current?.timeZone ?? programme.hostTimeZone);
    if (!zone) throw invalid([{ field: 'timeZone', reason: 'must be an IANA time zone such as Asia/Tokyo' }]);
    // The kind follows the values given (null clears one): a PATCH may turn a timed session all-day or back.
    const timed = !!(input.startsAt || input.endsAt);
    const allDay = !!(input.allDayFrom || input.allDayTo);
    if (timed && allDay)
      throw invalid([
        { field: 'allDayFrom', reason: 'a session is timed (startsAt, endsAt) or all-day, not both' },
      ]);
    let out: Resolved;
    if (allDay || (!timed && current?.allDayFrom && input.allDayFrom !== null)) {
      const from = input.allDayFrom ?? current?.allDayFrom ?? null;
      const to = input.allDayTo ?? current?.allDayTo ?? from;
      if (!from) problems.push({ field: 'allDayFrom', reason: 'is needed for an all-day item' });
      else if (to! < from) problems.push({ field: 'allDayTo', reason: 'must not be before allDayFrom' });
      out = { startsAt: null, endsAt: null, timeZone: zone, allDayFrom: from, allDayTo: to };
    } else {
      const read = (field: 'startsAt' | 'endsAt'): Date | null => {
        const raw = input[field];
        if (raw === undefined || raw === null) {
          // A new zone alone moves nothing: the kept instants stay what they were.
          return (
            current?.[field] ?? (problems.push({ field, reason: 'is needed (or give allDayFrom)' }), null)
          );
        }
        const parsed = instantFrom(raw, zone);
        if ('problem' in parsed) return (problems.push({ field, reason: parsed.problem }), null);
        return parsed.at;
      };
      const startsAt = read('startsAt');
      const endsAt = read('endsAt');
      if (startsAt && endsAt && endsAt <= startsAt)
        problems.push({ field: 'endsAt', reason: 'must be after startsAt' });
      if (startsAt && endsAt && endsAt.getTime() - startsAt.getTime() > 14 * 86_400_000)
        problems.push({
          field: 'endsAt',
          reason: 'must be within 14 days of startsAt (use an all-day item)',
        });
      out = { startsAt, endsAt, timeZone: zone, allDayFrom: null, allDayTo: null };
    }
    if (problems.length > 0) throw invalid(problems);

    const phaseId = input.phaseId !== undefined ? input.phaseId : (current?.phaseId ?? null);
    if (phaseId) {
      const phase = await em.findOne(ProgrammePhaseEntity, {
        where: { id: phaseId, programmeId: programme.id },
      });
      if (!phase) throw invalid([{ field: 'phaseId', reason: 'is not a phase of this programme' }]);
      // Phase dates are the host's calendar: compare in the host zone.
      const first = out.allDayFrom ?? dateIn(out.startsAt!, programme.hostTimeZone);
      const last = out.allDayTo ?? dateIn(new Date(out.endsAt!.getTime() - 1), programme.hostTimeZone);
      if (first < phase.startsOn || last > phase.endsOn)
        throw invalid([
          {
            field: out.allDayFrom ? 'allDayFrom' : 'startsAt',
            reason: `falls outside its phase “${phase.name}” (${phase.startsOn} to ${phase.endsOn}, ${programme.hostTimeZone})`,
          },
        ]);
    }
    return out;
  }

  /** Instructors must teach (or coordinate) the programme. */
  private async checkInstructors(em: EntityManager, programmeId: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const rows = (await em.query(
      `SELECT DISTINCT user_id FROM programme_staff WHERE programme_id = ? AND user_id IN (?)`,
      [programmeId, ids],
    )) as { user_id: string }[];
    const missing = ids.filter((id) => !rows.some((r) => r.user_id === id));
    if (missing.length > 0)
      throw invalid([
        { field: 'instructorIds', reason: `${missing.join(', ')} is not on this programme's staff` },
      ]);
  }

  /**
   * Who or what would be in two places at once: the session's instructors, its facility, and the trainees
   * of its programme (their other programmes' sessions). Cancelled sessions and all-day items book nobody.
   */
  async conflicts(
    em: EntityManager,
    s: {
      id: string;
      programmeId: string;
      startsAt: Date | null;
      endsAt: Date | null;
      facilityId: string | null;
    },
    instructorIds: string[],
  ): Promise<Conflict[]> {
    if (!s.startsAt || !s.endsAt) return [];
    const overlap = `o.id <> ? AND o.status <> 'cancelled' AND o.starts_at < ? AND o.ends_at > ?`;
    const window = [s.id, s.endsAt, s.startsAt];
    const found: Conflict[] = [];
    const pick = `o.id AS session_id, o.title AS session_title, p.code AS programme_code`;
    if (instructorIds.length > 0) {
      const rows = (await em.query(
        `SELECT ${pick}, u.id, u.display_name AS name FROM session o
           JOIN programme p ON p.id = o.programme_id
           JOIN session_instructor si ON si.session_id = o.id
           JOIN user u ON u.id = si.user_id
          WHERE ${overlap} AND si.user_id IN (?)`,
        [...window, instructorIds],
      )) as Record<string, string>[];
      found.push(...rows.map((r) => conflict('instructor', r)));
    }
    if (s.facilityId) {
      const rows = (await em.query(
        `SELECT ${pick}, o.facility_id AS id, o.facility_id AS name FROM session o
           JOIN programme p ON p.id = o.programme_id
          WHERE ${overlap} AND o.facility_id = ?`,
        [...window, s.facilityId],
      )) as Record<string, string>[];
      found.push(...rows.map((r) => conflict('facility', r)));
    }
    const trainees = (await em.query(
      `SELECT ${pick}, u.id, u.display_name AS name FROM enrolment mine
         JOIN enrolment theirs ON theirs.user_id = mine.user_id AND theirs.programme_id <> mine.programme_id
         JOIN session o ON o.programme_id = theirs.programme_id
         JOIN programme p ON p.id = o.programme_id
         JOIN user u ON u.id = mine.user_id
        WHERE mine.programme_id = ? AND mine.status IN ('invited', 'active')
          AND theirs.status IN ('invited', 'active') AND ${overlap}`,
      [s.programmeId, ...window],
    )) as Record<string, string>[];
    found.push(...trainees.map((r) => conflict('trainee', r)));
    return found;
  }

  private async refuseOrWarn(programme: ProgrammeEntity, found: Conflict[]): Promise<Conflict[]> {
    if (found.length > 0 && programme.conflictPolicy === 'refuse')
      throw new DomainError(
        'SESSION.CONFLICT',
        `Booked twice: ${found.map((c) => `${c.kind} ${c.name} is in “${c.sessionTitle}” (${c.programmeCode})`).join('; ')}`,
        found.map((c) => ({
          field:
            c.kind === 'facility' ? 'facilityId' : c.kind === 'instructor' ? 'instructorIds' : 'startsAt',
          reason: `${c.kind} ${c.name} is booked in “${c.sessionTitle}” (${c.programmeCode}) at the same time`,
        })),
      );
    return found;
  }

  async create(
    principal: Principal,
    programmeId: string,
    given: SessionInput,
    meta: RequestMeta,
  ): Promise<SessionView> {
    return this.tx.run(async (em) => {
      await this.programmes.requireManage(em, principal, programmeId);
      const programme = await em.findOneOrFail(ProgrammeEntity, {
        where: { id: programmeId },
        lock: { mode: 'pessimistic_write' },
      });
      const input = await this.fromMenu(em, principal, given, programme.hostTimeZone);
      const when = await this.resolveWhen(em, programme, input);
      const instructorIds = [...new Set(input.instructorIds ?? [])];
      await this.checkInstructors(em, programmeId, instructorIds);
      const id = randomUUID();
      const row = {
        id,
        programmeId,
        phaseId: input.phaseId ?? null,
        menuItemId: input.menuItemId ?? null,
        kind: input.kind,
        title: input.title.normalize('NFC').trim(),
        description: input.description?.trim() || null,
        ...when,
        facilityId: input.facilityId ?? null,
        room: input.room?.trim() || null,
        capacity: input.capacity ?? null,
        status: 'scheduled' as const,
        meetingUrl: input.meetingUrl ?? null,
        dialIn: input.dialIn ?? null,
        siteVisit: input.kind === 'site_visit' && input.siteVisit ? JSON.stringify(input.siteVisit) : null,
      };
      const ruleOverride = await this.hostRules(em, principal, row, input.siteVisit ?? null, input.override);
      const warnings = await this.refuseOrWarn(programme, await this.conflicts(em, row, instructorIds));
      await em.insert(SessionEntity, { ...row, ruleOverride });
      if (ruleOverride) await this.recordOverride(em, principal, id, ruleOverride, meta);
      if (instructorIds.length > 0)
        await em.insert(
          SessionInstructorEntity,
          instructorIds.map((userId) => ({ sessionId: id, userId })),
        );
      await this.audit.record(
        em,
        {
          action: 'programme_session.created',
          actorId: principal.id,
          targetType: 'programme_session',
          targetId: id,
          details: { programmeId, warnings: warnings.length },
        },
        meta,
      );
      return { ...(await this.view(em, id)), warnings };
    });
  }

  /** A change of time makes a scheduled session `moved` (trainees are told; reminders are re-planned). */
  async update(
    principal: Principal,
    sessionId: string,
    patch: Partial<SessionInput>,
    meta: RequestMeta,
  ): Promise<SessionView> {
    return this.tx.run(async (em) => {
      const current = await this.load(em, principal, sessionId, true);
      const programme = await em.findOneOrFail(ProgrammeEntity, {
        where: { id: current.programmeId },
        lock: { mode: 'pessimistic_write' },
      });
      if (current.status === 'cancelled')
        throw invalid([{ field: 'status', reason: 'a cancelled session cannot be changed' }]);
      if (patch.menuItemId)
        await this.fromMenu(em, principal, { menuItemId: patch.menuItemId }, programme.hostTimeZone);
      const when = await this.resolveWhen(em, programme, patch, current);
      const instructorIds =
        patch.instructorIds !== undefined
          ? [...new Set(patch.instructorIds)]
          : (await em.find(SessionInstructorEntity, { where: { sessionId } })).map((i) => i.userId);
      await this.checkInstructors(em, programme.id, instructorIds);
      const moved =
        when.startsAt?.getTime() !== current.startsAt?.getTime() ||
        when.endsAt?.getTime() !== current.endsAt?.getTime() ||
        when.allDayFrom !== current.allDayFrom ||
        when.allDayTo !== current.allDayTo;
      const next: Partial<SessionEntity> = {
        ...when,
        ...(patch.phaseId !== undefined ? { phaseId: patch.phaseId } : {}),
        ...(patch.menuItemId !== undefined ? { menuItemId: patch.menuItemId } : {}),
        ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
        ...(patch.title !== undefined ? { title: patch.title.normalize('NFC').trim() } : {}),
        ...(patch.description !== undefined ? { description: patch.description?.trim() || null } : {}),
        ...(patch.facilityId !== undefined ? { facilityId: patch.facilityId } : {}),
        ...(patch.room !== undefined ? { room: patch.room?.trim() || null } : {}),
        ...(patch.capacity !== undefined ? { capacity: patch.capacity } : {}),
        ...(patch.meetingUrl !== undefined ? { meetingUrl: patch.meetingUrl } : {}),
        ...(patch.dialIn !== undefined ? { dialIn: patch.dialIn } : {}),
        ...(patch.siteVisit !== undefined
          ? { siteVisit: patch.siteVisit ? JSON.stringify(patch.siteVisit) : null }
          : {}),
        ...(moved ? { status: 'moved' as const } : {}),
      };
      const merged = {
        programmeId: current.programmeId,
        kind: next.kind ?? current.kind,
        facilityId: next.facilityId !== undefined ? next.facilityId : current.facilityId,
        startsAt: next.startsAt ?? null,
        endsAt: next.endsAt ?? null,
      };
      const siteVisit =
        patch.siteVisit !== undefined
          ? patch.siteVisit
          : current.siteVisit
            ? (JSON.parse(current.siteVisit) as SiteVisitDetails)
            : null;
      // An earlier override stands for the rules it named: editing the title of a visit the host agreed
      // to on a Sunday needs no new reason. A rule it did not name needs one.
      type Kept = { reason: string; rules: FieldProblem[] };
      const kept = current.ruleOverride ? (JSON.parse(current.ruleOverride) as Kept) : null;
      let ruleOverride: string | null;
      try {
        ruleOverride = await this.hostRules(em, principal, merged, siteVisit, patch.override);
      } catch (error) {
        const broken =
          error instanceof DomainError && error.code === 'SESSION.HOST_RULES_BROKEN' ? error.fields : null;
        const covered = (b: FieldProblem) =>
          kept?.rules.some((r) => r.field === b.field && r.reason === b.reason);
        if (!broken || !kept || !broken.every(covered)) throw error;
        ruleOverride = current.ruleOverride;
      }
      next.ruleOverride = ruleOverride;
      if (ruleOverride && ruleOverride !== current.ruleOverride)
        await this.recordOverride(em, principal, sessionId, ruleOverride, meta);
      const warnings = await this.refuseOrWarn(
        programme,
        await this.conflicts(
          em,
          {
            ...current,
            ...next,
            startsAt: next.startsAt ?? null,
            endsAt: next.endsAt ?? null,
            facilityId: next.facilityId ?? current.facilityId,
          },
          instructorIds,
        ),
      );
      await em.update(SessionEntity, { id: sessionId }, next);
      if (patch.instructorIds !== undefined) {
        await em.delete(SessionInstructorEntity, { sessionId });
        if (instructorIds.length > 0)
          await em.insert(
            SessionInstructorEntity,
            instructorIds.map((userId) => ({ sessionId, userId })),
          );
      }
      await this.audit.record(
        em,
        {
          action: 'programme_session.updated',
          actorId: principal.id,
          targetType: 'programme_session',
          targetId: sessionId,
          details: { fields: Object.keys(patch), moved },
        },
        meta,
      );
      return { ...(await this.view(em, sessionId)), warnings };
    });
  }

  private async recordOverride(
    em: EntityManager,
    principal: Principal,
    sessionId: string,
    override: string,
    meta: RequestMeta,
  ): Promise<void> {
    await this.audit.record(
      em,
      {
        action: 'programme_session.rule_overridden',
        actorId: principal.id,
        targetType: 'programme_session',
        targetId: sessionId,
        details: JSON.parse(override) as Record<string, unknown>,
      },
      meta,
    );
  }

  async cancel(
    principal: Principal,
    sessionId: string,
    reason: string,
    meta: RequestMeta,
  ): Promise<SessionView> {
    return this.tx.run(async (em) => {
      await this.load(em, principal, sessionId, true);
      await em.update(SessionEntity, { id: sessionId }, { status: 'cancelled' });
      await this.audit.record(
        em,
        {
          action: 'programme_session.cancelled',
          actorId: principal.id,
          targetType: 'programme_session',
          targetId: sessionId,
          details: { reason },
        },
        meta,
      );
      return this.view(em, sessionId);
    });
  }

  /** The session, if the caller reaches its programme (404 otherwise); `manage` demands a manager. */
  private async load(
    em: EntityManager,
    principal: Principal,
    sessionId: string,
    manage: boolean,
  ): Promise<SessionEntity> {
    const session = await em.findOne(SessionEntity, {
      where: { id: sessionId },
      ...(manage ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!session) throw notFound('Session');
    if (manage) await this.programmes.requireManage(em, principal, session.programmeId);
    else await this.programmes.accessOrHide(em, principal, session.programmeId);
    return session;
  }

  async get(principal: Principal, sessionId: string): Promise<SessionView> {
    const em = this.tx.manager;
    await this.load(em, principal, sessionId, false);
    return this.view(em, sessionId);
  }

  /**
   * For each webinar (and online meeting) of the programme that is not cancelled: the enrolled trainees
   * for whom it starts before 07:00 or ends after 22:00 in their own zone, with their local times.
   */
  async reasonableHours(principal: Principal, programmeId: string): Promise<ReasonableHoursItem[]> {
    const em = this.tx.manager;
    if ((await this.programmes.accessOrHide(em, principal, programmeId)) === 'attend')
      throw forbidden('The programme’s staff read this report');
    const sessions = await em.find(SessionEntity, {
      where: { programmeId, kind: In(['webinar', 'meeting']), status: In(['scheduled', 'moved']) },
      order: { startsAt: 'ASC' },
    });
    const trainees = (await em.query(
      `SELECT u.id, u.display_name, u.time_zone FROM enrolment e JOIN user u ON u.id = e.user_id
        WHERE e.programme_id = ? AND e.status IN ('invited', 'active') ORDER BY u.display_name`,
      [programmeId],
    )) as { id: string; display_name: string; time_zone: string }[];
    return sessions
      .filter((x) => x.startsAt && x.endsAt)
      .map((x) => ({
        sessionId: x.id,
        title: x.title,
        startsAt: x.startsAt!,
        endsAt: x.endsAt!,
        outside: trainees.flatMap((t) => {
          const local = localHours(x.startsAt!, x.endsAt!, t.time_zone);
          return local.reasonable
            ? []
            : [
                {
                  userId: t.id,
                  displayName: t.display_name,
                  timeZone: t.time_zone,
                  localStart: local.start,
                  localEnd: local.end,
                },
              ];
        }),
      }));
  }

  /** The programme's sessions in time order (all-day items by their first day). */
  async list(principal: Principal, programmeId: string): Promise<SessionView[]> {
    const em = this.tx.manager;
    await this.programmes.accessOrHide(em, principal, programmeId);
    const rows = await em.find(SessionEntity, { where: { programmeId } });
    const instructors = await em.find(SessionInstructorEntity, {
      where: { sessionId: In(rows.map((r) => r.id)) },
    });
    return rows
      .map((r) =>
        toView(
          r,
          instructors.filter((i) => i.sessionId === r.id).map((i) => i.userId),
        ),
      )
      .sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
  }

  private async view(em: EntityManager, id: string): Promise<SessionView> {
    const row = await em.findOneOrFail(SessionEntity, { where: { id } });
    const instructors = await em.find(SessionInstructorEntity, { where: { sessionId: id } });
    return toView(
      row,
      instructors.map((i) => i.userId),
    );
  }
}

const sortKey = (s: SessionView) => s.startsAt?.toISOString() ?? `${s.allDayFrom}T00:00`;

function conflict(kind: Conflict['kind'], r: Record<string, string>): Conflict {
  return {
    kind,
    id: r.id!,
    name: r.name!,
    sessionId: r.session_id!,
    sessionTitle: r.session_title!,
    programmeCode: r.programme_code!,
  };
}

/**
 * Everyone who reaches a session (its programme's staff, trainees holding a place) may see its meeting
 * link: the programme's access check is the gate.
 */
function toView(r: SessionEntity, instructorIds: string[]): SessionView {
  return {
    id: r.id,
    programmeId: r.programmeId,
    phaseId: r.phaseId,
    menuItemId: r.menuItemId,
    kind: r.kind,
    title: r.title,
    description: r.description,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    timeZone: r.timeZone,
    allDayFrom: r.allDayFrom,
    allDayTo: r.allDayTo,
    instructorIds,
    facilityId: r.facilityId,
    room: r.room,
    capacity: r.capacity,
    status: r.status,
    meetingUrl: r.meetingUrl,
    dialIn: r.dialIn,
    siteVisit: r.siteVisit ? (JSON.parse(r.siteVisit) as SiteVisitDetails) : null,
    ruleOverride: r.ruleOverride ? (JSON.parse(r.ruleOverride) as SessionView['ruleOverride']) : null,
    warnings: [],
  };
}
