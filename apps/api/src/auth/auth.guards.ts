import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DomainError, forbidden, type Principal, type Role } from '@kenshu/domain';
import { IS_PUBLIC, REQUIRED_ROLES, type AuthenticatedRequest } from '../common/access.js';
import { flattenValidationErrors, RequestValidationError } from '../common/request-validation.js';
import { LoginDto } from './dto/login.dto.js';

/**
 * The global guard: every route needs a valid access token unless it is `@Public()`, and a route with
 * `@Roles(...)` needs one of them (403 otherwise).
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    await super.canActivate(context);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user!;
    if (roles && !roles.some((r) => user.roles.includes(r)))
      throw forbidden(`This is for ${roles.join(' or ')} accounts`);
    return true;
  }

  override handleRequest<T = Principal>(error: unknown, user: T | false): T {
    if (error) throw error;
    if (!user)
      throw new DomainError('AUTH.UNAUTHENTICATED', 'Sign in first: send a valid access token (Bearer)');
    return user;
  }
}

/** Sign-in: the body is validated like any other (400 naming the field) before passport-local runs. */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const dto = plainToInstance(LoginDto, request.body ?? {});
    const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0) throw new RequestValidationError(flattenValidationErrors(errors));
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<T>(error: unknown, user: T | false): T {
    if (error) throw error;
    if (!user) throw new DomainError('AUTH.INVALID_CREDENTIALS', 'Wrong email or password');
    return user;
  }
}
