import { createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@kenshu/config';

/** What an access token says: the user and the session it belongs to (the session can be revoked). */
export interface AccessClaims {
  sub: string;
  sid: string;
}

/** The HS256 key of access tokens, derived from APP_SECRET so that no second secret needs managing. */
export const accessTokenKey = (config: AppConfig) =>
  createHmac('sha256', config.secret).update('kenshu:access-token:v1').digest();

@Injectable()
export class AccessTokens {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  get ttlSeconds(): number {
    return this.config.auth.accessTokenTtlS;
  }

  sign(userId: string, sessionId: string): Promise<string> {
    const claims: AccessClaims = { sub: userId, sid: sessionId };
    return this.jwt.signAsync(claims, { expiresIn: this.ttlSeconds });
  }
}
