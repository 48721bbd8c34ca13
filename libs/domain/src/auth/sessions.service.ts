import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull, Not } from 'typeorm';
import { AppConfig } from '@kenshu/config';
import type { RequestMeta } from '../common/request-meta.js';
import { AuthSessionEntity, RefreshTokenEntity } from './auth-session.entity.js';

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export type RevokeReason = 'logout' | 'refresh_reuse' | 'password_changed' | 'password_reset' | 'disabled';

export interface IssuedRefreshToken {
  sessionId: string;
  refreshToken: string;
  refreshExpiresAt: Date;
}

export type RotateOutcome =
  | ({ kind: 'rotated'; userId: string } & IssuedRefreshToken)
  | { kind: 'reused'; userId: string; sessionId: string }
  | { kind: 'invalid' };

/**
 * Sign-in sessions and their one-use refresh tokens (RFC 9700 §4.14.2: rotation with reuse detection).
 * A refresh token is 32 random bytes; only its SHA-256 is stored.
 */
@Injectable()
export class SessionsService {
  constructor(private readonly config: AppConfig) {}

  private async issue(em: EntityManager, sessionId: string): Promise<IssuedRefreshToken> {
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshExpiresAt = new Date(Date.now() + this.config.auth.refreshTokenTtlDays * 86_400_000);
    await em.insert(RefreshTokenEntity, {
      id: randomUUID(),
      sessionId,
      tokenHash: sha256(refreshToken),
      expiresAt: refreshExpiresAt,
    });
    return { sessionId, refreshToken, refreshExpiresAt };
  }

  async start(em: EntityManager, userId: string, meta: RequestMeta): Promise<IssuedRefreshToken> {
    const id = randomUUID();
    await em.insert(AuthSessionEntity, {
      id,
      userId,
      ip: meta.ip?.slice(0, 45) ?? null,
      userAgent: meta.userAgent?.slice(0, 255) ?? null,
    });
    return this.issue(em, id);
  }

  /**
   * Spends `refreshToken` and issues the next one of its family. A token that was already spent means
   * someone holds a copy: the caller revokes the whole session (`reused`). The conditional UPDATE makes
   * two concurrent uses of one token count as reuse too: only one of them can spend it.
   */
  async rotate(em: EntityManager, refreshToken: string): Promise<RotateOutcome> {
    const token = await em.findOne(RefreshTokenEntity, { where: { tokenHash: sha256(refreshToken) } });
    if (!token) return { kind: 'invalid' };
    const session = await em.findOne(AuthSessionEntity, { where: { id: token.sessionId } });
    if (!session || session.revokedAt) return { kind: 'invalid' };
    if (token.usedAt) return { kind: 'reused', userId: session.userId, sessionId: session.id };
    if (token.expiresAt.getTime() <= Date.now()) return { kind: 'invalid' };
    const spent = await em.update(
      RefreshTokenEntity,
      { id: token.id, usedAt: IsNull() },
      { usedAt: new Date() },
    );
    if (spent.affected !== 1) return { kind: 'reused', userId: session.userId, sessionId: session.id };
    await em.update(AuthSessionEntity, { id: session.id }, { refreshedAt: new Date() });
    return { kind: 'rotated', userId: session.userId, ...(await this.issue(em, session.id)) };
  }

  async revoke(em: EntityManager, sessionId: string, reason: RevokeReason): Promise<void> {
    await em.update(
      AuthSessionEntity,
      { id: sessionId, revokedAt: IsNull() },
      { revokedAt: new Date(), revokedReason: reason },
    );
  }

  /**
   * Deletes what can no longer be used, in batches: refresh tokens a day past expiry, then sessions left
   * without any token (expired or revoked). Safe to run in several workers at once. Audit rows stay.
   */
  async purgeExpired(
    em: EntityManager,
    now = new Date(),
    batch = 5000,
  ): Promise<{ tokens: number; sessions: number }> {
    const cutoff = new Date(now.getTime() - 86_400_000);
    const purge = async (sql: string): Promise<number> => {
      let total = 0;
      for (;;) {
        const result = (await em.query(sql, [cutoff, batch])) as { affectedRows: number };
        total += result.affectedRows;
        if (result.affectedRows < batch) return total;
      }
    };
    const tokens = await purge('DELETE FROM refresh_token WHERE expires_at < ? LIMIT ?');
    const sessions = await purge(
      `DELETE FROM auth_session WHERE created_at < ?
         AND NOT EXISTS (SELECT 1 FROM refresh_token t WHERE t.session_id = auth_session.id) LIMIT ?`,
    );
    return { tokens, sessions };
  }

  /** Every live session of the user, but `keep` (the one changing its own password stays signed in). */
  async revokeAllOf(em: EntityManager, userId: string, reason: RevokeReason, keep?: string): Promise<number> {
    const result = await em.update(
      AuthSessionEntity,
      { userId, revokedAt: IsNull(), ...(keep ? { id: Not(keep) } : {}) },
      { revokedAt: new Date(), revokedReason: reason },
    );
    return result.affected ?? 0;
  }
}
