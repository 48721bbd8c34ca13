import type { OrganisationKind } from '../organisations/organisation.entity.js';
import type { Gender, Role, UserStatus } from '../users/user.entity.js';

export interface OrganisationRef {
  id: string;
  kind: OrganisationKind;
  name: string;
  country: string;
  city: string | null;
}

/** A user as services hand it out (never the row). */
export interface UserView {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  locale: string;
  /** Languages to read materials in after `locale`, in order. */
  languageFallbacks: string[];
  timeZone: string;
  organisation: OrganisationRef | null;
  position: string | null;
  /** Null: not recorded. */
  gender: Gender | null;
  status: UserStatus;
  createdAt: Date;
}

/** Who is calling: an active user in a live session, with the roles the database gives them now. */
export interface Principal extends UserView {
  sessionId: string;
}

export const hasRole = (p: Pick<UserView, 'roles'>, ...roles: Role[]) =>
  roles.some((r) => p.roles.includes(r));

/** Roles a coordinator may hand out and whose holders they may manage. */
export const COORDINATOR_MANAGED_ROLES: readonly Role[] = ['trainee', 'instructor'];
