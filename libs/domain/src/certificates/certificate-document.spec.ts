import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import {
  certificateLines,
  certificatePdf,
  chooseCertificateLanguage,
  formatCertificateDate,
  type CertificateContent,
} from './certificate-document.js';

async function read(pdf: Buffer): Promise<{ text: string; pages: number; width: number; height: number }> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const page = await doc.getPage(1);
  const content = await page.getTextContent();
  const [, , width, height] = page.view as [number, number, number, number];
  return {
    text: content.items.map((item) => ('str' in item ? item.str : '')).join(''),
    pages: doc.numPages,
    width,
    height,
  };
}

const content = (name: string): CertificateContent => ({
  name,
  programme: 'Training for overseas officials: municipal solid waste management',
  hostOrganisation: 'Tokyo Metropolitan Government, Bureau of Environment',
  funder: 'Ministry of the Environment, Japan',
  startsOn: '2027-02-01',
  endsOn: '2027-09-30',
  completedOn: '2027-09-30',
  code: 'K7QF2M9XHD4P',
  verifyUrl: 'https://kenshu.example/verify/K7QF-2M9X-HD4P',
});

describe('the certificate PDF', () => {
  it.each([
    ['Japanese', '佐藤 花子', 'ja', '修了証書'],
    ['Korean', '김민준', 'ko', '수료증'],
    ['Thai', 'สมชาย ใจดี', 'th', 'ประกาศนียบัตร'],
    ['Vietnamese', 'Nguyễn Thị Minh', 'en', 'Certificate of Completion'],
  ] as const)(
    'reads back, through a PDF reader, a %s name in its own script, the title and the code',
    async (_script, name, lang, title) => {
      const pdf = await certificatePdf(content(name), lang);
      const { text, pages, width, height } = await read(pdf);
      expect(pages).toBe(1);
      expect(width).toBeGreaterThan(height); // A4 landscape
      expect(Math.round(width)).toBe(842);
      expect(text).toContain(name);
      expect(text).toContain(title);
      expect(text).toContain('K7QF-2M9X-HD4P');
      expect(text).toContain('https://kenshu.example/verify/K7QF-2M9X-HD4P');
    },
  );

  it('prints a Korean name on an English certificate (the language follows the locale, the name its script)', async () => {
    const { text } = await read(await certificatePdf(content('김민준'), 'en'));
    expect(text).toContain('김민준');
    expect(text).toContain('This is to certify that');
    expect(text).toContain('Programme dates: 1 February 2027 – 30 September 2027');
  });
});

describe('certificateLines', () => {
  it('writes the dates as each language does, the Thai in the Buddhist era', () => {
    expect(formatCertificateDate('2027-03-05', 'en')).toBe('5 March 2027');
    expect(formatCertificateDate('2027-03-05', 'ja')).toBe('2027年3月5日');
    expect(formatCertificateDate('2027-03-05', 'ko')).toBe('2027년 3월 5일');
    expect(formatCertificateDate('2027-03-05', 'th')).toContain('2570');
  });

  it('leaves out a funder that is the host, and dates that are unknown', () => {
    const lines = certificateLines(
      { ...content('A'), funder: 'Tokyo Metropolitan Government, Bureau of Environment', startsOn: null },
      'ja',
    );
    expect(lines.facts).toEqual([
      '実施機関：Tokyo Metropolitan Government, Bureau of Environment',
      '修了日：2027年9月30日',
    ]);
  });
});

describe('chooseCertificateLanguage', () => {
  it.each([
    ['ja-JP', [], 'ja'],
    ['ko', [], 'ko'],
    ['th-TH', [], 'th'],
    ['vi', [], 'en'],
    ['km-KH', ['km', 'ja'], 'ja'],
    ['en-IN', ['ja'], 'en'],
  ] as const)('prints for %s with fallbacks %j in %s', (locale, fallbacks, lang) => {
    expect(chooseCertificateLanguage(locale, fallbacks)).toBe(lang);
  });
});
