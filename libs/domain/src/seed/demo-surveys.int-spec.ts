import type { DataSource, EntityManager } from 'typeorm';
import { testConfig } from '@kenshu/testing';
import { createDataSource } from '../data-source.js';
import { seedDemoSurveys } from './demo-surveys.js';

const DEMO_EMAILS = `SELECT m.round, m.status, m.sent_at FROM survey_email m
  JOIN survey_invitation i ON i.id = m.invitation_id
 WHERE i.survey_id IN ('00000000-0000-4000-e100-000000000001', '00000000-0000-4000-e100-000000000002')`;

/** The demo surveys' emails on the real database, in a transaction rolled back at the end. */
describe('the demo survey emails', () => {
  let ds: DataSource;

  beforeAll(async () => {
    ds = await createDataSource(testConfig());
    await ds.initialize();
  });

  afterAll(async () => {
    await ds?.destroy();
  });

  const inRollback = async (work: (em: EntityManager) => Promise<void>) => {
    const qr = ds.createQueryRunner();
    await qr.startTransaction();
    try {
      await work(qr.manager);
    } finally {
      await qr.rollbackTransaction();
      await qr.release();
    }
  };

  it('marks each demo invitation’s email sent, queues no job, and seeding again (or after them) changes nothing', async () => {
    await inRollback(async (em) => {
      const before = (await em.query(DEMO_EMAILS)) as { round: number; status: string; sent_at: Date }[];
      expect(before).toHaveLength(12);
      for (const e of before)
        expect(e).toMatchObject({ round: 0, status: 'sent', sent_at: expect.any(Date) });
      const jobs = (await em.query(
        `SELECT COUNT(*) AS n FROM outbox WHERE job_name = 'send-survey-email' AND JSON_VALUE(payload, '$.emailId') LIKE '00000000-0000-4000-e5%'`,
      )) as { n: string }[];
      expect(Number(jobs[0]!.n)).toBe(0);

      await seedDemoSurveys(em);
      expect((await em.query(DEMO_EMAILS)) as unknown[]).toEqual(before);

      // A database seeded before survey emails existed gets them.
      await em.query(
        `DELETE m FROM survey_email m JOIN (${DEMO_EMAILS.replace('m.round, m.status, m.sent_at', 'm.id')}) d ON d.id = m.id`,
      );
      expect((await em.query(DEMO_EMAILS)) as unknown[]).toHaveLength(0);
      await seedDemoSurveys(em);
      expect((await em.query(DEMO_EMAILS)) as unknown[]).toHaveLength(12);
    });
  });
});
