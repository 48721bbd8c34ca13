import type { QuestionKind } from './assessment.entity.js';

/** What a question's key says is right: correct option ids, accepted short answers, or a value ± tolerance. */
export type AnswerKey =
  { optionIds: string[] } | { accepted: string[] } | { value: number; tolerance: number };

/** What a trainee answered: chosen option ids, a short text, or a number. */
export interface Response {
  optionIds?: string[];
  text?: string;
  value?: number;
}

/** The kinds answered by choosing options. */
export const CHOICE_KINDS: readonly QuestionKind[] = ['single_choice', 'multiple_choice', 'true_false'];

/** A true/false question's two options, fixed. */
export const TRUE_FALSE_OPTIONS = ['true', 'false'] as const;

/** Short answers compare as NFKC, trimmed, inner whitespace collapsed, case-insensitive. */
export const normaliseAnswer = (s: string): string =>
  s.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();

/**
 * Whether the response is right. Choices: exactly the key's set (a multiple choice is all or nothing).
 * Numeric: within the absolute tolerance, inclusive, with a hair of slack for binary fractions
 * (0.1 + 0.2 is within 0 of 0.3).
 */
export function isCorrect(kind: QuestionKind, key: AnswerKey, response: Response | null): boolean {
  if (!response) return false;
  switch (kind) {
    case 'single_choice':
    case 'true_false':
    case 'multiple_choice': {
      const want = (key as { optionIds: string[] }).optionIds;
      const got = response.optionIds ?? [];
      if (got.length !== want.length) return false;
      const set = new Set(got);
      return set.size === want.length && want.every((id) => set.has(id));
    }
    case 'short_answer': {
      if (typeof response.text !== 'string') return false;
      const text = normaliseAnswer(response.text);
      return text !== '' && (key as { accepted: string[] }).accepted.some((a) => normaliseAnswer(a) === text);
    }
    case 'numeric': {
      if (typeof response.value !== 'number' || !Number.isFinite(response.value)) return false;
      const { value, tolerance } = key as { value: number; tolerance: number };
      const slack = 1e-9 * Math.max(1, Math.abs(value));
      return Math.abs(response.value - value) <= tolerance + slack;
    }
  }
}

/** The points a response earns: all of the question's, or none. */
export const pointsFor = (kind: QuestionKind, key: AnswerKey, points: number, response: Response | null) =>
  isCorrect(kind, key, response) ? points : 0;

/** Percent of max, two decimals (null when nothing can be scored). */
export const percentOf = (score: number, max: number): number | null =>
  max > 0 ? Math.round((score / max) * 10000) / 100 : null;

/** Normalized gain g = (post − pre) / (100 − pre), on percents; null when pre is 100 or a test is missing. */
export function normalizedGain(pre: number | null, post: number | null): number | null {
  if (pre === null || post === null || pre >= 100) return null;
  return Math.round(((post - pre) / (100 - pre)) * 10000) / 10000;
}

export interface CohortGain {
  /** Trainees with both tests. */
  trainees: number;
  /** Mean of the individual gains (of those that have one). */
  meanIndividualGain: number | null;
  meanPre: number | null;
  meanPost: number | null;
  /** Hake's class-average gain: from the mean pre and mean post of trainees with both tests. */
  classAverageGain: number | null;
}

export function cohortGain(rows: { pre: number | null; post: number | null }[]): CohortGain {
  const both = rows.filter((r) => r.pre !== null && r.post !== null) as { pre: number; post: number }[];
  const gains = both.map((r) => normalizedGain(r.pre, r.post)).filter((g): g is number => g !== null);
  const mean = (xs: number[]) =>
    xs.length === 0 ? null : Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10000) / 10000;
  const meanPre = mean(both.map((r) => r.pre));
  const meanPost = mean(both.map((r) => r.post));
  return {
    trainees: both.length,
    meanIndividualGain: mean(gains),
    meanPre,
    meanPost,
    classAverageGain: normalizedGain(meanPre, meanPost),
  };
}

/**
 * The text of a language map a reader gets: the first entry of their chain that a language matches —
 * exactly, or by base language (`pt-BR` reads `pt`) — else the first language of the map. (The idea of
 * the materials' fallback chain, kept here: features share services, not helpers.)
 */
export function pickText(texts: Record<string, string>, chain: readonly string[]): string {
  const available = Object.keys(texts);
  const base = (tag: string) => tag.toLowerCase().split('-')[0]!;
  for (const wanted of chain) {
    const exact = available.find((a) => a.toLowerCase() === wanted.toLowerCase());
    if (exact) return texts[exact]!;
    const same = available.find((a) => base(a) === base(wanted));
    if (same) return texts[same]!;
  }
  return texts[available[0]!] ?? '';
}

/** The reader's chain: their locale, their own fallbacks, the programme's. */
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
