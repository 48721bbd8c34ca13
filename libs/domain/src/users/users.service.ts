import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { isDuplicateKeyError, TransactionService } from '@kenshu/database';
import { AuditService } from '../audit/audit.service.js';
import { AttemptThrottleService } from '../auth/attempt-throttle.service.js';
import { SessionsService } from '../auth/sessions.service.js';
import { DomainError, forbidden, notFound, type FieldProblem } from '../common/domain-error.js';
import { canonicalLocale, canonicalTimeZone } from '../common/locale.js';
import type { Page, PageRequest } from '../common/pagination.js';
import { hasRole, type Principal, type UserView } from '../common/principal.js';
import type { RequestMeta } from '../common/request-meta.js';
import { orderedUuid } from '../common/ordered-uuid.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { InvitationsService } from './invitations.service.js';
import { PasswordHasher } from './password-hasher.js';
import { GENDERS, type Gender, type Role, type UserEntity, type UserStatus } from './user.entity.js';
import { userPolicy } from './user-policy.js';
import { UsersRepository, type UserSearch } from './users.repository.js';

/** What other features may know of a user. */
export interface UserSummary {
  id: string;
  email: string;
  displayName: string;
  locale: string;
  timeZone: string;
  status: UserEntity['status'];
}

const summary = (u: UserEntity): UserSummary => ({
  id: u.id,
  email: u.email,
  displayName: u.displayName,
  locale: u.locale,
  timeZone: u.timeZone,
  status: u.status,
});

export interface ProfileFields {
  displayName?: string;
  locale?: string;
  /** Languages to read materials in when there is none in `locale`, in order (at most 5). */
  languageFallbacks?: string[];
  timeZone?: string;
  organisationId?: string | null;
  position?: string | null;
  /** Null clears it (not recorded). */
  gender?: Gender | null;
}

export interface NewUser extends ProfileFields {
  email: string;
  displayName: string;
  roles: Role[];
}

/** An account as a feature that enrols or assigns people needs it: who, whether open, which roles. */
export interface AccountSummary {
  id: string;
  email: string;
  status: UserStatus;
  roles: Role[];
}

export interface MePatch {
  displayName?: string;
  locale?: string;
  languageFallbacks?: string[];
  timeZone?: string;
  position?: string | null;
  gender?: Gender | null;
  currentPassword?: string;
  newPassword?: string;
}

const invalidField = (problems: FieldProblem[]) =>
  new DomainError('USER.INVALID_FIELD', problems.map((p) => `${p.field} ${p.reason}`).join('; '), problems);

const emailTaken = () =>
  new DomainError('USER.EMAIL_TAKEN', 'Another account has this email', [
    { field: 'email', reason: 'belongs to another account' },
  ]);

@Injectable()
export class UsersService {
  constructor(
    private readonly tx: TransactionService,
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly invitations: InvitationsService,
    private readonly sessions: SessionsService,
    private readonly throttle: AttemptThrottleService,
    private readonly audit: AuditService,
  ) {}

  // ---- for other features -------------------------------------------------------------------------

  async findActiveByEmail(em: EntityManager, email: string): Promise<UserSummary | null> {
    const user = await this.users.findByEmail(em, email);
    return user && user.status === 'active' ? summary(user) : null;
  }

  async findById(em: EntityManager, id: string): Promise<UserSummary | null> {
    const user = await this.users.findById(em, id);
    return user ? summary(user) : null;
  }

  /** Checks the password, hashes it and stores it; throws AUTH.PASSWORD_TOO_WEAK naming `field`. */
  async setPassword(em: EntityManager, userId: string, password: string, field = 'password'): Promise<void> {
    const user = await this.users.findById(em, userId);
    await this.users.setPasswordHash(em, userId, await this.hasher.hash(password, field, user?.email));
  }

  /**
   * The active user with this email and password, or null. An unknown email spends the same argon2 time
   * as a known one, so the answer's timing tells nothing.
   */
  async verifyPassword(em: EntityManager, email: string, password: string): Promise<UserSummary | null> {
    const user = await this.users.findByEmail(em, email);
    if (!user?.passwordHash) {
      await this.hasher.verifyDecoy(password);
      return null;
    }
    const ok = await this.hasher.verify(user.passwordHash, password);
    return ok && user.status === 'active' ? summary(user) : null;
  }

  /** The accounts with these emails (compared lower-case), by lower-case email, in one query. */
  accountsByEmail(em: EntityManager, emails: string[]): Promise<Map<string, AccountSummary>> {
    return this.users.accountsByEmail(
      em,
      emails.map((e) => e.trim().toLowerCase()),
    );
  }

  /** Users as services hand them out, by id, in one query (a roster's names, organisations, zones). */
  viewsByIds(em: EntityManager, ids: string[]): Promise<Map<string, UserView>> {
    return this.users.viewsByIds(em, [...new Set(ids)]);
  }

  rolesOf(em: EntityManager, userId: string): Promise<Role[]> {
    return this.users.rolesOf(em, userId);
  }

  /** The caller of a request with this session, or null (revoked session, disabled account). */
  principal(sessionId: string, userId: string): Promise<Principal | null> {
    return this.users.principal(this.tx.manager, sessionId, userId);
  }

  /** Creates or updates a user by email with these roles, password hashed (the demo seed). */
  async upsertWithPassword(
    em: EntityManager,
    user: Omit<UserEntity, 'createdAt' | 'updatedAt' | 'passwordHash'>,
    roles: Role[],
    password: string,
  ): Promise<string> {
    return this.users.upsert(em, { ...user, passwordHash: await this.hasher.hash(password) }, roles);
  }

  // ---- profile and administration -----------------------------------------------------------------

  /** Canonical locale and zone, an organisation that exists; every problem named at once. */
  async checkProfile<T extends ProfileFields>(em: EntityManager, fields: T): Promise<T> {
    const problems: FieldProblem[] = [];
    const out = { ...fields };
    if (fields.displayName !== undefined) {
      out.displayName = fields.displayName.normalize('NFC').trim();
      if (!out.displayName) problems.push({ field: 'displayName', reason: 'must not be empty' });
    }
    if (fields.locale !== undefined) {
      const locale = canonicalLocale(fields.locale);
      if (locale) out.locale = locale;
      else
        problems.push({ field: 'locale', reason: 'must be a BCP 47 language tag such as en, ja-JP or dv' });
    }
    if (fields.languageFallbacks !== undefined) {
      const tags = fields.languageFallbacks.map((l) => canonicalLocale(l));
      if (tags.some((t) => !t) || tags.length > 5)
        problems.push({ field: 'languageFallbacks', reason: 'must be at most 5 BCP 47 language tags' });
      else out.languageFallbacks = [...new Set(tags as string[])];
    }
    if (fields.timeZone !== undefined) {
      const zone = canonicalTimeZone(fields.timeZone);
      if (zone) out.timeZone = zone;
      else problems.push({ field: 'timeZone', reason: 'must be an IANA time zone such as Asia/Tokyo' });
    }
    if (fields.gender != null && !(GENDERS as readonly string[]).includes(fields.gender))
      problems.push({ field: 'gender', reason: `must be one of ${GENDERS.join(', ')}, or null` });
    if (fields.organisationId) {
      const exists = await em.exists(OrganisationEntity, { where: { id: fields.organisationId } });
      if (!exists) problems.push({ field: 'organisationId', reason: 'is not a known organisation' });
    }
    if (problems.length > 0) throw invalidField(problems);
    return out;
  }

  async get(principal: Principal, id: string): Promise<UserView> {
    // Someone who may not see the account learns nothing, not even that it exists.
    if (!userPolicy.mayView(principal, id)) throw notFound('User');
    const user = await this.users.view(this.tx.manager, id);
    if (!user) throw notFound('User');
    return user;
  }

  async list(principal: Principal, filter: UserSearch, page: PageRequest): Promise<Page<UserView>> {
    if (!userPolicy.mayList(principal)) throw forbidden('Only coordinators and admins list accounts');
    return this.users.search(this.tx.manager, filter, page);
  }

  /** Creates an invited account and emails its invitation link (through the outbox), in one transaction. */
  async invite(principal: Principal, input: NewUser, meta: RequestMeta): Promise<UserView> {
    if (!userPolicy.mayGrant(principal, input.roles))
      throw forbidden('Coordinators invite trainees and instructors only');
    return this.tx.run(async (em) => {
      const id = await this.createInvited(em, principal.id, input);
      await this.audit.record(
        em,
        {
          action: 'user.invited',
          actorId: principal.id,
          targetType: 'user',
          targetId: id,
          details: { roles: input.roles },
        },
        meta,
      );
      return (await this.users.view(em, id))!;
    });
  }

  /** The invited account and its invitation, in the caller's transaction (also the CSV import's path). */
  async createInvited(em: EntityManager, invitedBy: string | null, input: NewUser): Promise<string> {
    const fields = await this.checkProfile(em, input);
    const email = input.email.trim().toLowerCase();
    if (await this.users.findByEmail(em, email)) throw emailTaken();
    const id = randomUUID();
    try {
      await this.users.insert(
        em,
        {
          id,
          email,
          displayName: fields.displayName,
          passwordHash: null,
          locale: fields.locale ?? 'en',
          timeZone: fields.timeZone ?? 'UTC',
          organisationId: fields.organisationId ?? null,
          position: fields.position?.trim() || null,
          status: 'invited',
        },
        [...new Set(input.roles)],
      );
    } catch (error) {
      if (isDuplicateKeyError(error)) throw emailTaken(); // a concurrent invitation of the same email
      throw error;
    }
    await this.invitations.create(em, id, invitedBy);
    return id;
  }

  /**
   * Many invited accounts with the same roles and their invitations, in the caller's transaction, with
   * multi-row INSERTs (a bulk enrolment's path: thousands of trainees in a few statements). The same rules
   * as createInvited, every problem named by its index (`people[3].timeZone`). Returns the ids in order.
   */
  async createInvitedMany(
    em: EntityManager,
    invitedBy: string | null,
    roles: Role[],
    people: (ProfileFields & { email: string; displayName: string })[],
  ): Promise<string[]> {
    if (people.length === 0) return [];
    const problems: FieldProblem[] = [];
    const locales = new Map<string, string | null>();
    const zones = new Map<string, string | null>();
    const cached = (
      cache: Map<string, string | null>,
      value: string,
      canonical: (v: string) => string | null,
    ) => {
      if (!cache.has(value)) cache.set(value, canonical(value));
      return cache.get(value)!;
    };
    const organisationIds = [...new Set(people.map((p) => p.organisationId).filter((o): o is string => !!o))];
    const known = new Set(
      organisationIds.length
        ? (
            await em.find(OrganisationEntity, { select: { id: true }, where: { id: In(organisationIds) } })
          ).map((o) => o.id)
        : [],
    );
    const seen = new Set<string>();
    const rows = people.map((p, i) => {
      const email = p.email.trim().toLowerCase();
      const displayName = p.displayName.normalize('NFC').trim();
      const locale = p.locale === undefined ? 'en' : cached(locales, p.locale, canonicalLocale);
      const timeZone = p.timeZone === undefined ? 'UTC' : cached(zones, p.timeZone, canonicalTimeZone);
      if (seen.has(email)) problems.push({ field: `people[${i}].email`, reason: 'appears twice' });
      seen.add(email);
      if (!displayName) problems.push({ field: `people[${i}].displayName`, reason: 'must not be empty' });
      if (!locale) problems.push({ field: `people[${i}].locale`, reason: 'must be a BCP 47 language tag' });
      if (!timeZone) problems.push({ field: `people[${i}].timeZone`, reason: 'must be an IANA time zone' });
      if (p.organisationId && !known.has(p.organisationId))
        problems.push({ field: `people[${i}].organisationId`, reason: 'is not a known organisation' });
      return {
        id: orderedUuid(),
        email,
        displayName,
        passwordHash: null,
        locale: locale!,
        timeZone: timeZone!,
        organisationId: p.organisationId ?? null,
        position: p.position?.trim() || null,
        status: 'invited' as const,
      };
    });
    if (problems.length > 0) throw invalidField(problems);
    const ids = rows.map((r) => r.id);
    // The invitations' statements queue behind the accounts' on the connection: one wait for both.
    const [accounts, invitations] = await Promise.allSettled([
      this.users.insertMany(em, rows, [...new Set(roles)]),
      this.invitations.createMany(em, ids, invitedBy),
    ]);
    if (accounts.status === 'rejected')
      // An account made meanwhile with one of the emails.
      throw isDuplicateKeyError(accounts.reason) ? emailTaken() : accounts.reason;
    if (invitations.status === 'rejected') throw invitations.reason;
    return ids;
  }

  /** Loads the target for a change, locked; 404 for someone the caller may not see, 403 if only seen. */
  private async manageable(em: EntityManager, principal: Principal, id: string): Promise<UserView> {
    if (!userPolicy.mayView(principal, id)) throw notFound('User');
    const target = await this.users.view(em, id, true);
    if (!target) throw notFound('User');
    if (!userPolicy.mayManage(principal, target))
      throw forbidden(
        principal.id === id ? 'Change your own profile at /me' : 'You may not manage this account',
      );
    return target;
  }

  async update(principal: Principal, id: string, patch: ProfileFields, meta: RequestMeta): Promise<UserView> {
    return this.tx.run(async (em) => {
      await this.manageable(em, principal, id);
      const fields = await this.checkProfile(em, patch);
      await this.users.update(em, id, {
        ...fields,
        ...(patch.position !== undefined ? { position: patch.position?.trim() || null } : {}),
      });
      await this.audit.record(
        em,
        {
          action: 'user.updated',
          actorId: principal.id,
          targetType: 'user',
          targetId: id,
          details: { fields: Object.keys(patch) },
        },
        meta,
      );
      return (await this.users.view(em, id))!;
    });
  }

  /** Admins only; never one's own (an admin cannot lock the last door behind them). */
  async setRoles(principal: Principal, id: string, roles: Role[], meta: RequestMeta): Promise<UserView> {
    if (!hasRole(principal, 'admin')) throw forbidden('Only admins change roles');
    if (principal.id === id)
      throw invalidField([{ field: 'roles', reason: 'cannot be changed for your own account' }]);
    return this.tx.run(async (em) => {
      const target = await this.users.view(em, id, true);
      if (!target) throw notFound('User');
      const next = [...new Set(roles)].sort();
      await this.users.setRoles(em, id, next);
      await this.audit.record(
        em,
        {
          action: 'user.roles_changed',
          actorId: principal.id,
          targetType: 'user',
          targetId: id,
          details: { from: target.roles, to: next },
        },
        meta,
      );
      return (await this.users.view(em, id))!;
    });
  }

  /** Disabling ends every session and invitation at once; enabling restores active (or invited). */
  async setEnabled(principal: Principal, id: string, enabled: boolean, meta: RequestMeta): Promise<UserView> {
    return this.tx.run(async (em) => {
      await this.manageable(em, principal, id);
      const row = (await this.users.findById(em, id))!;
      if (enabled && row.status === 'disabled') {
        await this.users.update(em, id, { status: row.passwordHash ? 'active' : 'invited' });
      } else if (!enabled && row.status !== 'disabled') {
        await this.users.update(em, id, { status: 'disabled' });
        await this.sessions.revokeAllOf(em, id, 'disabled');
        await this.invitations.revokePending(em, id);
      }
      await this.audit.record(
        em,
        {
          action: enabled ? 'user.enabled' : 'user.disabled',
          actorId: principal.id,
          targetType: 'user',
          targetId: id,
        },
        meta,
      );
      return (await this.users.view(em, id))!;
    });
  }

  /** A new invitation link for an account still waiting to be opened. */
  async resendInvitation(principal: Principal, id: string, meta: RequestMeta): Promise<{ expiresAt: Date }> {
    return this.tx.run(async (em) => {
      const target = await this.manageable(em, principal, id);
      if (target.status !== 'invited')
        throw new DomainError(
          'USER.NOT_INVITED',
          `The account is ${target.status}, not waiting for an invitation`,
        );
      const result = await this.invitations.create(em, id, principal.id);
      await this.audit.record(
        em,
        { action: 'user.invitation_resent', actorId: principal.id, targetType: 'user', targetId: id },
        meta,
      );
      return result;
    });
  }

  /**
   * The caller's own profile. A new password needs the current one (counted by the sign-in throttle, so a
   * stolen access token cannot be used to guess it) and ends the caller's other sessions.
   */
  async updateMe(principal: Principal, patch: MePatch, meta: RequestMeta): Promise<UserView> {
    const { currentPassword, newPassword, ...profile } = patch;
    if ((currentPassword === undefined) !== (newPassword === undefined)) {
      const missing = currentPassword === undefined ? 'currentPassword' : 'newPassword';
      throw invalidField([{ field: missing, reason: 'is needed to change the password' }]);
    }
    if (newPassword !== undefined) await this.throttle.attempt('login', principal.email, meta.ip);
    const view = await this.tx.run(async (em) => {
      const fields = await this.checkProfile(em, profile);
      if (newPassword !== undefined) {
        const row = (await this.users.findById(em, principal.id))!;
        if (!row.passwordHash || !(await this.hasher.verify(row.passwordHash, currentPassword!)))
          throw new DomainError('AUTH.CURRENT_PASSWORD_WRONG', 'The current password is wrong', [
            { field: 'currentPassword', reason: 'does not match your password' },
          ]);
        await this.users.setPasswordHash(
          em,
          principal.id,
          await this.hasher.hash(newPassword, 'newPassword', row.email),
        );
        const ended = await this.sessions.revokeAllOf(
          em,
          principal.id,
          'password_changed',
          principal.sessionId,
        );
        await this.audit.record(
          em,
          {
            action: 'auth.password_changed',
            actorId: principal.id,
            targetType: 'user',
            targetId: principal.id,
            details: { sessionsEnded: ended },
          },
          meta,
        );
      }
      await this.users.update(em, principal.id, {
        ...fields,
        ...(profile.position !== undefined ? { position: profile.position?.trim() || null } : {}),
      });
      return (await this.users.view(em, principal.id))!;
    });
    if (newPassword !== undefined) await this.throttle.succeeded('login', principal.email, meta.ip);
    return view;
  }
}
