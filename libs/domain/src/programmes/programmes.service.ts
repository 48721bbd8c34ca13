import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { EntityManager, In } from 'typeorm';
import { isDuplicateKeyError, TransactionService } from '@kenshu/database';
import { OutboxService } from '@kenshu/queue';
import { AuditService } from '../audit/audit.service.js';
import { DomainError, forbidden, notFound, type FieldProblem } from '../common/domain-error.js';
import { canonicalTimeZone } from '../common/locale.js';
import { offsetOf, type Page, type PageRequest } from '../common/pagination.js';
import { hasRole, type OrganisationRef, type Principal } from '../common/principal.js';
import type { RequestMeta } from '../common/request-meta.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { SessionEntity } from '../sessions/session.entity.js';
import { UserRoleEntity } from '../users/user.entity.js';
import {
  programmeAccess,
  programmeAccessMany,
  visibleProgrammes,
  type ProgrammeAccess,
} from './programme-access.js';
import {
  ProgrammeEntity,
  ProgrammePhaseEntity,
  ProgrammeStaffEntity,
  type ConflictPolicy,
  type PhaseKind,
  type ProgrammeMode,
  type ProgrammeStatus,
} from './programme.entity.js';

export interface PhaseInput {
  name: string;
  kind: PhaseKind;
  startsOn: string;
  endsOn: string;
}

export interface ProgrammeInput {
  code: string;
  title: string;
  summary?: string | null;
  funderOrganisationId?: string | null;
  hostOrganisationId?: string | null;
  mode: ProgrammeMode;
  hostTimeZone: string;
  /** Languages trainees' materials fall back to after their own (BCP 47, in order). */
  languageFallbacks?: string[];
  conflictPolicy?: ConflictPolicy;
  capacity?: number | null;
  phases?: PhaseInput[];
}

export interface PhaseView extends PhaseInput {
  id: string;
}

export interface StaffRef {
  id: string;
  displayName: string;
  email: string;
}

export interface ProgrammeView {
  id: string;
  code: string;
  title: string;
  summary: string | null;
  mode: ProgrammeMode;
  hostTimeZone: string;
  languageFallbacks: string[];
  status: ProgrammeStatus;
  conflictPolicy: ConflictPolicy;
  capacity: number | null;
  funder: OrganisationRef | null;
  host: OrganisationRef | null;
  phases: PhaseView[];
  coordinators: StaffRef[];
  instructors: StaffRef[];
  enrolled: { holdingPlaces: number; waitlisted: number };
  clonedFromId: string | null;
  /** The caller's relation to it: what the API may show them. */
  access: Exclude<ProgrammeAccess, null>;
  createdAt: Date;
}

/** draft → published → running → closed → archived; a published programme may go back to draft. */
export const PROGRAMME_TRANSITIONS: Record<ProgrammeStatus, ProgrammeStatus[]> = {
  draft: ['published'],
  published: ['draft', 'running'],
  running: ['closed'],
  closed: ['archived'],
  archived: [],
};

const CODE = /^[A-Z0-9][A-Z0-9-]{1,38}[A-Z0-9]$/;

const invalid = (problems: FieldProblem[]) =>
  new DomainError('PROGRAMME.INVALID', problems.map((p) => `${p.field} ${p.reason}`).join('; '), problems);

@Injectable()
export class ProgrammesService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly organisations: OrganisationsService,
  ) {}

  /** The caller's access, or 404: a programme they have nothing to do with does not exist for them. */
  async accessOrHide(
    em: EntityManager,
    principal: Principal,
    id: string,
  ): Promise<Exclude<ProgrammeAccess, null>> {
    const access = await programmeAccess(em, principal, id);
    if (!access || !(await em.exists(ProgrammeEntity, { where: { id } }))) throw notFound('Programme');
    return access;
  }

  async requireManage(em: EntityManager, principal: Principal, id: string): Promise<void> {
    if ((await this.accessOrHide(em, principal, id)) !== 'manage')
      throw forbidden('Only the programme’s coordinators and admins change it');
  }

  /**
   * Locks the programme's row for the rest of the caller's transaction (SELECT … FOR UPDATE) and returns
   * what decides whether an enrolment gets a place: whoever changes who holds a place takes this lock
   * first, so two writers never both take the last one (the capacity check of update() takes it too).
   */
  async lockForEnrolment(
    em: EntityManager,
    id: string,
  ): Promise<{ capacity: number | null; status: ProgrammeStatus }> {
    const rows = (await em.query(`SELECT capacity, status FROM programme WHERE id = ? FOR UPDATE`, [id])) as {
      capacity: number | null;
      status: ProgrammeStatus;
    }[];
    if (!rows[0]) throw notFound('Programme');
    return { capacity: rows[0].capacity === null ? null : Number(rows[0].capacity), status: rows[0].status };
  }

  /** The programme's completion rules as stored (JSON, owned by the completion feature); 404 if it is gone. */
  async completionRules(em: EntityManager, id: string, lock = false): Promise<string | null> {
    const rows = (await em.query(
      `SELECT completion_rules FROM programme WHERE id = ?${lock ? ' FOR UPDATE' : ''}`,
      [id],
    )) as { completion_rules: string | null }[];
    if (!rows[0]) throw notFound('Programme');
    return rows[0].completion_rules;
  }

  async setCompletionRules(em: EntityManager, id: string, json: string | null): Promise<void> {
    await em.query(`UPDATE programme SET completion_rules = ? WHERE id = ?`, [json, id]);
  }

  /** Programmes with completion rules whose trainees may still complete: published, running or closed. */
  async withCompletionRules(em: EntityManager): Promise<string[]> {
    const rows = (await em.query(
      `SELECT id FROM programme
        WHERE completion_rules IS NOT NULL AND status IN ('published', 'running', 'closed') ORDER BY id`,
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /** Code, title, status and host zone of these programmes, by id (a trainee's list of their enrolments). */
  async refsByIds(
    em: EntityManager,
    ids: string[],
  ): Promise<
    Map<string, { id: string; code: string; title: string; status: ProgrammeStatus; hostTimeZone: string }>
  > {
    if (ids.length === 0) return new Map();
    const rows = await em.find(ProgrammeEntity, {
      select: { id: true, code: true, title: true, status: true, hostTimeZone: true },
      where: { id: In([...new Set(ids)]) },
    });
    return new Map(
      rows.map((p) => [
        p.id,
        { id: p.id, code: p.code, title: p.title, status: p.status, hostTimeZone: p.hostTimeZone },
      ]),
    );
  }

  async list(
    principal: Principal,
    filter: { q?: string; status?: ProgrammeStatus },
    page: PageRequest,
  ): Promise<Page<ProgrammeView>> {
    const em = this.tx.manager;
    const scope = visibleProgrammes(principal);
    const where = [scope.where];
    const params = [...scope.params];
    if (filter.q) {
      where.push('(p.code LIKE ? OR p.title LIKE ?)');
      const like = `%${filter.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      params.push(like, like);
    }
    if (filter.status) {
      where.push('p.status = ?');
      params.push(filter.status);
    }
    const clause = where.join(' AND ');
    const [{ total }] = (await em.query(
      `SELECT COUNT(*) AS total FROM programme p WHERE ${clause}`,
      params,
    )) as {
      total: string;
    }[];
    const ids = (
      (await em.query(
        `SELECT p.id FROM programme p WHERE ${clause} ORDER BY p.created_at DESC, p.id LIMIT ? OFFSET ?`,
        [...params, page.pageSize, offsetOf(page)],
      )) as { id: string }[]
    ).map((r) => r.id);
    const items = await this.views(em, ids, await programmeAccessMany(em, principal, ids));
    return { items, total: Number(total), ...page };
  }

  async get(principal: Principal, id: string): Promise<ProgrammeView> {
    const em = this.tx.manager;
    return this.view(em, id, await this.accessOrHide(em, principal, id));
  }

  async view(em: EntityManager, id: string, access: Exclude<ProgrammeAccess, null>): Promise<ProgrammeView> {
    return (await this.views(em, [id], new Map([[id, access]])))[0]!;
  }

  /** Programmes as the API shows them, in a fixed number of queries however many there are. */
  private async views(
    em: EntityManager,
    ids: string[],
    access: Map<string, ProgrammeAccess>,
  ): Promise<ProgrammeView[]> {
    if (ids.length === 0) return [];
    const programmes = await em.find(ProgrammeEntity, { where: { id: In(ids) } });
    const orgs = await this.organisations.refsByIds(
      em,
      programmes
        .flatMap((p) => [p.funderOrganisationId, p.hostOrganisationId])
        .filter((x): x is string => !!x),
    );
    const phases = await em.find(ProgrammePhaseEntity, {
      where: { programmeId: In(ids) },
      order: { position: 'ASC' },
    });
    const staff = (await em.query(
      `SELECT s.programme_id, s.role, u.id, u.display_name, u.email FROM programme_staff s
         JOIN user u ON u.id = s.user_id WHERE s.programme_id IN (?) ORDER BY u.display_name`,
      [ids],
    )) as { programme_id: string; role: string; id: string; display_name: string; email: string }[];
    const counts = new Map(
      (
        (await em.query(
          `SELECT programme_id,
                  COALESCE(SUM(status IN ('invited', 'active', 'completed', 'not_completed')), 0) AS holding,
                  COALESCE(SUM(status = 'waitlisted'), 0) AS waitlisted
             FROM enrolment WHERE programme_id IN (?) GROUP BY programme_id`,
          [ids],
        )) as { programme_id: string; holding: string; waitlisted: string }[]
      ).map((c) => [c.programme_id, c]),
    );
    const byId = new Map(programmes.map((p) => [p.id, p]));
    return ids.map((id) => {
      const p = byId.get(id)!;
      const ref = (role: string) =>
        staff
          .filter((s) => s.programme_id === id && s.role === role)
          .map((s) => ({ id: s.id, displayName: s.display_name, email: s.email }));
      const count = counts.get(id);
      return {
        id: p.id,
        code: p.code,
        title: p.title,
        summary: p.summary,
        mode: p.mode,
        hostTimeZone: p.hostTimeZone,
        languageFallbacks: p.languageFallbacks ? p.languageFallbacks.split(',') : [],
        status: p.status,
        conflictPolicy: p.conflictPolicy,
        capacity: p.capacity,
        funder: (p.funderOrganisationId && orgs.get(p.funderOrganisationId)) || null,
        host: (p.hostOrganisationId && orgs.get(p.hostOrganisationId)) || null,
        phases: phases
          .filter((ph) => ph.programmeId === id)
          .map((ph) => ({
            id: ph.id,
            name: ph.name,
            kind: ph.kind,
            startsOn: ph.startsOn,
            endsOn: ph.endsOn,
          })),
        coordinators: ref('coordinator'),
        instructors: ref('instructor'),
        enrolled: { holdingPlaces: Number(count?.holding ?? 0), waitlisted: Number(count?.waitlisted ?? 0) },
        clonedFromId: p.clonedFromId,
        access: access.get(id)!,
        createdAt: p.createdAt,
      };
    });
  }

  private async checked<T extends Partial<ProgrammeInput>>(em: EntityManager, input: T): Promise<T> {
    const problems: FieldProblem[] = [];
    const out = { ...input };
    if (input.code !== undefined) {
      out.code = input.code.trim().toUpperCase();
      if (!CODE.test(out.code))
        problems.push({
          field: 'code',
          reason: 'must be 3–40 letters, digits and dashes, such as MOEJ-2026-01',
        });
    }
    if (input.hostTimeZone !== undefined) {
      const zone = canonicalTimeZone(input.hostTimeZone);
      if (zone) out.hostTimeZone = zone;
      else problems.push({ field: 'hostTimeZone', reason: 'must be an IANA time zone such as Asia/Tokyo' });
    }
    for (const field of ['funderOrganisationId', 'hostOrganisationId'] as const) {
      const id = input[field];
      if (id && !(await em.exists(OrganisationEntity, { where: { id } })))
        problems.push({ field, reason: 'is not a known organisation' });
    }
    (input.phases ?? []).forEach((ph, i) => {
      if (ph.endsOn < ph.startsOn)
        problems.push({ field: `phases[${i}].endsOn`, reason: 'must not be before startsOn' });
    });
    if (problems.length > 0) throw invalid(problems);
    return out;
  }

  private async writePhases(em: EntityManager, programmeId: string, phases: PhaseInput[]): Promise<void> {
    if (phases.length === 0) return;
    await em.insert(
      ProgrammePhaseEntity,
      phases.map((ph, position) => ({
        id: randomUUID(),
        programmeId,
        position,
        ...ph,
        name: ph.name.trim(),
      })),
    );
  }

  async create(principal: Principal, input: ProgrammeInput, meta: RequestMeta): Promise<ProgrammeView> {
    if (!hasRole(principal, 'admin', 'coordinator'))
      throw forbidden('Coordinators and admins create programmes');
    return this.tx.run(async (em) => this.view(em, await this.insert(em, principal, input, meta), 'manage'));
  }

  private async insert(em: EntityManager, principal: Principal, input: ProgrammeInput, meta: RequestMeta) {
    const fields = await this.checked(em, input);
    const id = randomUUID();
    try {
      await em.insert(ProgrammeEntity, {
        id,
        code: fields.code,
        title: fields.title.normalize('NFC').trim(),
        summary: fields.summary?.trim() || null,
        funderOrganisationId: fields.funderOrganisationId ?? null,
        hostOrganisationId: fields.hostOrganisationId ?? null,
        mode: fields.mode,
        hostTimeZone: fields.hostTimeZone,
        languageFallbacks: fields.languageFallbacks?.join(',') || null,
        conflictPolicy: fields.conflictPolicy ?? 'refuse',
        capacity: fields.capacity ?? null,
      });
    } catch (error) {
      if (isDuplicateKeyError(error))
        throw new DomainError('PROGRAMME.CODE_TAKEN', 'Another programme has this code', [
          { field: 'code', reason: 'belongs to another programme' },
        ]);
      throw error;
    }
    await this.writePhases(em, id, fields.phases ?? []);
    // Whoever creates a programme coordinates it (an admin reaches it anyway).
    if (hasRole(principal, 'coordinator'))
      await em.insert(ProgrammeStaffEntity, { programmeId: id, userId: principal.id, role: 'coordinator' });
    await this.audit.record(
      em,
      { action: 'programme.created', actorId: principal.id, targetType: 'programme', targetId: id },
      meta,
    );
    return id;
  }

  async update(
    principal: Principal,
    id: string,
    patch: Partial<Omit<ProgrammeInput, 'phases' | 'code'>>,
    meta: RequestMeta,
  ): Promise<ProgrammeView> {
    return this.tx.run(async (em) => {
      await this.requireManage(em, principal, id);
      const before = await em.findOneOrFail(ProgrammeEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      const fields = await this.checked(em, patch);
      if (fields.capacity !== undefined && fields.capacity !== null) {
        const [{ n }] = (await em.query(
          `SELECT COUNT(*) AS n FROM enrolment WHERE programme_id = ? AND status IN ('invited', 'active', 'completed', 'not_completed')`,
          [id],
        )) as { n: string }[];
        if (fields.capacity < Number(n))
          throw invalid([
            { field: 'capacity', reason: `must not be below the ${n} trainees already enrolled` },
          ]);
      }
      const { title, summary, languageFallbacks, ...rest } = fields;
      await em.update(
        ProgrammeEntity,
        { id },
        {
          ...rest,
          ...(languageFallbacks !== undefined
            ? { languageFallbacks: languageFallbacks.join(',') || null }
            : {}),
          ...(title !== undefined ? { title: title.normalize('NFC').trim() } : {}),
          ...(summary !== undefined ? { summary: summary?.trim() || null } : {}),
        },
      );
      // More places: the waiting list moves up, through the enrolment feature's job (same transaction).
      if (
        fields.capacity !== undefined &&
        before.capacity !== null &&
        (fields.capacity === null || fields.capacity > before.capacity)
      )
        await this.outbox.add(em, 'fill-waiting-list', { programmeId: id });
      await this.audit.record(
        em,
        {
          action: 'programme.updated',
          actorId: principal.id,
          targetType: 'programme',
          targetId: id,
          details: { fields: Object.keys(patch) },
        },
        meta,
      );
      return this.view(em, id, 'manage');
    });
  }

  /** Replaces the phases; a phase that still has sessions cannot go. */
  async setPhases(
    principal: Principal,
    id: string,
    phases: (PhaseInput & { id?: string })[],
    meta: RequestMeta,
  ) {
    return this.tx.run(async (em) => {
      await this.requireManage(em, principal, id);
      await this.checked(em, { phases });
      const existing = await em.find(ProgrammePhaseEntity, { where: { programmeId: id } });
      const kept = new Set(phases.map((p) => p.id).filter(Boolean));
      const unknown = phases.findIndex((p) => p.id && !existing.some((e) => e.id === p.id));
      if (unknown >= 0)
        throw invalid([{ field: `phases[${unknown}].id`, reason: 'is not a phase of this programme' }]);
      const dropped = existing.filter((e) => !kept.has(e.id)).map((e) => e.id);
      if (dropped.length > 0 && (await em.exists(SessionEntity, { where: { phaseId: In(dropped) } })))
        throw invalid([
          { field: 'phases', reason: 'would remove a phase that still has sessions; move them first' },
        ]);
      if (dropped.length > 0) await em.delete(ProgrammePhaseEntity, { id: In(dropped) });
      for (const [position, ph] of phases.entries()) {
        const row = {
          name: ph.name.trim(),
          kind: ph.kind,
          startsOn: ph.startsOn,
          endsOn: ph.endsOn,
          position,
        };
        if (ph.id) await em.update(ProgrammePhaseEntity, { id: ph.id }, row);
        else await em.insert(ProgrammePhaseEntity, { id: randomUUID(), programmeId: id, ...row });
      }
      await this.audit.record(
        em,
        {
          action: 'programme.updated',
          actorId: principal.id,
          targetType: 'programme',
          targetId: id,
          details: { fields: ['phases'] },
        },
        meta,
      );
      return this.view(em, id, 'manage');
    });
  }

  /** Who coordinates and teaches it: accounts with that role; at least one coordinator stays. */
  async setStaff(
    principal: Principal,
    id: string,
    staff: { coordinators: string[]; instructors: string[] },
    meta: RequestMeta,
  ): Promise<ProgrammeView> {
    return this.tx.run(async (em) => {
      await this.requireManage(em, principal, id);
      if (staff.coordinators.length === 0)
        throw invalid([{ field: 'coordinators', reason: 'must name at least one coordinator' }]);
      const problems: FieldProblem[] = [];
      for (const [field, role] of [
        ['coordinators', 'coordinator'],
        ['instructors', 'instructor'],
      ] as const) {
        const ids = [...new Set(staff[field])];
        const holders = await em.find(UserRoleEntity, { where: { userId: In(ids), role } });
        const missing = ids.filter((u) => !holders.some((h) => h.userId === u));
        if (missing.length > 0)
          problems.push({ field, reason: `${missing.join(', ')} is not a ${role} account` });
      }
      if (problems.length > 0) throw invalid(problems);
      await em.delete(ProgrammeStaffEntity, { programmeId: id });
      await em.insert(ProgrammeStaffEntity, [
        ...[...new Set(staff.coordinators)].map((userId) => ({
          programmeId: id,
          userId,
          role: 'coordinator' as const,
        })),
        ...[...new Set(staff.instructors)].map((userId) => ({
          programmeId: id,
          userId,
          role: 'instructor' as const,
        })),
      ]);
      await this.audit.record(
        em,
        {
          action: 'programme.staff_changed',
          actorId: principal.id,
          targetType: 'programme',
          targetId: id,
          details: staff,
        },
        meta,
      );
      return this.view(em, id, 'manage');
    });
  }

  async transition(
    principal: Principal,
    id: string,
    to: ProgrammeStatus,
    meta: RequestMeta,
  ): Promise<ProgrammeView> {
    return this.tx.run(async (em) => {
      await this.requireManage(em, principal, id);
      const p = await em.findOneOrFail(ProgrammeEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!PROGRAMME_TRANSITIONS[p.status].includes(to))
        throw new DomainError(
          'PROGRAMME.INVALID_TRANSITION',
          `A ${p.status} programme cannot become ${to}` +
            (PROGRAMME_TRANSITIONS[p.status].length
              ? ` (it can become ${PROGRAMME_TRANSITIONS[p.status].join(' or ')})`
              : ''),
          [{ field: 'status', reason: `cannot go from ${p.status} to ${to}` }],
        );
      await em.update(ProgrammeEntity, { id }, { status: to });
      await this.audit.record(
        em,
        {
          action: 'programme.status_changed',
          actorId: principal.id,
          targetType: 'programme',
          targetId: id,
          details: { from: p.status, to },
        },
        meta,
      );
      return this.view(em, id, 'manage');
    });
  }

  /**
   * A new draft from an earlier programme: phases and sessions shifted so the first phase starts on
   * `startsOn` (calendar days, so a 09:30 session stays 09:30 in its zone across DST), the staff copied,
   * no enrolments.
   */
  async clone(
    principal: Principal,
    sourceId: string,
    input: { code: string; title?: string; startsOn: string },
    meta: RequestMeta,
  ): Promise<ProgrammeView> {
    return this.tx.run(async (em) => {
      await this.requireManage(em, principal, sourceId);
      const source = await em.findOneOrFail(ProgrammeEntity, { where: { id: sourceId } });
      const phases = await em.find(ProgrammePhaseEntity, {
        where: { programmeId: sourceId },
        order: { position: 'ASC' },
      });
      const sessions = await em.find(SessionEntity, { where: { programmeId: sourceId } });
      const anchor =
        phases[0]?.startsOn ??
        sessions.map((s) => s.allDayFrom ?? s.startsAt?.toISOString().slice(0, 10)).sort()[0];
      const days = anchor
        ? DateTime.fromISO(input.startsOn, { zone: 'UTC' }).diff(
            DateTime.fromISO(anchor, { zone: 'UTC' }),
            'days',
          ).days
        : 0;
      const shiftDate = (d: string) => DateTime.fromISO(d, { zone: 'UTC' }).plus({ days }).toISODate()!;
      const shiftInstant = (at: Date, zone: string) =>
        DateTime.fromJSDate(at, { zone }).plus({ days }).toJSDate();

      const id = await this.insert(
        em,
        principal,
        {
          code: input.code,
          title: input.title ?? source.title,
          summary: source.summary,
          funderOrganisationId: source.funderOrganisationId,
          hostOrganisationId: source.hostOrganisationId,
          mode: source.mode,
          hostTimeZone: source.hostTimeZone,
          languageFallbacks: source.languageFallbacks?.split(',') ?? [],
          conflictPolicy: source.conflictPolicy,
          capacity: source.capacity,
          phases: [],
        },
        meta,
      );
      await em.update(
        ProgrammeEntity,
        { id },
        { clonedFromId: sourceId, completionRules: source.completionRules },
      );
      const phaseIds = new Map(phases.map((ph) => [ph.id, randomUUID()]));
      if (phases.length > 0)
        await em.insert(
          ProgrammePhaseEntity,
          phases.map((ph) => ({
            id: phaseIds.get(ph.id)!,
            programmeId: id,
            name: ph.name,
            kind: ph.kind,
            position: ph.position,
            startsOn: shiftDate(ph.startsOn),
            endsOn: shiftDate(ph.endsOn),
          })),
        );
      await em.query(
        `INSERT IGNORE INTO programme_staff (programme_id, user_id, role)
           SELECT ?, user_id, role FROM programme_staff WHERE programme_id = ?`,
        [id, sourceId],
      );
      for (const session of sessions) {
        const copy = randomUUID();
        await em.insert(SessionEntity, {
          ...session,
          id: copy,
          programmeId: id,
          phaseId: session.phaseId ? (phaseIds.get(session.phaseId) ?? null) : null,
          startsAt: session.startsAt ? shiftInstant(session.startsAt, session.timeZone) : null,
          endsAt: session.endsAt ? shiftInstant(session.endsAt, session.timeZone) : null,
          allDayFrom: session.allDayFrom ? shiftDate(session.allDayFrom) : null,
          allDayTo: session.allDayTo ? shiftDate(session.allDayTo) : null,
          status: 'scheduled',
          ruleOverride: null,
          createdAt: undefined,
          updatedAt: undefined,
        });
        await em.query(
          `INSERT INTO session_instructor (session_id, user_id) SELECT ?, user_id FROM session_instructor WHERE session_id = ?`,
          [copy, session.id],
        );
      }
      return this.view(em, id, 'manage');
    });
  }
}
