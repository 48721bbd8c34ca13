import type { EntityManager } from 'typeorm';
import {
  ReportReviewEntity,
  ReportReviewScoreEntity,
  ReportRubricCriterionEntity,
  ReportRubricLevelEntity,
  ReportStageEntity,
  ReportSubmissionEntity,
} from '../reports/report.entity.js';

/** Fixed ids so that seeding twice changes nothing (submissions and reviews are inserted once). */
const id = (group: string, n: number) =>
  `00000000-0000-4000-${group}-0000000000${String(n).padStart(2, '0')}`;
const stg = (n: number) => id('e500', n);
const crt = (n: number) => id('e510', n);
const lvl = (n: number) => id('e520', n);
const sub = (n: number) => id('e530', n);
const rev = (n: number) => id('e540', n);
const PROGRAMME = '00000000-0000-4000-a000-000000000001';
const INSTRUCTOR = '00000000-0000-4000-9000-000000000003';
const AMINATH = '00000000-0000-4000-9000-000000000004';
const YIJUN = '00000000-0000-4000-9000-000000000005';

/**
 * The action-plan lifecycle of the Ministry of the Environment's programme (its last phase ends on
 * 2027-09-30, Tokyo): an inception report before arrival, the action plan at the end of the Tokyo
 * weeks, a final report three months after the end. The action plan has a rubric; one trainee's plan
 * is accepted, another's returned for revision.
 */
const STAGES: Omit<ReportStageEntity, 'createdAt' | 'updatedAt' | 'programme'>[] = [
  {
    id: stg(1),
    programmeId: PROGRAMME,
    kind: 'inception_report',
    title: 'Inception report: waste management in your city today',
    instructions:
      'Two to four pages: your city, its waste streams and quantities, collection and treatment, and the ' +
      'problem you want to work on during the programme.',
    dueMode: 'at',
    dueMonthsAfterEnd: null,
    dueAt: new Date('2027-02-12T14:59:59.999Z'),
    forms: 'both',
    requiredForCompletion: true,
    position: 0,
  },
  {
    id: stg(2),
    programmeId: PROGRAMME,
    kind: 'action_plan',
    title: 'Action plan',
    instructions:
      'What you will change at home in the next six months: objectives, activities, responsible bodies, ' +
      'budget, and the indicators by which you will know it worked.',
    dueMode: 'at',
    dueMonthsAfterEnd: null,
    dueAt: new Date('2027-03-05T14:59:59.999Z'),
    forms: 'both',
    requiredForCompletion: true,
    position: 1,
  },
  {
    id: stg(3),
    programmeId: PROGRAMME,
    kind: 'final_report',
    title: 'Final report: what your action plan achieved',
    instructions:
      'Results against the indicators of your action plan, what helped and what stood in the way.',
    dueMode: 'months_after_end',
    dueMonthsAfterEnd: 3,
    dueAt: new Date('2027-12-30T14:59:59.999Z'),
    forms: 'both',
    requiredForCompletion: true,
    position: 2,
  },
];

const LEVELS = [
  { label: 'Beginning', points: 1 },
  { label: 'Developing', points: 2 },
  { label: 'Accomplished', points: 3 },
];

const CRITERIA = [
  {
    title: 'Relevance',
    description: 'Addresses a real problem of the city named in the inception report.',
    weight: 2,
  },
  {
    title: 'Feasibility',
    description: 'Resources, responsibilities and a timeline that can work.',
    weight: 2,
  },
  {
    title: 'Measurable indicators',
    description: 'Baselines and targets that can be checked later.',
    weight: 1,
  },
];

/** Idempotent: the same rows every time, in the caller's transaction. */
export async function seedDemoReports(em: EntityManager): Promise<number> {
  await em.upsert(ReportStageEntity, STAGES, ['id']);
  await em.upsert(
    ReportRubricCriterionEntity,
    CRITERIA.map((c, i) => ({ ...c, id: crt(i + 1), stageId: stg(2), position: i })),
    ['id'],
  );
  await em.upsert(
    ReportRubricLevelEntity,
    CRITERIA.flatMap((_, i) =>
      LEVELS.map((l, j) => ({
        ...l,
        id: lvl(i * 3 + j + 1),
        criterionId: crt(i + 1),
        position: j,
        description: null,
      })),
    ),
    ['id'],
  );
  const insertOnce = async <T extends object>(entity: new () => T, rows: T[]) => {
    await em.createQueryBuilder().insert().into(entity).values(rows).orIgnore().execute();
  };
  await insertOnce(ReportSubmissionEntity, [
    {
      id: sub(1),
      stageId: stg(2),
      userId: AMINATH,
      number: 1,
      text:
        'Objective: separate collection of organic waste in two districts of Malé by 2028.\n' +
        'Activities: household leaflets, a weekly organic collection day, a composting pilot.\n' +
        'Indicator: share of organic waste collected separately (baseline 0 %, target 30 %).',
      fileId: null,
      late: false,
      submittedAt: new Date('2027-03-04T05:00:00.000Z'),
    } as ReportSubmissionEntity,
    {
      id: sub(2),
      stageId: stg(2),
      userId: YIJUN,
      number: 1,
      text: 'Improve recycling in Taipei.',
      fileId: null,
      late: false,
      submittedAt: new Date('2027-03-04T06:00:00.000Z'),
    } as ReportSubmissionEntity,
  ]);
  await insertOnce(ReportReviewEntity, [
    {
      id: rev(1),
      submissionId: sub(1),
      stageId: stg(2),
      userId: AMINATH,
      decision: 'accepted',
      comment: 'A clear, feasible plan with a measurable target.',
      total: 2 * 3 + 2 * 2 + 1 * 3,
      reviewerId: INSTRUCTOR,
      reviewedAt: new Date('2027-03-05T02:00:00.000Z'),
    } as ReportReviewEntity,
    {
      id: rev(2),
      submissionId: sub(2),
      stageId: stg(2),
      userId: YIJUN,
      decision: 'returned',
      comment: 'Please name the districts, who does what, and an indicator with a baseline and a target.',
      total: 2 * 2 + 2 * 1 + 1 * 1,
      reviewerId: INSTRUCTOR,
      reviewedAt: new Date('2027-03-05T02:30:00.000Z'),
    } as ReportReviewEntity,
  ]);
  await insertOnce(ReportReviewScoreEntity, [
    { reviewId: rev(1), criterionId: crt(1), levelId: lvl(3) },
    { reviewId: rev(1), criterionId: crt(2), levelId: lvl(5) },
    { reviewId: rev(1), criterionId: crt(3), levelId: lvl(9) },
    { reviewId: rev(2), criterionId: crt(1), levelId: lvl(2) },
    { reviewId: rev(2), criterionId: crt(2), levelId: lvl(4) },
    { reviewId: rev(2), criterionId: crt(3), levelId: lvl(7) },
  ] as ReportReviewScoreEntity[]);
  return STAGES.length;
}
