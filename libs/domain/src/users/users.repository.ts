import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { insertInChunks } from '@kenshu/database';
import type { OrganisationKind } from '../organisations/organisation.entity.js';
import { offsetOf, type Page, type PageRequest } from '../common/pagination.js';
import type { Principal, UserView } from '../common/principal.js';
import { UserEntity, UserRoleEntity, type Gender, type Role, type UserStatus } from './user.entity.js';

/** A user with organisation and roles in one row (the roles as a comma-separated list). */
const VIEW_SELECT = `SELECT u.id, u.email, u.display_name, u.locale, u.language_fallbacks, u.time_zone, u.position, u.gender, u.status,
    u.created_at, o.id AS org_id, o.kind AS org_kind, o.name AS org_name, o.country AS org_country,
    o.city AS org_city,
    (SELECT GROUP_CONCAT(r.role ORDER BY r.role) FROM user_role r WHERE r.user_id = u.id) AS roles`;

interface ViewRow {
  id: string;
  email: string;
  display_name: string;
  locale: string;
  language_fallbacks: string | null;
  time_zone: string;
  position: string | null;
  gender: Gender | null;
  status: UserStatus;
  created_at: Date;
  org_id: string | null;
  org_kind: OrganisationKind | null;
  org_name: string | null;
  org_country: string | null;
  org_city: string | null;
  roles: string | null;
}

const toView = (r: ViewRow): UserView => ({
  id: r.id,
  email: r.email,
  displayName: r.display_name,
  roles: r.roles ? (r.roles.split(',') as Role[]) : [],
  locale: r.locale,
  languageFallbacks: r.language_fallbacks ? r.language_fallbacks.split(',') : [],
  timeZone: r.time_zone,
  organisation: r.org_id
    ? { id: r.org_id, kind: r.org_kind!, name: r.org_name!, country: r.org_country!, city: r.org_city }
    : null,
  position: r.position,
  gender: r.gender,
  status: r.status,
  createdAt: r.created_at,
});

/** `%` and `_` match themselves in a search. */
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export interface UserSearch {
  q?: string;
  role?: Role;
  status?: UserStatus;
  organisationId?: string;
}

@Injectable()
export class UsersRepository {
  findByEmail(em: EntityManager, email: string): Promise<UserEntity | null> {
    return em.findOne(UserEntity, { where: { email: email.trim().toLowerCase() } });
  }

  findById(em: EntityManager, id: string): Promise<UserEntity | null> {
    return em.findOne(UserEntity, { where: { id } });
  }

  async view(em: EntityManager, id: string, lock = false): Promise<UserView | null> {
    const rows = (await em.query(
      `${VIEW_SELECT} FROM user u LEFT JOIN organisation o ON o.id = u.organisation_id WHERE u.id = ?${lock ? ' FOR UPDATE' : ''}`,
      [id],
    )) as ViewRow[];
    return rows[0] ? toView(rows[0]) : null;
  }

  async viewsByEmail(em: EntityManager, emails: string[]): Promise<Map<string, UserView>> {
    if (emails.length === 0) return new Map();
    const rows = (await em.query(
      `${VIEW_SELECT} FROM user u LEFT JOIN organisation o ON o.id = u.organisation_id WHERE u.email IN (?) FOR UPDATE`,
      [emails],
    )) as ViewRow[];
    return new Map(rows.map((r) => [r.email, toView(r)]));
  }

  async viewsByIds(em: EntityManager, ids: string[]): Promise<Map<string, UserView>> {
    if (ids.length === 0) return new Map();
    const rows = (await em.query(
      `${VIEW_SELECT} FROM user u LEFT JOIN organisation o ON o.id = u.organisation_id WHERE u.id IN (?)`,
      [ids],
    )) as ViewRow[];
    return new Map(rows.map((r) => [r.id, toView(r)]));
  }

  /** Id, status and roles of the accounts with these (lower-case) emails, in one query. */
  async accountsByEmail(
    em: EntityManager,
    emails: string[],
  ): Promise<Map<string, { id: string; email: string; status: UserStatus; roles: Role[] }>> {
    if (emails.length === 0) return new Map();
    const rows = (await em.query(
      `SELECT u.id, u.email, u.status, GROUP_CONCAT(r.role ORDER BY r.role) AS roles
         FROM user u LEFT JOIN user_role r ON r.user_id = u.id
        WHERE u.email IN (?) GROUP BY u.id, u.email, u.status`,
      [emails],
    )) as { id: string; email: string; status: UserStatus; roles: string | null }[];
    return new Map(
      rows.map((r) => [
        r.email.toLowerCase(),
        { id: r.id, email: r.email, status: r.status, roles: r.roles ? (r.roles.split(',') as Role[]) : [] },
      ]),
    );
  }

  /**
   * The caller of an authenticated request, in one query: an active user in a live session. Null when
   * the session was revoked or the account disabled since the token was issued.
   */
  async principal(em: EntityManager, sessionId: string, userId: string): Promise<Principal | null> {
    const rows = (await em.query(
      `${VIEW_SELECT} FROM auth_session s JOIN user u ON u.id = s.user_id
        LEFT JOIN organisation o ON o.id = u.organisation_id
        WHERE s.id = ? AND s.user_id = ? AND s.revoked_at IS NULL AND u.status = 'active'`,
      [sessionId, userId],
    )) as ViewRow[];
    return rows[0] ? { ...toView(rows[0]), sessionId } : null;
  }

  async search(em: EntityManager, filter: UserSearch, page: PageRequest): Promise<Page<UserView>> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.q) {
      where.push(`(u.email LIKE ? OR u.display_name LIKE ? OR u.position LIKE ?)`);
      const like = `%${likeEscape(filter.q.trim())}%`;
      params.push(like, like, like);
    }
    if (filter.role) {
      where.push(`EXISTS (SELECT 1 FROM user_role fr WHERE fr.user_id = u.id AND fr.role = ?)`);
      params.push(filter.role);
    }
    if (filter.status) {
      where.push('u.status = ?');
      params.push(filter.status);
    }
    if (filter.organisationId) {
      where.push('u.organisation_id = ?');
      params.push(filter.organisationId);
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = (await em.query(`SELECT COUNT(*) AS total FROM user u ${clause}`, params)) as {
      total: string;
    }[];
    const rows = (await em.query(
      `${VIEW_SELECT} FROM user u LEFT JOIN organisation o ON o.id = u.organisation_id ${clause}
        ORDER BY u.display_name, u.id LIMIT ? OFFSET ?`,
      [...params, page.pageSize, offsetOf(page)],
    )) as ViewRow[];
    return { items: rows.map(toView), total: Number(total), ...page };
  }

  async rolesOf(em: EntityManager, userId: string): Promise<Role[]> {
    const rows = await em.find(UserRoleEntity, { where: { userId } });
    return rows.map((r) => r.role);
  }

  async setRoles(em: EntityManager, userId: string, roles: Role[]): Promise<void> {
    await em.delete(UserRoleEntity, { userId });
    if (roles.length > 0)
      await em.insert(
        UserRoleEntity,
        roles.map((role) => ({ userId, role })),
      );
  }

  async setPasswordHash(em: EntityManager, userId: string, passwordHash: string): Promise<void> {
    await em.update(UserEntity, { id: userId }, { passwordHash });
  }

  async insert(
    em: EntityManager,
    user: Omit<UserEntity, 'createdAt' | 'updatedAt'>,
    roles: Role[],
  ): Promise<void> {
    await em.insert(UserEntity, { ...user, email: user.email.trim().toLowerCase() });
    await this.setRoles(em, user.id, roles);
  }

  /** Many new users with one role set, in multi-row INSERTs (insertInChunks). */
  async insertMany(
    em: EntityManager,
    users: Omit<UserEntity, 'createdAt' | 'updatedAt'>[],
    roles: Role[],
  ): Promise<void> {
    await Promise.all([
      insertInChunks(
        em,
        `INSERT INTO user (id, email, display_name, password_hash, locale, time_zone, organisation_id, position, status) VALUES ?`,
        users.map((u) => [
          u.id,
          u.email.trim().toLowerCase(),
          u.displayName,
          u.passwordHash,
          u.locale,
          u.timeZone,
          u.organisationId,
          u.position,
          u.status,
        ]),
      ),
      // Queued after the users on the same connection, so the server inserts them after them.
      insertInChunks(
        em,
        `INSERT INTO user_role (user_id, role) VALUES ?`,
        users.flatMap((u) => roles.map((role) => [u.id, role])),
      ),
    ]);
  }

  async update(
    em: EntityManager,
    id: string,
    patch: Partial<
      Pick<
        UserEntity,
        'displayName' | 'locale' | 'timeZone' | 'organisationId' | 'position' | 'gender' | 'status'
      >
    > & { languageFallbacks?: string[] },
  ): Promise<void> {
    const { languageFallbacks, ...fields } = patch;
    const row = {
      ...fields,
      ...(languageFallbacks !== undefined ? { languageFallbacks: languageFallbacks.join(',') || null } : {}),
    };
    if (Object.keys(row).length > 0) await em.update(UserEntity, { id }, row);
  }

  /** Insert or update by email (the seed's upsert). */
  async upsert(
    em: EntityManager,
    user: Omit<UserEntity, 'createdAt' | 'updatedAt'>,
    roles: Role[],
  ): Promise<string> {
    const existing = await this.findByEmail(em, user.email);
    const id = existing?.id ?? user.id;
    if (existing) await em.update(UserEntity, { id }, { ...user, id });
    else await em.insert(UserEntity, { ...user, email: user.email.toLowerCase() });
    await this.setRoles(em, id, roles);
    return id;
  }
}
