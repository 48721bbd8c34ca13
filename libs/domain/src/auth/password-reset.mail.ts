import type { MailMessage } from '@kenshu/mail';
import { formatInstant, linkMail, mailLanguage, type MailLanguage } from '../common/mail-text.js';

export interface PasswordResetMailData {
  to: string;
  displayName: string;
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
    body: string;
    until: (when: string) => string;
    ignore: string;
  }
> = {
  en: {
    subject: 'Reset your Kenshu password',
    hello: (n) => `Dear ${n},`,
    body: 'Someone asked to reset the password of your Kenshu account. To choose a new password, open this link:',
    until: (when) => `The link works once, until ${when}.`,
    ignore: 'If you did not ask for this, ignore this message; your password stays as it is.',
  },
  ja: {
    subject: 'Kenshu パスワードの再設定',
    hello: (n) => `${n} 様`,
    body: 'Kenshu アカウントのパスワード再設定の依頼がありました。次のリンクから新しいパスワードを設定してください。',
    until: (when) => `このリンクは一度だけ、${when}まで有効です。`,
    ignore: 'お心当たりのない場合は、このメールを無視してください。パスワードは変更されません。',
  },
};

/** The password-reset email in the recipient's language (English when theirs has no text yet). */
export function passwordResetMail(d: PasswordResetMailData): MailMessage {
  const lang = mailLanguage(d.locale);
  const t = TEXT[lang];
  return linkMail({
    to: d.to,
    lang,
    subject: t.subject,
    greeting: t.hello(d.displayName),
    before: [t.body],
    link: d.link,
    after: [t.until(formatInstant(d.expiresAt, lang, d.timeZone)), t.ignore],
    idempotencyKey: d.idempotencyKey,
  });
}
