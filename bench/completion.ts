// The completion group of `npm run bench` (`--only=completion`): evaluating every trainee of a programme
// against all three rules (attendance share, post-test pass mark, report stages accepted) through
// CompletionService.evaluateProgramme — in a Nest application context with the real modules, the path the
// completion page, the job and the sweep share — against one raw mysql2 aggregation of the attendance of
// the same trainees (attended, excused and session counts per trainee), all rows fetched to the client.
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createConnection, type RowDataPacket } from 'mysql2/promise';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { AppConfig, ConfigModule } from '@kenshu/config';
import { DatabaseModule, TransactionService } from '@kenshu/database';
import {
  AttendanceService,
  CompletionModule,
  CompletionService,
  ENTITIES,
  orderedUuid,
  type CompletionRules,
} from '@kenshu/domain';
import { MailModule } from '@kenshu/mail';
import { OutboxModule } from '@kenshu/queue';
import { StorageModule } from '@kenshu/storage';
import { compare, type Result } from './harness.js';

export interface CompletionBench {
  quick: boolean;
  rounds: number;
  env: Record<string, string>;
  databaseUrl: string;
  ds: DataSource;
  log: (line: string) => void;
}

const RULES: CompletionRules = { minAttendancePercent: 80, postTestPassPercent: 60, reportsAccepted: true };
const STAGES = ['inception_report', 'action_plan', 'final_report'] as const;

/**
 * Trainee n's mark at session s: a quarter of the trainees miss hardly anything, a quarter one session in
 * two; some sessions late, some excused.
 */
function statusOf(n: number, s: number): 'present' | 'late' | 'absent' | 'excused' {
  const r = (n * 13 + s * 7) % 20;
  if (r < [1, 3, 6, 10][n % 4]!) return 'absent';
  if (r === 19) return 'excused';
  if (r === 18) return 'late';
  return 'present';
}

/**
 * Trainee n's reviews of stage k, scattered: none, submitted and waiting, returned, returned then accepted,
 * or accepted (three times in seven).
 */
function reviewsOf(n: number, k: number): ('accepted' | 'returned' | null)[] {
  switch (((Math.imul(n + 1, 0x9e3779b1) ^ Math.imul(k + 1, 0x85ebca6b)) >>> 0) % 7) {
    case 0:
      return [];
    case 1:
      return [null];
    case 2:
      return ['returned'];
    case 3:
      return ['returned', 'accepted'];
    default:
      return ['accepted'];
  }
}

/** Multi-row INSERT in chunks. */
async function insert(ds: DataSource, sql: string, rows: unknown[][], chunk = 5000): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) await ds.query(sql, [rows.slice(i, i + chunk)]);
}

/**
 * The fixture, bulk-inserted: a programme with `sessionCount` ended sessions, `trainees` active trainees
 * each marked at every session, a published post-test of one question with one submitted attempt each, and
 * three required report stages with a mix of submissions and reviews.
 */
async function fixture(ds: DataSource, trainees: number, sessionCount: number) {
  const tag = `${process.pid}-${Date.now()}`;
  const programmeId = orderedUuid();
  await ds.query(
    `INSERT INTO programme (id, code, title, mode, host_time_zone, status, completion_rules)
     VALUES (?, ?, 'Bench completion', 'hybrid', 'Asia/Tokyo', 'running', ?)`,
    [programmeId, `BENCH-CMP-${tag}`, JSON.stringify(RULES)],
  );
  const firstStart = Date.UTC(2025, 0, 6, 0, 30);
  const sessions = Array.from({ length: sessionCount }, (_, s) => {
    const startsAt = new Date(firstStart + s * 86_400_000);
    return {
      id: orderedUuid(),
      row: [
        programmeId,
        'lecture',
        `Session ${s + 1}`,
        startsAt,
        new Date(startsAt.getTime() + 90 * 60_000),
        'Asia/Tokyo',
        'scheduled',
      ],
    };
  });
  await insert(
    ds,
    `INSERT INTO session (id, programme_id, kind, title, starts_at, ends_at, time_zone, status) VALUES ?`,
    sessions.map((s) => [s.id, ...s.row]),
  );

  const users = Array.from({ length: trainees }, (_, n) => ({ id: orderedUuid(), n }));
  await insert(
    ds,
    `INSERT INTO user (id, email, display_name, locale, time_zone, status) VALUES ?`,
    users.map((u) => [u.id, `cmp-${tag}-${u.n}@bench.example`, `Trainee ${u.n}`, 'en', 'UTC', 'active']),
  );
  await insert(
    ds,
    `INSERT INTO user_role (user_id, role) VALUES ?`,
    users.map((u) => [u.id, 'trainee']),
  );
  await insert(
    ds,
    `INSERT INTO enrolment (id, programme_id, user_id, status) VALUES ?`,
    users.map((u) => [orderedUuid(), programmeId, u.id, 'active']),
  );
  const recordedAt = new Date(firstStart + sessionCount * 86_400_000);
  await insert(
    ds,
    `INSERT INTO attendance (id, session_id, user_id, status, source, recorded_at) VALUES ?`,
    users.flatMap((u) =>
      sessions.map((s, k) => [orderedUuid(), s.id, u.id, statusOf(u.n, k), 'instructor', recordedAt]),
    ),
  );

  const questionId = orderedUuid();
  await ds.query(
    `INSERT INTO assessment_question (id, programme_id, kind, texts, answer_key, points)
     VALUES (?, ?, 'numeric', ?, ?, 100)`,
    [
      questionId,
      programmeId,
      JSON.stringify({ en: 'Tonnes of waste a day' }),
      JSON.stringify({ value: 100, tolerance: 0 }),
    ],
  );
  const postTestId = orderedUuid();
  await ds.query(
    `INSERT INTO assessment (id, programme_id, kind, exclusive_kind, title, attempts_allowed, status, published_at)
     VALUES (?, ?, 'post_test', 'post_test', 'Post-test', 1, 'published', ?)`,
    [postTestId, programmeId, recordedAt],
  );
  await ds.query(`INSERT INTO assessment_item (assessment_id, question_id, position) VALUES (?, ?, 1)`, [
    postTestId,
    questionId,
  ]);
  const attempts = users.map((u) => ({ id: orderedUuid(), u, percent: (u.n * 37) % 101 }));
  await insert(
    ds,
    `INSERT INTO assessment_attempt (id, assessment_id, user_id, number, status, started_at, submitted_at,
       score, max_score, percent) VALUES ?`,
    attempts.map((t) => [
      t.id,
      postTestId,
      t.u.id,
      1,
      'submitted',
      recordedAt,
      recordedAt,
      t.percent,
      100,
      t.percent,
    ]),
  );
  await insert(
    ds,
    `INSERT INTO assessment_answer (attempt_id, question_id, response, auto_points) VALUES ?`,
    attempts.map((t) => [t.id, questionId, JSON.stringify({ value: t.percent }), t.percent]),
  );

  const stages = STAGES.map((kind, k) => ({ id: orderedUuid(), kind, k }));
  await insert(
    ds,
    `INSERT INTO report_stage (id, programme_id, kind, title, due_mode, due_at, forms, required_for_completion, position)
     VALUES ?`,
    stages.map((s) => [s.id, programmeId, s.kind, s.kind, 'at', recordedAt, 'text', 1, s.k + 1]),
  );
  const submissions: unknown[][] = [];
  const reviews: unknown[][] = [];
  for (const u of users)
    for (const s of stages)
      reviewsOf(u.n, s.k).forEach((decision, i) => {
        const submissionId = orderedUuid();
        submissions.push([submissionId, s.id, u.id, i + 1, `Report ${i + 1} of trainee ${u.n}`]);
        if (decision) reviews.push([orderedUuid(), submissionId, s.id, u.id, decision]);
      });
  await insert(
    ds,
    `INSERT INTO report_submission (id, stage_id, user_id, number, text) VALUES ?`,
    submissions,
  );
  await insert(
    ds,
    `INSERT INTO report_review (id, submission_id, stage_id, user_id, decision) VALUES ?`,
    reviews,
  );
  await ds.query('ANALYZE TABLE enrolment, session, attendance, assessment_attempt, report_review');
  return { programmeId };
}

/**
 * The baseline's one aggregation: per participant (the statuses Kenshu evaluates, so that both sides read
 * the same rows and MariaDB walks the same index), the sessions marked, attended (present or late) and
 * excused.
 */
const BASELINE_SQL = `
  SELECT e.user_id AS userId,
         COUNT(s.id) AS sessions,
         COALESCE(SUM(a.status IN ('present', 'late')), 0) AS attended,
         COALESCE(SUM(a.status = 'excused'), 0) AS excused
    FROM enrolment e
    LEFT JOIN (attendance a JOIN session s ON s.id = a.session_id AND s.programme_id = ? AND s.status <> 'cancelled')
      ON a.user_id = e.user_id
   WHERE e.programme_id = ? AND e.status IN ('active', 'completed', 'not_completed')
   GROUP BY e.user_id`;

@Module({})
class BenchModule {}

export async function completionEvaluation(b: CompletionBench): Promise<Result[]> {
  const trainees = b.quick ? 50 : 2000;
  const sessionCount = b.quick ? 8 : 40;
  b.log(
    `completion: writing ${trainees} trainees × ${sessionCount} sessions (${trainees * sessionCount} attendance rows), a post-test, 3 report stages`,
  );
  const { programmeId } = await fixture(b.ds, trainees, sessionCount);

  const config = AppConfig.fromEnv({ ...process.env, ...b.env });
  const app = await NestFactory.createApplicationContext(
    {
      module: BenchModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(ENTITIES),
        OutboxModule,
        MailModule,
        StorageModule,
        CompletionModule,
      ],
    },
    { logger: ['error', 'warn'] },
  );
  const service = app.get(CompletionService);
  const attendance = app.get(AttendanceService);
  const tx = app.get(TransactionService);
  const bare = await createConnection({
    uri: b.databaseUrl,
    timezone: 'Z',
    charset: 'utf8mb4_unicode_ci',
    supportBigNumbers: true,
    bigNumberStrings: true,
  });
  // As Kenshu's pool sets on every connection.
  await bare.query('SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED');
  try {
    const aggregate = async () => {
      const [rows] = await bare.query<RowDataPacket[]>(BASELINE_SQL, [programmeId, programmeId]);
      return rows;
    };

    // Before timing: both sides count the same, and the evaluation uses those counts.
    const expected = new Map(
      (await aggregate()).map((r) => [
        r.userId as string,
        { sessions: Number(r.sessions), attended: Number(r.attended), excused: Number(r.excused) },
      ]),
    );
    const [tallies, views] = await tx.run(async (em) => [
      await attendance.completionInputs(em, programmeId),
      await service.evaluateProgramme(em, programmeId, RULES),
    ]);
    if (expected.size !== trainees || tallies.size !== trainees || views.length !== trainees)
      throw new Error(
        `completion: ${expected.size} trainees in the baseline, ${tallies.size} tallied, ${views.length} evaluated; ${trainees} expected`,
      );
    for (const [userId, want] of expected) {
      const got = tallies.get(userId);
      if (
        !got ||
        got.sessions !== sessionCount ||
        got.ended !== sessionCount ||
        want.sessions !== sessionCount ||
        got.attended !== want.attended ||
        got.excused !== want.excused
      )
        throw new Error(
          `completion: trainee ${userId} counted ${JSON.stringify(got)} by Kenshu, ${JSON.stringify(want)} by the baseline`,
        );
    }
    for (const v of views) {
      const want = expected.get(v.userId)!;
      const counted = want.sessions - want.excused;
      const actual = v.requirements.find((r) => r.kind === 'attendance')?.actual;
      if (actual !== Math.round((want.attended / counted) * 1000) / 10)
        throw new Error(
          `completion: trainee ${v.userId} evaluated at ${actual}% attendance, ${JSON.stringify(want)}`,
        );
      if (v.requirements.length !== 2 + STAGES.length)
        throw new Error(`completion: trainee ${v.userId} has ${v.requirements.length} requirements`);
    }
    const met = views.filter((v) => v.met).length;
    b.log(`completion: counts agree; ${met} of ${trainees} trainees meet every rule`);
    if (met === 0 || met === trainees)
      throw new Error(`completion: ${met} of ${trainees} meet the rules: no mix`);

    const result = await compare(
      {
        scenario: `evaluate completion of ${trainees.toLocaleString('en-US')} trainees × ${sessionCount} sessions, three rules (attendance, post-test, ${STAGES.length} report stages)`,
        unit: 'trainees/s',
        rounds: b.rounds,
        goal: 1 / 3,
        baseline: {
          name: 'one mysql2 GROUP BY of attendance × sessions',
          run: async () => {
            const t0 = performance.now();
            const rows = await aggregate();
            return (rows.length * 1000) / (performance.now() - t0);
          },
        },
        subject: {
          name: 'CompletionService.evaluateProgramme',
          run: async () => {
            const t0 = performance.now();
            const evaluated = await tx.run((em) => service.evaluateProgramme(em, programmeId, RULES));
            return (evaluated.length * 1000) / (performance.now() - t0);
          },
        },
      },
      b.log,
    );
    return [result];
  } finally {
    await bare.end();
    await app.close();
  }
}
