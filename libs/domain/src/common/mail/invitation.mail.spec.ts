import { invitationMail } from './invitation.mail.js';

const base = {
  to: 'minh@hanoi.example',
  displayName: 'Nguyễn Thị Minh',
  invitedBy: '佐藤 花子',
  link: 'https://kenshu.example/accept-invitation?token=abc',
  expiresAt: new Date('2026-12-07T03:00:00Z'),
  idempotencyKey: 'invitation-1',
};

describe('invitationMail', () => {
  it('writes English with the inviter and the expiry in the invitee zone, named', () => {
    const mail = invitationMail({ ...base, locale: 'vi', timeZone: 'Asia/Ho_Chi_Minh' });
    expect(mail.subject).toBe('Your Kenshu account is ready to be opened');
    expect(mail.text).toContain('Dear Nguyễn Thị Minh,');
    expect(mail.text).toContain('佐藤 花子 has invited you');
    // 03:00 UTC is 10:00 at UTC+7.
    expect(mail.text).toContain('until 7 December 2026 at 10:00 GMT+7 (Asia/Ho_Chi_Minh).');
    expect(mail.html).toContain(`href="${base.link}"`);
  });

  it('writes Japanese for a ja locale, and works without an inviter', () => {
    const mail = invitationMail({ ...base, invitedBy: null, locale: 'ja', timeZone: 'Asia/Tokyo' });
    expect(mail.subject).toBe('Kenshu アカウントのご案内');
    expect(mail.text).toContain('Nguyễn Thị Minh 様');
    expect(mail.text).toContain('2026年12月7日 12:00 JST (Asia/Tokyo)まで有効です。');
    expect(mail.text).not.toContain('さんから');
  });

  it('escapes names in the HTML part', () => {
    const mail = invitationMail({ ...base, displayName: '<b>Minh</b>', locale: 'en', timeZone: 'UTC' });
    expect(mail.html).toContain('&lt;b&gt;Minh&lt;/b&gt;');
    expect(mail.html).not.toContain('<b>Minh</b>');
  });
});
