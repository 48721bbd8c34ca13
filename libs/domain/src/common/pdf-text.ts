import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create as openFont, type Font } from 'fontkit';
import PDFDocument from 'pdfkit';

/**
 * Text in any of the scripts our people write their names in, for PDFs (the site-visit roster, and
 * certificates): each run of text is set in a Noto Sans face that has its glyphs, chosen by script —
 * Japanese kana and kanji in Noto Sans JP, Hangul in Noto Sans KR, Thai in Noto Sans Thai, Latin (with
 * Vietnamese, Nordic and other diacritics), Greek and Cyrillic in Noto Sans — with the glyph coverage
 * of the faces as the fallback. Punctuation, digits and spaces go with the text around them. The faces
 * are embedded as subsets, so a PDF carries only the glyphs it uses.
 */
export const PDF_FONTS = ['latin', 'ja', 'ko', 'th'] as const;
export type PdfFont = (typeof PDF_FONTS)[number];

/** The .ttf files, from npm packages that ship Google's Noto fonts (SIL Open Font License). */
const FONT_FILES: Record<PdfFont, string> = {
  latin: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  ja: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
  ko: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
  th: '@expo-google-fonts/noto-sans-thai/400Regular/NotoSansThai_400Regular.ttf',
};

/** Whether each face has a glyph for a code point. */
export type Coverage = Record<PdfFont, (codePoint: number) => boolean>;

export interface TextRun {
  text: string;
  font: PdfFont;
}

/** The face a script asks for; scripts not named here are set in `latin`. */
const SCRIPT_FONTS: readonly [RegExp, PdfFont][] = [
  [/\p{Script=Hangul}/u, 'ko'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\p{Script=Bopomofo}]/u, 'ja'],
  [/\p{Script=Thai}/u, 'th'],
];
/** Spaces, digits, punctuation and combining marks: they belong to no script of their own. */
const NEUTRAL = /^[\p{Script=Common}\p{Script=Inherited}]+$/u;
const SPACE = /^\s+$/u;
/** Opening brackets and quotes: they belong with the text after them. */
const OPENING = /^[\p{Ps}\p{Pi}]/u;
/** Where a line may break between two characters without a space (kana and kanji). */
const CJK = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
/** Japanese line-breaking rules (kinsoku): never at the start of a line. */
const NO_LINE_START =
  /^[、。，．・：；？！）」』】〕〉》ー〜ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ…‥,.)\]}]/u;

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });
const clustersOf = (text: string) => Array.from(graphemes.segment(text), (s) => s.segment);

function preferredFont(cluster: string): PdfFont | null {
  if (NEUTRAL.test(cluster)) return null;
  for (const [script, font] of SCRIPT_FONTS) if (script.test(cluster)) return font;
  return 'latin';
}

/**
 * The text (NFC) cut into runs, each with the face to set it in: by script, then by which face has the
 * glyphs. Neutral characters join the run before them (opening brackets and quotes, and anything at
 * the start, the run after them) when its face has them. A character no face covers stays with the face its script asks for (it shows as a missing
 * glyph; see `uncovered`).
 */
export function scriptRuns(text: string, coverage: Coverage): TextRun[] {
  const clusters = clustersOf(text.normalize('NFC'));
  const covers = (font: PdfFont, cluster: string) =>
    Array.from(cluster).every((ch) => coverage[font](ch.codePointAt(0)!));
  const pick = (want: PdfFont, cluster: string): PdfFont =>
    covers(want, cluster) ? want : (PDF_FONTS.find((f) => covers(f, cluster)) ?? want);

  const wanted = clusters.map((c) => {
    const font = preferredFont(c);
    return font === null ? null : pick(font, c);
  });
  const fonts: PdfFont[] = [];
  clusters.forEach((cluster, i) => {
    const own = wanted[i];
    if (own) return void fonts.push(own);
    const after = () => wanted.slice(i + 1).find((f) => f !== null);
    const around = (OPENING.test(cluster) ? after() : fonts[i - 1]) ?? after() ?? fonts[i - 1] ?? 'latin';
    fonts.push(covers(around, cluster) ? around : pick('latin', cluster));
  });

  const runs: TextRun[] = [];
  clusters.forEach((cluster, i) => {
    const last = runs.at(-1);
    if (last && last.font === fonts[i]) last.text += cluster;
    else runs.push({ text: cluster, font: fonts[i]! });
  });
  return runs;
}

/** The characters of the text that none of the faces can show. */
export function uncovered(text: string, coverage: Coverage): string[] {
  const missing = Array.from(text.normalize('NFC')).filter(
    (ch) => !SPACE.test(ch) && !PDF_FONTS.some((f) => coverage[f](ch.codePointAt(0)!)),
  );
  return [...new Set(missing)];
}

/** The faces, read and parsed once per process (the Japanese and Korean ones are about 6 MB each). */
let loaded: Record<PdfFont, Font> | undefined;

function faces(): Record<PdfFont, Font> {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    const open = (font: PdfFont) => openFont(readFileSync(require.resolve(FONT_FILES[font]))) as Font;
    loaded = { latin: open('latin'), ja: open('ja'), ko: open('ko'), th: open('th') };
  }
  return loaded;
}

/** What the embedded faces cover. */
export function notoCoverage(): Coverage {
  const f = faces();
  const has = (font: Font) => (cp: number) => font.hasGlyphForCodePoint(cp);
  return { latin: has(f.latin), ja: has(f.ja), ko: has(f.ko), th: has(f.th) };
}

export interface TextBox {
  x: number;
  y: number;
  width: number;
  /** Points. */
  size: number;
  align?: 'left' | 'center' | 'right';
  color?: string;
}

/** One unbreakable piece of a line: runs of one or more faces, with its width. */
interface Token {
  runs: TextRun[];
  width: number;
  space: boolean;
}

/** Line height as a multiple of the size: room for the tall ascenders and descenders of the CJK faces. */
export const LINE_HEIGHT = 1.45;
/** Where the baseline sits below the top of a line, as a multiple of the size. */
const BASELINE = 1.12;

/**
 * A PDF document (pdfkit) that sets text in mixed scripts: `draw` breaks it into lines of at most a
 * width (after spaces, between kana and kanji, inside a word only when it alone is too wide) and sets
 * each run in its face on a common baseline. `height` measures the same without drawing.
 */
export class PdfText {
  readonly doc: PDFKit.PDFDocument;
  private readonly coverage: Coverage;
  /** Measuring is most of the work (a table measures every cell, then draws it): each text once. */
  private readonly widths = new Map<string, number>();
  private readonly laidOut = new Map<string, TextRun[][]>();

  constructor(options: PDFKit.PDFDocumentOptions = {}) {
    this.doc = new PDFDocument({ size: 'A4', margin: 48, bufferPages: true, ...options });
    const f = faces();
    for (const font of PDF_FONTS) this.doc.registerFont(font, f[font] as unknown as Uint8Array);
    this.coverage = notoCoverage();
    this.doc.font('latin');
  }

  /** The PDF, once everything is drawn. */
  finish(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    return new Promise((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
      this.doc.end();
    });
  }

  runs(text: string): TextRun[] {
    return scriptRuns(text, this.coverage);
  }

  /** Height of the text set in `width` at `size`. */
  height(text: string, width: number, size: number): number {
    return this.lines(text, width, size).length * size * LINE_HEIGHT;
  }

  /** Sets the text in the box, line by line, and returns the height it took. */
  draw(text: string, box: TextBox): number {
    const lines = this.lines(text, box.width, box.size);
    const { doc } = this;
    doc.save();
    if (box.color) doc.fillColor(box.color);
    lines.forEach((line, i) => {
      const width = line.reduce((sum, r) => sum + this.widthOf(r, box.size), 0);
      let x =
        box.align === 'right'
          ? box.x + box.width - width
          : box.align === 'center'
            ? box.x + (box.width - width) / 2
            : box.x;
      const baseline = box.y + i * box.size * LINE_HEIGHT + box.size * BASELINE;
      for (const run of line) {
        doc.font(run.font).fontSize(box.size);
        doc.text(run.text, x, baseline, { lineBreak: false, baseline: 'alphabetic', ...shaping(run.font) });
        x += this.widthOf(run, box.size);
      }
    });
    doc.restore();
    return lines.length * box.size * LINE_HEIGHT;
  }

  /** The text in lines of at most `width` points, each line as runs. */
  lines(text: string, width: number, size: number): TextRun[][] {
    const key = `${width}|${size}|${text}`;
    const known = this.laidOut.get(key);
    if (known) return known;
    const out: TextRun[][] = [];
    for (const paragraph of text.normalize('NFC').split(/\r?\n/)) {
      let line: Token[] = [];
      let used = 0;
      const flush = () => {
        while (line.at(-1)?.space) line.pop();
        out.push(merge(line.flatMap((t) => t.runs)));
        line = [];
        used = 0;
      };
      for (const token of this.tokens(paragraph, size)) {
        if (line.length === 0 && token.space) continue;
        if (used + token.width <= width) {
          line.push(token);
          used += token.width;
          continue;
        }
        if (line.length > 0) flush();
        if (token.space) continue;
        if (token.width <= width) {
          line.push(token);
          used = token.width;
          continue;
        }
        // A word wider than the line: cut it between characters.
        for (const piece of this.clusterTokens(token, size)) {
          if (used + piece.width > width && line.length > 0) flush();
          line.push(piece);
          used += piece.width;
        }
      }
      flush();
    }
    this.laidOut.set(key, out);
    return out;
  }

  private widthOf(run: TextRun, size: number): number {
    const key = `${run.font}|${size}|${run.text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      this.doc.font(run.font).fontSize(size);
      width = this.doc.widthOfString(run.text, { ...shaping(run.font) });
      this.widths.set(key, width);
    }
    return width;
  }

  private token(runs: TextRun[], size: number): Token {
    const merged = merge(runs);
    return {
      runs: merged,
      width: merged.reduce((sum, r) => sum + this.widthOf(r, size), 0),
      space: merged.every((r) => SPACE.test(r.text)),
    };
  }

  /** Break opportunities: after spaces, and around kana and kanji (not before closing marks). */
  private tokens(paragraph: string, size: number): Token[] {
    const clusters = this.runs(paragraph).flatMap((run) =>
      clustersOf(run.text).map((text) => ({ text, font: run.font })),
    );
    const tokens: Token[] = [];
    let current: TextRun[] = [];
    clusters.forEach((c, i) => {
      const next = clusters[i + 1];
      const isSpace = SPACE.test(c.text);
      if (isSpace && current.length > 0) {
        tokens.push(this.token(current, size));
        current = [];
      }
      current.push(c);
      const breakAfter =
        isSpace ||
        (next !== undefined &&
          !SPACE.test(next.text) &&
          (CJK.test(c.text) || CJK.test(next.text)) &&
          !NO_LINE_START.test(next.text));
      if (breakAfter || next === undefined) {
        tokens.push(this.token(current, size));
        current = [];
      }
    });
    return tokens;
  }

  private clusterTokens(token: Token, size: number): Token[] {
    return token.runs.flatMap((run) =>
      clustersOf(run.text).map((text) => this.token([{ text, font: run.font }], size)),
    );
  }
}

function merge(runs: TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const r of runs) {
    const last = out.at(-1);
    if (last && last.font === r.font) last.text += r.text;
    else out.push({ ...r });
  }
  return out;
}

/**
 * OpenType features per face. Noto Sans decomposes some precomposed letters (ị → i + dot below) through
 * `ccmp`, and pdfkit then maps the bare `i` back to "ị" for every later `i` of the document when text is
 * copied or extracted; text is NFC and the face has the precomposed glyphs, so Latin runs go without it.
 * A fresh object each time: fontkit adds its defaults to the one it is given.
 */
function shaping(font: PdfFont): { features?: PDFKit.Mixins.OpenTypeFeatures[] } {
  return font === 'latin' ? { features: { ccmp: false } as unknown as PDFKit.Mixins.OpenTypeFeatures[] } : {};
}
