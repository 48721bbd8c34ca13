import { DateTime } from 'luxon';
import { languageOf } from '../common/locale.js';
import { PdfText } from '../common/pdf-text.js';
import { groupedCode } from './verification-code.js';

/** The languages a certificate is printed in. */
export const CERTIFICATE_LANGUAGES = ['en', 'ja', 'ko', 'th'] as const;
export type CertificateLanguage = (typeof CERTIFICATE_LANGUAGES)[number];

/**
 * The language to print in: the trainee's locale, then their fallback languages in order, then English.
 */
export function chooseCertificateLanguage(
  locale: string,
  fallbackLanguages: readonly string[] = [],
): CertificateLanguage {
  for (const tag of [locale, ...fallbackLanguages]) {
    const lang = languageOf(tag);
    const found = CERTIFICATE_LANGUAGES.find((l) => l === lang);
    if (found) return found;
  }
  return 'en';
}

/** Everything a certificate says, in no language yet. */
export interface CertificateContent {
  name: string;
  programme: string;
  hostOrganisation: string | null;
  funder: string | null;
  /** Calendar dates (ISO), in the host's zone. */
  startsOn: string | null;
  endsOn: string | null;
  completedOn: string;
  /** Stored form (no dashes). */
  code: string;
  verifyUrl: string;
}

interface Labels {
  title: string;
  certifies: string;
  completed: string;
  host: string;
  funder: string;
  dates: string;
  completedOn: string;
  code: string;
  verify: string;
}

const LABELS: Record<CertificateLanguage, Labels> = {
  en: {
    title: 'Certificate of Completion',
    certifies: 'This is to certify that',
    completed: 'has completed the training programme',
    host: 'Host',
    funder: 'Funded by',
    dates: 'Programme dates',
    completedOn: 'Completed on',
    code: 'Verification code',
    verify: 'Verify this certificate at',
  },
  ja: {
    title: '修了証書',
    certifies: '下記の者は',
    completed: '次の研修プログラムを修了したことを証します',
    host: '実施機関',
    funder: '資金提供',
    dates: '研修期間',
    completedOn: '修了日',
    code: '照合コード',
    verify: '真正性の確認',
  },
  ko: {
    title: '수료증',
    certifies: '위 사람은',
    completed: '다음 연수 프로그램을 수료하였음을 증명합니다',
    host: '주관 기관',
    funder: '후원',
    dates: '연수 기간',
    completedOn: '수료일',
    code: '확인 코드',
    verify: '진위 확인',
  },
  th: {
    title: 'ประกาศนียบัตร',
    certifies: 'ขอรับรองว่า',
    completed: 'ได้สำเร็จหลักสูตรการฝึกอบรม',
    host: 'หน่วยงานเจ้าภาพ',
    funder: 'ผู้สนับสนุน',
    dates: 'ระยะเวลาการฝึกอบรม',
    completedOn: 'วันที่สำเร็จหลักสูตร',
    code: 'รหัสตรวจสอบ',
    verify: 'ตรวจสอบได้ที่',
  },
};

/** How each language writes dates (Thai in its own, Buddhist, calendar, as Intl does for th-TH). */
const INTL_LOCALE: Record<CertificateLanguage, string> = {
  en: 'en-GB',
  ja: 'ja-JP',
  ko: 'ko-KR',
  th: 'th-TH',
};

/** A calendar date written out in the language: "1 February 2027", "2027年2月1日", "2027년 2월 1일". */
export function formatCertificateDate(isoDate: string, lang: CertificateLanguage): string {
  return DateTime.fromISO(isoDate, { zone: 'UTC' })
    .setLocale(INTL_LOCALE[lang])
    .toLocaleString(DateTime.DATE_FULL);
}

/** The lines of the certificate, top to bottom, as [text, size] (empty facts left out). */
export function certificateLines(c: CertificateContent, lang: CertificateLanguage) {
  const l = LABELS[lang];
  const date = (d: string) => formatCertificateDate(d, lang);
  const sep = lang === 'ja' ? '：' : ': ';
  const dates =
    c.startsOn && c.endsOn
      ? c.startsOn === c.endsOn
        ? date(c.startsOn)
        : `${date(c.startsOn)} – ${date(c.endsOn)}`
      : null;
  return {
    title: l.title,
    certifies: l.certifies,
    name: c.name,
    completed: l.completed,
    programme: c.programme,
    facts: [
      c.hostOrganisation ? `${l.host}${sep}${c.hostOrganisation}` : null,
      c.funder && c.funder !== c.hostOrganisation ? `${l.funder}${sep}${c.funder}` : null,
      dates ? `${l.dates}${sep}${dates}` : null,
      `${l.completedOn}${sep}${date(c.completedOn)}`,
    ].filter((f): f is string => f !== null),
    code: `${l.code}${sep}${groupedCode(c.code)}`,
    verify: `${l.verify}${sep}${c.verifyUrl}`,
  };
}

/**
 * The certificate as an A4 landscape PDF in its language: a frame, the title, the trainee's name in its
 * own script (common/pdf-text.ts picks the Noto face per script), the programme, host, funder and dates,
 * and at the foot the verification code and the address where anyone can check it.
 */
export async function certificatePdf(c: CertificateContent, lang: CertificateLanguage): Promise<Buffer> {
  const lines = certificateLines(c, lang);
  const pdf = new PdfText({
    size: 'A4',
    layout: 'landscape',
    margin: 40,
    lang: INTL_LOCALE[lang],
    info: { Title: `${lines.title}: ${c.name}`, Subject: c.programme, Creator: 'Kenshu' },
  });
  const { doc } = pdf;
  const w = doc.page.width;
  const h = doc.page.height;
  doc
    .save()
    .lineWidth(3)
    .strokeColor('#1d4ed8')
    .rect(24, 24, w - 48, h - 48)
    .stroke()
    .restore();
  doc
    .save()
    .lineWidth(0.75)
    .strokeColor('#93a3c8')
    .rect(32, 32, w - 64, h - 64)
    .stroke()
    .restore();
  const x = 80;
  const width = w - 160;
  let y = 78;
  const line = (text: string, size: number, color?: string, gap = 6) => {
    y += pdf.draw(text, { x, y, width, size, align: 'center', color }) + gap;
  };
  line(lines.title, 30, '#1d4ed8', 18);
  line(lines.certifies, 13, '#444444');
  line(lines.name, 28, undefined, 10);
  line(lines.completed, 13, '#444444');
  line(lines.programme, 18, undefined, 16);
  for (const fact of lines.facts) line(fact, 11, '#333333', 2);
  const footY = h - 110;
  pdf.draw(lines.code, { x, y: footY, width, size: 12, align: 'center' });
  pdf.draw(lines.verify, { x, y: footY + 22, width, size: 9, align: 'center', color: '#555555' });
  return pdf.finish();
}
