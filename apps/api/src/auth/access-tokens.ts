import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@kenshu/config';

/** What an access token says: the user and the session it belongs to (the session can be revoked). */
export interface AccessClaims {
  sub: string;
  sid: string;
}

/**
 * The HS256 key of access tokens, derived from APP_SECRET so that no second secret needs managing. A
 * KeyObject, not bytes: given bytes, jsonwebtoken 9 first tries to parse them as a public key on every
 * verification (auth0/node-jsonwebtoken#966), which measured 40% of the API's CPU under GET /me.
 */
export const accessTokenKey = (config: AppConfig): KeyObject =>
  createSecretKey(createHmac('sha256', config.secret).update('kenshu:access-token:v1').digest());

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
