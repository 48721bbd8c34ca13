/**
 * Every error a service may throw, by code `FEATURE.REASON`. The API maps each code to an HTTP status in
 * one exhaustive table: a new code without a mapping fails to compile.
 */
export const ERROR_CODES = [
  'COMMON.NOT_FOUND',
  'COMMON.VALIDATION',
  'COMMON.CONFLICT',
  'AUTH.RESET_TOKEN_INVALID',
  'AUTH.PASSWORD_TOO_WEAK',
  'AUTH.UNAUTHENTICATED',
  'AUTH.INVALID_CREDENTIALS',
  'AUTH.TOO_MANY_ATTEMPTS',
  'AUTH.REFRESH_TOKEN_INVALID',
  'AUTH.INVITATION_INVALID',
  'AUTH.CURRENT_PASSWORD_WRONG',
  'ACCESS.FORBIDDEN',
  'USER.EMAIL_TAKEN',
  'USER.INVALID_FIELD',
  'USER.NOT_INVITED',
  'IMPORT.INVALID_FILE',
  'PROGRAMME.INVALID',
  'PROGRAMME.CODE_TAKEN',
  'PROGRAMME.INVALID_TRANSITION',
  'SESSION.INVALID',
  'SESSION.HOST_RULES_BROKEN',
  'SESSION.CONFLICT',
  'ENROLMENT.INVALID',
  'ENROLMENT.ALREADY_ENROLLED',
  'ENROLMENT.INVALID_TRANSITION',
  'FACILITY.INVALID',
  'FACILITY.ARCHIVED',
  'FACILITY.INVALID_VISIT',
  'MENU.INVALID',
  'MENU.CODE_TAKEN',
  'MENU.TEXT_MISSING',
  'ROSTER.NOT_A_SITE_VISIT',
  'ROSTER.VISIT_CANCELLED',
  'ROSTER.NOT_DUE',
  'MATERIAL.INVALID',
  'MATERIAL.FILE_REFUSED',
  'MATERIAL.TOO_LARGE',
  'MATERIAL.WRONG_KIND',
  'MATERIAL.RANGE_NOT_SATISFIABLE',
  'MATERIAL.LINK_INVALID',
  'MATERIAL.BUNDLE_NOT_READY',
  'ASSESSMENT.INVALID',
  'ASSESSMENT.NOT_OPEN',
  'ASSESSMENT.CLOSED',
  'ASSESSMENT.NO_ATTEMPTS_LEFT',
  'ASSESSMENT.DEADLINE_PASSED',
  'ASSESSMENT.ATTEMPT_SUBMITTED',
  'ASSESSMENT.QUESTION_IN_USE',
  'ASSESSMENT.KIND_TAKEN',
  'ASSESSMENT.HAS_ATTEMPTS',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldProblem {
  field: string;
  reason: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldProblem[] = [],
    /** For AUTH.TOO_MANY_ATTEMPTS: when to try again (the API sends it as `Retry-After`). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError('COMMON.NOT_FOUND', `${what} was not found`);

export const forbidden = (message = 'You may not do this') => new DomainError('ACCESS.FORBIDDEN', message);
