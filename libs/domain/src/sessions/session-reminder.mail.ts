import type { MailMessage } from '@kenshu/mail';
import { escapeHtml, formatInstant, mailLanguage, type MailLanguage } from '../common/mail-text.js';

export interface SessionReminderMailData {
  to: string;
  displayName: string;
  locale: string;
  timeZone: string;
  hostTimeZone: string;
  programme: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  meetingUrl: string | null;
  idempotencyKey: string;
}

const TEXT: Record<
  MailLanguage,
  {
    subject: (title: string) => string;
    hello: (n: string) => string;
    lead: (programme: string) => string;
    yours: string;
    host: string;
    place: string;
    join: string;
  }
> = {
  en: {
    subject: (t) => `Reminder: ${t}`,
    hello: (n) => `Dear ${n},`,
    lead: (p) => `A session of ${p} is coming up:`,
    yours: 'Your time',
    host: 'Host time',
    place: 'Where',
    join: 'Join online',
  },
  ja: {
    subject: (t) => `リマインダー：${t}`,
    hello: (n) => `${n} 様`,
    lead: (p) => `${p} の次のセッションが近づいています。`,
    yours: 'あなたの時間',
    host: '開催地の時間',
    place: '場所',
    join: 'オンライン参加',
  },
};

/** A session reminder in the trainee's language, with the time in their zone beside the host's. */
export function sessionReminderMail(d: SessionReminderMailData): MailMessage {
  const lang = mailLanguage(d.locale);
  const t = TEXT[lang];
  const span = (zone: string) =>
    `${formatInstant(d.startsAt, lang, zone)} – ${formatInstant(d.endsAt, lang, zone)}`;
  const lines: [string, string][] = [
    [t.yours, span(d.timeZone)],
    ...(d.hostTimeZone !== d.timeZone ? [[t.host, span(d.hostTimeZone)] as [string, string]] : []),
    ...(d.place ? [[t.place, d.place] as [string, string]] : []),
    ...(d.meetingUrl ? [[t.join, d.meetingUrl] as [string, string]] : []),
  ];
  const text = [
    t.hello(d.displayName),
    '',
    t.lead(d.programme),
    '',
    d.title,
    ...lines.map(([k, v]) => `${k}: ${v}`),
    '',
  ].join('\n');
  const html = `<!doctype html><html lang="${lang}"><body>
<p>${escapeHtml(t.hello(d.displayName))}</p>
<p>${escapeHtml(t.lead(d.programme))}</p>
<p><strong>${escapeHtml(d.title)}</strong></p>
<ul>${lines.map(([k, v]) => `<li>${escapeHtml(k)}: ${v.startsWith('https://') ? `<a href="${escapeHtml(v)}">${escapeHtml(v)}</a>` : escapeHtml(v)}</li>`).join('')}</ul>
</body></html>`;
  return { to: d.to, subject: t.subject(d.title), text, html, idempotencyKey: d.idempotencyKey };
}
