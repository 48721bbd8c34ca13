import type { EntityManager } from 'typeorm';
import { meanOf, medianOf, npsOf, type NpsView, type SurveyChoice } from './survey-rules.js';
import type { SurveyEntity, SurveyQuestionKind } from './survey.entity.js';
import { SurveyQuestionEntity } from './survey.entity.js';

export interface CountView {
  /** An option id, or a value as a string. */
  key: string;
  count: number;
}

export interface NumericSummary {
  respondents: number;
  distribution: CountView[];
  mean: number | null;
  median: number | null;
}

export interface QuestionResult extends NumericSummary {
  questionId: string;
  position: number;
  kind: SurveyQuestionKind;
  nps: NpsView | null;
  rows: (NumericSummary & { rowId: string })[] | null;
  /** Free-text answers, in alphabetical order (never in the order they came in; never with names). */
  answers: string[] | null;
}

export interface BreakdownGroup {
  group: string | null;
  responses: number;
  hidden: boolean;
  reason: string | null;
  /** Mean per likert/nps question (matrix: per row), when shown. */
  means: { questionId: string; rowId: string | null; mean: number; count: number }[];
}

export interface SurveyResults {
  surveyId: string;
  frozen: boolean;
  computedAt: string;
  anonymous: boolean;
  minGroupSize: number;
  invited: number;
  responses: number;
  hidden: boolean;
  reason: string | null;
  questions: QuestionResult[];
  breakdowns: { country: BreakdownGroup[]; organisation: BreakdownGroup[]; session: BreakdownGroup[] };
}

export const BELOW_MINIMUM = 'below minimum group size';

const parse = <T>(json: string | null): T | null => (json === null ? null : (JSON.parse(json) as T));

/**
 * Aggregates a survey's answers in SQL: one GROUP BY over every counted answer (question × matrix row ×
 * option × value), the respondents of multiple-choice questions, the free texts, and one GROUP BY of
 * the responses' breakdown attributes joined to their numeric answers. Anonymous surveys hide every
 * group below the minimum group size, and everything when the responses are fewer than it.
 */
export async function aggregateSurvey(
  em: EntityManager,
  survey: SurveyEntity,
  now: Date,
  frozen: boolean,
): Promise<SurveyResults> {
  const [counts] = (await em.query(
    `SELECT (SELECT COUNT(*) FROM survey_invitation WHERE survey_id = ?) AS invited,
            (SELECT COUNT(*) FROM survey_response WHERE survey_id = ?) AS responses`,
    [survey.id, survey.id],
  )) as { invited: string; responses: string }[];
  const invited = Number(counts!.invited);
  const responses = Number(counts!.responses);
  const base = {
    surveyId: survey.id,
    frozen,
    computedAt: now.toISOString(),
    anonymous: survey.anonymous,
    minGroupSize: survey.minGroupSize,
    invited,
    responses,
  };
  const empty = { country: [], organisation: [], session: [] };
  if (survey.anonymous && responses < survey.minGroupSize)
    return { ...base, hidden: true, reason: BELOW_MINIMUM, questions: [], breakdowns: empty };

  return {
    ...base,
    hidden: false,
    reason: null,
    questions: await questionResults(em, survey.id),
    breakdowns: await breakdowns(em, survey),
  };
}

/**
 * Per question of a survey: counts, distribution, mean, median (NPS for nps), matrix rows, free texts.
 * No hiding: the caller decides whether they may be shown.
 */
export async function questionResults(em: EntityManager, surveyId: string): Promise<QuestionResult[]> {
  const survey = { id: surveyId };
  const questions = await em.find(SurveyQuestionEntity, {
    where: { surveyId },
    order: { position: 'ASC' },
  });
  const groups = (await em.query(
    `SELECT question_id AS q, row_key AS r, option_id AS o, value_int AS v, COUNT(*) AS n
       FROM survey_answer WHERE survey_id = ?
      GROUP BY question_id, row_key, option_id, value_int`,
    [survey.id],
  )) as { q: string; r: string; o: string; v: number | null; n: string }[];
  const multiple = questions.filter((q) => q.kind === 'multiple_choice').map((q) => q.id);
  const distinct = multiple.length
    ? ((await em.query(
        `SELECT question_id AS q, COUNT(DISTINCT response_id) AS n FROM survey_answer
          WHERE survey_id = ? AND question_id IN (?) GROUP BY question_id`,
        [survey.id, multiple],
      )) as { q: string; n: string }[])
    : [];
  const textual = questions.filter((q) => q.kind === 'text').map((q) => q.id);
  const texts = textual.length
    ? ((await em.query(
        `SELECT question_id AS q, text AS t FROM survey_answer
          WHERE survey_id = ? AND question_id IN (?) AND text IS NOT NULL ORDER BY question_id, text`,
        [survey.id, textual],
      )) as { q: string; t: string }[])
    : [];

  const byQuestion = new Map<string, typeof groups>();
  for (const g of groups) {
    let list = byQuestion.get(g.q);
    if (!list) byQuestion.set(g.q, (list = []));
    list.push(g);
  }
  const numeric = (list: typeof groups, values: number[]): NumericSummary => {
    const dist = new Map<number, number>(values.map((v) => [v, 0]));
    for (const g of list) if (g.v !== null) dist.set(Number(g.v), (dist.get(Number(g.v)) ?? 0) + Number(g.n));
    return {
      respondents: [...dist.values()].reduce((a, b) => a + b, 0),
      distribution: [...dist.entries()].map(([k, count]) => ({ key: String(k), count })),
      mean: meanOf(dist),
      median: medianOf(dist),
    };
  };
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const resultOf = (q: SurveyQuestionEntity): QuestionResult => {
    const list = byQuestion.get(q.id) ?? [];
    const head = {
      questionId: q.id,
      position: q.position,
      kind: q.kind,
      nps: null,
      rows: null,
      answers: null,
    };
    switch (q.kind) {
      case 'likert':
        return { ...head, ...numeric(list, range(1, 5)) };
      case 'nps': {
        const summary = numeric(list, range(0, 10));
        const dist = new Map(summary.distribution.map((d) => [Number(d.key), d.count]));
        return { ...head, ...summary, nps: npsOf(dist) };
      }
      case 'single_choice':
      case 'multiple_choice': {
        const options = parse<SurveyChoice[]>(q.options) ?? [];
        const count = new Map(options.map((o) => [o.id, 0]));
        for (const g of list) if (count.has(g.o)) count.set(g.o, count.get(g.o)! + Number(g.n));
        const respondents =
          q.kind === 'single_choice'
            ? [...count.values()].reduce((a, b) => a + b, 0)
            : Number(distinct.find((d) => d.q === q.id)?.n ?? 0);
        return {
          ...head,
          respondents,
          distribution: [...count.entries()].map(([key, c]) => ({ key, count: c })),
          mean: null,
          median: null,
        };
      }
      case 'text': {
        const answers = texts.filter((t) => t.q === q.id).map((t) => t.t);
        return {
          ...head,
          respondents: answers.length,
          distribution: [],
          mean: null,
          median: null,
          answers,
        };
      }
      case 'matrix': {
        const rows = (parse<SurveyChoice[]>(q.matrixRows) ?? []).map((r) => ({
          rowId: r.id,
          ...numeric(
            list.filter((g) => g.r === r.id),
            range(1, 5),
          ),
        }));
        const all = numeric(list, range(1, 5));
        return { ...head, ...all, respondents: Math.max(0, ...rows.map((r) => r.respondents)), rows };
      }
    }
  };

  return questions.map(resultOf);
}

async function breakdowns(em: EntityManager, survey: SurveyEntity): Promise<SurveyResults['breakdowns']> {
  const people = (await em.query(
    `SELECT country, organisation, session_id AS session, COUNT(*) AS n FROM survey_response
      WHERE survey_id = ? GROUP BY country, organisation, session_id`,
    [survey.id],
  )) as { country: string | null; organisation: string | null; session: string | null; n: string }[];
  const values = (await em.query(
    `SELECT r.country, r.organisation, r.session_id AS session, a.question_id AS q, a.row_key AS rk,
            SUM(a.value_int) AS s, COUNT(*) AS n
       FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
      WHERE a.survey_id = ? AND a.value_int IS NOT NULL
      GROUP BY r.country, r.organisation, r.session_id, a.question_id, a.row_key`,
    [survey.id],
  )) as {
    country: string | null;
    organisation: string | null;
    session: string | null;
    q: string;
    rk: string;
    s: string;
    n: string;
  }[];
  const dimension = (key: 'country' | 'organisation' | 'session'): BreakdownGroup[] => {
    const responses = new Map<string | null, number>();
    for (const p of people) responses.set(p[key], (responses.get(p[key]) ?? 0) + Number(p.n));
    const sums = new Map<string | null, Map<string, { s: number; n: number }>>();
    for (const v of values) {
      let m = sums.get(v[key]);
      if (!m) sums.set(v[key], (m = new Map()));
      const k = `${v.q}\u0000${v.rk}`;
      const acc = m.get(k) ?? { s: 0, n: 0 };
      acc.s += Number(v.s);
      acc.n += Number(v.n);
      m.set(k, acc);
    }
    return [...responses.entries()]
      .sort((a, b) => String(a[0] ?? '').localeCompare(String(b[0] ?? '')))
      .map(([group, n]) => {
        const hidden = survey.anonymous && n < survey.minGroupSize;
        return {
          group,
          responses: hidden ? 0 : n,
          hidden,
          reason: hidden ? BELOW_MINIMUM : null,
          means: hidden
            ? []
            : [...(sums.get(group) ?? new Map<string, { s: number; n: number }>()).entries()].map(
                ([k, acc]) => {
                  const [questionId, rowId] = k.split('\u0000') as [string, string];
                  return {
                    questionId,
                    rowId: rowId === '' ? null : rowId,
                    mean: Math.round((acc.s / acc.n) * 10000) / 10000,
                    count: acc.n,
                  };
                },
              ),
        };
      });
  };
  return {
    country: dimension('country'),
    organisation: dimension('organisation'),
    session: dimension('session'),
  };
}
