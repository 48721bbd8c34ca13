import { groupedCode, newVerificationCode, normalizeCode } from './verification-code.js';

describe('verification codes', () => {
  it('are 12 characters of the unambiguous alphabet, printed in groups of four', () => {
    const code = newVerificationCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    expect(groupedCode(code)).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('do not repeat, and use every character of the alphabet (60 random bits each)', () => {
    const codes = Array.from({ length: 2000 }, newVerificationCode);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(codes.join('')).size).toBe(32);
  });

  it('are looked up whatever the case, with or without dashes and spaces, O read as 0 and I, L as 1', () => {
    expect(normalizeCode('k7qf-2m9x-hd4p')).toBe('K7QF2M9XHD4P');
    expect(normalizeCode(' K7QF 2M9X HD4P ')).toBe('K7QF2M9XHD4P');
    expect(normalizeCode('OILO-0000-1111')).toBe('011000001111');
  });

  it.each(['', 'K7QF-2M9X', 'K7QF-2M9X-HD4PX', 'K7QF-2M9X-HD4U', '../../etc/passwd'])(
    'refuses %j as no code at all',
    (typed) => {
      expect(normalizeCode(typed)).toBeNull();
    },
  );
});
