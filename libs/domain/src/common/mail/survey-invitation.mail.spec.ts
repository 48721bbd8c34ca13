import { surveyInvitationMail } from './survey-invitation.mail.js';

const base = {
  to: 'aishath@kenshu.example',
  displayName: 'Aishath',
  programme: 'Municipal waste management',
  title: 'Programme-end evaluation',
  anonymous: true,
  closesAt: new Date('2026-10-06T01:00:00Z'),
  link: 'https://kenshu.example/survey/abc',
  round: 0,
  idempotencyKey: 'survey-email-1',
};

describe('surveyInvitationMail', () => {
  it('invites in English with the closing time in the invitee zone and in UTC, and the personal link', () => {
    const mail = surveyInvitationMail({ ...base, locale: 'dv', timeZone: 'Indian/Maldives' });
    expect(mail.subject).toBe('Your feedback on Programme-end evaluation');
    expect(mail.text).toContain('Closes (your time): 6 October 2026 at 06:00 GMT+5 (Indian/Maldives)');
    expect(mail.text).toContain('Closes (UTC): 6 October 2026 at 01:00 UTC (UTC)');
    expect(mail.text).toContain('Your answers are anonymous');
    expect(mail.html).toContain('href="https://kenshu.example/survey/abc"');
  });

  it('reminds in Japanese under another subject, with the same link, for a named survey', () => {
    const mail = surveyInvitationMail({
      ...base,
      round: 2,
      anonymous: false,
      locale: 'ja-JP',
      timeZone: 'America/Los_Angeles',
    });
    expect(mail.subject).toBe('【リマインダー】アンケートのお願い：Programme-end evaluation');
    expect(mail.text).toContain('締切（あなたの時間）: 2026年10月5日 18:00 GMT-7 (America/Los_Angeles)');
    expect(mail.text).toContain('回答はお名前とともに記録されます。');
    expect(mail.text).toContain('https://kenshu.example/survey/abc');
  });

  it('leaves out the UTC line for an invitee on UTC', () => {
    const mail = surveyInvitationMail({ ...base, round: 1, locale: 'en', timeZone: 'UTC' });
    expect(mail.subject).toBe('Reminder: your feedback on Programme-end evaluation');
    expect(mail.text).not.toContain('Closes (UTC)');
  });
});
