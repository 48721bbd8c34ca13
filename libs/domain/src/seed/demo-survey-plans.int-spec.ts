import type { DataSource } from 'typeorm';
import { testConfig } from '@kenshu/testing';
import { createDataSource } from '../data-source.js';
import { SurveyOccurrenceEntity } from '../surveys/survey-plan.entity.js';
import { DEMO_PLAN_PROGRAMME, seedDemoSurveyPlans } from './demo-survey-plans.js';

/** The demo evaluation plan on the real database; seeding again runs in a transaction rolled back at the end. */
describe('the demo evaluation plan', () => {
  let ds: DataSource;

  beforeAll(async () => {
    ds = await createDataSource(testConfig());
    await ds.initialize();
  });

  afterAll(async () => {
    await ds?.destroy();
  });

  const rows = (em = ds.manager) =>
    em.find(SurveyOccurrenceEntity, {
      where: { programmeId: DEMO_PLAN_PROGRAMME },
      order: { dueAt: 'ASC', level: 'ASC' },
    });

  it('plans an L1 after the site visit, the programme-end survey and L3 follow-ups at +90 and +180 days', async () => {
    const planned = await rows();
    expect(planned.map((o) => [o.level, o.sessionId, o.dueAt.toISOString(), o.status])).toEqual([
      // Katsushika collection depot, 11:00 Tokyo on 27 April 2027.
      ['L1', '00000000-0000-4000-a200-000000000008', '2027-04-27T02:00:00.000Z', 'planned'],
      // The last phase ends on 30 April (Tokyo), after the last session: the end of that day.
      ['programme_end', null, '2027-04-30T14:59:59.999Z', 'planned'],
      ['L3_90', null, '2027-07-29T14:59:59.999Z', 'planned'],
      ['L3_180', null, '2027-10-27T14:59:59.999Z', 'planned'],
    ]);
  });

  it('changes nothing when seeded again', async () => {
    const before = await rows();
    const qr = ds.createQueryRunner();
    await qr.startTransaction();
    try {
      expect(await seedDemoSurveyPlans(qr.manager)).toBe(4);
      const after = await rows(qr.manager);
      expect(after.map((o) => [o.id, o.dueAt.getTime(), o.status])).toEqual(
        before.map((o) => [o.id, o.dueAt.getTime(), o.status]),
      );
    } finally {
      await qr.rollbackTransaction();
      await qr.release();
    }
  });
});
