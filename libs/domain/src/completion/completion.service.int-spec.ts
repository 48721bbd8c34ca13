import { Test, type TestingModule } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { ConfigModule } from '@kenshu/config';
import { DatabaseModule } from '@kenshu/database';
import { MailModule } from '@kenshu/mail';
import { OutboxModule } from '@kenshu/queue';
import { StorageModule } from '@kenshu/storage';
import { testConfig } from '@kenshu/testing';
import { ENTITIES } from '../entities.js';
import { parseRules } from './completion-rules.js';
import { CompletionModule } from './completion.module.js';
import { CompletionService } from './completion.service.js';

/** The seeded MOEJ-2027-MSW (rules: 80 % attendance, 60 % post-test, reports accepted; sessions in 2027). */
const MOEJ = '00000000-0000-4000-a000-000000000001';
/** The seeded FY2023 bilateral meetings (rule: 75 % attendance; its cohort all completed). */
const FY2023 = '00000000-0000-4000-a000-000000000004';
const usr = (n: number) => `00000000-0000-4000-9000-0000000000${String(n).padStart(2, '0')}`;

/**
 * The real module graph (the worker's), on the seeded test database. Each test works in a transaction it
 * rolls back, so nothing it completes or queues reaches the tests that follow.
 */
describe('CompletionService on the real database', () => {
  let moduleRef: TestingModule;
  let ds: DataSource;
  let completion: CompletionService;
  let runner: QueryRunner;
  let em: EntityManager;

  beforeAll(async () => {
    moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(testConfig()),
        DatabaseModule.forRoot(ENTITIES),
        OutboxModule,
        MailModule,
        StorageModule,
        CompletionModule,
      ],
    }).compile();
    ds = moduleRef.get<DataSource>(getDataSourceToken());
    completion = moduleRef.get(CompletionService);
  });

  afterAll(async () => {
    await moduleRef?.close();
  });

  beforeEach(async () => {
    runner = ds.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    em = runner.manager;
  });

  afterEach(async () => {
    await runner.rollbackTransaction();
    await runner.release();
  });

  const outboxJobs = async (jobName: string, since: number) =>
    (
      (await em.query(`SELECT payload FROM outbox WHERE job_name = ? AND id > ? ORDER BY id`, [
        jobName,
        since,
      ])) as { payload: string }[]
    ).map((r) => JSON.parse(r.payload) as Record<string, string>);

  const lastOutboxId = async () =>
    Number(((await em.query(`SELECT COALESCE(MAX(id), 0) AS id FROM outbox`)) as { id: string }[])[0]!.id);

  it('shows each trainee of a running programme what is met and what is missing, from every feature', async () => {
    const rules = parseRules(
      (
        (await em.query(`SELECT completion_rules AS r FROM programme WHERE id = ?`, [MOEJ])) as {
          r: string;
        }[]
      )[0]!.r,
    );
    const views = await completion.evaluateProgramme(em, MOEJ, rules);
    const aminath = views.find((v) => v.userId === usr(4))!;
    expect(aminath.met).toBe(false);
    expect(aminath.enrolmentStatus).toBe('active');
    const byKind = (kind: string) => aminath.requirements.filter((r) => r.kind === kind);
    // No session of 2027 has taken place: nothing attended yet.
    expect(byKind('attendance')).toEqual([
      { kind: 'attendance', met: false, required: 80, actual: 0, reason: 'below_threshold' },
    ]);
    // The seed's Maldives trainee answered every post-test question right.
    expect(byKind('post_test')).toEqual([{ kind: 'post_test', met: true, required: 60, actual: 100 }]);
    // Her action plan is accepted; the other required stages are not.
    const reports = byKind('report');
    expect(reports.length).toBeGreaterThanOrEqual(2);
    expect(reports.filter((r) => r.met).map((r) => r.title)).toEqual(['Action plan']);
    expect(reports.filter((r) => !r.met).every((r) => r.reason === 'not_accepted')).toBe(true);
  });

  it('completes an active trainee who meets the rules, audits it and requests the certificate, once', async () => {
    // Put one of the FY2023 cohort back to active (inside this test's transaction): every meeting attended.
    await em.query(`UPDATE enrolment SET status = 'active' WHERE programme_id = ? AND user_id = ?`, [
      FY2023,
      usr(5),
    ]);
    const since = await lastOutboxId();

    await completion.evaluate(em, FY2023, usr(5));
    await completion.evaluate(em, FY2023, usr(5));

    const [enrolment] = (await em.query(
      `SELECT id, status FROM enrolment WHERE programme_id = ? AND user_id = ?`,
      [FY2023, usr(5)],
    )) as { id: string; status: string }[];
    expect(enrolment!.status).toBe('completed');
    expect(await outboxJobs('issue-certificate', since)).toEqual([{ enrolmentId: enrolment!.id }]);
    const audits = (await em.query(
      `SELECT actor_id, details FROM audit_event WHERE action = 'enrolment.status_changed' AND target_id = ?
        ORDER BY id DESC`,
      [enrolment!.id],
    )) as { actor_id: string | null; details: string }[];
    const details = JSON.parse(audits[0]!.details) as Record<string, unknown>;
    expect(audits[0]!.actor_id).toBeNull();
    expect(details).toMatchObject({ from: 'active', to: 'completed', by: 'completion_rules' });
    expect(details.requirements).toEqual([{ kind: 'attendance', met: true, required: 75, actual: 100 }]);
  });

  it('leaves a trainee who does not meet the rules active, and queues nothing', async () => {
    const since = await lastOutboxId();
    await completion.evaluate(em, MOEJ, usr(4));
    const [row] = (await em.query(`SELECT status FROM enrolment WHERE programme_id = ? AND user_id = ?`, [
      MOEJ,
      usr(4),
    ])) as { status: string }[];
    expect(row!.status).toBe('active');
    expect(await outboxJobs('issue-certificate', since)).toEqual([]);
  });

  it('runs the nightly sweep once a UTC day, from its hour, for every active trainee of programmes with rules', async () => {
    await em.query(`UPDATE completion_sweep SET last_run_on = NULL WHERE name = 'nightly'`);
    const since = await lastOutboxId();

    expect(await completion.sweepIfDue(em, new Date('2026-12-01T01:59:00Z'), 2)).toBeNull();
    const queued = await completion.sweepIfDue(em, new Date('2026-12-01T02:00:00Z'), 2);
    expect(await completion.sweepIfDue(em, new Date('2026-12-01T23:00:00Z'), 2)).toBeNull();

    const jobs = await outboxJobs('evaluate-completion', since);
    expect(jobs).toHaveLength(queued!);
    const active = (await em.query(
      `SELECT e.programme_id AS programmeId, e.user_id AS userId FROM enrolment e JOIN programme p ON p.id = e.programme_id
        WHERE p.completion_rules IS NOT NULL AND p.status IN ('published', 'running', 'closed') AND e.status = 'active'`,
    )) as { programmeId: string; userId: string }[];
    const key = (j: { programmeId?: string; userId?: string }) => `${j.programmeId}/${j.userId}`;
    expect(jobs.map(key).sort()).toEqual(active.map(key).sort());
    expect(jobs.some((j) => j.programmeId === MOEJ && j.userId === usr(4))).toBe(true);
    // The FY2023 cohort is all completed: nobody there to evaluate.
    expect(jobs.some((j) => j.programmeId === FY2023)).toBe(false);

    // The next day it is due again.
    expect(await completion.sweepIfDue(em, new Date('2026-12-02T02:30:00Z'), 2)).toBe(queued);
  });
});
