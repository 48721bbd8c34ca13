import { DomainError, type FieldProblem } from '../common/domain-error.js';

/** Input that breaks a rule of action-plan indicators (422), every problem named at once. */
export const indicatorInvalid = (problems: FieldProblem[]) =>
  new DomainError('INDICATOR.INVALID', problems.map((p) => `${p.field} ${p.reason}`).join('; '), problems);

/** A trainee changing the indicators of a plan that was accepted (staff still may). */
export const planAccepted = () =>
  new DomainError(
    'INDICATOR.PLAN_ACCEPTED',
    'This action plan was accepted: its indicators are changed by the programme’s staff only',
  );

/** A trainee deleting an indicator that has follow-up values (the programme's staff still may). */
export const indicatorHasValues = (values: number) =>
  new DomainError(
    'INDICATOR.HAS_VALUES',
    `This indicator has ${values} reported value(s): it is deleted by the programme’s staff only`,
  );
