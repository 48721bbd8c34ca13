import { COORDINATOR_MANAGED_ROLES, hasRole, type Principal } from '../common/principal.js';
import type { Role } from './user.entity.js';

/**
 * Who may see and change which user accounts. Admins: everyone. Coordinators: they see every account
 * (they enrol trainees and assign instructors) and manage trainees and instructors, not other staff.
 * Instructors and trainees: only themselves. Programme-scoped rights (an instructor seeing the trainees
 * of the programmes they teach) are granted by the programme's own policy, not here.
 */
export const userPolicy = {
  mayList: (p: Principal) => hasRole(p, 'admin', 'coordinator'),

  mayView: (p: Principal, targetId: string) => p.id === targetId || hasRole(p, 'admin', 'coordinator'),

  /** Profile fields, disabling, re-sending an invitation. Nobody manages themselves this way (use /me). */
  mayManage: (p: Principal, target: { id: string; roles: Role[] }) =>
    p.id !== target.id &&
    (hasRole(p, 'admin') ||
      (hasRole(p, 'coordinator') && target.roles.every((r) => COORDINATOR_MANAGED_ROLES.includes(r)))),

  mayGrant: (p: Principal, roles: Role[]) =>
    hasRole(p, 'admin') ||
    (hasRole(p, 'coordinator') && roles.every((r) => COORDINATOR_MANAGED_ROLES.includes(r))),
};
