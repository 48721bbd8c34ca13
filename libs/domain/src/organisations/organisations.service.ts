import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { TransactionService } from '@kenshu/database';
import { AuditService } from '../audit/audit.service.js';
import { forbidden, notFound } from '../common/domain-error.js';
import { offsetOf, type Page, type PageRequest } from '../common/pagination.js';
import { hasRole, type OrganisationRef, type Principal } from '../common/principal.js';
import type { RequestMeta } from '../common/request-meta.js';
import { OrganisationEntity, type OrganisationKind } from './organisation.entity.js';

export interface OrganisationFields {
  kind: OrganisationKind;
  name: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  city?: string | null;
}

const view = (o: OrganisationEntity): OrganisationRef => ({
  id: o.id,
  kind: o.kind,
  name: o.name,
  country: o.country,
  city: o.city,
});

/** Host bodies, funders and trainees' home governments. Staff read them; coordinators and admins edit. */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
  ) {}

  async list(
    principal: Principal,
    filter: { q?: string; kind?: OrganisationKind; country?: string },
    page: PageRequest,
  ): Promise<Page<OrganisationRef>> {
    if (!hasRole(principal, 'admin', 'coordinator', 'instructor')) throw forbidden('Staff only');
    const qb = this.tx.manager.createQueryBuilder(OrganisationEntity, 'o');
    if (filter.q)
      qb.andWhere('(o.name LIKE :q OR o.city LIKE :q)', {
        q: `%${filter.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    if (filter.kind) qb.andWhere('o.kind = :kind', { kind: filter.kind });
    if (filter.country) qb.andWhere('o.country = :country', { country: filter.country.toUpperCase() });
    const [rows, total] = await qb
      .orderBy('o.name')
      .addOrderBy('o.id')
      .skip(offsetOf(page))
      .take(page.pageSize)
      .getManyAndCount();
    return { items: rows.map(view), total, ...page };
  }

  /** Organisations by id, for other features (in their transaction): one query, unknown ids left out. */
  async refsByIds(em: EntityManager, ids: readonly string[]): Promise<Map<string, OrganisationRef>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await em.find(OrganisationEntity, { where: { id: In(unique) } });
    return new Map(rows.map((o) => [o.id, view(o)]));
  }

  async get(principal: Principal, id: string): Promise<OrganisationRef> {
    if (!hasRole(principal, 'admin', 'coordinator', 'instructor') && principal.organisation?.id !== id)
      throw notFound('Organisation');
    const row = await this.tx.manager.findOne(OrganisationEntity, { where: { id } });
    if (!row) throw notFound('Organisation');
    return view(row);
  }

  async create(
    principal: Principal,
    fields: OrganisationFields,
    meta: RequestMeta,
  ): Promise<OrganisationRef> {
    if (!hasRole(principal, 'admin', 'coordinator')) throw forbidden('Coordinators and admins only');
    return this.tx.run(async (em) => {
      const id = randomUUID();
      await em.insert(OrganisationEntity, {
        id,
        kind: fields.kind,
        name: fields.name.normalize('NFC').trim(),
        country: fields.country.toUpperCase(),
        city: fields.city?.trim() || null,
      });
      await this.audit.record(
        em,
        { action: 'organisation.created', actorId: principal.id, targetType: 'organisation', targetId: id },
        meta,
      );
      return view(await em.findOneOrFail(OrganisationEntity, { where: { id } }));
    });
  }

  async update(
    principal: Principal,
    id: string,
    patch: Partial<OrganisationFields>,
    meta: RequestMeta,
  ): Promise<OrganisationRef> {
    if (!hasRole(principal, 'admin', 'coordinator')) throw forbidden('Coordinators and admins only');
    return this.tx.run(async (em) => {
      const row = await em.findOne(OrganisationEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) throw notFound('Organisation');
      await em.update(
        OrganisationEntity,
        { id },
        {
          ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
          ...(patch.name !== undefined ? { name: patch.name.normalize('NFC').trim() } : {}),
          ...(patch.country !== undefined ? { country: patch.country.toUpperCase() } : {}),
          ...(patch.city !== undefined ? { city: patch.city?.trim() || null } : {}),
        },
      );
      await this.audit.record(
        em,
        {
          action: 'organisation.updated',
          actorId: principal.id,
          targetType: 'organisation',
          targetId: id,
          details: { fields: Object.keys(patch) },
        },
        meta,
      );
      return view(await em.findOneOrFail(OrganisationEntity, { where: { id } }));
    });
  }
}
