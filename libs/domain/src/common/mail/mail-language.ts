import { languageOf } from '../locale.js';

/** The languages Kenshu's emails are written in. Every template gives every one of them. */
export const MAIL_LANGUAGES = ['en', 'ja'] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

/** How each language writes dates and numbers (British English: day before month, 24-hour clock). */
const INTL_LOCALE: Record<MailLanguage, string> = { en: 'en-GB', ja: 'ja-JP' };

const written = (tag: string): MailLanguage | undefined =>
  MAIL_LANGUAGES.find((lang) => lang === tag.trim().toLowerCase());

/**
 * The language to write to someone in: their locale as written (`ja-JP`), then its language (`ja`),
 * then each language of their fallback chain in order (a Khmer trainee may read `['km', 'en']`), then
 * English, which every template has.
 */
export function chooseMailLanguage(locale: string, fallbackLanguages: readonly string[] = []): MailLanguage {
  for (const tag of [locale, ...fallbackLanguages]) {
    const lang = written(tag) ?? written(languageOf(tag));
    if (lang) return lang;
  }
  return 'en';
}

/**
 * Building an Intl formatter costs far more than using one (it loads locale and zone data); a worker
 * writing thousands of emails reuses them. Keys are language, zone and options: a few hundred at most.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}

/** An instant in the recipient's own zone, named, beside its offset: "23 November 2026 at 20:00 GMT+9 (Asia/Tokyo)". */
export function formatInstant(at: Date, lang: MailLanguage, timeZone: string): string {
  const format = cached(
    `instant ${lang} ${timeZone}`,
    () =>
      new Intl.DateTimeFormat(INTL_LOCALE[lang], {
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZone,
        timeZoneName: 'short',
      }),
  );
  return `${format.format(at)} (${timeZone})`;
}

const SIZE_UNITS = ['kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/**
 * A file size as people read it, in decimal units like file managers and browsers show them:
 * "2.4 MB", "830 kB", "512 bytes"; digits and separators as the language writes them.
 */
export function formatSize(bytes: number, lang: MailLanguage): string {
  if (bytes < 1000) {
    return cached(
      `bytes ${lang}`,
      () => new Intl.NumberFormat(INTL_LOCALE[lang], { style: 'unit', unit: 'byte', unitDisplay: 'long' }),
    ).format(bytes);
  }
  let value = bytes / 1000;
  let unit = 0;
  // Sizes of 10 and more are shown whole: 999,600 bytes read "1 MB", not "1,000 kB".
  while (unit < SIZE_UNITS.length - 1 && value >= 999.5) {
    value /= 1000;
    unit++;
  }
  const digits = value < 10 ? 1 : 0;
  return cached(
    `size ${lang} ${unit} ${digits}`,
    () =>
      new Intl.NumberFormat(INTL_LOCALE[lang], {
        style: 'unit',
        unit: SIZE_UNITS[unit],
        unitDisplay: 'short',
        maximumFractionDigits: digits,
      }),
  ).format(value);
}
