// The exports group of `npm run bench` (`--only=exports`): a programme's completion export as CSV for
// 10,000 trainees (each marked at 20 sessions), through Kenshu's streaming export (ExportsService.write in
// a Nest application context: keyset pages of enrolments, each evaluated by CompletionService, written
// through csv-stringify) against one raw mysql2 query stream of the same figures piped into csv-stringify.
// Both go into a sink that only counts bytes. Checked byte-for-byte equal before timing. Memory: the peak
// RSS growth of this process while Kenshu's export runs, sampled every 5 ms, must stay under 64 MiB.
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { stringify } from 'csv-stringify';
import { createConnection } from 'mysql2';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { AppConfig, ConfigModule } from '@kenshu/config';
import { DatabaseModule } from '@kenshu/database';
import { DashboardsModule, ENTITIES, ExportsService, orderedUuid } from '@kenshu/domain';
import { MailModule } from '@kenshu/mail';
import { OutboxModule } from '@kenshu/queue';
import { StorageModule } from '@kenshu/storage';
import { compare, type Result } from './harness.js';

export interface ExportsBench {
  quick: boolean;
  rounds: number;
  env: Record<string, string>;
  databaseUrl: string;
  ds: DataSource;
  log: (line: string) => void;
}

const REQUIRED = 75;
const MIB = 1024 * 1024;

/** Trainee n's mark at session s: most present, some late, absent or excused. */
function statusOf(n: number, s: number): 'present' | 'late' | 'absent' | 'excused' {
  const r = (n * 13 + s * 7) % 20;
  if (r < [1, 3, 6, 10][n % 4]!) return 'absent';
  if (r === 19) return 'excused';
  if (r === 18) return 'late';
  return 'present';
}

async function insert(ds: DataSource, sql: string, rows: unknown[][], chunk = 5000): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) await ds.query(sql, [rows.slice(i, i + chunk)]);
}

/** A programme with an attendance rule, `sessionCount` ended sessions and `trainees` marked at each. */
async function fixture(ds: DataSource, trainees: number, sessionCount: number) {
  const tag = `${process.pid}-${Date.now()}`;
  const programmeId = orderedUuid();
  await ds.query(
    `INSERT INTO programme (id, code, title, mode, host_time_zone, status, completion_rules)
     VALUES (?, ?, 'Bench exports', 'hybrid', 'Asia/Tokyo', 'running', ?)`,
    [
      programmeId,
      `BENCH-EXP-${tag}`,
      JSON.stringify({ minAttendancePercent: REQUIRED, postTestPassPercent: null, reportsAccepted: false }),
    ],
  );
  const firstStart = Date.UTC(2025, 0, 6, 0, 30);
  const sessions = Array.from({ length: sessionCount }, (_, s) => {
    const startsAt = new Date(firstStart + s * 86_400_000);
    return [
      orderedUuid(),
      programmeId,
      'lecture',
      `Session ${s + 1}`,
      startsAt,
      new Date(startsAt.getTime() + 5_400_000),
      'Asia/Tokyo',
      'scheduled',
    ];
  });
  await insert(
    ds,
    `INSERT INTO session (id, programme_id, kind, title, starts_at, ends_at, time_zone, status) VALUES ?`,
    sessions,
  );
  const users = Array.from({ length: trainees }, (_, n) => ({ id: orderedUuid(), n }));
  await insert(
    ds,
    `INSERT INTO user (id, email, display_name, locale, time_zone, status) VALUES ?`,
    users.map((u) => [u.id, `exp-${tag}-${u.n}@bench.example`, `Trainee ${u.n}`, 'en', 'UTC', 'active']),
  );
  await insert(
    ds,
    `INSERT INTO enrolment (id, programme_id, user_id, status) VALUES ?`,
    users.map((u) => [orderedUuid(), programmeId, u.id, u.n % 10 === 0 ? 'completed' : 'active']),
  );
  const recordedAt = new Date(firstStart + sessionCount * 86_400_000);
  await insert(
    ds,
    `INSERT INTO attendance (id, session_id, user_id, status, source, recorded_at) VALUES ?`,
    users.flatMap((u) =>
      sessions.map((s, k) => [orderedUuid(), s[0], u.id, statusOf(u.n, k), 'instructor', recordedAt]),
    ),
  );
  await ds.query('ANALYZE TABLE enrolment, session, attendance, user');
  return { programmeId };
}

/**
 * The baseline: one query of every participant's attendance counts in enrolment order, streamed row by
 * row from mysql2, shaped into the export's columns and written by csv-stringify.
 */
const BASELINE_SQL = `
  SELECT u.display_name AS name, u.email, e.status,
         (SELECT COUNT(*) FROM session WHERE programme_id = ? AND status <> 'cancelled') AS sessions,
         COALESCE(SUM(a.status IN ('present', 'late')), 0) AS attended,
         COALESCE(SUM(a.status = 'excused'), 0) AS excused
    FROM enrolment e
    JOIN user u ON u.id = e.user_id
    LEFT JOIN (attendance a JOIN session s ON s.id = a.session_id AND s.programme_id = ? AND s.status <> 'cancelled')
      ON a.user_id = e.user_id
   WHERE e.programme_id = ? AND e.status IN ('active', 'completed', 'not_completed')
   GROUP BY e.id, u.display_name, u.email, e.status
   ORDER BY e.id`;

const HEADER = [
  'name',
  'email',
  'enrolment_status',
  'rules_met',
  'attendance_percent',
  'attendance_required',
  'post_test_percent',
  'post_test_required',
  'reports_accepted',
];

/** A sink that keeps only the byte count, or the bytes when asked (for the equality check). */
function sink(keep = false) {
  const chunks: Buffer[] = [];
  let bytes = 0;
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      if (keep) chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return { stream, bytes: () => bytes, text: () => Buffer.concat(chunks).toString('utf8') };
}

@Module({})
class BenchModule {}

export async function exportsBench(b: ExportsBench): Promise<Result[]> {
  const trainees = b.quick ? 300 : 10_000;
  const sessionCount = b.quick ? 5 : 20;
  b.log(
    `exports: writing ${trainees} trainees × ${sessionCount} sessions (${trainees * sessionCount} attendance rows)`,
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
        DashboardsModule,
      ],
    },
    { logger: ['error', 'warn'] },
  );
  const exportsService = app.get(ExportsService);
  const bare = createConnection({
    uri: b.databaseUrl,
    timezone: 'Z',
    charset: 'utf8mb4_unicode_ci',
    supportBigNumbers: true,
    bigNumberStrings: true,
  });
  await bare.promise().query('SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED');

  const kenshu = async (keep = false) => {
    const out = sink(keep);
    await pipeline(exportsService.write(programmeId, 'completion', 'csv').body, out.stream);
    return out;
  };
  const raw = async (keep = false) => {
    const out = sink(keep);
    const rows = bare.query(BASELINE_SQL, [programmeId, programmeId, programmeId]).stream();
    const shape = new Transform({
      objectMode: true,
      transform(r: Record<string, string>, _enc, done) {
        const counted = Number(r.sessions) - Number(r.excused);
        const percent = counted > 0 ? Math.round((Number(r.attended) / counted) * 1000) / 10 : null;
        const met = percent !== null && percent >= REQUIRED;
        done(null, [r.name, r.email, r.status, met ? 'yes' : 'no', percent, REQUIRED, null, null, null]);
      },
    });
    const csv = stringify({ bom: true, cast: { number: (n) => String(n) } });
    csv.write(HEADER);
    await pipeline(rows, shape, csv, out.stream);
    return out;
  };

  /** Peak RSS growth over the run of `f`, sampled every 5 ms. */
  const peakGrowth = async (f: () => Promise<unknown>) => {
    const start = process.memoryUsage().rss;
    let peak = start;
    const timer = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 5);
    try {
      await f();
    } finally {
      clearInterval(timer);
    }
    return (Math.max(peak, process.memoryUsage().rss) - start) / MIB;
  };

  try {
    // Before timing: the same bytes, and a mix of trainees who meet the rule and who do not.
    const [mine, theirs] = [(await kenshu(true)).text(), (await raw(true)).text()];
    if (mine !== theirs) {
      const a = mine.split('\n');
      const c = theirs.split('\n');
      const i = a.findIndex((line, k) => line !== c[k]);
      throw new Error(
        `exports: line ${i} differs: Kenshu ${JSON.stringify(a[i])}, raw ${JSON.stringify(c[i])}`,
      );
    }
    const lines = mine.trimEnd().split('\n');
    const met = lines.filter((l) => l.split(',')[3] === 'yes').length;
    if (lines.length !== trainees + 1 || met === 0 || met === trainees)
      throw new Error(
        `exports: ${lines.length - 1} rows, ${met} meet the rule; ${trainees} rows and a mix expected`,
      );
    b.log(`exports: both write the same ${mine.length} bytes; ${met} of ${trainees} meet the rule`);

    const scenario = `completion export (CSV) of ${trainees.toLocaleString('en-US')} trainees × ${sessionCount} sessions`;
    const time = await compare(
      {
        scenario,
        unit: 'rows/s',
        rounds: b.rounds,
        goal: 1 / 1.5,
        baseline: {
          name: 'mysql2 query stream → csv-stringify',
          run: async () => {
            const t0 = performance.now();
            await raw();
            return (trainees * 1000) / (performance.now() - t0);
          },
        },
        subject: {
          name: 'ExportsService.write (keyset pages, evaluated)',
          run: async () => {
            const t0 = performance.now();
            await kenshu();
            return (trainees * 1000) / (performance.now() - t0);
          },
        },
      },
      b.log,
    );
    const memory = await compare(
      {
        scenario: `${scenario}: peak RSS growth`,
        unit: 'MiB',
        rounds: b.rounds,
        ceiling: 64,
        baseline: { name: 'mysql2 query stream → csv-stringify', run: () => peakGrowth(() => raw()) },
        subject: { name: 'ExportsService.write', run: () => peakGrowth(() => kenshu()) },
      },
      b.log,
    );
    return [time, memory];
  } finally {
    await new Promise<void>((resolve) => bare.end(() => resolve()));
    await app.close();
  }
}
