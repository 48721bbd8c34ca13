import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { TransactionService } from '@kenshu/database';
import { OutboxService } from '@kenshu/queue';
import { testConfig } from '@kenshu/testing';
import { AuditService } from '../audit/audit.service.js';
import { createDataSource } from '../data-source.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import { AssessmentsService } from './assessments.service.js';

const PROGRAMME = '00000000-0000-4000-a000-000000000001';
const POST_TEST = '00000000-0000-4000-d100-000000000002';
const usr = (n: number) => `00000000-0000-4000-9000-0000000000${String(n).padStart(2, '0')}`;

describe('AssessmentsService on the real database', () => {
  let ds: DataSource;
  let tx: TransactionService;
  let service: AssessmentsService;

  beforeAll(async () => {
    ds = await createDataSource(testConfig());
    await ds.initialize();
    tx = new TransactionService(ds);
    const audit = new AuditService(tx);
    const outbox = new OutboxService();
    service = new AssessmentsService(
      tx,
      audit,
      new ProgrammesService(tx, audit, outbox, new OrganisationsService(tx, audit)),
      outbox,
    );
  });

  afterAll(async () => {
    await ds?.destroy();
  });

  it('gives completion the post-test and each trainee’s best percent in one call', async () => {
    const inputs = await service.completionInputs(ds.manager, PROGRAMME);
    expect(inputs.postTestId).toBe(POST_TEST);
    // The seed's Maldives trainee answered everything right after the course.
    expect(inputs.byUser.get(usr(4))).toEqual({ bestPercent: 100, awaitingMarking: false });
    expect(inputs.byUser.get(usr(8))!.bestPercent).toBeLessThan(100);
    const some = await service.completionInputs(ds.manager, PROGRAMME, [usr(4)]);
    expect([...some.byUser.keys()]).toEqual([usr(4)]);
    const none = await service.completionInputs(ds.manager, PROGRAMME, []);
    expect(none).toEqual({ postTestId: POST_TEST, byUser: new Map() });
    const elsewhere = await service.completionInputs(ds.manager, randomUUID());
    expect(elsewhere.postTestId).toBeNull();
  });

  it('sweeps an attempt left past its deadline: graded as it stood, completion told, and once only', async () => {
    const id = randomUUID();
    const startedAt = new Date(Date.now() - 3_600_000);
    await ds.query(
      `INSERT INTO assessment_attempt (id, assessment_id, user_id, number, status, started_at, deadline_at)
       VALUES (?, ?, ?, 2, 'in_progress', ?, ?)`,
      [id, POST_TEST, usr(10), startedAt, new Date(startedAt.getTime() + 30 * 60_000)],
    );
    await ds.query(
      `INSERT INTO assessment_answer (attempt_id, question_id, response) VALUES (?, '00000000-0000-4000-d000-000000000001', '{"optionIds":["b"]}')`,
      [id],
    );
    expect(
      (await service.completionInputs(ds.manager, PROGRAMME, [usr(10)])).byUser.get(usr(10))!.awaitingMarking,
    ).toBe(true);
    const outboxBefore = Number(
      (
        (await ds.query(`SELECT COUNT(*) AS n FROM outbox WHERE job_name = 'evaluate-completion'`)) as {
          n: string;
        }[]
      )[0]!.n,
    );
    expect(await tx.run((em) => service.sweepExpired(em))).toBeGreaterThanOrEqual(1);
    expect(await tx.run((em) => service.sweepExpired(em))).toBe(0);
    const [row] = (await ds.query(
      `SELECT status, auto_submitted AS auto, score, max_score AS max, submitted_at AS at, deadline_at AS deadline
         FROM assessment_attempt WHERE id = ?`,
      [id],
    )) as { status: string; auto: number; score: string; max: string; at: Date; deadline: Date }[];
    expect(row).toMatchObject({ status: 'submitted', auto: 1, score: '1.00', max: '8.00' });
    expect(row!.at).toEqual(row!.deadline);
    const outboxAfter = Number(
      (
        (await ds.query(`SELECT COUNT(*) AS n FROM outbox WHERE job_name = 'evaluate-completion'`)) as {
          n: string;
        }[]
      )[0]!.n,
    );
    expect(outboxAfter).toBeGreaterThan(outboxBefore);
    expect(
      (await service.completionInputs(ds.manager, PROGRAMME, [usr(10)])).byUser.get(usr(10))!.awaitingMarking,
    ).toBe(false);
    await ds.query(`DELETE FROM assessment_attempt WHERE id = ?`, [id]);
  });
});
