import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import { DomainError } from '../common/domain-error.js';
import { passwordProblem } from './password-policy.js';

/** argon2id at OWASP's first recommended setting: 19 MiB, 2 iterations, 1 lane. */
export const ARGON2_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/**
 * A hash of no password, verified when the email is unknown so that the answer takes as long as for a
 * known one (no account enumeration by timing).
 */
let decoy: Promise<string> | undefined;

@Injectable()
export class PasswordHasher {
  /** Checks the password against the policy (AUTH.PASSWORD_TOO_WEAK naming `field`), then hashes it. */
  async hash(password: string, field = 'password', email?: string): Promise<string> {
    const problem = passwordProblem(password, field, email);
    if (problem) throw new DomainError('AUTH.PASSWORD_TOO_WEAK', `The password ${problem.reason}`, [problem]);
    return argon2.hash(password, ARGON2_OPTIONS);
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }

  /** Spends the time of one verification, for an unknown account. */
  async verifyDecoy(password: string): Promise<void> {
    decoy ??= argon2.hash('kenshu-decoy-password', ARGON2_OPTIONS);
    await this.verify(await decoy, password);
  }
}
