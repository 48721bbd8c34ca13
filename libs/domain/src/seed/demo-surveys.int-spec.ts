import type { DataSource, EntityManager } from 'typeorm';
import { testConfig } from '@kenshu/testing';
import { createDataSource } from '../data-source.js';
import { SurveyFiguresService } from '../surveys/survey-figures.service.js';
import { seedDemoSurveys } from './demo-surveys.js';

/** The TMG collaborative study webinars, and the demo surveys' fixed ids. */
const WEBINARS = '00000000-0000-4000-a000-000000000003';
const L1 = '00000000-0000-4000-e100-000000000001';
const END = '00000000-0000-4000-e100-000000000002';
const L3_90 = '00000000-0000-4000-e100-000000000003';

const DEMO_EMAILS = `SELECT m.round, m.status, m.sent_at FROM survey_email m
  JOIN survey_invitation i ON i.id = m.invitation_id
 WHERE i.survey_id IN ('${L1}', '${END}', '${L3_90}')`;

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
      expect(before).toHaveLength(18);
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
      expect((await em.query(DEMO_EMAILS)) as unknown[]).toHaveLength(18);
    });
  });
});

describe('the demo surveys', () => {
  let ds: DataSource;

  beforeAll(async () => {
    ds = await createDataSource(testConfig());
    await ds.initialize();
  });

  afterAll(async () => {
    await ds?.destroy();
  });

  it('seeds the surveys, invitations and responses once, however often the seed runs', async () => {
    const count = async () =>
      (await ds.query(
        `SELECT (SELECT COUNT(*) FROM survey_invitation WHERE survey_id IN (?)) AS invitations,
                (SELECT COUNT(*) FROM survey_response WHERE survey_id IN (?)) AS responses,
                (SELECT COUNT(*) FROM survey_answer WHERE survey_id IN (?)) AS answers`,
        [
          [L1, END, L3_90],
          [L1, END, L3_90],
          [L1, END, L3_90],
        ],
      )) as unknown[];
    const before = await count();
    await ds.transaction((em) => seedDemoSurveys(em));
    expect(await count()).toEqual(before);
    expect(before).toEqual([expect.objectContaining({ invitations: '18', responses: '16' })]);
  });

  it('gives the demo dashboard an L1 survey of a session with its means and an L3 response rate', async () => {
    const figures = await new SurveyFiguresService().ofProgramme(ds.manager, WEBINARS);
    const byId = new Map(figures.map((f) => [f.surveyId, f]));
    // likert 25 over 6; matrix 73 over 18: 98 over 24.
    expect(byId.get(L1)).toMatchObject({
      level: 'L1',
      session: expect.objectContaining({ kind: 'webinar' }),
      invited: 6,
      responded: 6,
      responseRate: 1,
      hidden: false,
      likertMean: 4.0833,
      likertAnswers: 24,
    });
    expect(byId.get(L3_90)).toMatchObject({
      level: 'L3_90',
      status: 'closed',
      invited: 6,
      responded: 4,
      responseRate: 0.6667,
      hidden: false,
      likertMean: 4,
    });
    expect(byId.get(END)).toMatchObject({ level: 'programme_end', responded: 6, hidden: false });
  });
});
