import languageCommon from '@zxcvbn-ts/language-common';
import type { FieldProblem } from '../common/domain-error.js';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/**
 * The common-password list of zxcvbn-ts (about 49,000 passwords seen in breaches), kept to the entries
 * long enough to pass the length rule; compared case-insensitively.
 */
let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(
    (languageCommon.dictionary['passwords-common'] as string[])
      .filter((p) => p.length >= MIN_PASSWORD_LENGTH)
      .map((p) => p.toLowerCase()),
  );
  return common;
}

/**
 * NIST SP 800-63B's rules: long enough, not known to attackers, not the person's own email; no rules
 * of composition. Returns what is wrong, or null.
 */
export function passwordProblem(password: string, field: string, email?: string): FieldProblem | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH)
    return { field, reason: `must be at least ${MIN_PASSWORD_LENGTH} characters` };
  if (length > MAX_PASSWORD_LENGTH)
    return { field, reason: `must be at most ${MAX_PASSWORD_LENGTH} characters` };
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower)) return { field, reason: 'is on a list of common passwords' };
  if (new Set(lower).size < 4) return { field, reason: 'repeats too few different characters' };
  if (email && lower.includes(email.toLowerCase().split('@')[0]!) && email.split('@')[0]!.length >= 4)
    return { field, reason: 'must not contain your email address' };
  return null;
}
