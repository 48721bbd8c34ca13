// The surveys group of `npm run bench` (`--only=surveys`): aggregating 100,000 responses to a 20-question
// survey (likert, NPS, single and multiple choice; about 2.2 million narrow answer rows). Kenshu's
// aggregation (SurveysService, in a Nest application context with the real modules) against ONE raw SQL
// GROUP BY over the same rows (counts per question × option × value) on a bare mysql2 connection. The two
// are checked to count the same before timing. A second row times the whole results (with the breakdowns
// by country, organisation and session, which join every numeric answer to its response): it informs.
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createConnection, type RowDataPacket } from 'mysql2/promise';
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AppConfig, ConfigModule } from '@kenshu/config';
import { DatabaseModule, TransactionService } from '@kenshu/database';
import { ENTITIES, orderedUuid, SurveyEntity, SurveysModule, SurveysService } from '@kenshu/domain';
import { MailModule } from '@kenshu/mail';
import { OutboxModule } from '@kenshu/queue';
import { compare, type Result } from './harness.js';

export interface SurveyBench {
  quick: boolean;
  rounds: number;
  env: Record<string, string>;
  databaseUrl: string;
  ds: DataSource;
  log: (line: string) => void;
}

const KINDS = [
  ...Array<string>(8).fill('likert'),
  ...Array<string>(4).fill('nps'),
  ...Array<string>(4).fill('single_choice'),
  ...Array<string>(4).fill('multiple_choice'),
];
const OPTIONS = ['a', 'b', 'c', 'd'];
const COUNTRIES = ['JP', 'MV', 'TW', 'KR', 'DK', 'VN', 'TH', 'IN', 'KI', 'US'];
const SCALE = Array.from({ length: 5 }, (_, i) => ({ en: `${i + 1}` }));

/** The fixture: a programme, a closed-to-nobody open survey of 20 questions, `n` anonymous responses. */
async function fixture(ds: DataSource, n: number) {
  const programmeId = orderedUuid();
  await ds.query(
    `INSERT INTO programme (id, code, title, mode, host_time_zone) VALUES (?, ?, 'Bench surveys', 'online', 'Asia/Tokyo')`,
    [programmeId, `BENCH-SRV-${process.pid}-${Date.now()}`],
  );
  const surveyId = orderedUuid();
  await ds.query(
    `INSERT INTO survey (id, programme_id, title, level, anonymous, opens_at, closes_at, min_group_size, status)
     VALUES (?, ?, 'Bench survey', 'L1', 1, '2026-01-01', '2099-01-01', 5, 'open')`,
    [surveyId, programmeId],
  );
  const questions = KINDS.map((kind, k) => ({ id: orderedUuid(), kind, k }));
  await ds.query(
    `INSERT INTO survey_question (id, survey_id, position, kind, texts, options, scale_labels) VALUES ?`,
    [
      questions.map((q) => [
        q.id,
        surveyId,
        q.k + 1,
        q.kind,
        JSON.stringify({ en: `Question ${q.k + 1}` }),
        q.kind.endsWith('_choice') ? JSON.stringify(OPTIONS.map((id) => ({ id, texts: { en: id } }))) : null,
        q.kind === 'likert' ? JSON.stringify(SCALE) : null,
      ]),
    ],
  );
  for (let i = 0; i < n; i += 2000) {
    const responses = Array.from({ length: Math.min(2000, n - i) }, (_, j) => ({
      id: randomUUID(),
      n: i + j,
    }));
    await ds.query(
      `INSERT INTO survey_response (id, survey_id, answered_on, country, organisation) VALUES ?`,
      [responses.map((r) => [r.id, surveyId, '2026-12-01', COUNTRIES[r.n % 10], `Organisation ${r.n % 37}`])],
    );
    const rows: unknown[][] = [];
    for (const r of responses)
      for (const q of questions) {
        const h = (r.n * 31 + q.k * 17) % 97;
        if (q.kind === 'likert') rows.push([r.id, q.id, '', '', surveyId, 1 + (h % 5)]);
        else if (q.kind === 'nps') rows.push([r.id, q.id, '', '', surveyId, h % 11]);
        else if (q.kind === 'single_choice') rows.push([r.id, q.id, '', OPTIONS[h % 4], surveyId, null]);
        else {
          rows.push([r.id, q.id, '', OPTIONS[h % 4], surveyId, null]);
          if (h % 2) rows.push([r.id, q.id, '', OPTIONS[(h + 1) % 4], surveyId, null]);
        }
      }
    for (let j = 0; j < rows.length; j += 5000)
      await ds.query(
        `INSERT INTO survey_answer (response_id, question_id, row_key, option_id, survey_id, value_int) VALUES ?`,
        [rows.slice(j, j + 5000)],
      );
  }
  return { surveyId };
}

@Module({})
class BenchModule {}

export async function surveyAggregation(b: SurveyBench): Promise<Result[]> {
  const responses = b.quick ? 2000 : 100_000;
  b.log(`surveys: writing ${responses} responses to ${KINDS.length} questions`);
  const { surveyId } = await fixture(b.ds, responses);
  await b.ds.query('ANALYZE TABLE survey_answer, survey_response');

  const config = AppConfig.fromEnv({ ...process.env, ...b.env });
  const app = await NestFactory.createApplicationContext(
    {
      module: BenchModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(ENTITIES),
        OutboxModule,
        MailModule,
        SurveysModule,
      ],
    },
    { logger: ['error', 'warn'] },
  );
  const service = app.get(SurveysService);
  const tx = app.get(TransactionService);
  const bare = await createConnection({
    uri: b.databaseUrl,
    timezone: 'Z',
    charset: 'utf8mb4_unicode_ci',
    supportBigNumbers: true,
    bigNumberStrings: true,
  });
  const raw = async () =>
    (
      await bare.query<RowDataPacket[]>(
        `SELECT question_id, option_id, value_int, COUNT(*) AS n FROM survey_answer
          WHERE survey_id = ? GROUP BY question_id, option_id, value_int`,
        [surveyId],
      )
    )[0];
  try {
    // Both count the same: every (question, option or value) count of the raw GROUP BY, and no other.
    const expected = new Map<string, number>();
    for (const r of await raw())
      expected.set(`${r.question_id}/${r.option_id || String(r.value_int)}`, Number(r.n));
    const got = new Map<string, number>();
    for (const q of await service.questionResults(tx.manager, surveyId))
      for (const d of q.distribution) if (d.count > 0) got.set(`${q.questionId}/${d.key}`, d.count);
    const differ = [...new Set([...expected.keys(), ...got.keys()])].filter(
      (k) => expected.get(k) !== got.get(k),
    );
    if (differ.length)
      throw new Error(`surveys: Kenshu and the raw GROUP BY differ at ${differ.slice(0, 3).join(', ')}`);
    const survey = await tx.manager.findOneByOrFail(SurveyEntity, { id: surveyId });
    const full = await service.aggregate(tx.manager, survey, new Date(), false);
    if (full.responses !== responses || full.hidden)
      throw new Error('surveys: the full results do not count');

    const baseline = {
      name: 'mysql2: one GROUP BY question × option × value',
      run: async () => {
        const t0 = performance.now();
        await raw();
        return (responses * 1000) / (performance.now() - t0);
      },
    };
    const perQuestion = await compare(
      {
        scenario: `aggregate ${responses.toLocaleString('en-US')} responses × ${KINDS.length} questions (per question)`,
        unit: 'responses/s',
        rounds: b.rounds,
        goal: 1 / 1.5,
        baseline,
        subject: {
          name: 'SurveysService.questionResults',
          run: async () => {
            const t0 = performance.now();
            await service.questionResults(tx.manager, surveyId);
            return (responses * 1000) / (performance.now() - t0);
          },
        },
      },
      b.log,
    );
    const whole = await compare(
      {
        scenario: `aggregate ${responses.toLocaleString('en-US')} responses × ${KINDS.length} questions (with breakdowns)`,
        unit: 'responses/s',
        rounds: b.rounds,
        baseline,
        subject: {
          name: 'SurveysService.aggregate',
          run: async () => {
            const t0 = performance.now();
            await service.aggregate(tx.manager, survey, new Date(), false);
            return (responses * 1000) / (performance.now() - t0);
          },
        },
      },
      b.log,
    );
    return [perQuestion, whole];
  } finally {
    await bare.end();
    await app.close();
  }
}
