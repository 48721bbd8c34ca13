import type { MailMessage } from '@kenshu/mail';
import {
  expiringLinkMail,
  type ExpiringLinkData,
  type ExpiringLinkText,
  type MailLanguage,
} from '../common/mail-text.js';

export type PasswordResetMailData = ExpiringLinkData;

const TEXT: Record<MailLanguage, ExpiringLinkText> = {
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
export const passwordResetMail = (d: PasswordResetMailData): MailMessage => expiringLinkMail(TEXT, d);
