import { defineMailTemplate, type MailFormat, type MailRecipient } from './mail-template.js';

export interface SurveyInvitationMailData extends MailRecipient {
  displayName: string;
  programme: string;
  title: string;
  anonymous: boolean;
  closesAt: Date;
  /** The invitee's personal link (the same in the invitation and every reminder). */
  link: string;
  /** 0: the invitation; n: the n-th reminder. */
  round: number;
}

/** UTC beside the invitee's time, unless they are on UTC. */
const utc = (d: SurveyInvitationMailData, f: MailFormat) =>
  d.timeZone !== 'UTC' && d.timeZone !== 'Etc/UTC' ? f.instant(d.closesAt, 'UTC') : null;

/**
 * An invitation to answer an evaluation survey, or a reminder of it (another subject, the same link), in
 * the invitee's language, with the closing time in their zone and in UTC.
 */
export const surveyInvitationMail = defineMailTemplate<SurveyInvitationMailData>({
  en: (d, f) => ({
    subject: d.round > 0 ? `Reminder: your feedback on ${d.title}` : `Your feedback on ${d.title}`,
    greeting: `Dear ${d.displayName},`,
    body: [
      d.round > 0
        ? `We have not yet received your answers to this survey of ${d.programme}. There is still time:`
        : `Please tell us what you thought of ${d.programme} by answering this survey:`,
      { heading: d.title },
      {
        facts: [
          ['Closes (your time)', f.instant(d.closesAt)],
          ['Closes (UTC)', utc(d, f)],
        ],
      },
      d.anonymous
        ? 'Your answers are anonymous: nobody can tell which answers are yours.'
        : 'Your answers are recorded under your name.',
      { action: 'Answer the survey', href: d.link },
      'This link is personal: it works once, for you alone.',
    ],
    footer: [`You receive this email because you take part in ${d.programme}.`],
  }),
  ja: (d, f) => ({
    subject:
      d.round > 0 ? `【リマインダー】アンケートのお願い：${d.title}` : `アンケートのお願い：${d.title}`,
    greeting: `${d.displayName} 様`,
    body: [
      d.round > 0
        ? `${d.programme} のアンケートへのご回答がまだ届いていません。締切まで回答できます。`
        : `${d.programme} について、アンケートへのご協力をお願いします。`,
      { heading: d.title },
      {
        facts: [
          ['締切（あなたの時間）', f.instant(d.closesAt)],
          ['締切（UTC）', utc(d, f)],
        ],
      },
      d.anonymous
        ? '回答は匿名です。どの回答があなたのものかは誰にもわかりません。'
        : '回答はお名前とともに記録されます。',
      { action: 'アンケートに回答する', href: d.link },
      'このリンクはあなた専用で、一度だけ回答できます。',
    ],
    footer: [`${d.programme} に参加されているため、このメールをお送りしています。`],
  }),
});
