import { passwordProblem } from './password-policy.js';

describe('passwordProblem', () => {
  it('accepts a long passphrase in any script', () => {
    expect(passwordProblem('correct horse battery staple', 'password')).toBeNull();
    expect(passwordProblem('ごみの分別は大切ですよね本当に', 'password')).toBeNull();
  });

  it('refuses a short password, counting characters rather than bytes', () => {
    expect(passwordProblem('short-pass1', 'newPassword')).toEqual({
      field: 'newPassword',
      reason: 'must be at least 12 characters',
    });
    // 11 characters of 3 bytes each: 33 bytes, still too short.
    expect(passwordProblem('ごみの分別は大切ですよ', 'password')?.reason).toMatch(/at least 12/);
  });

  it('refuses a common password, whatever its case', () => {
    expect(passwordProblem('1qaz2wsx3edc', 'password')?.reason).toBe('is on a list of common passwords');
    expect(passwordProblem('QWERTY123456', 'password')?.reason).toBe('is on a list of common passwords');
  });

  it('refuses a password of one repeated character, and one containing the email name', () => {
    expect(passwordProblem('aaaaaaaaaaaaaaaa', 'password')?.reason).toMatch(/different characters/);
    expect(
      passwordProblem('aminath.shifaza-2026', 'password', 'Aminath.Shifaza@kenshu.example')?.reason,
    ).toMatch(/email/);
  });
});
