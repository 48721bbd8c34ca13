import type { EntityManager } from 'typeorm';
import type { Gender } from '../users/user.entity.js';

/**
 * Genders of some demo trainees, as they stated them, for the funder report's breakdown; the others stay
 * not recorded (null), which the report shows as such. Written whole each time: seeding twice is a no-op.
 */
const GENDERS: [string, Gender][] = [
  ['trainee@kenshu.example', 'female'],
  ['trainee.taipei@kenshu.example', 'male'],
  ['trainee.seoul@kenshu.example', 'female'],
  ['trainee.aarhus@kenshu.example', 'undisclosed'],
  ['trainee.bangkok@kenshu.example', 'male'],
];

export async function seedDemoDashboards(em: EntityManager): Promise<number> {
  for (const [email, gender] of GENDERS)
    await em.query(`UPDATE user SET gender = ? WHERE email = ?`, [gender, email]);
  return GENDERS.length;
}
