import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type ErrorCode } from '@kenshu/domain';
import { PROBLEM_CONTENT_TYPE, problemType, type ProblemDto, type TransportErrorCode } from './problem.js';
import { RequestValidationError } from './request-validation.js';

/** Status and title of every domain error code. A `Record` over the union: a missing code fails to compile. */
export const DOMAIN_ERROR_STATUS: Record<ErrorCode, { status: number; title: string }> = {
  'COMMON.NOT_FOUND': { status: 404, title: 'Not found' },
  'COMMON.VALIDATION': { status: 422, title: 'The request breaks a rule' },
  'COMMON.CONFLICT': { status: 409, title: 'Conflict' },
  'AUTH.RESET_TOKEN_INVALID': { status: 400, title: 'The reset link is not valid' },
  'AUTH.PASSWORD_TOO_WEAK': { status: 422, title: 'The password is too weak' },
  'AUTH.UNAUTHENTICATED': { status: 401, title: 'Not authenticated' },
  'AUTH.INVALID_CREDENTIALS': { status: 401, title: 'Wrong email or password' },
  'AUTH.TOO_MANY_ATTEMPTS': { status: 429, title: 'Too many attempts' },
  'AUTH.REFRESH_TOKEN_INVALID': { status: 401, title: 'The refresh token is not valid' },
  'AUTH.INVITATION_INVALID': { status: 400, title: 'The invitation link is not valid' },
  'AUTH.CURRENT_PASSWORD_WRONG': { status: 422, title: 'The current password is wrong' },
  'ACCESS.FORBIDDEN': { status: 403, title: 'Forbidden' },
  'USER.EMAIL_TAKEN': { status: 409, title: 'The email belongs to another account' },
  'USER.INVALID_FIELD': { status: 422, title: 'A field breaks a rule' },
  'USER.NOT_INVITED': { status: 409, title: 'The account is not waiting for an invitation' },
  'IMPORT.INVALID_FILE': { status: 422, title: 'The file cannot be imported' },
  'PROGRAMME.INVALID': { status: 422, title: 'The programme breaks a rule' },
  'PROGRAMME.CODE_TAKEN': { status: 409, title: 'Another programme has this code' },
  'PROGRAMME.INVALID_TRANSITION': { status: 409, title: 'The programme cannot change to that status' },
  'SESSION.INVALID': { status: 422, title: 'The session breaks a rule' },
  'SESSION.HOST_RULES_BROKEN': { status: 422, title: 'The site visit breaks the host’s rules' },
  'SESSION.CONFLICT': { status: 409, title: 'Someone or something is booked twice' },
  'ENROLMENT.INVALID': { status: 422, title: 'The enrolment breaks a rule' },
  'ENROLMENT.ALREADY_ENROLLED': { status: 409, title: 'Already enrolled' },
  'ENROLMENT.INVALID_TRANSITION': { status: 409, title: 'The enrolment cannot change to that status' },
  'FACILITY.INVALID': { status: 422, title: 'The facility breaks a rule' },
  'FACILITY.ARCHIVED': { status: 409, title: 'The facility is archived' },
  'FACILITY.INVALID_VISIT': { status: 422, title: 'The visit to check is not valid' },
  'MENU.INVALID': { status: 422, title: 'The menu item breaks a rule' },
  'MENU.CODE_TAKEN': { status: 409, title: 'Another menu item has this code' },
  'MENU.TEXT_MISSING': { status: 422, title: 'The menu item needs a text in its original locale' },
  'ROSTER.NOT_A_SITE_VISIT': { status: 422, title: 'Only a site visit has a visitor roster' },
  'ROSTER.VISIT_CANCELLED': { status: 409, title: 'The site visit is cancelled' },
  'ROSTER.NOT_DUE': { status: 409, title: 'The roster is not available yet' },
  'MATERIAL.INVALID': { status: 422, title: 'The material breaks a rule' },
  'MATERIAL.FILE_REFUSED': { status: 422, title: 'The file is refused' },
  'MATERIAL.TOO_LARGE': { status: 413, title: 'The file is too large' },
  'MATERIAL.WRONG_KIND': { status: 409, title: 'The material is of another kind' },
  'MATERIAL.RANGE_NOT_SATISFIABLE': { status: 416, title: 'The range is outside the file' },
  'MATERIAL.LINK_INVALID': { status: 404, title: 'The download link is not valid or has expired' },
  'MATERIAL.BUNDLE_NOT_READY': { status: 409, title: 'The bundle is being built' },
  'COMPLETION.INVALID_RULES': { status: 422, title: 'Invalid completion rules' },
  'ATTENDANCE.INVALID': { status: 422, title: 'The attendance breaks a rule' },
  'ATTENDANCE.SESSION_CANCELLED': { status: 409, title: 'The session is cancelled' },
  'ATTENDANCE.NOT_STARTED': { status: 409, title: 'The session has not started yet' },
  'ATTENDANCE.CHECK_IN_CLOSED': { status: 409, title: 'Check-in is not open for this session' },
  'ATTENDANCE.CHECK_IN_INVALID': { status: 422, title: 'The check-in code is not valid' },
  'ATTENDANCE.ALREADY_CHECKED_IN': { status: 409, title: 'Already checked in' },
  'ATTENDANCE.ALREADY_RECORDED': { status: 409, title: 'Attendance already recorded by staff' },
  'REPORT.INVALID': { status: 422, title: 'The report breaks a rule' },
  'REPORT.FILE_REFUSED': { status: 422, title: 'The file is refused' },
  'REPORT.TOO_LARGE': { status: 413, title: 'The file is too large' },
  'REPORT.RUBRIC_IN_USE': { status: 409, title: 'A review used this rubric' },
  'REPORT.HAS_SUBMISSIONS': { status: 409, title: 'The stage has submissions' },
  'REPORT.ALREADY_ACCEPTED': { status: 409, title: 'The report was accepted' },
  'REPORT.SUPERSEDED': { status: 409, title: 'A later submission supersedes this one' },
  'REPORT.ALREADY_REVIEWED': { status: 409, title: 'The submission was reviewed' },
  'INDICATOR.INVALID': { status: 422, title: 'The indicator breaks a rule' },
  'INDICATOR.PLAN_ACCEPTED': { status: 409, title: 'The action plan was accepted' },
  'INDICATOR.HAS_VALUES': { status: 409, title: 'Values were reported for the indicator' },
  'CERTIFICATE.NOT_COMPLETED': { status: 409, title: 'The enrolment is not completed' },
  'CERTIFICATE.REVOKED': { status: 410, title: 'The certificate was revoked' },
  'CERTIFICATE.ALREADY_REVOKED': { status: 409, title: 'The certificate is already revoked' },
  'CERTIFICATE.FILE_MISSING': { status: 409, title: 'The certificate has no PDF' },
  'EXPORT.TOO_LARGE': { status: 422, title: 'The export is too large to stream here' },
  'EXPORT.NOT_READY': { status: 409, title: 'The export file is not ready' },
  'ASSESSMENT.INVALID': { status: 422, title: 'The assessment breaks a rule' },
  'ASSESSMENT.NOT_OPEN': { status: 409, title: 'The assessment is not open yet' },
  'ASSESSMENT.CLOSED': { status: 409, title: 'The assessment is closed' },
  'ASSESSMENT.NO_ATTEMPTS_LEFT': { status: 409, title: 'No attempts left' },
  'ASSESSMENT.DEADLINE_PASSED': { status: 409, title: 'The attempt’s time ran out' },
  'ASSESSMENT.ATTEMPT_SUBMITTED': { status: 409, title: 'The attempt is submitted' },
  'ASSESSMENT.QUESTION_IN_USE': { status: 409, title: 'The question has submitted answers' },
  'ASSESSMENT.KIND_TAKEN': { status: 409, title: 'The programme already has this test' },
  'ASSESSMENT.HAS_ATTEMPTS': { status: 409, title: 'The assessment has attempts' },
  'SURVEY.INVALID': { status: 422, title: 'The survey breaks a rule' },
  'SURVEY.NO_QUESTIONS': { status: 422, title: 'The survey has no questions' },
  'SURVEY.INVALID_TRANSITION': { status: 409, title: 'The survey is not in a state that allows this' },
  'SURVEY.NOT_OPEN': { status: 409, title: 'The survey is not open yet' },
  'SURVEY.CLOSED': { status: 409, title: 'The survey is closed' },
  'SURVEY.ALREADY_ANSWERED': { status: 409, title: 'The survey was answered already' },
};

const HTTP_CODES: Record<number, TransportErrorCode> = {
  400: 'HTTP.BAD_REQUEST',
  401: 'HTTP.UNAUTHORIZED',
  403: 'HTTP.FORBIDDEN',
  404: 'HTTP.NOT_FOUND',
  405: 'HTTP.METHOD_NOT_ALLOWED',
  413: 'HTTP.PAYLOAD_TOO_LARGE',
  415: 'HTTP.UNSUPPORTED_MEDIA_TYPE',
  429: 'HTTP.TOO_MANY_REQUESTS',
  503: 'HTTP.SERVICE_UNAVAILABLE',
};

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Not authenticated',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  413: 'Payload too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
  503: 'Service unavailable',
};

/** One exception filter: every error leaves as RFC 9457 `application/problem+json`. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const problem = this.toProblem(error, request);
    if (problem.status >= 500) this.logger.error({ err: error, requestId: request.id }, 'unhandled error');
    const headers =
      error instanceof HttpException ? (error.getResponse() as { headers?: Record<string, string> }) : {};
    if (headers && typeof headers === 'object' && headers.headers) reply.headers(headers.headers);
    if (error instanceof DomainError && error.retryAfterSeconds !== undefined)
      reply.header('retry-after', String(error.retryAfterSeconds));
    if (problem.status === 401) reply.header('www-authenticate', 'Bearer');
    void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  }

  toProblem(error: unknown, request: FastifyRequest): ProblemDto {
    const base = { instance: request.url.split('?')[0], requestId: String(request.id) };
    if (error instanceof RequestValidationError) {
      return {
        ...base,
        type: problemType('REQUEST.VALIDATION'),
        title: 'The request is not valid',
        status: 400,
        detail: error.fields.map((f) => `${f.field}: ${f.reason}`).join('; '),
        code: 'REQUEST.VALIDATION',
        errors: error.fields,
      };
    }
    if (error instanceof DomainError) {
      const { status, title } = DOMAIN_ERROR_STATUS[error.code];
      return {
        ...base,
        type: problemType(error.code),
        title,
        status,
        detail: error.message,
        code: error.code,
        ...(error.fields.length > 0 ? { errors: error.fields } : {}),
      };
    }
    const status = statusOf(error);
    // Refusals (4xx) and a deliberate 503 say what happened; anything else is our fault and says less.
    if (status !== undefined && (status < 500 || status === 503)) {
      const code = HTTP_CODES[status] ?? 'HTTP.ERROR';
      return {
        ...base,
        type: problemType(code),
        title: TITLES[status] ?? 'Request refused',
        status,
        detail:
          status === 404 ? `No route or resource at ${request.method} ${base.instance}` : messageOf(error),
        code,
      };
    }
    return {
      ...base,
      type: problemType('INTERNAL'),
      title: 'Internal error',
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      detail: `Something went wrong on our side; quote request id ${base.requestId} when reporting it.`,
      code: 'INTERNAL',
    };
  }
}

function statusOf(error: unknown): number | undefined {
  if (error instanceof HttpException) return error.getStatus();
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : undefined;
}

function messageOf(error: unknown): string {
  if (error instanceof HttpException) {
    const body = error.getResponse();
    if (typeof body === 'string') return body;
    const message = (body as { message?: unknown }).message;
    return Array.isArray(message) ? message.join('; ') : String(message ?? error.message);
  }
  return error instanceof Error ? error.message : 'Request refused';
}
