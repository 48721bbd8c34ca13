import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { TransactionService } from '@kenshu/database';
import { OutboxService } from '@kenshu/queue';
import { testConfig } from '@kenshu/testing';
import { AuditService } from '../audit/audit.service.js';
import { AttemptThrottleService } from '../auth/attempt-throttle.service.js';
import { createDataSource } from '../data-source.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import { AttendanceService, type AttendanceTally } from './attendance.service.js';

/**
 * The parts of attendance other features and the worker call, on the real database: completion's one
 * aggregate query, and the absent sweep (all-day sessions end at midnight in their own zone).
 */
describe('AttendanceService', () => {
  let ds: DataSource;
  let throttle: AttemptThrottleService;
  let attendance: AttendanceService;
  const tag = Date.now().toString(36).toUpperCase();

  const insertUsers = async (n: number) => {
    const ids = Array.from({ length: n }, () => randomUUID());
    await ds.query(`INSERT INTO user (id, email, display_name, locale, time_zone, status) VALUES ?`, [
      ids.map((id, i) => [
        id,
        `att-${tag}-${i}-${id.slice(0, 8)}@attendance.example`,
        `T${i}`,
        'en',
        'UTC',
        'active',
      ]),
    ]);
    return ids;
  };

  const insertProgramme = async () => {
    const id = randomUUID();
    await ds.query(
      `INSERT INTO programme (id, code, title, mode, host_time_zone, status) VALUES (?, ?, 'Attendance', 'online', 'UTC', 'running')`,
      [id, `ATT-${tag}-${id.slice(0, 6)}`],
    );
    return id;
  };

  type SessionSpec = { at?: [string, string]; day?: [string, string]; zone?: string; cancelled?: boolean };
  const insertSessions = async (programmeId: string, specs: SessionSpec[]) => {
    const ids = specs.map(() => randomUUID());
    await ds.query(
      `INSERT INTO session (id, programme_id, kind, title, starts_at, ends_at, all_day_from, all_day_to, time_zone, status) VALUES ?`,
      [
        specs.map((s, i) => [
          ids[i],
          programmeId,
          'lecture',
          `S${i}`,
          s.at?.[0] ?? null,
          s.at?.[1] ?? null,
          s.day?.[0] ?? null,
          s.day?.[1] ?? null,
          s.zone ?? 'UTC',
          s.cancelled ? 'cancelled' : 'scheduled',
        ]),
      ],
    );
    return ids;
  };

  const enrol = (programmeId: string, users: [string, string][]) =>
    ds.query(`INSERT INTO enrolment (id, programme_id, user_id, status) VALUES ?`, [
      users.map(([userId, status]) => [randomUUID(), programmeId, userId, status]),
    ]);

  const mark = (rows: [string, string, string][]) =>
    ds.query(`INSERT INTO attendance (id, session_id, user_id, status, source, recorded_at) VALUES ?`, [
      rows.map(([sessionId, userId, status]) => [
        randomUUID(),
        sessionId,
        userId,
        status,
        'instructor',
        new Date(),
      ]),
    ]);

  beforeAll(async () => {
    ds = await createDataSource(testConfig());
    await ds.initialize();
    const appConfig = testConfig({ ATTENDANCE_AUTO_ABSENT_AFTER_HOURS: '24' });
    const tx = new TransactionService(ds);
    const audit = new AuditService(tx);
    const outbox = new OutboxService();
    throttle = new AttemptThrottleService(appConfig);
    const programmes = new ProgrammesService(tx, audit, outbox, new OrganisationsService(tx, audit));
    attendance = new AttendanceService(tx, audit, outbox, programmes, throttle, appConfig);
  });

  afterAll(async () => {
    await throttle?.onModuleDestroy();
    await ds?.destroy();
  });

  describe('completionInputs', () => {
    it('tallies sessions, ended, attended and excused per attending trainee in one query', async () => {
      const programmeId = await insertProgramme();
      const [a, b, c, invited, withdrawn] = await insertUsers(5);
      const now = new Date('2030-06-15T12:00:00Z');
      const [past1, past2, , cancelled, dayEnded, dayToday] = await insertSessions(programmeId, [
        { at: ['2030-06-01 09:00:00', '2030-06-01 10:00:00'] },
        { at: ['2030-06-10 09:00:00', '2030-06-10 10:00:00'] },
        { at: ['2030-07-01 09:00:00', '2030-07-01 10:00:00'] },
        { at: ['2030-06-02 09:00:00', '2030-06-02 10:00:00'], cancelled: true },
        { day: ['2030-06-12', '2030-06-13'], zone: 'Pacific/Kiritimati' },
        // Its last day is today: not over everywhere yet.
        { day: ['2030-06-15', '2030-06-15'], zone: 'America/Los_Angeles' },
      ]);
      await enrol(programmeId, [
        [a!, 'active'],
        [b!, 'completed'],
        [c!, 'not_completed'],
        [invited!, 'invited'],
        [withdrawn!, 'withdrawn'],
      ]);
      await mark([
        [past1!, a!, 'present'],
        [past2!, a!, 'late'],
        [dayEnded!, a!, 'excused'],
        [cancelled!, a!, 'present'],
        [past1!, b!, 'absent'],
        [past2!, b!, 'excused'],
        [dayToday!, b!, 'present'],
        [past1!, withdrawn!, 'present'],
      ]);
      let queries = 0;
      const em = ds.createEntityManager();
      const counting = new Proxy(em, {
        get: (target, key) =>
          key === 'query'
            ? (...args: Parameters<EntityManager['query']>) => (queries++, target.query(...args))
            : (target as unknown as Record<string | symbol, unknown>)[key],
      });
      const tallies = await attendance.completionInputs(counting, programmeId, undefined, now);
      expect(queries).toBe(1);
      const t = (sessions: number, ended: number, attended: number, excused: number): AttendanceTally => ({
        sessions,
        ended,
        attended,
        excused,
      });
      expect(Object.fromEntries(tallies)).toEqual({
        [a!]: t(5, 3, 2, 1),
        [b!]: t(5, 3, 1, 1),
        [c!]: t(5, 3, 0, 0),
      });
      const some = await attendance.completionInputs(em, programmeId, [b!, invited!], now);
      expect([...some.keys()]).toEqual([b!]);
      expect((await attendance.completionInputs(em, programmeId, [], now)).size).toBe(0);
    });
  });

  describe('sweepDue', () => {
    it('marks unmarked trainees absent a day after an all-day session ends in its own zone, once', async () => {
      const programmeId = await insertProgramme();
      const [a, b] = await insertUsers(2);
      await enrol(programmeId, [
        [a!, 'active'],
        [b!, 'active'],
      ]);
      // 2001-01-10 in Kiritimati (UTC+14) ends at 2001-01-10T10:00Z; swept from 2001-01-11T10:00Z.
      const [day] = await insertSessions(programmeId, [
        { day: ['2001-01-10', '2001-01-10'], zone: 'Pacific/Kiritimati' },
      ]);
      await mark([[day!, a!, 'present']]);
      const sweep = (at: string) => ds.transaction((em) => attendance.sweepDue(em, new Date(at)));
      expect(await sweep('2001-01-11T09:59:00Z')).toBe(0);
      expect(await sweep('2001-01-11T10:01:00Z')).toBe(1);
      const rows = (await ds.query(
        `SELECT user_id AS userId, status, source FROM attendance WHERE session_id = ?`,
        [day],
      )) as { userId: string; status: string; source: string }[];
      expect(Object.fromEntries(rows.map((r) => [r.userId, `${r.status}/${r.source}`]))).toEqual({
        [a!]: 'present/instructor',
        [b!]: 'absent/auto',
      });
      const jobs = (await ds.query(
        `SELECT COUNT(*) AS n FROM outbox WHERE job_name = 'evaluate-completion' AND JSON_UNQUOTE(JSON_EXTRACT(payload, '$.userId')) = ?`,
        [b],
      )) as { n: string }[];
      expect(Number(jobs[0]!.n)).toBe(1);
      expect(await sweep('2001-01-12T00:00:00Z')).toBe(0);
    });
  });
});
