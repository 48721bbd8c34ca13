import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { notoCoverage, PdfText, scriptRuns, uncovered, type Coverage } from './pdf-text.js';

/** Faces that cover only their own script (and Latin covers ASCII), to see the choice by script alone. */
const narrow: Coverage = {
  latin: (cp) => cp < 0x0250 || (cp >= 0x1e00 && cp < 0x1f00),
  ja: (cp) => cp < 0x80 || (cp >= 0x3000 && cp < 0xa000) || (cp >= 0xff00 && cp < 0xfff0),
  ko: (cp) => cp < 0x80 || (cp >= 0xac00 && cp < 0xd7b0),
  th: (cp) => cp === 0x20 || (cp >= 0x0e00 && cp < 0x0e80),
};

async function textOf(pdf: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  return pages.join('\n');
}

describe('scriptRuns', () => {
  it.each([
    ['Nguyễn Thị Minh', [['latin', 'Nguyễn Thị Minh']]],
    ['김민준', [['ko', '김민준']]],
    ['สมชาย ใจดี', [['th', 'สมชาย ใจดี']]],
    ['佐藤 花子', [['ja', '佐藤 花子']]],
    ['Aminath Shifaza', [['latin', 'Aminath Shifaza']]],
  ])('sets %s in one face', (text, runs) => {
    expect(scriptRuns(text, narrow).map((r) => [r.font, r.text])).toEqual(runs);
  });

  it('cuts mixed text where the script changes, spaces and punctuation going with the text before, brackets with the text after', () => {
    expect(scriptRuns('訪問者: 김민준 (Seoul), สมชาย ใจดี', narrow).map((r) => [r.font, r.text])).toEqual([
      ['ja', '訪問者: '],
      ['ko', '김민준 '],
      ['latin', '(Seoul), '],
      ['th', 'สมชาย ใจดี'],
    ]);
  });

  it('gives leading punctuation and digits to the run after them', () => {
    expect(scriptRuns('2026年10月6日', narrow).map((r) => r.font)).toEqual(['ja']);
    expect(scriptRuns('(สมชาย)', narrow).map((r) => [r.font, r.text])).toEqual([
      ['latin', '('],
      ['th', 'สมชาย'],
      ['latin', ')'],
    ]);
  });

  it('falls back to a face that has the glyph when the one the script asks for does not', () => {
    // Full-width letters are Latin script; only the Japanese face has them.
    expect(scriptRuns('ＡＢＣ', narrow).map((r) => r.font)).toEqual(['ja']);
  });

  it('keeps a letter and its combining marks together, in NFC', () => {
    const decomposed = 'Nguye\u0302\u0303n';
    expect(scriptRuns(decomposed, narrow)).toEqual([{ font: 'latin', text: 'Nguyễn' }]);
  });

  it('names the characters no face can show', () => {
    expect(uncovered('ދިވެހި Maldives', narrow)).toEqual(['ދ', 'ި', 'ވ', 'ެ', 'ހ']);
  });
});

describe('the Noto faces', () => {
  const names = ['Nguyễn Thị Minh', '김민준', 'สมชาย ใจดี', 'Aminath Shifaza', '林 怡君', 'Mette Sørensen'];

  it('cover the names of the demo trainees and Japanese, with nothing missing', () => {
    const coverage = notoCoverage();
    expect(names.flatMap((n) => uncovered(n, coverage))).toEqual([]);
    expect(uncovered('訪問者名簿・ヘルメット、安全靴', coverage)).toEqual([]);
  });

  it('set every name so that the PDF text reads back as written', async () => {
    const pdf = new PdfText({ lang: 'ja' });
    let y = 48;
    for (const text of ['訪問者名簿', ...names, '佐藤 花子 (Coordinator), 김민준, Nguyễn']) {
      y += pdf.draw(text, { x: 48, y, width: 400, size: 11 });
    }
    const text = await textOf(await pdf.finish());
    for (const name of ['訪問者名簿', ...names]) expect(text).toContain(name);
  });

  it('breaks long text into lines within the width, between words and between kanji', () => {
    const pdf = new PdfText();
    const latin = pdf.lines('Ministry of Climate Change, Environment and Energy', 120, 10);
    expect(latin.length).toBeGreaterThan(1);
    expect(latin.map((l) => l.map((r) => r.text).join(''))[0]).toBe('Ministry of Climate');
    const japanese = pdf.lines('東京二十三区清掃一部事務組合 中防不燃ごみ処理センター', 100, 10);
    expect(japanese.length).toBeGreaterThan(1);
    for (const line of [...latin, ...japanese]) {
      const width = line.reduce((w, r) => w + pdf.doc.font(r.font).fontSize(10).widthOfString(r.text), 0);
      expect(width).toBeLessThanOrEqual(120);
    }
    expect(japanese.slice(1).map((l) => l[0]!.text[0])).not.toContain('、');
  });
});
