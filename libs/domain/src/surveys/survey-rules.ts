import type { FieldProblem } from '../common/domain-error.js';
import { canonicalLocale } from '../common/locale.js';
import type { SurveyQuestionKind } from './survey.entity.js';

export type Texts = Record<string, string>;

export interface SurveyChoice {
  id: string;
  texts: Texts;
}

/** A question as written in a template (and copied into a survey). */
export interface SurveyQuestionInput {
  kind: SurveyQuestionKind;
  texts: Texts;
  /** single_choice, multiple_choice: 2 to 20 options. */
  options?: SurveyChoice[] | null;
  /** matrix: 1 to 20 rows, each rated on the likert scale. */
  rows?: SurveyChoice[] | null;
  /** likert, matrix: five labels, for points 1 to 5. */
  scaleLabels?: Texts[] | null;
  /** Default true. */
  required?: boolean;
}

/** One answer as a trainee sends it. */
export interface SurveyAnswerInput {
  questionId: string;
  /** likert (1–5), nps (0–10). */
  value?: number | null;
  /** single_choice (exactly one), multiple_choice (one or more). */
  optionIds?: string[] | null;
  /** text. */
  text?: string | null;
  /** matrix: row id → 1–5. */
  rows?: Record<string, number> | null;
}

/** A narrow answer row, as stored. */
export interface AnswerRow {
  questionId: string;
  rowKey: string;
  optionId: string;
  valueInt: number | null;
  text: string | null;
}

const CHOICE_ID = /^[A-Za-z0-9_-]{1,20}$/;
export const SURVEY_TEXT_MAX_CHARS = 5000;

function checkTexts(texts: unknown, field: string, problems: FieldProblem[]): void {
  if (!texts || typeof texts !== 'object' || Array.isArray(texts) || Object.keys(texts).length === 0) {
    problems.push({ field, reason: 'must map at least one language to a text' });
    return;
  }
  for (const [lang, text] of Object.entries(texts as Record<string, unknown>)) {
    if (canonicalLocale(lang) === null)
      problems.push({ field: `${field}.${lang}`, reason: 'is not a language' });
    else if (typeof text !== 'string' || text.trim() === '' || text.length > 2000)
      problems.push({ field: `${field}.${lang}`, reason: 'must be a text of 1 to 2000 characters' });
  }
}

function checkChoices(
  choices: SurveyChoice[] | null | undefined,
  field: string,
  min: number,
  problems: FieldProblem[],
): void {
  if (!Array.isArray(choices) || choices.length < min || choices.length > 20) {
    problems.push({ field, reason: `must have ${min} to 20 entries` });
    return;
  }
  const seen = new Set<string>();
  choices.forEach((c, i) => {
    if (typeof c?.id !== 'string' || !CHOICE_ID.test(c.id))
      problems.push({ field: `${field}[${i}].id`, reason: 'must be 1 to 20 letters, digits, - or _' });
    else if (seen.has(c.id)) problems.push({ field: `${field}[${i}].id`, reason: 'is used twice' });
    else seen.add(c.id);
    checkTexts(c?.texts, `${field}[${i}].texts`, problems);
  });
}

/** Every problem of a template's questions, fields under `field` (`questions[2].options`). */
export function checkQuestions(questions: SurveyQuestionInput[], field = 'questions'): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (questions.length > 100) problems.push({ field, reason: 'must have at most 100 questions' });
  questions.forEach((q, i) => {
    const at = `${field}[${i}]`;
    checkTexts(q.texts, `${at}.texts`, problems);
    const choice = q.kind === 'single_choice' || q.kind === 'multiple_choice';
    if (choice) checkChoices(q.options, `${at}.options`, 2, problems);
    else if (q.options?.length)
      problems.push({ field: `${at}.options`, reason: `is only for choice questions` });
    if (q.kind === 'matrix') checkChoices(q.rows, `${at}.rows`, 1, problems);
    else if (q.rows?.length) problems.push({ field: `${at}.rows`, reason: 'is only for matrix questions' });
    if (q.kind === 'likert' || q.kind === 'matrix') {
      if (!Array.isArray(q.scaleLabels) || q.scaleLabels.length !== 5)
        problems.push({ field: `${at}.scaleLabels`, reason: 'must have five labels, for points 1 to 5' });
      else q.scaleLabels.forEach((l, j) => checkTexts(l, `${at}.scaleLabels[${j}]`, problems));
    } else if (q.scaleLabels?.length)
      problems.push({ field: `${at}.scaleLabels`, reason: 'is only for likert and matrix questions' });
  });
  return problems;
}

/** A question as the checker needs it. */
export interface CheckedQuestion {
  id: string;
  kind: SurveyQuestionKind;
  required: boolean;
  optionIds: string[];
  rowIds: string[];
}

const isInt = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/**
 * A response's answers checked against the survey's questions, as narrow rows; or every problem, each
 * with its field (`answers[2].optionIds[0]`). Texts are trimmed and NFC; an empty optional answer is left out.
 */
export function answerRows(
  questions: readonly CheckedQuestion[],
  answers: readonly SurveyAnswerInput[],
): { rows: AnswerRow[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const rows: AnswerRow[] = [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  const answered = new Set<string>();
  answers.forEach((a, i) => {
    const at = `answers[${i}]`;
    const q = byId.get(a.questionId);
    if (!q) return problems.push({ field: `${at}.questionId`, reason: 'is not a question of this survey' });
    if (answered.has(q.id)) return problems.push({ field: `${at}.questionId`, reason: 'is answered twice' });
    answered.add(q.id);
    const row = (r: Partial<AnswerRow>) =>
      rows.push({ questionId: q.id, rowKey: '', optionId: '', valueInt: null, text: null, ...r });
    switch (q.kind) {
      case 'likert':
      case 'nps': {
        const max = q.kind === 'likert' ? 5 : 10;
        const min = q.kind === 'likert' ? 1 : 0;
        if (!isInt(a.value, min, max))
          return problems.push({
            field: `${at}.value`,
            reason: `must be a whole number from ${min} to ${max}`,
          });
        return row({ valueInt: a.value });
      }
      case 'single_choice':
      case 'multiple_choice': {
        const ids = a.optionIds ?? [];
        if (q.kind === 'single_choice' ? ids.length !== 1 : ids.length < 1)
          return problems.push({
            field: `${at}.optionIds`,
            reason:
              q.kind === 'single_choice' ? 'must name exactly one option' : 'must name at least one option',
          });
        const seen = new Set<string>();
        ids.forEach((id, j) => {
          if (!q.optionIds.includes(id))
            problems.push({ field: `${at}.optionIds[${j}]`, reason: 'is not an option of this question' });
          else if (seen.has(id)) problems.push({ field: `${at}.optionIds[${j}]`, reason: 'is named twice' });
          else seen.add(id);
        });
        for (const id of seen) row({ optionId: id });
        return;
      }
      case 'text': {
        const text = (a.text ?? '').replace(/\r\n?/g, '\n').normalize('NFC').trim();
        if (text.length > SURVEY_TEXT_MAX_CHARS)
          return problems.push({
            field: `${at}.text`,
            reason: `must be at most ${SURVEY_TEXT_MAX_CHARS} characters`,
          });
        if (text === '') {
          answered.delete(q.id);
          return;
        }
        return row({ text });
      }
      case 'matrix': {
        const given = a.rows ?? {};
        if (typeof given !== 'object' || Array.isArray(given))
          return problems.push({ field: `${at}.rows`, reason: 'must map row ids to 1 to 5' });
        for (const [key, value] of Object.entries(given)) {
          if (!q.rowIds.includes(key))
            problems.push({ field: `${at}.rows.${key}`, reason: 'is not a row of this question' });
          else if (!isInt(value, 1, 5))
            problems.push({ field: `${at}.rows.${key}`, reason: 'must be a whole number from 1 to 5' });
          else row({ rowKey: key, valueInt: value });
        }
        if (q.required)
          for (const key of q.rowIds)
            if (!(key in given)) problems.push({ field: `${at}.rows.${key}`, reason: 'is required' });
        if (Object.keys(given).length === 0) answered.delete(q.id);
        return;
      }
    }
  });
  questions.forEach((q) => {
    if (q.required && !answered.has(q.id))
      problems.push({ field: `answers`, reason: `must answer question ${q.id}` });
  });
  return { rows, problems };
}

// ---- statistics -----------------------------------------------------------------------------------

const round = (x: number, places = 4) => Math.round(x * 10 ** places) / 10 ** places;

/** Mean of a distribution (value → count); null when empty. */
export function meanOf(distribution: ReadonlyMap<number, number>): number | null {
  let n = 0;
  let sum = 0;
  for (const [value, count] of distribution) {
    n += count;
    sum += value * count;
  }
  return n === 0 ? null : round(sum / n);
}

/** Median of a distribution (value → count): the middle value, or the mean of the two middle ones. */
export function medianOf(distribution: ReadonlyMap<number, number>): number | null {
  const values = [...distribution.entries()].filter(([, c]) => c > 0).sort((a, b) => a[0] - b[0]);
  const n = values.reduce((s, [, c]) => s + c, 0);
  if (n === 0) return null;
  const at = (k: number) => {
    let seen = 0;
    for (const [value, count] of values) {
      seen += count;
      if (k < seen) return value;
    }
    return values[values.length - 1]![0];
  };
  return n % 2 === 1 ? at((n - 1) / 2) : round((at(n / 2 - 1) + at(n / 2)) / 2);
}

export interface NpsView {
  promoters: number;
  passives: number;
  detractors: number;
  /** % promoters − % detractors, −100 to 100; null when nobody answered. */
  score: number | null;
}

/** Net Promoter Score of a 0–10 distribution: promoters 9–10, passives 7–8, detractors 0–6. */
export function npsOf(distribution: ReadonlyMap<number, number>): NpsView {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const [value, count] of distribution) {
    if (value >= 9) promoters += count;
    else if (value >= 7) passives += count;
    else detractors += count;
  }
  const n = promoters + passives + detractors;
  return {
    promoters,
    passives,
    detractors,
    score: n === 0 ? null : round(((promoters - detractors) / n) * 100, 1),
  };
}

// ---- languages ------------------------------------------------------------------------------------

/** The reader's chain: their locale, their own fallbacks, the programme's; lower case, no repeats. */
export const readerChain = (
  locale: string,
  ...fallbacks: (string | readonly string[] | null | undefined)[]
): string[] => [
  ...new Set(
    [locale, ...fallbacks.flatMap((f) => (!f ? [] : typeof f === 'string' ? f.split(',') : f))]
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean),
  ),
];

/**
 * The text of a language map a reader gets: the first entry of their chain a language matches — exactly
 * or by base language (`pt-BR` reads `pt`) — else English, else the first language of the map.
 */
export function pickText(texts: Texts, chain: readonly string[]): string {
  const available = Object.keys(texts);
  const base = (tag: string) => tag.toLowerCase().split('-')[0]!;
  for (const wanted of [...chain, 'en']) {
    const exact = available.find((a) => a.toLowerCase() === wanted.toLowerCase());
    if (exact) return texts[exact]!;
    const same = available.find((a) => base(a) === base(wanted));
    if (same) return texts[same]!;
  }
  return texts[available[0]!] ?? '';
}
