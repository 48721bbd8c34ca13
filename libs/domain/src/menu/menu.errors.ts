import { DomainError, type FieldProblem } from '../common/domain-error.js';

/** A field breaks a rule of the menu (422), every problem named at once. */
export const menuInvalid = (problems: FieldProblem[]) =>
  new DomainError('MENU.INVALID', problems.map((p) => `${p.field} ${p.reason}`).join('; '), problems);

export const menuCodeTaken = () =>
  new DomainError('MENU.CODE_TAKEN', 'Another menu item has this code', [
    { field: 'code', reason: 'belongs to another menu item' },
  ]);

/** An item always has a text in its original locale: the fallback of last resort. */
export const menuTextMissing = (field: string, locale: string) =>
  new DomainError('MENU.TEXT_MISSING', `The menu item needs a text in its original locale ${locale}`, [
    { field, reason: `must include a text in the original locale ${locale}` },
  ]);
