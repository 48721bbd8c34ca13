import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppConfig } from '@kenshu/config';
import { DomainError, UsersService, type Principal } from '@kenshu/domain';
import { accessTokenKey, type AccessClaims } from './access-tokens.js';

/**
 * Bearer access tokens. Beyond the signature and expiry, every request loads the caller in one query,
 * so a revoked session, a disabled account or a changed role takes effect at once, not at token expiry.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly users: UsersService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // passport-jwt hands the key to jsonwebtoken as it is; its types predate KeyObject keys.
      secretOrKey: accessTokenKey(config) as unknown as Buffer,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  async validate(claims: Partial<AccessClaims>): Promise<Principal> {
    const principal =
      typeof claims.sub === 'string' && typeof claims.sid === 'string'
        ? await this.users.principal(claims.sid, claims.sub)
        : null;
    if (!principal) throw new DomainError('AUTH.UNAUTHENTICATED', 'The session has ended; sign in again');
    return principal;
  }
}
