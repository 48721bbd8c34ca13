import { randomBytes } from 'node:crypto';

/**
 * Crockford's base 32: digits and capitals without I, L, O and U, so a code read aloud or typed from
 * paper is not misread. 12 characters of 5 bits: 60 random bits from the system's CSPRNG (no bias: 32
 * divides 2^60).
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 12;
const SHAPE = /^[0-9A-HJKMNP-TV-Z]{12}$/;

/** A new code, as stored (no dashes). */
export function newVerificationCode(): string {
  let bits = randomBytes(8).readBigUInt64BE() >> 4n; // 60 bits
  let code = '';
  for (let i = 0; i < LENGTH; i++) {
    code = ALPHABET[Number(bits & 31n)]! + code;
    bits >>= 5n;
  }
  return code;
}

/** As printed: `K7QF-2M9X-HD4P`. */
export const groupedCode = (code: string) => code.match(/.{1,4}/g)!.join('-');

/**
 * The stored form of a code as someone typed it: any case, dashes and spaces ignored, and the letters
 * people mistake for digits read as those digits (O → 0, I and L → 1). Null when it cannot be a code.
 */
export function normalizeCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return SHAPE.test(code) ? code : null;
}
