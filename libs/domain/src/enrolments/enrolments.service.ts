import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { isDuplicateKeyError, TransactionService } from '@kenshu/database';
import { OutboxService } from '@kenshu/queue';
import { AuditService } from '../audit/audit.service.js';
import { DomainError, forbidden, notFound } from '../common/domain-error.js';
import { orderedUuid } from '../common/ordered-uuid.js';
import type { Page, PageRequest } from '../common/pagination.js';
import type { Principal, UserView } from '../common/principal.js';
import { NO_REQUEST, type RequestMeta } from '../common/request-meta.js';
import type { ProgrammeStatus } from '../programmes/programme.entity.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import { UsersService } from '../users/users.service.js';
import type { Gender } from '../users/user.entity.js';
import { ENROLMENT_STATUSES, PLACE_HOLDING, type EnrolmentStatus } from './enrolment.entity.js';
import { EnrolmentsRepository, type EnrolmentRow } from './enrolments.repository.js';

/**
 * What each status may become. `waitlisted` → `invited` is not here: only a freed place moves someone
 * up (the oldest first), never a hand. `invited` means enrolled with a place, waiting for the trainee to
 * accept (or a coordinator to set them active); `active` means taking part.
 */
export const ENROLMENT_TRANSITIONS: Record<EnrolmentStatus, readonly EnrolmentStatus[]> = {
  waitlisted: ['withdrawn'],
  invited: ['active', 'withdrawn'],
  active: ['completed', 'withdrawn', 'not_completed'],
  completed: [],
  withdrawn: [],
  not_completed: [],
};

const CLOSED: readonly ProgrammeStatus[] = ['closed', 'archived'];

export interface EnrolledTrainee {
  id: string;
  displayName: string;
  email: string;
  locale: string;
  timeZone: string;
  organisation: { id: string; name: string; country: string } | null;
  /** The account's own status: `invited` until they open it. */
  accountStatus: UserView['status'];
}

/** One enrolment with the profile facts a funder's report and an export show. */
export interface ParticipantProfile {
  enrolmentId: string;
  userId: string;
  displayName: string;
  email: string;
  status: EnrolmentStatus;
  organisation: string | null;
  country: string | null;
  city: string | null;
  /** Null: not recorded. */
  gender: Gender | null;
}

/** Participants (active, completed or not completed) counted by one profile fact. */
export interface ParticipantBreakdown {
  byCountry: { key: string | null; count: number }[];
  byCity: { key: string | null; country: string | null; count: number }[];
  byOrganisation: { key: string | null; country: string | null; count: number }[];
  byGender: { key: Gender | null; count: number }[];
}

/** One line of a programme's roster. */
export interface EnrolmentView {
  id: string;
  programmeId: string;
  status: EnrolmentStatus;
  /** When they joined the waiting list (kept after they moved up). */
  waitlistedAt: Date | null;
  /** 1 = the next to move up; null when not waiting. */
  waitlistPosition: number | null;
  trainee: EnrolledTrainee;
  createdAt: Date;
  updatedAt: Date;
}

/** One of the caller's own enrolments, with the programme it is in. */
export interface MyEnrolmentView {
  id: string;
  status: EnrolmentStatus;
  waitlistedAt: Date | null;
  waitlistPosition: number | null;
  programme: { id: string; code: string; title: string; status: ProgrammeStatus; hostTimeZone: string };
  createdAt: Date;
  updatedAt: Date;
}

export const invalidEnrolment = (field: string, reason: string) =>
  new DomainError('ENROLMENT.INVALID', `${field} ${reason}`, [{ field, reason }]);

/** A closed or archived programme takes no more enrolments (its trainees' statuses still change). */
export function assertTakesEnrolments(status: ProgrammeStatus): void {
  if (CLOSED.includes(status))
    throw invalidEnrolment('programme', `is ${status} and takes no more enrolments`);
}

const invalidTransition = (from: EnrolmentStatus, to: EnrolmentStatus) => {
  const next = ENROLMENT_TRANSITIONS[from];
  return new DomainError(
    'ENROLMENT.INVALID_TRANSITION',
    `A ${from} enrolment cannot become ${to}` +
      (next.length ? ` (it can become ${next.join(' or ')})` : ' (it is final)'),
    [{ field: 'status', reason: `cannot go from ${from} to ${to}` }],
  );
};

/**
 * Trainees in programmes. Managers (the programme's coordinators, admins) enrol and change statuses; its
 * instructors read the roster; a trainee reads their own enrolments, accepts an invitation and withdraws.
 * Every change that takes or frees a place runs under the programme's row lock
 * (ProgrammesService.lockForEnrolment), so the capacity holds under concurrent requests, and a freed place
 * goes to the oldest on the waiting list in the same transaction.
 */
@Injectable()
export class EnrolmentsService {
  constructor(
    private readonly tx: TransactionService,
    private readonly repository: EnrolmentsRepository,
    private readonly programmes: ProgrammesService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /** Enrols a trainee account: `invited` while a place is free, else `waitlisted` (last in the queue). */
  async enrol(
    principal: Principal,
    programmeId: string,
    userId: string,
    meta: RequestMeta,
  ): Promise<EnrolmentView> {
    return this.tx.run(async (em) => {
      await this.programmes.requireManage(em, principal, programmeId);
      const user = await this.users.findById(em, userId);
      const roles = user ? await this.users.rolesOf(em, userId) : [];
      if (!user || !roles.includes('trainee')) throw invalidEnrolment('userId', 'is not a trainee account');
      if (user.status === 'disabled') throw invalidEnrolment('userId', 'belongs to a disabled account');

      const programme = await this.programmes.lockForEnrolment(em, programmeId);
      assertTakesEnrolments(programme.status);
      const existing = await this.repository.findOfUser(em, programmeId, userId);
      if (existing && existing.status !== 'withdrawn')
        throw new DomainError(
          'ENROLMENT.ALREADY_ENROLLED',
          'The trainee is already enrolled in this programme',
          [{ field: 'userId', reason: `is already enrolled (${existing.status})` }],
        );
      const holding = await this.repository.countHoldingPlaces(em, programmeId);
      const free = programme.capacity === null || holding < programme.capacity;
      const status: EnrolmentStatus = free ? 'invited' : 'waitlisted';
      const waitlistedAt = free ? null : await this.repository.nextWaitlistStamp(em, programmeId);
      const id = existing?.id ?? orderedUuid();
      if (existing) {
        // Someone who withdrew may be enrolled again: the same row starts over, its history in the audit log.
        await this.repository.setStatus(em, [id], status, waitlistedAt);
      } else {
        try {
          await this.repository.insertMany(em, [{ id, programmeId, userId, status, waitlistedAt }]);
        } catch (error) {
          if (isDuplicateKeyError(error))
            throw new DomainError('ENROLMENT.ALREADY_ENROLLED', 'The trainee is already enrolled', [
              { field: 'userId', reason: 'is already enrolled' },
            ]);
          throw error;
        }
      }
      await this.audit.record(
        em,
        {
          action: 'enrolment.created',
          actorId: principal.id,
          targetType: 'enrolment',
          targetId: id,
          details: { programmeId, userId, status, ...(existing ? { reenrolled: true } : {}) },
        },
        meta,
      );
      return (await this.views(em, [id]))[0]!;
    });
  }

  /** The roster, for the programme's managers and instructors; trainees in it get 403, others 404. */
  async roster(
    principal: Principal,
    programmeId: string,
    filter: { status?: EnrolmentStatus },
    page: PageRequest,
  ): Promise<Page<EnrolmentView>> {
    const em = this.tx.manager;
    const access = await this.programmes.accessOrHide(em, principal, programmeId);
    if (access === 'attend') throw forbidden('Only the programme’s staff see its roster');
    const rows = await this.repository.pageOfProgramme(em, programmeId, filter, page);
    return { ...rows, items: await this.toViews(em, rows.items) };
  }

  /** The caller's own enrolments, in every status (waiting and withdrawn too), newest first. */
  async mine(principal: Principal, page: PageRequest): Promise<Page<MyEnrolmentView>> {
    const em = this.tx.manager;
    const rows = await this.repository.pageOfUser(em, principal.id, page);
    const programmes = await this.programmes.refsByIds(
      em,
      rows.items.map((r) => r.programmeId),
    );
    return {
      ...rows,
      items: rows.items.map((r) => ({
        id: r.id,
        status: r.status,
        waitlistedAt: r.waitlistedAt,
        waitlistPosition: r.waitlistPosition,
        programme: programmes.get(r.programmeId)!,
        createdAt: r.createdAt,
        updatedAt: r.updatedAt,
      })),
    };
  }

  /**
   * A status change by a manager, or a trainee withdrawing themself. When a place-holding enrolment is
   * withdrawn, the oldest waiting ones move up to `invited` while places are free (`enrolment.promoted`).
   */
  changeStatus(
    principal: Principal,
    programmeId: string,
    enrolmentId: string,
    change: { status: EnrolmentStatus; reason?: string },
    meta: RequestMeta,
  ): Promise<EnrolmentView> {
    return this.transition(principal, programmeId, enrolmentId, change, 'status', meta);
  }

  /** The trainee accepts their invitation: `invited` → `active`. Only their own. */
  accept(
    principal: Principal,
    programmeId: string,
    enrolmentId: string,
    meta: RequestMeta,
  ): Promise<EnrolmentView> {
    return this.transition(principal, programmeId, enrolmentId, { status: 'active' }, 'accept', meta);
  }

  private async transition(
    principal: Principal,
    programmeId: string,
    enrolmentId: string,
    change: { status: EnrolmentStatus; reason?: string },
    route: 'status' | 'accept',
    meta: RequestMeta,
  ): Promise<EnrolmentView> {
    return this.tx.run(async (em) => {
      const found = await this.repository.find(em, programmeId, enrolmentId);
      // One's own enrolment is reachable even while one waits (the programme itself is hidden until then).
      const own = found?.userId === principal.id;
      if (!own) {
        const access = await this.programmes.accessOrHide(em, principal, programmeId);
        if (!found) throw notFound('Enrolment');
        if (route === 'accept')
          throw forbidden('Only the trainee accepts their invitation; coordinators set the status');
        if (access !== 'manage')
          throw forbidden('Only the programme’s coordinators and admins change enrolments');
      } else if (route === 'status' && change.status !== 'withdrawn') {
        throw forbidden('Trainees may withdraw; coordinators set the other statuses');
      }

      const programme = await this.programmes.lockForEnrolment(em, programmeId);
      const row = (await this.repository.find(em, programmeId, enrolmentId, true))!;
      const from = row.status;
      if (!ENROLMENT_TRANSITIONS[from].includes(change.status)) throw invalidTransition(from, change.status);
      await this.repository.setStatus(em, [row.id], change.status);
      await this.audit.record(
        em,
        {
          action: 'enrolment.status_changed',
          actorId: principal.id,
          targetType: 'enrolment',
          targetId: row.id,
          details: {
            programmeId,
            userId: row.userId,
            from,
            to: change.status,
            ...(change.reason ? { reason: change.reason } : {}),
            ...(own ? { self: true } : {}),
          },
        },
        meta,
      );
      // Completed by hand (an exception to the rules, or a programme without them): the certificate follows,
      // as it does for completion by the rules; the job issues it once.
      if (change.status === 'completed')
        await this.outbox.add(em, 'issue-certificate', { enrolmentId: row.id });
      if (change.status === 'withdrawn' && PLACE_HOLDING.includes(from))
        await this.fillFreePlaces(em, principal.id, programmeId, programme.capacity, row.id, meta);
      return (await this.views(em, [row.id]))[0]!;
    });
  }

  /**
   * Trainees taking part in the programme (active, completed or not completed), optionally only these users,
   * in name order: whose completion the programme shows.
   */
  async participants(
    em: EntityManager,
    programmeId: string,
    userIds?: string[],
  ): Promise<{ enrolmentId: string; userId: string; status: EnrolmentStatus; displayName: string }[]> {
    if (userIds?.length === 0) return [];
    const rows = (await em.query(
      `SELECT e.id, e.user_id, e.status, u.display_name FROM enrolment e JOIN user u ON u.id = e.user_id
        WHERE e.programme_id = ? AND e.status IN ('active', 'completed', 'not_completed')
          ${userIds ? 'AND e.user_id IN (?)' : ''}
        ORDER BY u.display_name, e.id`,
      userIds ? [programmeId, userIds] : [programmeId],
    )) as { id: string; user_id: string; status: EnrolmentStatus; display_name: string }[];
    return rows.map((r) => ({
      enrolmentId: r.id,
      userId: r.user_id,
      status: r.status,
      displayName: r.display_name,
    }));
  }

  /** How many enrolments of the programme are in each status (every status present, zeros included). */
  async statusCounts(em: EntityManager, programmeId: string): Promise<Record<EnrolmentStatus, number>> {
    const rows = (await em.query(
      `SELECT status, COUNT(*) AS n FROM enrolment WHERE programme_id = ? GROUP BY status`,
      [programmeId],
    )) as { status: EnrolmentStatus; n: string | number }[];
    const counts = Object.fromEntries(ENROLMENT_STATUSES.map((s) => [s, 0])) as Record<
      EnrolmentStatus,
      number
    >;
    for (const r of rows) counts[r.status] = Number(r.n);
    return counts;
  }

  /**
   * One keyset page of the programme's enrolments (every status, or only the participating ones) with
   * their profile facts, in enrolment id order after `afterId`: exports read a programme of any size page
   * by page, never all of it at once.
   */
  async profilePage(
    em: EntityManager,
    programmeId: string,
    afterId: string | null,
    limit: number,
    participatingOnly = false,
  ): Promise<ParticipantProfile[]> {
    const rows = (await em.query(
      `SELECT e.id, e.user_id, e.status, u.display_name, u.email, u.gender,
              o.name AS org_name, o.country, o.city
         FROM enrolment e
         JOIN user u ON u.id = e.user_id
         LEFT JOIN organisation o ON o.id = u.organisation_id
        WHERE e.programme_id = ?${afterId ? ' AND e.id > ?' : ''}
              ${participatingOnly ? `AND e.status IN ('active', 'completed', 'not_completed')` : ''}
        ORDER BY e.id
        LIMIT ?`,
      afterId ? [programmeId, afterId, limit] : [programmeId, limit],
    )) as {
      id: string;
      user_id: string;
      status: EnrolmentStatus;
      display_name: string;
      email: string;
      gender: Gender | null;
      org_name: string | null;
      country: string | null;
      city: string | null;
    }[];
    return rows.map((r) => ({
      enrolmentId: r.id,
      userId: r.user_id,
      displayName: r.display_name,
      email: r.email,
      status: r.status,
      organisation: r.org_name,
      country: r.country,
      city: r.city,
      gender: r.gender,
    }));
  }

  /**
   * The programme's participants (active, completed, not completed) counted by country, city, organisation
   * and gender: one grouped query, folded here. A null key is "not recorded" (no organisation, no gender).
   */
  async participantBreakdown(em: EntityManager, programmeId: string): Promise<ParticipantBreakdown> {
    const rows = (await em.query(
      `SELECT o.country, o.city, o.name AS org_name, u.gender, COUNT(*) AS n
         FROM enrolment e
         JOIN user u ON u.id = e.user_id
         LEFT JOIN organisation o ON o.id = u.organisation_id
        WHERE e.programme_id = ? AND e.status IN ('active', 'completed', 'not_completed')
        GROUP BY o.country, o.city, o.name, u.gender`,
      [programmeId],
    )) as {
      country: string | null;
      city: string | null;
      org_name: string | null;
      gender: Gender | null;
      n: string | number;
    }[];
    const tally = <K>(key: (r: (typeof rows)[number]) => K, extra?: (r: (typeof rows)[number]) => object) => {
      const map = new Map<string, { key: K; count: number }>();
      for (const r of rows) {
        const k = key(r);
        const id = JSON.stringify([k, extra?.(r) ?? null]);
        const hit = map.get(id) ?? { key: k, ...(extra?.(r) ?? {}), count: 0 };
        hit.count += Number(r.n);
        map.set(id, hit);
      }
      return [...map.values()].sort(
        (a, b) => b.count - a.count || String(a.key).localeCompare(String(b.key)),
      );
    };
    return {
      byCountry: tally((r) => r.country),
      byCity: tally(
        (r) => r.city,
        (r) => ({ country: r.country }),
      ) as ParticipantBreakdown['byCity'],
      byOrganisation: tally(
        (r) => r.org_name,
        (r) => ({ country: r.country }),
      ) as ParticipantBreakdown['byOrganisation'],
      byGender: tally((r) => r.gender),
    };
  }

  /**
   * Completion by the programme's rules (the `evaluate-completion` job): an `active` enrolment becomes
   * `completed`, under its row lock so two evaluations never both complete it; audited with what was met.
   * Returns the enrolment's id when it changed, null when it was not active (already completed, withdrawn…).
   */
  async completeByRules(
    em: EntityManager,
    programmeId: string,
    userId: string,
    details: Record<string, unknown>,
  ): Promise<string | null> {
    const rows = (await em.query(
      `SELECT id, status FROM enrolment WHERE programme_id = ? AND user_id = ? FOR UPDATE`,
      [programmeId, userId],
    )) as { id: string; status: EnrolmentStatus }[];
    const row = rows[0];
    if (!row || row.status !== 'active') return null;
    await this.repository.setStatus(em, [row.id], 'completed');
    await this.audit.record(
      em,
      {
        action: 'enrolment.status_changed',
        actorId: null,
        targetType: 'enrolment',
        targetId: row.id,
        details: { programmeId, userId, from: 'active', to: 'completed', by: 'completion_rules', ...details },
      },
      NO_REQUEST,
    );
    return row.id;
  }

  /**
   * The `fill-waiting-list` job, after a programme's capacity grew: under the programme's row lock, the
   * oldest waiting trainees move up while places are free. Running it twice moves nobody twice.
   */
  async fillAfterCapacityChange(em: EntityManager, programmeId: string): Promise<void> {
    const programme = await this.programmes.lockForEnrolment(em, programmeId);
    await this.fillFreePlaces(em, null, programmeId, programme.capacity, 'capacity', NO_REQUEST);
  }

  /** Moves the oldest on the waiting list up to `invited` while places are free (all of them: no limit). */
  private async fillFreePlaces(
    em: EntityManager,
    actorId: string | null,
    programmeId: string,
    capacity: number | null,
    freedBy: string,
    meta: RequestMeta,
  ): Promise<void> {
    const free =
      capacity === null ? null : capacity - (await this.repository.countHoldingPlaces(em, programmeId));
    const ids = await this.repository.nextWaiting(em, programmeId, free);
    if (ids.length === 0) return;
    await this.repository.setStatus(em, ids, 'invited');
    await this.audit.recordMany(
      em,
      ids.map((id) => ({
        action: 'enrolment.promoted' as const,
        actorId,
        targetType: 'enrolment' as const,
        targetId: id,
        details: { programmeId, from: 'waitlisted', to: 'invited', freedBy },
      })),
      meta,
    );
  }

  private async views(em: EntityManager, ids: string[]): Promise<EnrolmentView[]> {
    return this.toViews(em, await this.repository.findByIds(em, ids));
  }

  private async toViews(em: EntityManager, rows: EnrolmentRow[]): Promise<EnrolmentView[]> {
    const users = await this.users.viewsByIds(
      em,
      rows.map((r) => r.userId),
    );
    return rows.map((r) => {
      const u = users.get(r.userId)!;
      return {
        id: r.id,
        programmeId: r.programmeId,
        status: r.status,
        waitlistedAt: r.waitlistedAt,
        waitlistPosition: r.waitlistPosition,
        trainee: {
          id: u.id,
          displayName: u.displayName,
          email: u.email,
          locale: u.locale,
          timeZone: u.timeZone,
          organisation: u.organisation
            ? { id: u.organisation.id, name: u.organisation.name, country: u.organisation.country }
            : null,
          accountStatus: u.status,
        },
        createdAt: r.createdAt,
        updatedAt: r.updatedAt,
      };
    });
  }
}
