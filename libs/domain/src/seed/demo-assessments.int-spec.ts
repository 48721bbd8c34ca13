import type { DataSource } from 'typeorm';
import { testConfig } from '@kenshu/testing';
import { createDataSource } from '../data-source.js';
import { seedDemoAssessments } from './demo-assessments.js';

const PROGRAMME = '00000000-0000-4000-a000-000000000001';

describe('the demo assessments', () => {
  let ds: DataSource;

  beforeAll(async () => {
    ds = await createDataSource(testConfig());
    await ds.initialize();
  });

  afterAll(async () => {
    await ds?.destroy();
  });

  it('seeds the demo tests once, however often the seed runs', async () => {
    const count = async () =>
      Number(
        (
          (await ds.query(
            `SELECT COUNT(*) AS n FROM assessment_answer a JOIN assessment_attempt t ON t.id = a.attempt_id
              JOIN assessment s ON s.id = t.assessment_id WHERE s.programme_id = ?`,
            [PROGRAMME],
          )) as { n: string }[]
        )[0]!.n,
      );
    const before = await count();
    await ds.transaction((em) => seedDemoAssessments(em));
    expect(await count()).toBe(before);
    expect(before).toBe(2 * 5 * 6);
  });
});
