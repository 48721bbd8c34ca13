import { DateTime } from 'luxon';
import { defineMailTemplate, type MailRecipient } from './mail-template.js';

export interface CertificateIssuedMailData extends MailRecipient {
  displayName: string;
  programme: string;
  /** Calendar date (ISO) in the host's zone. */
  completedOn: string;
  /** As printed: `K7QF-2M9X-HD4P`. */
  code: string;
  /** Where anyone can check the certificate. */
  verifyUrl: string;
  fileName: string;
}

const day = (iso: string, locale: string) =>
  DateTime.fromISO(iso, { zone: 'UTC' }).setLocale(locale).toLocaleString(DateTime.DATE_FULL);

/**
 * A trainee's certificate, attached as a PDF by the caller: the programme, the completion date, the
 * verification code and the public address where an employer or anyone else can check it.
 */
export const certificateIssuedMail = defineMailTemplate<CertificateIssuedMailData>({
  en: (d) => ({
    subject: `Your certificate for ${d.programme}`,
    greeting: `Dear ${d.displayName},`,
    body: [
      `Congratulations on completing ${d.programme}. Your certificate is attached to this message as a PDF (${d.fileName}).`,
      {
        facts: [
          ['Programme', d.programme],
          ['Completed on', day(d.completedOn, 'en-GB')],
          ['Verification code', d.code],
        ],
      },
      'Anyone you show it to can check that it is genuine with the code, at this address:',
      { action: 'Verify the certificate', href: d.verifyUrl },
    ],
    footer: ['You can download the certificate again from Kenshu at any time.'],
  }),
  ja: (d) => ({
    subject: `${d.programme} 修了証のお知らせ`,
    greeting: `${d.displayName} 様`,
    body: [
      `${d.programme} の修了、おめでとうございます。修了証を PDF（${d.fileName}）で添付しました。`,
      {
        facts: [
          ['研修プログラム', d.programme],
          ['修了日', day(d.completedOn, 'ja-JP')],
          ['照合コード', d.code],
        ],
      },
      '修了証の真正性は、照合コードにより次のアドレスで確認できます。',
      { action: '修了証を確認する', href: d.verifyUrl },
    ],
    footer: ['修了証は Kenshu からいつでも再ダウンロードできます。'],
  }),
});
