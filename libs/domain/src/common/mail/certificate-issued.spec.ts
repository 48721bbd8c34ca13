import { certificateIssuedMail } from './certificate-issued.js';

const base = {
  to: 'seoul@kenshu.example',
  displayName: '김민준',
  timeZone: 'Asia/Seoul',
  programme: 'Bilateral online meetings, FY2023',
  completedOn: '2023-12-18',
  code: 'K7QF-2M9X-HD4P',
  verifyUrl: 'https://kenshu.example/verify/K7QF-2M9X-HD4P',
  fileName: 'certificate-K7QF-2M9X-HD4P.pdf',
  idempotencyKey: 'certificate-1',
};

describe('certificateIssuedMail', () => {
  it('writes English with the programme, the date, the code and the verification link', () => {
    const mail = certificateIssuedMail({ ...base, locale: 'ko' });
    expect(mail.subject).toBe('Your certificate for Bilateral online meetings, FY2023');
    expect(mail.text).toContain('Dear 김민준,');
    expect(mail.text).toContain('Completed on: 18 December 2023');
    expect(mail.text).toContain('Verification code: K7QF-2M9X-HD4P');
    expect(mail.html).toContain(`href="${base.verifyUrl}"`);
  });

  it('writes Japanese for a ja locale', () => {
    const mail = certificateIssuedMail({ ...base, locale: 'ja-JP' });
    expect(mail.subject).toBe('Bilateral online meetings, FY2023 修了証のお知らせ');
    expect(mail.text).toContain('김민준 様');
    expect(mail.text).toContain('修了日: 2023年12月18日');
  });
});
