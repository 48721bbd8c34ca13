import { defineMailTemplate, type MailRecipient } from './mail-template.js';

export interface InvitationMailData extends MailRecipient {
  displayName: string;
  invitedBy: string | null;
  link: string;
  expiresAt: Date;
}

/** The invitation email in the invitee's language, naming who invited them, with the link's expiry in their zone. */
export const invitationMail = defineMailTemplate<InvitationMailData>({
  en: (d, f) => ({
    subject: 'Your Kenshu account is ready to be opened',
    greeting: `Dear ${d.displayName},`,
    body: [
      `${d.invitedBy ? `${d.invitedBy} has invited you` : 'You are invited'} to Kenshu, where your training ` +
        "programme's schedule, materials and tests will be. To choose your password and open your account, " +
        'follow this link:',
      { action: 'Open your account', href: d.link },
      `The link works once, until ${f.instant(d.expiresAt)}.`,
    ],
    footer: ['If you do not expect this invitation, ignore this message.'],
  }),
  ja: (d, f) => ({
    subject: 'Kenshu アカウントのご案内',
    greeting: `${d.displayName} 様`,
    body: [
      `${d.invitedBy ? `${d.invitedBy} さんから` : ''}Kenshu（研修の日程・資料・テストを扱うシステム）に招待されました。` +
        '次のリンクからパスワードを設定し、アカウントを有効にしてください。',
      { action: 'アカウントを有効にする', href: d.link },
      `このリンクは一度だけ、${f.instant(d.expiresAt)}まで有効です。`,
    ],
    footer: ['お心当たりのない場合は、このメールを無視してください。'],
  }),
});
