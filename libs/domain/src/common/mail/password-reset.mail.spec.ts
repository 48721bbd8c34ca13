import { passwordResetMail } from './password-reset.mail.js';

const base = {
  to: 'trainee@kenshu.example',
  displayName: 'Aminath <Shifaza>',
  link: 'https://kenshu.example/reset-password?token=abc&x=1',
  expiresAt: new Date('2026-03-29T00:30:00Z'),
  idempotencyKey: 'password-reset-1',
};

describe('passwordResetMail', () => {
  it('writes English with the expiry in the recipient zone, named', () => {
    const mail = passwordResetMail({ ...base, locale: 'en', timeZone: 'Pacific/Kiritimati' });
    expect(mail.subject).toBe('Reset your Kenshu password');
    // 00:30 UTC is 14:30 on the same day at UTC+14.
    expect(mail.text).toContain('until 29 March 2026 at 14:30 GMT+14 (Pacific/Kiritimati).');
    expect(mail.text).toContain(base.link);
  });

  it('writes Japanese for a ja locale, across the Warsaw DST change', () => {
    const mail = passwordResetMail({ ...base, locale: 'ja-JP', timeZone: 'Europe/Warsaw' });
    expect(mail.subject).toBe('Kenshu パスワードの再設定');
    // Warsaw moves to CEST (UTC+2) at 01:00 UTC that night: 00:30 UTC is 01:30 CET, 01:30 UTC is 03:30.
    expect(mail.text).toContain('2026年3月29日 01:30 GMT+1 (Europe/Warsaw)まで有効です。');
    const after = passwordResetMail({
      ...base,
      expiresAt: new Date('2026-03-29T01:30:00Z'),
      locale: 'ja',
      timeZone: 'Europe/Warsaw',
    });
    expect(after.text).toContain('2026年3月29日 03:30 GMT+2 (Europe/Warsaw)');
  });

  it('escapes the HTML part', () => {
    const mail = passwordResetMail({ ...base, locale: 'en', timeZone: 'UTC' });
    expect(mail.html).toContain('Aminath &lt;Shifaza&gt;');
    expect(mail.html).toContain('href="https://kenshu.example/reset-password?token=abc&amp;x=1"');
    expect(mail.html).not.toContain('<Shifaza>');
  });
});
