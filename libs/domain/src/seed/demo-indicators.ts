import type { EntityManager } from 'typeorm';
import { ActionPlanIndicatorEntity, ActionPlanIndicatorValueEntity } from '../reports/indicator.entity.js';
import { periodKey } from '../reports/indicator-progress.js';

/** Fixed ids so that seeding twice changes nothing (values are inserted once). */
const id = (group: string, n: number) =>
  `00000000-0000-4000-${group}-0000000000${String(n).padStart(2, '0')}`;
const ind = (n: number) => id('e600', n);
const val = (n: number) => id('e610', n);
const PROGRAMME = '00000000-0000-4000-a000-000000000001';
/** The action-plan stage of demo-reports.ts, where Aminath's plan was accepted. */
const ACTION_PLAN = '00000000-0000-4000-e500-000000000002';
const AMINATH = '00000000-0000-4000-9000-000000000004';

/**
 * L4: the two indicators of the demo trainee's accepted action plan (Malé, separate organic collection),
 * and their values at the +90-day follow-up (the programme ends on 2027-09-30, Tokyo).
 */
const INDICATORS: Omit<ActionPlanIndicatorEntity, 'createdAt' | 'updatedAt'>[] = [
  {
    id: ind(1),
    programmeId: PROGRAMME,
    stageId: ACTION_PLAN,
    userId: AMINATH,
    catalogueCode: 'organic_separate_collection',
    name: 'Organic waste collected separately',
    unit: 'percent',
    unitLabel: null,
    baselineValue: 0,
    baselineOn: '2027-02-01',
    targetValue: 30,
    targetOn: '2028-12-31',
    note: 'Two pilot districts of Malé; share of the organic fraction, by weight at the transfer station.',
  },
  {
    id: ind(2),
    programmeId: PROGRAMME,
    stageId: ACTION_PLAN,
    userId: AMINATH,
    catalogueCode: 'waste_landfilled',
    name: 'Waste sent to landfill or dumpsites',
    unit: 'tonnes_per_day',
    unitLabel: null,
    baselineValue: 120,
    baselineOn: '2027-02-01',
    targetValue: 96,
    targetOn: '2028-12-31',
    note: 'Thilafushi intake from the two pilot districts.',
  },
];

/** Idempotent: the same rows every time, in the caller's transaction. */
export async function seedDemoIndicators(em: EntityManager): Promise<number> {
  await em.upsert(ActionPlanIndicatorEntity, INDICATORS, ['id']);
  const values: Partial<ActionPlanIndicatorValueEntity>[] = [
    {
      id: val(1),
      indicatorId: ind(1),
      value: 9.5,
      comment: 'Weekly organic collection day started in October.',
    },
    { id: val(2), indicatorId: ind(2), value: 113, comment: null },
  ].map((v) => ({
    ...v,
    followUp: '90' as const,
    periodKey: periodKey('90', '2027-12-29'),
    asOf: '2027-12-29',
    evidenceUrl: null,
    reportedBy: AMINATH,
    reportedAt: new Date('2028-01-05T06:00:00.000Z'),
  }));
  await em
    .createQueryBuilder()
    .insert()
    .into(ActionPlanIndicatorValueEntity)
    .values(values)
    .orIgnore()
    .execute();
  return INDICATORS.length;
}
