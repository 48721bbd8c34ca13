import type { EntityManager } from 'typeorm';
import { replanOccurrences } from '../surveys/survey-plan-rows.js';
import { SurveyPlanEntity } from '../surveys/survey-plan.entity.js';
import type { SurveyQuestionInput } from '../surveys/survey-rules.js';
import { SurveyTemplateEntity } from '../surveys/survey.entity.js';

/** The ADB programme for the Maldives (phases to 30 April 2027, Tokyo). */
export const DEMO_PLAN_PROGRAMME = '00000000-0000-4000-a000-000000000002';
const COORDINATOR = '00000000-0000-4000-9000-000000000002';
/** The seeded templates of demo-surveys.ts, and a third for the L3 follow-ups. */
const L1_TEMPLATE = '00000000-0000-4000-e000-000000000001';
const END_TEMPLATE = '00000000-0000-4000-e000-000000000002';
const L3_TEMPLATE = '00000000-0000-4000-e000-000000000003';

const L3: SurveyQuestionInput[] = [
  {
    kind: 'single_choice',
    texts: {
      en: 'Have you applied what you learned in your own work?',
      ja: '研修で学んだことを業務に活用しましたか。',
    },
    options: [
      { id: 'yes', texts: { en: 'Yes, regularly', ja: 'はい、日常的に' } },
      { id: 'some', texts: { en: 'Sometimes', ja: 'ときどき' } },
      { id: 'no', texts: { en: 'Not yet', ja: 'まだ' } },
    ],
  },
  {
    kind: 'multiple_choice',
    texts: { en: 'What have you changed since?', ja: '研修後に何を変えましたか。' },
    options: [
      { id: 'sep', texts: { en: 'Separation at source', ja: '分別収集' } },
      { id: 'col', texts: { en: 'Collection routes', ja: '収集ルート' } },
      { id: 'plan', texts: { en: 'The action plan’s first steps', ja: 'アクションプランの第一歩' } },
    ],
  },
  {
    kind: 'text',
    texts: { en: 'What stands in the way?', ja: '障害となっていることは何ですか。' },
    required: false,
  },
];

/**
 * An evaluation plan for the ADB programme: an L1 after each site visit, the programme-end survey, and L3
 * follow-ups 90 and 180 days after its end, with their occurrences planned as the worker would (seeding
 * twice changes nothing: the plan is upserted, and re-planning an unchanged programme writes nothing).
 */
export async function seedDemoSurveyPlans(em: EntityManager): Promise<number> {
  await em.upsert(
    SurveyTemplateEntity,
    [
      {
        id: L3_TEMPLATE,
        title: 'Behaviour follow-up (L3)',
        questions: JSON.stringify(L3),
        createdBy: COORDINATOR,
      },
    ],
    ['id'],
  );
  const levels = [
    { level: 'L1' as const, templateId: L1_TEMPLATE, openDays: 7, sessionKinds: 'site_visit' },
    { level: 'programme_end' as const, templateId: END_TEMPLATE, openDays: 14, sessionKinds: null },
    { level: 'L3_90' as const, templateId: L3_TEMPLATE, openDays: 30, sessionKinds: null },
    { level: 'L3_180' as const, templateId: L3_TEMPLATE, openDays: 30, sessionKinds: null },
  ];
  await em.upsert(
    SurveyPlanEntity,
    levels.map((l) => ({
      programmeId: DEMO_PLAN_PROGRAMME,
      ...l,
      anonymous: true,
      reminderDays: '3',
      minGroupSize: 3,
      updatedBy: COORDINATOR,
    })),
    ['programmeId', 'level'],
  );
  await replanOccurrences(em, DEMO_PLAN_PROGRAMME);
  return levels.length;
}
