import { Injectable } from '@nestjs/common';
import { TransactionService } from '@kenshu/database';
import { AuditService } from '../audit/audit.service.js';
import { DomainError } from '../common/domain-error.js';
import type { Principal } from '../common/principal.js';
import type { RequestMeta } from '../common/request-meta.js';
import { UsersService } from '../users/users.service.js';
import { AttemptThrottleService, ThrottledError } from './attempt-throttle.service.js';
import { SessionsService, type IssuedRefreshToken } from './sessions.service.js';

export interface SignedIn extends IssuedRefreshToken {
  userId: string;
}

const badCredentials = () => new DomainError('AUTH.INVALID_CREDENTIALS', 'Wrong email or password');
const badRefresh = () =>
  new DomainError(
    'AUTH.REFRESH_TOKEN_INVALID',
    'The refresh token is not valid (used, revoked, expired or unknown)',
    [{ field: 'refreshToken', reason: 'is not a live refresh token' }],
  );

/** Sign-in, refresh and sign-out. The access token itself is the API's business (a JWT naming the session). */
@Injectable()
export class AuthService {
  constructor(
    private readonly tx: TransactionService,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly throttle: AttemptThrottleService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Checks the password of an active account and opens a session. Every attempt is counted per account
   * and per IP before the password is checked; failures and successes are audited. Wrong email, wrong
   * password, a disabled or not yet opened account: one answer, so nobody learns which.
   */
  async login(email: string, password: string, meta: RequestMeta): Promise<SignedIn> {
    try {
      await this.throttle.attempt('login', email, meta.ip);
    } catch (error) {
      // One audit row when a window's limit is first passed, not one per refused request: a flood of
      // attempts must not become a flood of writes.
      if (error instanceof ThrottledError && error.firstInWindow)
        await this.tx.run((em) =>
          this.audit.record(
            em,
            { action: 'auth.login_throttled', actorId: null, details: { email: email.trim().toLowerCase() } },
            meta,
          ),
        );
      throw error;
    }
    const user = await this.users.verifyPassword(this.tx.manager, email, password);
    if (!user) {
      await this.tx.run(async (em) => {
        const known = await this.users.findActiveByEmail(em, email);
        await this.audit.record(
          em,
          {
            action: 'auth.login_failed',
            actorId: null,
            targetType: known ? 'user' : null,
            targetId: known?.id ?? null,
            details: { email: email.trim().toLowerCase() },
          },
          meta,
        );
      });
      throw badCredentials();
    }
    const issued = await this.tx.run(async (em) => {
      const session = await this.sessions.start(em, user.id, meta);
      await this.audit.record(
        em,
        { action: 'auth.login_succeeded', actorId: user.id, targetType: 'user', targetId: user.id },
        meta,
      );
      return session;
    });
    await this.throttle.succeeded('login', email, meta.ip);
    return { userId: user.id, ...issued };
  }

  /**
   * Rotates a refresh token. A spent one revokes its whole session (every token of the family and every
   * access token naming it), is audited, and is refused; so is one of a disabled account.
   */
  async refresh(refreshToken: string, meta: RequestMeta): Promise<SignedIn> {
    const outcome = await this.tx.run(async (em) => {
      const result = await this.sessions.rotate(em, refreshToken);
      if (result.kind === 'reused') {
        await this.sessions.revoke(em, result.sessionId, 'refresh_reuse');
        await this.audit.record(
          em,
          {
            action: 'auth.refresh_reused',
            actorId: null,
            targetType: 'user',
            targetId: result.userId,
            details: { sessionId: result.sessionId },
          },
          meta,
        );
      }
      if (result.kind === 'rotated') {
        const user = await this.users.findById(em, result.userId);
        if (user?.status !== 'active') return { kind: 'invalid' as const };
      }
      return result;
    });
    // Thrown after the transaction, so that the revocation of a reused family is committed.
    if (outcome.kind !== 'rotated') throw badRefresh();
    return {
      userId: outcome.userId,
      sessionId: outcome.sessionId,
      refreshToken: outcome.refreshToken,
      refreshExpiresAt: outcome.refreshExpiresAt,
    };
  }

  async logout(principal: Principal, meta: RequestMeta): Promise<void> {
    await this.tx.run(async (em) => {
      await this.sessions.revoke(em, principal.sessionId, 'logout');
      await this.audit.record(
        em,
        {
          action: 'auth.logout',
          actorId: principal.id,
          targetType: 'session',
          targetId: principal.sessionId,
        },
        meta,
      );
    });
  }
}
