import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-local';
import { AuthService, type SignedIn } from '@kenshu/domain';
import { metaOf } from '../common/access.js';

/** Email and password (passport-local); the domain checks, throttles, audits and opens the session. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true, session: false });
  }

  validate(request: FastifyRequest, email: string, password: string): Promise<SignedIn> {
    return this.auth.login(email, password, metaOf(request));
  }
}
