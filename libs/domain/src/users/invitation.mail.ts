import type { MailMessage } from '@kenshu/mail';
import { formatInstant, linkMail, mailLanguage, type MailLanguage } from '../common/mail-text.js';

export interface InvitationMailData {
  to: string;
  displayName: string;
  invitedBy: string | null;
  link: string;
  expiresAt: Date;
  timeZone: string;
  locale: string;
  idempotencyKey: string;
}

const TEXT: Record<
  MailLanguage,
  {
    subject: string;
    hello: (n: string) => string;
    body: (by: string | null) => string;
    until: (when: string) => string;
    ignore: string;
  }
> = {
  en: {
    subject: 'Your Kenshu account is ready to be opened',
    hello: (n) => `Dear ${n},`,
    body: (by) =>
      `${by ? `${by} has invited you` : 'You are invited'} to Kenshu, where your training programme's ` +
      'schedule, materials and tests will be. To choose your password and open your account, follow this link:',
    until: (when) => `The link works once, until ${when}.`,
    ignore: 'If you do not expect this invitation, ignore this message.',
  },
  ja: {
    subject: 'Kenshu アカウントのご案内',
    hello: (n) => `${n} 様`,
    body: (by) =>
      `${by ? `${by} さんから` : ''}Kenshu（研修の日程・資料・テストを扱うシステム）に招待されました。` +
      '次のリンクからパスワードを設定し、アカウントを有効にしてください。',
    until: (when) => `このリンクは一度だけ、${when}まで有効です。`,
    ignore: 'お心当たりのない場合は、このメールを無視してください。',
  },
};

/** The invitation email in the invitee's language. */
export function invitationMail(d: InvitationMailData): MailMessage {
  const lang = mailLanguage(d.locale);
  const t = TEXT[lang];
  return linkMail({
    to: d.to,
    lang,
    subject: t.subject,
    greeting: t.hello(d.displayName),
    before: [t.body(d.invitedBy)],
    link: d.link,
    after: [t.until(formatInstant(d.expiresAt, lang, d.timeZone)), t.ignore],
    idempotencyKey: d.idempotencyKey,
  });
}
