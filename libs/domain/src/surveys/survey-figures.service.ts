import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  belowMinimum,
  likertMeans,
  likertSumsOf,
  pooledByKind,
  responseRate,
  type LikertSum,
  type PooledByKind,
  type SurveyFigures,
} from './survey-figures.js';
import type { SurveyResults } from './survey-results.js';
import type { SurveyLevel, SurveyStatus } from './survey.entity.js';

export type { PooledByKind, SurveyFigures };

interface SurveyRow {
  id: string;
  title: string;
  level: SurveyLevel;
  status: Exclude<SurveyStatus, 'draft'>;
  anonymous: number | string;
  minGroupSize: number;
  results: string | null;
  sessionId: string | null;
  sessionTitle: string | null;
  sessionKind: string | null;
  startsAt: Date | null;
}

/**
 * A programme's evaluation figures, survey by survey, for its dashboard, funder report and exports (the
 * caller checks who may see them). A closed survey's figures are its frozen results (what its results
 * page shows; nobody can answer or be invited once it is closed); an open one's are aggregated live, in
 * two grouped queries for all of the programme's open surveys. Drafts have no figures.
 */
@Injectable()
export class SurveyFiguresService {
  async ofProgramme(em: EntityManager, programmeId: string): Promise<SurveyFigures[]> {
    const surveys = (await em.query(
      `SELECT s.id, s.title, s.level, s.status, s.anonymous, s.min_group_size AS minGroupSize,
              CASE WHEN s.status = 'closed' THEN s.results END AS results,
              s.session_id AS sessionId, se.title AS sessionTitle, se.kind AS sessionKind, se.starts_at AS startsAt
         FROM survey s LEFT JOIN session se ON se.id = s.session_id
        WHERE s.programme_id = ? AND s.status <> 'draft'
        ORDER BY se.starts_at IS NULL, se.starts_at, s.created_at, s.id`,
      [programmeId],
    )) as SurveyRow[];
    const live = surveys.filter((s) => s.results === null).map((s) => s.id);
    const counts = new Map<string, { invited: number; responded: number }>();
    const sums = new Map<string, LikertSum[]>();
    if (live.length) {
      const rows = (await em.query(
        `SELECT s.id,
                (SELECT COUNT(*) FROM survey_invitation i WHERE i.survey_id = s.id) AS invited,
                (SELECT COUNT(*) FROM survey_response r WHERE r.survey_id = s.id) AS responded
           FROM survey s WHERE s.id IN (?)`,
        [live],
      )) as { id: string; invited: string; responded: string }[];
      for (const r of rows) counts.set(r.id, { invited: Number(r.invited), responded: Number(r.responded) });
      // Every likert/matrix question, answered or not: a LEFT JOIN, so that one nobody answered has a null mean.
      const grouped = (await em.query(
        `SELECT q.survey_id AS surveyId, q.id AS questionId, q.position, q.kind,
                COALESCE(SUM(a.value_int), 0) AS total, COUNT(a.value_int) AS n
           FROM survey_question q
           LEFT JOIN survey_answer a ON a.survey_id = q.survey_id AND a.question_id = q.id
          WHERE q.survey_id IN (?) AND q.kind IN ('likert', 'matrix')
          GROUP BY q.survey_id, q.id, q.position, q.kind`,
        [live],
      )) as {
        surveyId: string;
        questionId: string;
        position: number;
        kind: 'likert' | 'matrix';
        total: string;
        n: string;
      }[];
      for (const g of grouped) {
        const list = sums.get(g.surveyId) ?? [];
        list.push({
          questionId: g.questionId,
          position: Number(g.position),
          kind: g.kind,
          sum: Number(g.total),
          count: Number(g.n),
        });
        sums.set(g.surveyId, list);
      }
    }
    return surveys.map((s) => {
      const frozen = s.results === null ? null : (JSON.parse(s.results) as SurveyResults);
      const { invited, responded } = frozen
        ? { invited: frozen.invited, responded: frozen.responses }
        : counts.get(s.id)!;
      const survey = { anonymous: Number(s.anonymous) === 1, minGroupSize: Number(s.minGroupSize) };
      const hidden = belowMinimum(survey, responded);
      return {
        surveyId: s.id,
        title: s.title,
        level: s.level,
        status: s.status,
        ...survey,
        session:
          s.sessionId && s.sessionTitle !== null
            ? {
                id: s.sessionId,
                title: s.sessionTitle,
                kind: s.sessionKind!,
                startsAt: new Date(s.startsAt!),
              }
            : null,
        invited,
        responded,
        responseRate: responseRate(responded, invited),
        hidden,
        ...likertMeans(frozen ? likertSumsOf(frozen) : (sums.get(s.id) ?? []), hidden),
      };
    });
  }

  /** Surveys' figures pooled over all and per session kind, hidden surveys left out (see pooledLikert). */
  pooledByKind(figures: readonly SurveyFigures[]): PooledByKind {
    return pooledByKind(figures);
  }
}
