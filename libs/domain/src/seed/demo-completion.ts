import type { EntityManager } from 'typeorm';
import type { CompletionRules } from '../completion/completion-rules.js';

/**
 * Completion rules of the demo programmes: MOEJ-2027-MSW asks for 80 % attendance, 60 % in the post-test and
 * its reports accepted (its trainees see what they still lack); the FY2023 bilateral meetings asked for
 * 75 % attendance, which its cohort (all completed) met. Written whole each time: seeding twice is a no-op.
 */
const RULES: [string, CompletionRules][] = [
  [
    '00000000-0000-4000-a000-000000000001',
    { minAttendancePercent: 80, postTestPassPercent: 60, reportsAccepted: true },
  ],
  [
    '00000000-0000-4000-a000-000000000004',
    { minAttendancePercent: 75, postTestPassPercent: null, reportsAccepted: false },
  ],
];

export async function seedDemoCompletion(em: EntityManager): Promise<number> {
  for (const [id, rules] of RULES)
    await em.query(`UPDATE programme SET completion_rules = ? WHERE id = ?`, [JSON.stringify(rules), id]);
  return RULES.length;
}
