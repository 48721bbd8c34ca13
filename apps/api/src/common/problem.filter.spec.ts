import { BadRequestException, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DomainError, ERROR_CODES } from '@kenshu/domain';
import { DOMAIN_ERROR_STATUS, ProblemFilter } from './problem.filter.js';
import { RequestValidationError } from './request-validation.js';

const request = { url: '/api/v1/things/1?x=2', method: 'GET', id: 'req-1' } as unknown as FastifyRequest;
const filter = new ProblemFilter();

describe('ProblemFilter.toProblem', () => {
  it('maps every domain error code to a status', () => {
    for (const code of ERROR_CODES) expect(DOMAIN_ERROR_STATUS[code].status).toBeGreaterThanOrEqual(400);
  });

  it('turns a domain error into its status, code and fields', () => {
    const error = new DomainError('AUTH.PASSWORD_TOO_WEAK', 'The password is too short', [
      { field: 'password', reason: 'must be at least 12 characters' },
    ]);
    expect(filter.toProblem(error, request)).toEqual({
      type: 'urn:kenshu:problem:auth.password_too_weak',
      title: 'The password is too weak',
      status: 422,
      detail: 'The password is too short',
      code: 'AUTH.PASSWORD_TOO_WEAK',
      errors: [{ field: 'password', reason: 'must be at least 12 characters' }],
      instance: '/api/v1/things/1',
      requestId: 'req-1',
    });
  });

  it('lists every field of a validation error', () => {
    const problem = filter.toProblem(
      new RequestValidationError([
        { field: 'email', reason: 'must be an email address' },
        { field: 'extra', reason: 'is not an accepted field' },
      ]),
      request,
    );
    expect(problem).toMatchObject({ status: 400, code: 'REQUEST.VALIDATION' });
    expect(problem.detail).toBe('email: must be an email address; extra: is not an accepted field');
  });

  it('keeps HTTP refusals and a deliberate 503', () => {
    expect(filter.toProblem(new NotFoundException(), request)).toMatchObject({
      status: 404,
      code: 'HTTP.NOT_FOUND',
    });
    expect(filter.toProblem(new BadRequestException('Body is not JSON'), request)).toMatchObject({
      status: 400,
      detail: 'Body is not JSON',
    });
    expect(filter.toProblem(new ServiceUnavailableException(), request)).toMatchObject({
      status: 503,
      code: 'HTTP.SERVICE_UNAVAILABLE',
    });
  });

  it('says nothing of an unexpected error but the request id', () => {
    const problem = filter.toProblem(new Error('ER_NO_SUCH_TABLE: secret internals'), request);
    expect(problem).toMatchObject({ status: 500, code: 'INTERNAL' });
    expect(JSON.stringify(problem)).not.toContain('secret');
    expect(problem.detail).toContain('req-1');
  });
});
