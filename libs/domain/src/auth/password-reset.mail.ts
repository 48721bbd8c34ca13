import type { MailMessage } from '@kenshu/mail';

export interface PasswordResetMailData {
  to: string;
  displayName: string;
  link: string;
  expiresAt: Date;
  timeZone: string;
  locale: string;
  idempotencyKey: string;
}

type Lang = 'en' | 'ja';
const pick = (locale: string): Lang => (locale.toLowerCase().startsWith('ja') ? 'ja' : 'en');

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const TEXT: Record<
  Lang,
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
  const lang = pick(d.locale);
  const t = TEXT[lang];
  // The recipient's own zone, named, beside the offset: "23 November 2026 at 20:00 GMT+9 (Asia/Tokyo)".
  const when = `${new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: d.timeZone,
    timeZoneName: 'short',
  }).format(d.expiresAt)} (${d.timeZone})`;
  const text = [t.hello(d.displayName), '', t.body, d.link, '', t.until(when), '', t.ignore, ''].join('\n');
  const html = `<!doctype html><html lang="${lang}"><body>
<p>${escape(t.hello(d.displayName))}</p>
<p>${escape(t.body)}</p>
<p><a href="${escape(d.link)}">${escape(d.link)}</a></p>
<p>${escape(t.until(when))}</p>
<p>${escape(t.ignore)}</p>
</body></html>`;
  return { to: d.to, subject: t.subject, text, html, idempotencyKey: d.idempotencyKey };
}
