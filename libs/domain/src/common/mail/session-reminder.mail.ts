import { defineMailTemplate, type MailFormat, type MailRecipient } from './mail-template.js';

export interface SessionReminderMailData extends MailRecipient {
  displayName: string;
  hostTimeZone: string;
  programme: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  meetingUrl: string | null;
}

const span = (d: SessionReminderMailData, f: MailFormat, timeZone: string) =>
  `${f.instant(d.startsAt, timeZone)} – ${f.instant(d.endsAt, timeZone)}`;

/** The host's time too, when the trainee is elsewhere: a room booking or a call is arranged in it. */
const hostSpan = (d: SessionReminderMailData, f: MailFormat) =>
  d.hostTimeZone !== d.timeZone ? span(d, f, d.hostTimeZone) : null;

/** A session reminder in the trainee's language, with the time in their zone beside the host's. */
export const sessionReminderMail = defineMailTemplate<SessionReminderMailData>({
  en: (d, f) => ({
    subject: `Reminder: ${d.title}`,
    greeting: `Dear ${d.displayName},`,
    body: [
      `A session of ${d.programme} is coming up:`,
      { heading: d.title },
      {
        facts: [
          ['Your time', span(d, f, d.timeZone)],
          ['Host time', hostSpan(d, f)],
          ['Where', d.place],
        ],
      },
      d.meetingUrl ? { action: 'Join online', href: d.meetingUrl } : null,
    ],
  }),
  ja: (d, f) => ({
    subject: `リマインダー：${d.title}`,
    greeting: `${d.displayName} 様`,
    body: [
      `${d.programme} の次のセッションが近づいています。`,
      { heading: d.title },
      {
        facts: [
          ['あなたの時間', span(d, f, d.timeZone)],
          ['開催地の時間', hostSpan(d, f)],
          ['場所', d.place],
        ],
      },
      d.meetingUrl ? { action: 'オンライン参加', href: d.meetingUrl } : null,
    ],
  }),
});
