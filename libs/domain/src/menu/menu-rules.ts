import type { FieldProblem } from '../common/domain-error.js';
import { canonicalLocale } from '../common/locale.js';
import { MENU_FORMATS, MENU_TOPICS, type MenuFormat, type MenuTopic } from './menu-item.entity.js';

/**
 * An item's code: an issuer's prefix that starts with a letter, then one to five more parts of letters
 * and digits, dash-separated, at most 40 characters in all (`TMG-3R-101`, `MOEJ-INC-02`). Upper case.
 */
export const MENU_CODE = /^[A-Z][A-Z0-9]{0,11}(-[A-Z0-9]{1,12}){1,5}$/;

export const MAX_DURATION_MIN = 24 * 60;
export const MAX_TITLE = 200;
export const MAX_SUMMARY = 5000;
export const MAX_OUTCOMES = 20;
export const MAX_OUTCOME = 500;
export const MAX_LANGUAGES = 20;
export const MAX_TEXTS = 30;

export interface MenuTextInput {
  title: string;
  summary?: string | null;
  learningOutcomes?: string[];
}

export interface MenuItemTextInput extends MenuTextInput {
  locale: string;
}

export interface MenuItemInput {
  code: string;
  format: MenuFormat;
  defaultDurationMin: number;
  /** The locale the item was written in; `texts` must hold one in it. */
  originalLocale: string;
  topics?: MenuTopic[];
  /** Languages the item can be delivered in; the original locale when left out. */
  languages?: string[];
  texts: MenuItemTextInput[];
}

/** What PATCH changes; texts have their own route, the status too (archive, restore). */
export type MenuItemPatch = Partial<Omit<MenuItemInput, 'texts'>>;

/** A text as stored: trimmed, NFC, outcomes without blanks. */
export interface CleanText {
  title: string;
  summary: string | null;
  learningOutcomes: string[];
}

const clean = (s: string) => s.normalize('NFC').trim();
const LOCALE_REASON = 'must be a BCP 47 language tag such as en, ja-JP or dv';

export function normaliseCode(code: string): string {
  return code.trim().toUpperCase();
}

/** A text's fields checked and cleaned; problems are named under `prefix` (`texts[1].`, or none). */
export function checkText(text: MenuTextInput, prefix: string, problems: FieldProblem[]): CleanText {
  const title = typeof text.title === 'string' ? clean(text.title) : '';
  if (!title) problems.push({ field: `${prefix}title`, reason: 'must not be empty' });
  else if (title.length > MAX_TITLE)
    problems.push({ field: `${prefix}title`, reason: `must be at most ${MAX_TITLE} characters` });
  const summary = typeof text.summary === 'string' ? clean(text.summary) || null : null;
  if (summary && summary.length > MAX_SUMMARY)
    problems.push({ field: `${prefix}summary`, reason: `must be at most ${MAX_SUMMARY} characters` });
  const outcomes = (text.learningOutcomes ?? []).map((o) => (typeof o === 'string' ? clean(o) : ''));
  if (outcomes.length > MAX_OUTCOMES)
    problems.push({ field: `${prefix}learningOutcomes`, reason: `must list at most ${MAX_OUTCOMES}` });
  outcomes.forEach((o, i) => {
    if (!o) problems.push({ field: `${prefix}learningOutcomes[${i}]`, reason: 'must not be empty' });
    else if (o.length > MAX_OUTCOME)
      problems.push({
        field: `${prefix}learningOutcomes[${i}]`,
        reason: `must be at most ${MAX_OUTCOME} characters`,
      });
  });
  return { title, summary, learningOutcomes: outcomes };
}

/**
 * The item's own fields checked and put in their stored spelling (code upper case, locales canonical,
 * topics and languages without repeats); every problem named at once. Only the fields present are
 * checked, so a patch goes through the same rules.
 */
export function checkItemFields<T extends MenuItemPatch>(
  input: T,
  problems: FieldProblem[],
): T & { languages?: string[]; topics?: MenuTopic[] } {
  const out = { ...input };
  if (input.code !== undefined) {
    out.code = typeof input.code === 'string' ? normaliseCode(input.code) : '';
    if (!MENU_CODE.test(out.code) || out.code.length > 40)
      problems.push({
        field: 'code',
        reason:
          'must be a prefix starting with a letter and one to five more parts of letters and digits, dash-separated, at most 40 characters, such as TMG-3R-101',
      });
  }
  if (input.format !== undefined && !MENU_FORMATS.includes(input.format))
    problems.push({ field: 'format', reason: `must be one of ${MENU_FORMATS.join(', ')}` });
  if (input.defaultDurationMin !== undefined) {
    const d = input.defaultDurationMin;
    if (!Number.isInteger(d) || d < 1 || d > MAX_DURATION_MIN)
      problems.push({
        field: 'defaultDurationMin',
        reason: `must be a whole number of minutes from 1 to ${MAX_DURATION_MIN}`,
      });
  }
  if (input.originalLocale !== undefined) {
    const locale = typeof input.originalLocale === 'string' ? canonicalLocale(input.originalLocale) : null;
    if (locale) out.originalLocale = locale;
    else problems.push({ field: 'originalLocale', reason: LOCALE_REASON });
  }
  if (input.topics !== undefined) {
    input.topics.forEach((t, i) => {
      if (!MENU_TOPICS.includes(t))
        problems.push({ field: `topics[${i}]`, reason: `must be one of ${MENU_TOPICS.join(', ')}` });
    });
    out.topics = [...new Set(input.topics)];
  }
  if (input.languages !== undefined) {
    const languages: string[] = [];
    input.languages.forEach((l, i) => {
      const locale = typeof l === 'string' ? canonicalLocale(l) : null;
      if (!locale) problems.push({ field: `languages[${i}]`, reason: LOCALE_REASON });
      else if (!languages.includes(locale)) languages.push(locale);
    });
    if (input.languages.length === 0)
      problems.push({ field: 'languages', reason: 'must name at least one language' });
    if (languages.length > MAX_LANGUAGES)
      problems.push({ field: 'languages', reason: `must name at most ${MAX_LANGUAGES}` });
    out.languages = languages;
  }
  return out;
}

/** The texts of a new item: locales canonical and not repeated, fields checked. */
export function checkTexts(
  texts: MenuItemTextInput[],
  problems: FieldProblem[],
): (CleanText & { locale: string })[] {
  if (texts.length > MAX_TEXTS)
    problems.push({ field: 'texts', reason: `must hold at most ${MAX_TEXTS} translations` });
  const seen = new Set<string>();
  return texts.map((t, i) => {
    const locale = typeof t.locale === 'string' ? canonicalLocale(t.locale) : null;
    if (!locale) problems.push({ field: `texts[${i}].locale`, reason: LOCALE_REASON });
    else if (seen.has(locale.toLowerCase()))
      problems.push({ field: `texts[${i}].locale`, reason: `repeats ${locale}` });
    if (locale) seen.add(locale.toLowerCase());
    return { locale: locale ?? String(t.locale), ...checkText(t, `texts[${i}].`, problems) };
  });
}
