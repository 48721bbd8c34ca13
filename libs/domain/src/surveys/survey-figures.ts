import type { SurveyResults } from './survey-results.js';
import type { SurveyLevel, SurveyStatus } from './survey.entity.js';

/** The mean of one Likert question (a matrix: over all its rows), on the 1–5 scale. */
export interface LikertQuestionMean {
  questionId: string;
  position: number;
  kind: 'likert' | 'matrix';
  /** null when nobody answered it. */
  mean: number | null;
  /** Answers counted (a matrix: one per row answered). */
  answers: number;
}

/** A survey's evaluation figures: who was asked and answered, and its Likert means unless hidden. */
export interface SurveyFigures {
  surveyId: string;
  title: string;
  level: SurveyLevel;
  status: Exclude<SurveyStatus, 'draft'>;
  anonymous: boolean;
  minGroupSize: number;
  session: { id: string; title: string; kind: string; startsAt: Date } | null;
  invited: number;
  responded: number;
  /** responded / invited (0–1, 4 places); null when nobody was invited. */
  responseRate: number | null;
  /** An anonymous survey with fewer responses than its minimum group size: counts only, no means. */
  hidden: boolean;
  /** Mean of every 1–5 answer (likert questions and matrix rows); null when hidden or none. */
  likertMean: number | null;
  /** The 1–5 answers the mean is over, and their sum, for pooling (both 0 when hidden). */
  likertAnswers: number;
  likertSum: number;
  /** Per likert or matrix question, by position; empty when hidden. */
  likertQuestions: LikertQuestionMean[];
}

/** The sum and count of one question's 1–5 answers. */
export interface LikertSum {
  questionId: string;
  position: number;
  kind: 'likert' | 'matrix';
  sum: number;
  count: number;
}

const round = (x: number, places = 4) => Math.round(x * 10 ** places) / 10 ** places;

/** responded / invited, 4 places; null when nobody was invited. */
export const responseRate = (responded: number, invited: number): number | null =>
  invited === 0 ? null : round(responded / invited);

/** Whether a survey shows only its counts: anonymous and fewer responses than its minimum group size. */
export const belowMinimum = (s: { anonymous: boolean; minGroupSize: number }, responded: number) =>
  s.anonymous && responded < s.minGroupSize;

/** The Likert sums of a frozen (or live) SurveyResults: its likert questions and matrices, by distribution. */
export function likertSumsOf(results: Pick<SurveyResults, 'questions'>): LikertSum[] {
  return results.questions
    .filter((q) => q.kind === 'likert' || q.kind === 'matrix')
    .map((q) => ({
      questionId: q.questionId,
      position: q.position,
      kind: q.kind as 'likert' | 'matrix',
      sum: q.distribution.reduce((s, d) => s + Number(d.key) * d.count, 0),
      count: q.distribution.reduce((s, d) => s + d.count, 0),
    }));
}

/** The overall and per-question Likert means from sums (questions by position), or nothing when hidden. */
export function likertMeans(
  sums: readonly LikertSum[],
  hidden: boolean,
): Pick<SurveyFigures, 'likertMean' | 'likertAnswers' | 'likertSum' | 'likertQuestions'> {
  const ordered = [...sums].sort((a, b) => a.position - b.position);
  const sum = ordered.reduce((s, q) => s + q.sum, 0);
  const count = ordered.reduce((s, q) => s + q.count, 0);
  return {
    likertMean: hidden || count === 0 ? null : round(sum / count),
    likertAnswers: hidden ? 0 : count,
    likertSum: hidden ? 0 : sum,
    likertQuestions: hidden
      ? []
      : ordered.map((q) => ({
          questionId: q.questionId,
          position: q.position,
          kind: q.kind,
          mean: q.count === 0 ? null : round(q.sum / q.count),
          answers: q.count,
        })),
  };
}

/** Surveys pooled: their responses and the mean of all their 1–5 answers (each answer weighs the same). */
export interface PooledLikert {
  /** Surveys whose figures are shown (not hidden). */
  surveys: number;
  /** Surveys left out because their means are hidden. */
  hiddenSurveys: number;
  /** Responses of the surveys shown. */
  responses: number;
  /** Mean of every 1–5 answer of the surveys shown; null with none. */
  mean: number | null;
}

/**
 * Pools surveys' Likert figures: the mean of all the 1–5 answers of the surveys shown. A hidden survey
 * is left out entirely (counted in hiddenSurveys), so that pooling never reveals what hiding keeps back.
 */
export function pooledLikert(figures: readonly SurveyFigures[]): PooledLikert {
  const shown = figures.filter((f) => !f.hidden);
  const answers = shown.reduce((n, f) => n + f.likertAnswers, 0);
  const sum = shown.reduce((s, f) => s + f.likertSum, 0);
  return {
    surveys: shown.length,
    hiddenSurveys: figures.length - shown.length,
    responses: shown.reduce((n, f) => n + f.responded, 0),
    mean: answers === 0 ? null : round(sum / answers),
  };
}

/** Surveys pooled (see pooledLikert) over all and per session kind ("none": surveys of no session). */
export interface PooledByKind extends PooledLikert {
  byKind: (PooledLikert & { kind: string })[];
}

/** Pools surveys over all and per session kind, kinds in alphabetical order. */
export function pooledByKind(figures: readonly SurveyFigures[]): PooledByKind {
  const kinds = new Map<string, SurveyFigures[]>();
  for (const f of figures) {
    const kind = f.session?.kind ?? 'none';
    kinds.set(kind, [...(kinds.get(kind) ?? []), f]);
  }
  return {
    ...pooledLikert(figures),
    byKind: [...kinds.entries()]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([kind, list]) => ({ kind, ...pooledLikert(list) })),
  };
}
