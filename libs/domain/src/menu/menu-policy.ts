import { hasRole, type Principal } from '../common/principal.js';
import type { MenuItemStatus } from './menu-item.entity.js';

/**
 * Who reaches the training menu. Staff (admins, coordinators, instructors) read every item, archived
 * ones too: old programmes point at them. Trainees read active items only, and archived ones do not
 * exist for them (404). Narrowing trainees to the items their own programmes use would make the menu ask
 * the session feature, which itself builds on the menu (MenuService.summaryFor); the catalogue holds
 * nothing personal, so the whole active menu is theirs to read. Admins and coordinators write, and they
 * read every translation of an item, not only the one served.
 */
export const menuPolicy = {
  mayList: (p: Principal) => hasRole(p, 'admin', 'coordinator', 'instructor', 'trainee'),

  /** The statuses the caller may see; empty when none. */
  visibleStatuses: (p: Principal): MenuItemStatus[] =>
    hasRole(p, 'admin', 'coordinator', 'instructor')
      ? ['active', 'archived']
      : hasRole(p, 'trainee')
        ? ['active']
        : [],

  mayRead: (p: Principal, status: MenuItemStatus) => menuPolicy.visibleStatuses(p).includes(status),

  mayWrite: (p: Principal) => hasRole(p, 'admin', 'coordinator'),

  maySeeTranslations: (p: Principal) => hasRole(p, 'admin', 'coordinator'),
};
