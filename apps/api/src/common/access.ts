import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiForbiddenResponse, ApiUnauthorizedResponse, ApiBearerAuth } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Principal, RequestMeta, Role } from '@kenshu/domain';
import { ProblemDto } from './problem.js';

export const IS_PUBLIC = 'kenshu:public';
export const REQUIRED_ROLES = 'kenshu:roles';

/** A route anyone may call (sign-in, password reset, invitation acceptance, health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/**
 * A route for these roles only (403 for the others). Object-level rules (whose record) stay in the
 * services; this is the coarse gate, and it documents who the route is for in OpenAPI.
 */
export const Roles = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(REQUIRED_ROLES, roles),
    ApiForbiddenResponse({ type: ProblemDto, description: `For ${roles.join(', ')} only` }),
  );

/** The documentation every authenticated route shares. */
export const Authenticated = () =>
  applyDecorators(
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ type: ProblemDto, description: 'No valid access token' }),
  );

export type AuthenticatedRequest = FastifyRequest & { user?: Principal };

/** The caller, as the access guard loaded them. */
export const Caller = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Principal =>
    ctx.switchToHttp().getRequest<AuthenticatedRequest>().user!,
);

export const metaOf = (request: FastifyRequest): RequestMeta => ({
  ip: request.ip ?? null,
  requestId: String(request.id),
  userAgent: request.headers['user-agent'] ?? null,
});

/** Where the request came from, for the audit log. */
export const Meta = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestMeta =>
  metaOf(ctx.switchToHttp().getRequest<FastifyRequest>()),
);
