// The assessments group of `npm run bench` (`--only=assessments`): regrading every submitted attempt of a
// 30-question quiz after a key correction, Kenshu's batch method (AssessmentsService.regradeIn, in a Nest
// application context with the real modules) against a raw mysql2 baseline doing the same work: one SELECT
// of the answers, an in-process scoring loop, and multi-row writes of the changed points and the scores.
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createConnection, type RowDataPacket } from 'mysql2/promise';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { AppConfig, ConfigModule } from '@kenshu/config';
import { DatabaseModule, TransactionService } from '@kenshu/database';
import { AssessmentsModule, AssessmentsService, ENTITIES, orderedUuid } from '@kenshu/domain';
import { OutboxModule } from '@kenshu/queue';
import { compare, type Result } from './harness.js';

export interface AssessmentBench {
  quick: boolean;
  rounds: number;
  env: Record<string, string>;
  databaseUrl: string;
  ds: DataSource;
  log: (line: string) => void;
}

const QUESTIONS = 30;
const KINDS = ['single_choice', 'multiple_choice', 'true_false', 'short_answer', 'numeric'] as const;
type Kind = (typeof KINDS)[number];
const OPTIONS = ['a', 'b', 'c', 'd'];

/** Question k: its kind, and its key in state 0 or 1 (a key correction flips every sixth question). */
function keyOf(k: number, state: number): Record<string, unknown> {
  const flip = k % 6 === 0 ? state : 0;
  switch (KINDS[k % KINDS.length]!) {
    case 'single_choice':
      return { optionIds: [flip ? 'c' : 'b'] };
    case 'multiple_choice':
      return { optionIds: flip ? ['a', 'd'] : ['a', 'c'] };
    case 'true_false':
      return { optionIds: [flip ? 'true' : 'false'] };
    case 'short_answer':
      return { accepted: flip ? ['bottom ash'] : ['fly ash', '飛灰'] };
    case 'numeric':
      return { value: flip ? 900 : 850, tolerance: 5 };
  }
}

/** A plausible answer of trainee `n` to question k (right about two times in three). */
function responseOf(k: number, n: number): Record<string, unknown> {
  const r = (n * 31 + k * 7) % 3;
  switch (KINDS[k % KINDS.length]!) {
    case 'single_choice':
      return { optionIds: [OPTIONS[(r + 1) % 4]] };
    case 'multiple_choice':
      return { optionIds: r === 0 ? ['a'] : ['c', 'a'] };
    case 'true_false':
      return { optionIds: [r === 2 ? 'true' : 'false'] };
    case 'short_answer':
      return { text: r === 0 ? ' Bottom  ash' : 'FLY ASH' };
    case 'numeric':
      return { value: r === 0 ? 899 : 852.5 };
  }
}

/** The fixture: a programme, 30 questions, a quiz, `n` trainees each with one submitted attempt. */
async function fixture(ds: DataSource, n: number) {
  const programmeId = orderedUuid();
  await ds.query(
    `INSERT INTO programme (id, code, title, mode, host_time_zone) VALUES (?, ?, 'Bench regrade', 'online', 'Asia/Tokyo')`,
    [programmeId, `BENCH-ASM-${process.pid}-${Date.now()}`],
  );
  const questions = Array.from({ length: QUESTIONS }, (_, k) => ({ id: orderedUuid(), kind: KINDS[k % 5]! }));
  await ds.query(
    `INSERT INTO assessment_question (id, programme_id, kind, texts, options, answer_key, points) VALUES ?`,
    [
      questions.map((q, k) => [
        q.id,
        programmeId,
        q.kind,
        JSON.stringify({ en: `Question ${k + 1}` }),
        q.kind === 'true_false'
          ? JSON.stringify([
              { id: 'true', texts: { en: 'True' } },
              { id: 'false', texts: { en: 'False' } },
            ])
          : ['single_choice', 'multiple_choice'].includes(q.kind)
            ? JSON.stringify(OPTIONS.map((id) => ({ id, texts: { en: id } })))
            : null,
        JSON.stringify(keyOf(k, 0)),
        1 + (k % 3),
      ]),
    ],
  );
  const assessmentId = orderedUuid();
  await ds.query(
    `INSERT INTO assessment (id, programme_id, kind, title, attempts_allowed, status) VALUES (?, ?, 'quiz', 'Bench quiz', 1, 'published')`,
    [assessmentId, programmeId],
  );
  await ds.query(`INSERT INTO assessment_item (assessment_id, question_id, position) VALUES ?`, [
    questions.map((q, k) => [assessmentId, q.id, k + 1]),
  ]);
  const now = new Date();
  for (let i = 0; i < n; i += 1000) {
    const users = Array.from({ length: Math.min(1000, n - i) }, (_, k) => ({ id: orderedUuid(), n: i + k }));
    await ds.query(`INSERT INTO user (id, email, display_name, locale, time_zone, status) VALUES ?`, [
      users.map((u) => [
        u.id,
        `asm-${process.pid}-${u.n}@bench.example`,
        `Trainee ${u.n}`,
        'en',
        'UTC',
        'active',
      ]),
    ]);
    const attempts = users.map((u) => ({ id: orderedUuid(), user: u }));
    await ds.query(
      `INSERT INTO assessment_attempt (id, assessment_id, user_id, number, status, started_at, submitted_at) VALUES ?`,
      [attempts.map((t) => [t.id, assessmentId, t.user.id, 1, 'submitted', now, now])],
    );
    const answers = attempts.flatMap((t) =>
      questions.map((q, k) => [t.id, q.id, JSON.stringify(responseOf(k, t.user.n))]),
    );
    for (let j = 0; j < answers.length; j += 5000)
      await ds.query(`INSERT INTO assessment_answer (attempt_id, question_id, response) VALUES ?`, [
        answers.slice(j, j + 5000),
      ]);
  }
  return { assessmentId, questions };
}

/** The baseline's scorer: the same rules, written plainly. */
const norm = (s: string) => s.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();
function score(kind: Kind, key: Record<string, unknown>, r: Record<string, unknown> | null): boolean {
  if (!r) return false;
  if (kind === 'short_answer')
    return (
      typeof r.text === 'string' && (key.accepted as string[]).some((a) => norm(a) === norm(r.text as string))
    );
  if (kind === 'numeric')
    return (
      typeof r.value === 'number' &&
      Math.abs(r.value - (key.value as number)) <=
        (key.tolerance as number) + 1e-9 * Math.max(1, Math.abs(key.value as number))
    );
  const want = key.optionIds as string[];
  const got = (r.optionIds as string[] | undefined) ?? [];
  return got.length === want.length && want.every((id) => got.includes(id));
}

@Module({})
class BenchModule {}

export async function assessmentRegrade(b: AssessmentBench): Promise<Result[]> {
  const attempts = b.quick ? 500 : 5000;
  b.log(`assessments: writing ${attempts} submitted attempts of ${QUESTIONS} questions`);
  const { assessmentId, questions } = await fixture(b.ds, attempts);
  let state = 0;
  /** The key correction before each trial: every sixth question's key flips. */
  const correctKeys = async () => {
    state = 1 - state;
    for (let k = 0; k < QUESTIONS; k += 6)
      await b.ds.query(`UPDATE assessment_question SET answer_key = ? WHERE id = ?`, [
        JSON.stringify(keyOf(k, state)),
        questions[k]!.id,
      ]);
  };

  const config = AppConfig.fromEnv({ ...process.env, ...b.env });
  const app = await NestFactory.createApplicationContext(
    {
      module: BenchModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(ENTITIES),
        OutboxModule,
        AssessmentsModule,
      ],
    },
    { logger: ['error', 'warn'] },
  );
  const service = app.get(AssessmentsService);
  const tx = app.get(TransactionService);
  const bare = await createConnection({
    uri: b.databaseUrl,
    timezone: 'Z',
    charset: 'utf8mb4_unicode_ci',
    supportBigNumbers: true,
    bigNumberStrings: true,
  });
  await bare.query('SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED');
  try {
    const result = await compare(
      {
        scenario: `regrade ${attempts.toLocaleString('en-US')} attempts × ${QUESTIONS} questions after a key correction`,
        unit: 'attempts/s',
        rounds: b.rounds,
        goal: 0.5,
        baseline: {
          name: 'mysql2 SELECT + scoring loop + UPDATE',
          run: async () => {
            await correctKeys();
            const t0 = performance.now();
            await bare.beginTransaction();
            const [qs] = await bare.query<RowDataPacket[]>(
              `SELECT q.id, q.kind, q.answer_key, q.points FROM assessment_item i
                 JOIN assessment_question q ON q.id = i.question_id WHERE i.assessment_id = ?`,
              [assessmentId],
            );
            const byId = new Map(
              qs.map((q) => [
                q.id as string,
                { kind: q.kind as Kind, key: JSON.parse(q.answer_key as string), points: Number(q.points) },
              ]),
            );
            const max = [...byId.values()].reduce((s, q) => s + q.points, 0);
            const [rows] = await bare.query<RowDataPacket[]>(
              `SELECT a.attempt_id, a.question_id, a.response, a.auto_points, a.override_points
                 FROM assessment_answer a JOIN assessment_attempt t ON t.id = a.attempt_id
                WHERE t.assessment_id = ? AND t.status = 'submitted'`,
              [assessmentId],
            );
            const changed: unknown[][] = [];
            const totals = new Map<string, number>();
            for (const r of rows) {
              const q = byId.get(r.question_id as string)!;
              const p = score(q.kind, q.key, JSON.parse(r.response as string)) ? q.points : 0;
              if (r.auto_points === null || Number(r.auto_points) !== p)
                changed.push([r.attempt_id, r.question_id, '', p]);
              const awarded = r.override_points === null ? p : Number(r.override_points);
              totals.set(r.attempt_id as string, (totals.get(r.attempt_id as string) ?? 0) + awarded);
            }
            for (let i = 0; i < changed.length; i += 5000)
              await bare.query(
                `INSERT INTO assessment_answer (attempt_id, question_id, response, auto_points) VALUES ?
                 ON DUPLICATE KEY UPDATE auto_points = VALUES(auto_points)`,
                [changed.slice(i, i + 5000)],
              );
            const ids = [...totals.keys()];
            for (let i = 0; i < ids.length; i += 1000) {
              const chunk = ids.slice(i, i + 1000);
              const cases = chunk.map(() => 'WHEN ? THEN ?').join(' ');
              const pairs = chunk.flatMap((id) => [id, totals.get(id)!]);
              const percents = chunk.flatMap((id) => [id, Math.round((totals.get(id)! / max) * 10000) / 100]);
              await bare.query(
                `UPDATE assessment_attempt SET score = CASE id ${cases} END, percent = CASE id ${cases} END,
                        max_score = ? WHERE id IN (?)`,
                [...pairs, ...percents, max, chunk],
              );
            }
            await bare.commit();
            return (totals.size * 1000) / (performance.now() - t0);
          },
        },
        subject: {
          name: 'AssessmentsService.regradeIn',
          run: async () => {
            await correctKeys();
            const t0 = performance.now();
            const n = await tx.run((em) => service.regradeIn(em, assessmentId));
            return (n * 1000) / (performance.now() - t0);
          },
        },
      },
      b.log,
    );
    // Both sides wrote the same grades: the last trial's scores agree with a fresh SQL sum.
    const [check] = (await b.ds.query(
      `SELECT COUNT(*) AS n FROM assessment_attempt t
        WHERE t.assessment_id = ? AND t.score <> (SELECT SUM(COALESCE(override_points, auto_points)) FROM assessment_answer WHERE attempt_id = t.id)`,
      [assessmentId],
    )) as { n: string }[];
    if (Number(check!.n) !== 0) throw new Error(`assessments: ${check!.n} attempts with a wrong score`);
    return [result];
  } finally {
    await bare.end();
    await app.close();
  }
}
