import type { MailMessage } from '@kenshu/mail';

/** The languages Kenshu's emails are written in; everyone else reads English until theirs is added. */
export type MailLanguage = 'en' | 'ja';

export const mailLanguage = (locale: string): MailLanguage =>
  locale.toLowerCase().startsWith('ja') ? 'ja' : 'en';

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** An instant in the recipient's own zone, named, beside its offset: "23 November 2026 at 20:00 GMT+9 (Asia/Tokyo)". */
export function formatInstant(at: Date, lang: MailLanguage, timeZone: string): string {
  return `${new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(at)} (${timeZone})`;
}

/** A greeting, paragraphs and one link between them, as plain text and as escaped HTML. */
export function linkMail(m: {
  to: string;
  lang: MailLanguage;
  subject: string;
  greeting: string;
  before: string[];
  link: string;
  after: string[];
  idempotencyKey: string;
}): MailMessage {
  const text = [m.greeting, '', ...m.before, m.link, '', ...m.after.flatMap((p) => [p, ''])].join('\n');
  const paragraphs = (ps: string[]) => ps.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  const html = `<!doctype html><html lang="${m.lang}"><body>
<p>${escapeHtml(m.greeting)}</p>
${paragraphs(m.before)}
<p><a href="${escapeHtml(m.link)}">${escapeHtml(m.link)}</a></p>
${paragraphs(m.after)}
</body></html>`;
  return { to: m.to, subject: m.subject, text, html, idempotencyKey: m.idempotencyKey };
}

/** The words of an email that carries a one-time link valid until a given instant. */
export interface ExpiringLinkText {
  subject: string;
  hello: (name: string) => string;
  body: string;
  until: (when: string) => string;
  ignore: string;
}

export interface ExpiringLinkData {
  to: string;
  displayName: string;
  link: string;
  expiresAt: Date;
  timeZone: string;
  locale: string;
  idempotencyKey: string;
}

/** Such an email in the recipient's language, with the expiry in their own zone. */
export function expiringLinkMail(
  texts: Record<MailLanguage, ExpiringLinkText>,
  d: ExpiringLinkData,
): MailMessage {
  const lang = mailLanguage(d.locale);
  const t = texts[lang];
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
