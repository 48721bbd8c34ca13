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
  { subject: string; hello: (n: string) => string; body: string; until: string; ignore: string }
> = {
  en: {
    subject: 'Reset your Kenshu password',
    hello: (n) => `Dear ${n},`,
    body: 'Someone asked to reset the password of your Kenshu account. To choose a new password, open this link:',
    until: 'The link works once, until',
    ignore: 'If you did not ask for this, ignore this message; your password stays as it is.',
  },
  ja: {
    subject: 'Kenshu パスワードの再設定',
    hello: (n) => `${n} 様`,
    body: 'Kenshu アカウントのパスワード再設定の依頼がありました。次のリンクから新しいパスワードを設定してください。',
    until: 'このリンクは一度だけ、次の日時まで有効です：',
    ignore: 'お心当たりのない場合は、このメールを無視してください。パスワードは変更されません。',
  },
};

/** The password-reset email in the recipient's language (English when theirs has no text yet). */
export function passwordResetMail(d: PasswordResetMailData): MailMessage {
  const lang = pick(d.locale);
  const t = TEXT[lang];
  const when = new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: d.timeZone,
    timeZoneName: 'short',
  }).format(d.expiresAt);
  const text = [t.hello(d.displayName), '', t.body, d.link, '', `${t.until} ${when}.`, '', t.ignore, ''].join(
    '\n',
  );
  const html = `<!doctype html><html lang="${lang}"><body>
<p>${escape(t.hello(d.displayName))}</p>
<p>${escape(t.body)}</p>
<p><a href="${escape(d.link)}">${escape(d.link)}</a></p>
<p>${escape(t.until)} ${escape(when)}.</p>
<p>${escape(t.ignore)}</p>
</body></html>`;
  return { to: d.to, subject: t.subject, text, html, idempotencyKey: d.idempotencyKey };
}
