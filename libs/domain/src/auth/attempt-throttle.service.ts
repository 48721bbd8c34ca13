import { createHash } from 'node:crypto';
import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '@kenshu/config';
import { createRedis } from '@kenshu/queue';
import { DomainError } from '../common/domain-error.js';

export type Attempt = 'login' | 'password-reset' | 'check-in' | 'certificate-verify' | 'survey-token';

/** AUTH.TOO_MANY_ATTEMPTS, saying whether this is the first refusal of its window (worth an audit row). */
export class ThrottledError extends DomainError {
  constructor(
    retryAfterSeconds: number,
    readonly firstInWindow: boolean,
  ) {
    super(
      'AUTH.TOO_MANY_ATTEMPTS',
      `Too many attempts; try again in ${retryAfterSeconds} s`,
      [],
      retryAfterSeconds,
    );
  }
}

interface Limits {
  account: RateLimiterRedis;
  ip: RateLimiterRedis;
}

/**
 * Counts sign-in attempts per account and per client IP in Redis, so every API process sees the same
 * counts (rate-limiter-flexible: one atomic INCR with expiry per key). Each attempt is counted before the
 * password is checked, so a throttled guess costs no argon2 time; a success gives its count back. If
 * Redis is away, an in-process limiter of the same limits stands in rather than letting everyone through.
 * Keys hold a hash of the email, not the email.
 */
@Injectable()
export class AttemptThrottleService implements OnModuleInit, OnModuleDestroy {
  private readonly redis: Redis;
  private readonly limits: Record<Attempt, Limits>;

  constructor(config: AppConfig) {
    this.redis = createRedis(config.redis.url, 'client', 'kenshu-attempt-throttle');
    const limiter = (name: string, points: number, duration: number) =>
      new RateLimiterRedis({
        storeClient: this.redis,
        keyPrefix: `${config.redis.prefix}:throttle:${name}`,
        points,
        duration,
        insuranceLimiter: new RateLimiterMemory({ keyPrefix: name, points, duration }),
      });
    this.limits = {
      login: {
        account: limiter('login-account', config.auth.loginFailuresPerAccount, 60),
        ip: limiter('login-ip', config.auth.loginFailuresPerIp, 60),
      },
      // Reset emails: a few per account per hour, so nobody can flood an inbox.
      'password-reset': {
        account: limiter('reset-account', 5, 3600),
        ip: limiter('reset-ip', config.auth.loginFailuresPerIp, 60),
      },
      // Check-in codes: keyed by the trainee's id (not an email); ten tries a minute covers typos,
      // and makes guessing one of 887 million codes hopeless.
      'check-in': {
        account: limiter('check-in-account', 10, 60),
        ip: limiter('check-in-ip', config.auth.loginFailuresPerIp, 60),
      },
      // Public certificate checks: per client IP (codes cannot be guessed, but nobody should try), and
      // per code (the "account" key here is the code).
      'certificate-verify': {
        account: limiter('verify-code', config.certificates.verifyPerIpPerMinute, 60),
        ip: limiter('verify-ip', config.certificates.verifyPerIpPerMinute, 60),
      },
      // Public survey-invitation routes: per client IP (a training room may share one), and per token.
      'survey-token': {
        account: limiter('survey-token', config.surveys.tokenPerIpPerMinute, 60),
        ip: limiter('survey-token-ip', config.surveys.tokenPerIpPerMinute, 60),
      },
    };
  }

  private static key(email: string): string {
    return createHash('sha256').update(email.trim().toLowerCase()).digest('base64url').slice(0, 22);
  }

  /** Counts one attempt; throws ThrottledError (AUTH.TOO_MANY_ATTEMPTS, with the seconds to wait) past either limit. */
  async attempt(kind: Attempt, email: string, ip: string | null): Promise<void> {
    const { account, ip: byIp } = this.limits[kind];
    const results = await Promise.allSettled([
      account.consume(AttemptThrottleService.key(email)),
      byIp.consume(ip ?? 'unknown'),
    ]);
    const refused = results
      .map((r) => (r.status === 'rejected' ? r.reason : null))
      .filter((r): r is RateLimiterRes => r instanceof RateLimiterRes);
    if (refused.length > 0) {
      const waitMs = Math.max(...refused.map((r) => r.msBeforeNext));
      const limits = [account.points, byIp.points];
      const first = results.some(
        (r, i) => r.status === 'rejected' && (r.reason as RateLimiterRes).consumedPoints === limits[i]! + 1,
      );
      throw new ThrottledError(Math.max(1, Math.ceil(waitMs / 1000)), first);
    }
  }

  /** A successful sign-in clears the account's count and gives the IP its attempt back. */
  async succeeded(kind: Attempt, email: string, ip: string | null): Promise<void> {
    const { account, ip: byIp } = this.limits[kind];
    await Promise.allSettled([
      account.delete(AttemptThrottleService.key(email)),
      byIp.reward(ip ?? 'unknown'),
    ]);
  }

  /**
   * Waits (up to 2 s) for the connection, so the first sign-ins after a start are counted in Redis, not
   * by each process's stand-in; a Redis that is away does not hold the start-up.
   */
  async onModuleInit(): Promise<void> {
    if (this.redis.status === 'ready') return;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.redis.off('ready', done);
        resolve();
      };
      const timer = setTimeout(done, 2000);
      this.redis.once('ready', done);
    });
  }

  async onModuleDestroy(): Promise<void> {
    this.redis.disconnect();
  }
}
