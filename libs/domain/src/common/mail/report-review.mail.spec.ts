import { reportReviewMail, type ReportReviewMailData } from './report-review.mail.js';

const base: ReportReviewMailData = {
  to: 'aminath@kenshu.example',
  displayName: 'Aminath',
  locale: 'en',
  timeZone: 'Indian/Maldives',
  programme: 'Municipal solid waste management',
  stage: 'Action plan',
  decision: 'returned',
  number: 2,
  comment: 'Name the districts\nand a baseline.',
  total: 7,
  maxTotal: 15,
  reviewedAt: new Date('2027-03-05T02:00:00Z'),
  dueAt: new Date('2027-03-05T14:59:59.999Z'),
  idempotencyKey: 'report-review-1',
};

describe('reportReviewMail', () => {
  it('tells a trainee in English that the report came back, with the comment, score and due time in their zone', () => {
    const mail = reportReviewMail(base);
    expect(mail.subject).toBe('Returned for revision: Action plan (Municipal solid waste management)');
    expect(mail.text).toContain('Your Action plan (version 2) has been returned for revision.');
    expect(mail.text).toContain('Score: 7 / 15');
    expect(mail.text).toContain('Reviewed: 5 March 2027 at 07:00 GMT+5 (Indian/Maldives)');
    expect(mail.text).toContain('Name the districts\nand a baseline.');
  });

  it('writes Japanese for a Japanese reader, and names no due time once accepted', () => {
    const mail = reportReviewMail({
      ...base,
      locale: 'ja',
      decision: 'accepted',
      comment: null,
      dueAt: null,
    });
    expect(mail.subject).toBe('受理されました：Action plan（Municipal solid waste management）');
    expect(mail.text).toContain('（第2版）が受理されました。');
    expect(mail.text).not.toContain('提出期限');
    expect(mail.html).toContain('<html lang="ja">');
  });
});
