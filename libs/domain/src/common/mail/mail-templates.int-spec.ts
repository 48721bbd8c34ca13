import type { ParsedMail } from 'mailparser';
import { SmtpMailer, type MailMessage } from '@kenshu/mail';
import { SmtpSink } from '@kenshu/testing';
import { certificateIssuedMail } from './certificate-issued.js';
import { escapeHtml } from './mail-layout.js';
import { invitationMail } from './invitation.mail.js';
import { materialReleaseMail } from './material-release.mail.js';
import { passwordResetMail } from './password-reset.mail.js';
import { sessionReminderMail } from './session-reminder.mail.js';
import { surveyInvitationMail } from './survey-invitation.mail.js';

/** What must be true of a message as it arrives, parsed, at an SMTP server. */
interface Arrival {
  message: MailMessage;
  subject: string;
  lang: 'en' | 'ja';
  link: string;
  /** Texts (times in the recipient's zone among them) that both parts must show. */
  says: string[];
}

const person = (locale: string, timeZone: string, key: string, fallbackLanguages?: string[]) => ({
  to: `${key}@kenshu.example`,
  displayName: locale.startsWith('ja') ? '林 怡君' : 'Aishath <Ali>',
  locale,
  fallbackLanguages,
  timeZone,
  idempotencyKey: key,
});

const invitation = (locale: string, timeZone: string, key: string, fallbackLanguages?: string[]) =>
  invitationMail({
    ...person(locale, timeZone, key, fallbackLanguages),
    invitedBy: '佐藤 花子',
    link: `https://kenshu.example/accept-invitation?token=${key}`,
    expiresAt: new Date('2026-12-07T03:00:00Z'),
  });

const reset = (locale: string, timeZone: string, key: string) =>
  passwordResetMail({
    ...person(locale, timeZone, key),
    link: `https://kenshu.example/reset-password?token=${key}&x=1`,
    expiresAt: new Date('2026-03-29T01:30:00Z'),
  });

const reminder = (locale: string, timeZone: string, key: string) =>
  sessionReminderMail({
    ...person(locale, timeZone, key),
    hostTimeZone: 'Asia/Tokyo',
    programme: 'Lean manufacturing',
    title: 'Kaizen workshop',
    startsAt: new Date('2026-10-06T01:00:00Z'),
    endsAt: new Date('2026-10-06T02:30:00Z'),
    place: 'Room 3',
    meetingUrl: `https://meet.example.org/${key}`,
  });

const material = (locale: string, timeZone: string, key: string) => ({
  ...materialReleaseMail({
    ...person(locale, timeZone, key),
    programme: 'Food safety',
    title: 'HACCP handbook',
    description: 'Chapters 1–3.',
    kind: 'file',
    fileName: 'haccp-handbook.pdf',
    sizeBytes: 2_400_000,
    releasedAt: new Date('2026-06-01T02:00:00Z'),
    link: `https://kenshu.example/materials/download?token=${key}`,
    linkExpiresAt: new Date('2026-06-08T02:00:00Z'),
    version: 2,
  }),
  attachments: [
    { filename: 'haccp-handbook.pdf', content: Buffer.from('%PDF-1.7\n'), contentType: 'application/pdf' },
  ],
});

const certificate = (locale: string, timeZone: string, key: string) => ({
  ...certificateIssuedMail({
    ...person(locale, timeZone, key),
    programme: 'Bilateral online meetings, FY2023',
    completedOn: '2023-12-18',
    code: 'K7QF-2M9X-HD4P',
    verifyUrl: `https://kenshu.example/verify/K7QF-2M9X-HD4P?k=${key}`,
    fileName: 'certificate-K7QF-2M9X-HD4P.pdf',
  }),
  attachments: [
    {
      filename: 'certificate-K7QF-2M9X-HD4P.pdf',
      content: Buffer.from('%PDF-1.7\n'),
      contentType: 'application/pdf',
    },
  ],
});

const survey = (locale: string, timeZone: string, key: string, round: number) =>
  surveyInvitationMail({
    ...person(locale, timeZone, key),
    programme: 'Municipal waste management',
    title: 'Programme-end evaluation',
    anonymous: true,
    closesAt: new Date('2026-10-06T01:00:00Z'),
    link: `https://kenshu.example/survey/${key}`,
    round,
  });

const arrivals: [string, Arrival][] = [
  [
    'invitation, en',
    {
      message: invitation('en', 'Asia/Ho_Chi_Minh', 'invitation-en'),
      subject: 'Your Kenshu account is ready to be opened',
      lang: 'en',
      link: 'https://kenshu.example/accept-invitation?token=invitation-en',
      says: [
        'Dear Aishath <Ali>,',
        '佐藤 花子 has invited you',
        'until 7 December 2026 at 10:00 GMT+7 (Asia/Ho_Chi_Minh).',
      ],
    },
  ],
  [
    'invitation, ja',
    {
      message: invitation('ja-JP', 'Asia/Tokyo', 'invitation-ja'),
      subject: 'Kenshu アカウントのご案内',
      lang: 'ja',
      link: 'https://kenshu.example/accept-invitation?token=invitation-ja',
      says: ['林 怡君 様', '佐藤 花子 さんから', '2026年12月7日 12:00 JST (Asia/Tokyo)まで有効です。'],
    },
  ],
  [
    'invitation, Khmer falling back to English',
    {
      message: invitation('km-KH', 'Asia/Phnom_Penh', 'invitation-km', ['km', 'en']),
      subject: 'Your Kenshu account is ready to be opened',
      lang: 'en',
      link: 'https://kenshu.example/accept-invitation?token=invitation-km',
      says: ['until 7 December 2026 at 10:00 GMT+7 (Asia/Phnom_Penh).'],
    },
  ],
  [
    'password reset, en',
    {
      message: reset('en-US', 'Pacific/Kiritimati', 'reset-en'),
      subject: 'Reset your Kenshu password',
      lang: 'en',
      link: 'https://kenshu.example/reset-password?token=reset-en&x=1',
      says: ['until 29 March 2026 at 15:30 GMT+14 (Pacific/Kiritimati).'],
    },
  ],
  [
    'password reset, ja',
    {
      message: reset('ja', 'Europe/Warsaw', 'reset-ja'),
      subject: 'Kenshu パスワードの再設定',
      lang: 'ja',
      link: 'https://kenshu.example/reset-password?token=reset-ja&x=1',
      says: ['2026年3月29日 03:30 GMT+2 (Europe/Warsaw)まで有効です。'],
    },
  ],
  [
    'session reminder, en',
    {
      message: reminder('dv', 'Indian/Maldives', 'reminder-en'),
      subject: 'Reminder: Kaizen workshop',
      lang: 'en',
      link: 'https://meet.example.org/reminder-en',
      says: [
        'Your time',
        '6 October 2026 at 06:00 GMT+5 (Indian/Maldives) – 6 October 2026 at 07:30 GMT+5 (Indian/Maldives)',
        'Host time',
        '6 October 2026 at 10:00 GMT+9 (Asia/Tokyo)',
      ],
    },
  ],
  [
    'session reminder, ja',
    {
      message: reminder('ja', 'America/Los_Angeles', 'reminder-ja'),
      subject: 'リマインダー：Kaizen workshop',
      lang: 'ja',
      link: 'https://meet.example.org/reminder-ja',
      says: [
        'あなたの時間',
        '2026年10月5日 18:00 GMT-7 (America/Los_Angeles)',
        '2026年10月6日 10:00 JST (Asia/Tokyo)',
      ],
    },
  ],
  [
    'material release, en',
    {
      message: material('en', 'America/Los_Angeles', 'material-en'),
      subject: 'New material for Food safety: HACCP handbook',
      lang: 'en',
      link: 'https://kenshu.example/materials/download?token=material-en',
      says: [
        'this is version 2',
        '31 May 2026 at 19:00 GMT-7 (America/Los_Angeles)',
        'haccp-handbook.pdf',
        '2.4 MB',
        'until 7 June 2026 at 19:00 GMT-7 (America/Los_Angeles)',
      ],
    },
  ],
  [
    'material release, ja',
    {
      message: material('ja-JP', 'Asia/Tokyo', 'material-ja'),
      subject: 'Food safety の新しい資料：HACCP handbook',
      lang: 'ja',
      link: 'https://kenshu.example/materials/download?token=material-ja',
      says: [
        '第2版',
        '2026年6月1日 11:00 JST (Asia/Tokyo)',
        '2.4 MB',
        '2026年6月8日 11:00 JST (Asia/Tokyo)まで有効です。',
      ],
    },
  ],
  [
    'certificate issued, en',
    {
      message: certificate('ko', 'Asia/Seoul', 'certificate-en'),
      subject: 'Your certificate for Bilateral online meetings, FY2023',
      lang: 'en',
      link: 'https://kenshu.example/verify/K7QF-2M9X-HD4P?k=certificate-en',
      says: ['18 December 2023', 'K7QF-2M9X-HD4P', 'certificate-K7QF-2M9X-HD4P.pdf'],
    },
  ],
  [
    'certificate issued, ja',
    {
      message: certificate('ja-JP', 'Asia/Tokyo', 'certificate-ja'),
      subject: 'Bilateral online meetings, FY2023 修了証のお知らせ',
      lang: 'ja',
      link: 'https://kenshu.example/verify/K7QF-2M9X-HD4P?k=certificate-ja',
      says: ['2023年12月18日', 'K7QF-2M9X-HD4P', '林 怡君 様'],
    },
  ],
  [
    'survey invitation, en',
    {
      message: survey('en', 'Indian/Maldives', 'survey-en', 0),
      subject: 'Your feedback on Programme-end evaluation',
      lang: 'en',
      link: 'https://kenshu.example/survey/survey-en',
      says: ['6 October 2026 at 06:00 GMT+5 (Indian/Maldives)', '6 October 2026 at 01:00 UTC (UTC)'],
    },
  ],
  [
    'survey reminder, ja',
    {
      message: survey('ja-JP', 'Asia/Tokyo', 'survey-ja', 1),
      subject: '【リマインダー】アンケートのお願い：Programme-end evaluation',
      lang: 'ja',
      link: 'https://kenshu.example/survey/survey-ja',
      says: ['林 怡君 様', '2026年10月6日 10:00 JST (Asia/Tokyo)'],
    },
  ],
];

describe('every email template, sent through SMTP and parsed as it arrives', () => {
  let sink: SmtpSink;
  let mailer: SmtpMailer;
  const received = new Map<string, ParsedMail>();

  beforeAll(async () => {
    sink = await new SmtpSink().start();
    mailer = new SmtpMailer(sink.url, 'Kenshu <no-reply@kenshu.example>');
    await Promise.all(arrivals.map(([, a]) => mailer.send(a.message)));
    for (const mail of await sink.waitFor(arrivals.length)) received.set(mail.messageId ?? '', mail);
  });

  afterAll(async () => {
    await mailer?.close();
    await sink?.stop();
  });

  it.each(arrivals)('%s', (_name, a) => {
    const mail = received.get(`<${a.message.idempotencyKey}@kenshu.example>`);
    expect(mail).toBeDefined();
    expect(mail!.subject).toBe(a.subject);
    // Both parts arrive, as rendered.
    expect(mail!.text).toBe(a.message.text);
    expect(typeof mail!.html).toBe('string');
    expect(mail!.html).toBe(a.message.html);
    const html = mail!.html as string;
    expect(html).toContain(`<html lang="${a.lang}">`);
    expect(mail!.text).toContain(a.link);
    expect(html).toContain(`href="${escapeHtml(a.link)}"`);
    for (const words of a.says) {
      expect(mail!.text).toContain(words);
      expect(html).toContain(escapeHtml(words));
    }
    expect(mail!.attachments.map((f) => f.filename)).toEqual(
      a.message.attachments?.map((f) => f.filename) ?? [],
    );
  });
});
