import type { MailMessage } from '@kenshu/mail';
import {
  expiringLinkMail,
  type ExpiringLinkData,
  type ExpiringLinkText,
  type MailLanguage,
} from '../common/mail-text.js';

export interface InvitationMailData extends ExpiringLinkData {
  invitedBy: string | null;
}

const text = (by: string | null): Record<MailLanguage, ExpiringLinkText> => ({
  en: {
    subject: 'Your Kenshu account is ready to be opened',
    hello: (n) => `Dear ${n},`,
    body:
      `${by ? `${by} has invited you` : 'You are invited'} to Kenshu, where your training programme's ` +
      'schedule, materials and tests will be. To choose your password and open your account, follow this link:',
    until: (when) => `The link works once, until ${when}.`,
    ignore: 'If you do not expect this invitation, ignore this message.',
  },
  ja: {
    subject: 'Kenshu アカウントのご案内',
    hello: (n) => `${n} 様`,
    body:
      `${by ? `${by} さんから` : ''}Kenshu（研修の日程・資料・テストを扱うシステム）に招待されました。` +
      '次のリンクからパスワードを設定し、アカウントを有効にしてください。',
    until: (when) => `このリンクは一度だけ、${when}まで有効です。`,
    ignore: 'お心当たりのない場合は、このメールを無視してください。',
  },
});

/** The invitation email in the invitee's language, naming who invited them. */
export const invitationMail = (d: InvitationMailData): MailMessage => expiringLinkMail(text(d.invitedBy), d);
