import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';
import { TransactionService } from '@kenshu/database';
import { AuditService } from '../audit/audit.service.js';
import { DomainError, forbidden, notFound, type FieldProblem } from '../common/domain-error.js';
import { canonicalTimeZone } from '../common/locale.js';
import { offsetOf, type Page, type PageRequest } from '../common/pagination.js';
import { hasRole, type OrganisationRef, type Principal } from '../common/principal.js';
import type { RequestMeta } from '../common/request-meta.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { FacilityEntity, type FacilityKind, type FacilityStatus } from './facility.entity.js';
import {
  checkSiteVisit,
  rosterDueDate,
  type BrokenRule,
  type HostRules,
  type SiteVisitPlan,
} from './site-visit-rules.js';

export type { BrokenRule, HostRule, HostRules, SiteVisitPlan } from './site-visit-rules.js';
export { HOST_RULES, checkSiteVisit, rosterDueDate } from './site-visit-rules.js';

/** What a coordinator states about a facility. Absent host rules mean "no such rule". */
export interface FacilityFields {
  name: string;
  kind: FacilityKind;
  hostOrganisationId?: string | null;
  address: string;
  latitude?: number | null;
  longitude?: number | null;
  /** IANA zone of the host. */
  timeZone: string;
  contactName?: string | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
  capacity: number;
  overseasCapacity?: number | null;
  safetyNotes?: string | null;
  /** ISO weekdays, 1 = Monday … 7 = Sunday; every day when absent. */
  allowedWeekdays?: number[];
  /** `HH:mm` in the host's zone. */
  earliestStart?: string | null;
  latestStart?: string | null;
  typicalDurationMin?: number | null;
  rosterDueDays?: number;
  visitorsPerInterpreter?: number | null;
}

/** A facility as the service hands it out (never the row). */
export interface FacilityView {
  id: string;
  name: string;
  kind: FacilityKind;
  hostOrganisation: OrganisationRef | null;
  address: string;
  latitude: number | null;
  longitude: number | null;
  timeZone: string;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  capacity: number;
  overseasCapacity: number | null;
  safetyNotes: string | null;
  allowedWeekdays: number[];
  earliestStart: string | null;
  latestStart: string | null;
  typicalDurationMin: number | null;
  rosterDueDays: number;
  visitorsPerInterpreter: number | null;
  status: FacilityStatus;
  createdAt: Date;
  updatedAt: Date;
}

/** The answer to "may we visit then?": every broken rule, and when the host wants the roster. */
export interface VisitCheck {
  ok: boolean;
  brokenRules: BrokenRule[];
  /** ISO date in the host's zone. */
  rosterDueOn: string;
  timeZone: string;
  /** The visit's start and end on the host's clock, ISO with offset. */
  localStart: string;
  localEnd: string;
}

export interface CheckVisitOptions {
  /**
   * The moment of checking, for the late-roster rule: now by default; null leaves that rule out (e.g. to
   * re-check a visit scheduled long ago).
   */
  now?: Date | null;
}

const STAFF = ['admin', 'coordinator', 'instructor'] as const;
const EDITORS = ['admin', 'coordinator'] as const;
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

const invalid = (problems: FieldProblem[]) =>
  new DomainError('FACILITY.INVALID', problems.map((p) => `${p.field} ${p.reason}`).join('; '), problems);

const archived = () =>
  new DomainError('FACILITY.ARCHIVED', 'The facility is archived: it takes no visits and no changes', [
    { field: 'facilityId', reason: 'is archived' },
  ]);

const weekdaysOf = (stored: string) => stored.split(',').map(Number);
const clockOf = (time: string | null) => (time === null ? null : time.slice(0, 5));
const trimmedOrNull = (s: string | null | undefined) => s?.normalize('NFC').trim() || null;

/** The rules the checker reads, from a row. */
export const hostRulesOf = (f: FacilityEntity): HostRules => ({
  timeZone: f.timeZone,
  allowedWeekdays: weekdaysOf(f.allowedWeekdays),
  earliestStart: clockOf(f.earliestStart),
  latestStart: clockOf(f.latestStart),
  typicalDurationMin: f.typicalDurationMin,
  rosterDueDays: f.rosterDueDays,
  visitorsPerInterpreter: f.visitorsPerInterpreter,
  capacity: f.capacity,
  overseasCapacity: f.overseasCapacity,
});

/** The columns of the fields that are set (a patch sets only some). */
function columnsOf(fields: Partial<FacilityFields>): Partial<FacilityEntity> {
  const has = <K extends keyof FacilityFields>(k: K) => fields[k] !== undefined;
  return {
    ...(has('name') ? { name: fields.name!.normalize('NFC').trim() } : {}),
    ...(has('kind') ? { kind: fields.kind } : {}),
    ...(has('hostOrganisationId') ? { hostOrganisationId: fields.hostOrganisationId } : {}),
    ...(has('address') ? { address: fields.address!.normalize('NFC').trim() } : {}),
    ...(has('latitude') ? { latitude: fields.latitude } : {}),
    ...(has('longitude') ? { longitude: fields.longitude } : {}),
    ...(has('timeZone') ? { timeZone: fields.timeZone } : {}),
    ...(has('contactName') ? { contactName: trimmedOrNull(fields.contactName) } : {}),
    ...(has('contactEmail') ? { contactEmail: trimmedOrNull(fields.contactEmail) } : {}),
    ...(has('contactPhone') ? { contactPhone: trimmedOrNull(fields.contactPhone) } : {}),
    ...(has('capacity') ? { capacity: fields.capacity } : {}),
    ...(has('overseasCapacity') ? { overseasCapacity: fields.overseasCapacity } : {}),
    ...(has('safetyNotes') ? { safetyNotes: fields.safetyNotes?.trim() || null } : {}),
    ...(has('allowedWeekdays')
      ? { allowedWeekdays: [...new Set(fields.allowedWeekdays)].sort((a, b) => a - b).join(',') }
      : {}),
    ...(has('earliestStart')
      ? { earliestStart: fields.earliestStart === null ? null : `${fields.earliestStart}:00` }
      : {}),
    ...(has('latestStart')
      ? { latestStart: fields.latestStart === null ? null : `${fields.latestStart}:00` }
      : {}),
    ...(has('typicalDurationMin') ? { typicalDurationMin: fields.typicalDurationMin } : {}),
    ...(has('rosterDueDays') ? { rosterDueDays: fields.rosterDueDays } : {}),
    ...(has('visitorsPerInterpreter') ? { visitorsPerInterpreter: fields.visitorsPerInterpreter } : {}),
  };
}

/**
 * Facilities that receive site visits, and their hosts' rules. Staff read them; coordinators and admins
 * edit and archive them. The sessions feature asks `checkVisit` which rules a planned visit would break
 * and decides itself whether to refuse it or record an override.
 */
@Injectable()
export class FacilitiesService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly organisations: OrganisationsService,
  ) {}

  async list(
    principal: Principal,
    filter: { q?: string; kind?: FacilityKind; status?: FacilityStatus },
    page: PageRequest,
  ): Promise<Page<FacilityView>> {
    if (!hasRole(principal, ...STAFF)) throw forbidden('Staff only');
    const qb = this.tx.manager.createQueryBuilder(FacilityEntity, 'f');
    qb.where('f.status = :status', { status: filter.status ?? 'active' });
    if (filter.q)
      qb.andWhere('(f.name LIKE :q OR f.address LIKE :q)', {
        q: `%${filter.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    if (filter.kind) qb.andWhere('f.kind = :kind', { kind: filter.kind });
    const [rows, total] = await qb
      .orderBy('f.name')
      .addOrderBy('f.id')
      .skip(offsetOf(page))
      .take(page.pageSize)
      .getManyAndCount();
    return { items: await this.views(this.tx.manager, rows), total, ...page };
  }

  async get(principal: Principal, id: string): Promise<FacilityView> {
    if (!hasRole(principal, ...STAFF)) throw forbidden('Staff only');
    const row = await this.tx.manager.findOne(FacilityEntity, { where: { id } });
    if (!row) throw notFound('Facility');
    return (await this.views(this.tx.manager, [row]))[0]!;
  }

  async create(principal: Principal, fields: FacilityFields, meta: RequestMeta): Promise<FacilityView> {
    if (!hasRole(principal, ...EDITORS)) throw forbidden('Coordinators and admins only');
    return this.tx.run(async (em) => {
      const columns = columnsOf(await this.checked(em, fields));
      const id = randomUUID();
      await em.insert(FacilityEntity, { ...columns, id, status: 'active' });
      await this.audit.record(
        em,
        { action: 'facility.created', actorId: principal.id, targetType: 'facility', targetId: id },
        meta,
      );
      return (await this.views(em, [await em.findOneOrFail(FacilityEntity, { where: { id } })]))[0]!;
    });
  }

  /** Changes what is sent; the result must still hold together (start window, caps, coordinates). */
  async update(
    principal: Principal,
    id: string,
    patch: Partial<FacilityFields>,
    meta: RequestMeta,
  ): Promise<FacilityView> {
    if (!hasRole(principal, ...EDITORS)) throw forbidden('Coordinators and admins only');
    return this.tx.run(async (em) => {
      const row = await em.findOne(FacilityEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw notFound('Facility');
      if (row.status === 'archived') throw archived();
      const changed = Object.keys(patch).filter((k) => patch[k as keyof FacilityFields] !== undefined);
      if (changed.length > 0) {
        await em.update(FacilityEntity, { id }, columnsOf(await this.checked(em, patch, row)));
        await this.audit.record(
          em,
          {
            action: 'facility.updated',
            actorId: principal.id,
            targetType: 'facility',
            targetId: id,
            details: { fields: changed },
          },
          meta,
        );
      }
      return (await this.views(em, [await em.findOneOrFail(FacilityEntity, { where: { id } })]))[0]!;
    });
  }

  /** Takes the facility out of the list and out of planning; archiving it again changes nothing. */
  async archive(principal: Principal, id: string, meta: RequestMeta): Promise<FacilityView> {
    if (!hasRole(principal, ...EDITORS)) throw forbidden('Coordinators and admins only');
    return this.tx.run(async (em) => {
      const row = await em.findOne(FacilityEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw notFound('Facility');
      if (row.status !== 'archived') {
        await em.update(FacilityEntity, { id }, { status: 'archived' });
        await this.audit.record(
          em,
          { action: 'facility.archived', actorId: principal.id, targetType: 'facility', targetId: id },
          meta,
        );
      }
      return (await this.views(em, [await em.findOneOrFail(FacilityEntity, { where: { id } })]))[0]!;
    });
  }

  /**
   * Every host rule a planned visit to the facility would break, for other features in their own
   * transaction (the sessions feature refuses, or records an override with a reason). Throws
   * COMMON.NOT_FOUND for an unknown facility, FACILITY.ARCHIVED for an archived one, and
   * FACILITY.INVALID_VISIT for a visit that is not one (no end after the start, no visitors).
   */
  async checkVisit(
    em: EntityManager,
    facilityId: string,
    visit: SiteVisitPlan,
    options: CheckVisitOptions = {},
  ): Promise<BrokenRule[]> {
    return this.evaluate(await this.activeRow(em, facilityId), visit, options);
  }

  /** For a coordinator trying a slot before scheduling it: the broken rules with the host's view of it. */
  async tryVisit(principal: Principal, facilityId: string, visit: SiteVisitPlan): Promise<VisitCheck> {
    if (!hasRole(principal, ...STAFF)) throw forbidden('Staff only');
    const row = await this.activeRow(this.tx.manager, facilityId);
    const brokenRules = this.evaluate(row, visit, {});
    const local = (d: Date) =>
      DateTime.fromJSDate(d, { zone: row.timeZone }).toISO({ suppressMilliseconds: true })!;
    return {
      ok: brokenRules.length === 0,
      brokenRules,
      rosterDueOn: rosterDueDate(hostRulesOf(row), visit.startsAt),
      timeZone: row.timeZone,
      localStart: local(visit.startsAt),
      localEnd: local(visit.endsAt),
    };
  }

  /** For features that book a facility: 404 if it does not exist, FACILITY.ARCHIVED if archived. */
  async assertActive(em: EntityManager, id: string): Promise<void> {
    await this.activeRow(em, id);
  }

  private async activeRow(em: EntityManager, id: string): Promise<FacilityEntity> {
    const row = await em.findOne(FacilityEntity, { where: { id } });
    if (!row) throw notFound('Facility');
    if (row.status === 'archived') throw archived();
    return row;
  }

  private evaluate(row: FacilityEntity, visit: SiteVisitPlan, options: CheckVisitOptions): BrokenRule[] {
    const problems: FieldProblem[] = [];
    const valid = (d: Date) => d instanceof Date && !Number.isNaN(d.getTime());
    if (!valid(visit.startsAt)) problems.push({ field: 'startsAt', reason: 'must be an instant' });
    if (!valid(visit.endsAt)) problems.push({ field: 'endsAt', reason: 'must be an instant' });
    else if (valid(visit.startsAt) && visit.endsAt <= visit.startsAt)
      problems.push({ field: 'endsAt', reason: 'must be after startsAt' });
    if (!Number.isInteger(visit.visitors) || visit.visitors < 1)
      problems.push({ field: 'visitors', reason: 'must be a whole number of at least 1' });
    if (!Number.isInteger(visit.interpreters) || visit.interpreters < 0)
      problems.push({ field: 'interpreters', reason: 'must be a whole number of at least 0' });
    if (problems.length > 0)
      throw new DomainError(
        'FACILITY.INVALID_VISIT',
        problems.map((p) => `${p.field} ${p.reason}`).join('; '),
        problems,
      );
    const now = options.now === undefined ? new Date() : options.now;
    return checkSiteVisit(hostRulesOf(row), visit, now ? { now } : {});
  }

  /**
   * The fields, checked as the facility will be once they apply to `current`: a real zone, a known host,
   * coordinates together and in range, weekdays, a start window that opens before it closes, and a cap
   * for overseas groups no higher than the capacity. Returns them with the zone in its canonical case.
   */
  private async checked<T extends Partial<FacilityFields>>(
    em: EntityManager,
    fields: T,
    current?: FacilityEntity,
  ): Promise<T> {
    const problems: FieldProblem[] = [];
    const out = { ...fields };
    const next = <K extends keyof FacilityFields>(k: K, stored: FacilityFields[K] | undefined) =>
      fields[k] !== undefined ? fields[k] : stored;

    if (fields.timeZone !== undefined) {
      const zone = canonicalTimeZone(fields.timeZone);
      if (zone) out.timeZone = zone;
      else problems.push({ field: 'timeZone', reason: 'must be an IANA time zone such as Asia/Tokyo' });
    }
    if (fields.hostOrganisationId) {
      const known = await this.organisations.refsByIds(em, [fields.hostOrganisationId]);
      if (!known.has(fields.hostOrganisationId))
        problems.push({ field: 'hostOrganisationId', reason: 'is not a known organisation' });
    }

    const latitude = next('latitude', current?.latitude ?? null) ?? null;
    const longitude = next('longitude', current?.longitude ?? null) ?? null;
    if (latitude !== null && (latitude < -90 || latitude > 90))
      problems.push({ field: 'latitude', reason: 'must be between -90 and 90' });
    if (longitude !== null && (longitude < -180 || longitude > 180))
      problems.push({ field: 'longitude', reason: 'must be between -180 and 180' });
    if ((latitude === null) !== (longitude === null))
      problems.push({
        field: latitude === null ? 'latitude' : 'longitude',
        reason: 'is needed with the other coordinate (give both, or neither)',
      });

    if (fields.allowedWeekdays !== undefined) {
      if (fields.allowedWeekdays.length === 0)
        problems.push({ field: 'allowedWeekdays', reason: 'must name at least one day' });
      fields.allowedWeekdays.forEach((d, i) => {
        if (!Number.isInteger(d) || d < 1 || d > 7)
          problems.push({
            field: `allowedWeekdays[${i}]`,
            reason: 'must be an ISO weekday, 1 (Monday) to 7 (Sunday)',
          });
      });
    }

    for (const field of ['earliestStart', 'latestStart'] as const) {
      const value = fields[field];
      if (value !== undefined && value !== null && !HH_MM.test(value))
        problems.push({ field, reason: 'must be a time of day such as 09:30' });
    }
    const earliest = next('earliestStart', clockOf(current?.earliestStart ?? null)) ?? null;
    const latest = next('latestStart', clockOf(current?.latestStart ?? null)) ?? null;
    if (
      earliest !== null &&
      latest !== null &&
      HH_MM.test(earliest) &&
      HH_MM.test(latest) &&
      earliest > latest
    )
      problems.push(
        fields.earliestStart !== undefined
          ? { field: 'earliestStart', reason: `must not be after the latest start, ${latest}` }
          : { field: 'latestStart', reason: `must not be before the earliest start, ${earliest}` },
      );

    const capacity = next('capacity', current?.capacity);
    const overseasCapacity = next('overseasCapacity', current?.overseasCapacity ?? null) ?? null;
    if (capacity !== undefined && (!Number.isInteger(capacity) || capacity < 1))
      problems.push({ field: 'capacity', reason: 'must be a whole number of at least 1' });
    if (overseasCapacity !== null && capacity !== undefined && overseasCapacity > capacity)
      problems.push(
        fields.overseasCapacity !== undefined
          ? { field: 'overseasCapacity', reason: `must not be above the capacity of ${capacity}` }
          : {
              field: 'capacity',
              reason: `must not be below the cap for overseas groups, ${overseasCapacity}`,
            },
      );

    if (problems.length > 0) throw invalid(problems);
    return out;
  }

  private async views(em: EntityManager, rows: FacilityEntity[]): Promise<FacilityView[]> {
    const hosts = await this.organisations.refsByIds(
      em,
      rows.map((r) => r.hostOrganisationId).filter((x): x is string => !!x),
    );
    return rows.map((f) => ({
      id: f.id,
      name: f.name,
      kind: f.kind,
      hostOrganisation: (f.hostOrganisationId && hosts.get(f.hostOrganisationId)) || null,
      address: f.address,
      latitude: f.latitude,
      longitude: f.longitude,
      timeZone: f.timeZone,
      contactName: f.contactName,
      contactEmail: f.contactEmail,
      contactPhone: f.contactPhone,
      capacity: f.capacity,
      overseasCapacity: f.overseasCapacity,
      safetyNotes: f.safetyNotes,
      allowedWeekdays: weekdaysOf(f.allowedWeekdays),
      earliestStart: clockOf(f.earliestStart),
      latestStart: clockOf(f.latestStart),
      typicalDurationMin: f.typicalDurationMin,
      rosterDueDays: f.rosterDueDays,
      visitorsPerInterpreter: f.visitorsPerInterpreter,
      status: f.status,
      createdAt: f.createdAt,
      updatedAt: f.updatedAt,
    }));
  }
}
