import { defineMailTemplate, type MailRecipient } from './mail-template.js';

export interface PasswordResetMailData extends MailRecipient {
  displayName: string;
  link: string;
  expiresAt: Date;
}

/** The password-reset email in the recipient's language, with the link's expiry in their zone. */
export const passwordResetMail = defineMailTemplate<PasswordResetMailData>({
  en: (d, f) => ({
    subject: 'Reset your Kenshu password',
    greeting: `Dear ${d.displayName},`,
    body: [
      'Someone asked to reset the password of your Kenshu account. To choose a new password, open this link:',
      { action: 'Choose a new password', href: d.link },
      `The link works once, until ${f.instant(d.expiresAt)}.`,
    ],
    footer: ['If you did not ask for this, ignore this message; your password stays as it is.'],
  }),
  ja: (d, f) => ({
    subject: 'Kenshu パスワードの再設定',
    greeting: `${d.displayName} 様`,
    body: [
      'Kenshu アカウントのパスワード再設定の依頼がありました。次のリンクから新しいパスワードを設定してください。',
      { action: '新しいパスワードを設定する', href: d.link },
      `このリンクは一度だけ、${f.instant(d.expiresAt)}まで有効です。`,
    ],
    footer: ['お心当たりのない場合は、このメールを無視してください。パスワードは変更されません。'],
  }),
});
