import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import { DomainError } from '../common/domain-error.js';

/** argon2id at OWASP's first recommended setting: 19 MiB, 2 iterations, 1 lane. */
export const ARGON2_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const MIN_PASSWORD_LENGTH = 12;

@Injectable()
export class PasswordHasher {
  async hash(password: string, field = 'password'): Promise<string> {
    if ([...password].length < MIN_PASSWORD_LENGTH) {
      throw new DomainError('AUTH.PASSWORD_TOO_WEAK', 'The password is too short', [
        { field, reason: `must be at least ${MIN_PASSWORD_LENGTH} characters` },
      ]);
    }
    return argon2.hash(password, ARGON2_OPTIONS);
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }
}
