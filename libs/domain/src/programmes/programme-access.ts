import type { EntityManager } from 'typeorm';
import { hasRole, type Principal } from '../common/principal.js';

/**
 * What the caller may do with a programme. `manage`: an admin, or one of its coordinators. `teach`: one
 * of its instructors. `attend`: an enrolled trainee (waitlisted and withdrawn people see nothing of it).
 * Null: nothing, and the programme answers 404 to them, as if it did not exist.
 */
export type ProgrammeAccess = 'manage' | 'teach' | 'attend' | null;

export async function programmeAccess(
  em: EntityManager,
  p: Principal,
  programmeId: string,
): Promise<ProgrammeAccess> {
  return (await programmeAccessMany(em, p, [programmeId])).get(programmeId) ?? null;
}

/** The caller's access to each of these programmes, in one query (none for an admin). */
export async function programmeAccessMany(
  em: EntityManager,
  p: Principal,
  programmeIds: string[],
): Promise<Map<string, ProgrammeAccess>> {
  if (programmeIds.length === 0) return new Map();
  if (hasRole(p, 'admin')) return new Map(programmeIds.map((id) => [id, 'manage' as const]));
  const rows = (await em.query(
    `SELECT id,
            (SELECT GROUP_CONCAT(role) FROM programme_staff WHERE programme_id = x.id AND user_id = ?) AS staff,
            (SELECT status FROM enrolment WHERE programme_id = x.id AND user_id = ?) AS enrolment
       FROM programme x WHERE x.id IN (?)`,
    [p.id, p.id, programmeIds],
  )) as { id: string; staff: string | null; enrolment: string | null }[];
  const access = (r: (typeof rows)[number]): ProgrammeAccess => {
    const staff = r.staff?.split(',') ?? [];
    if (staff.includes('coordinator') && hasRole(p, 'coordinator')) return 'manage';
    if (staff.includes('instructor') && hasRole(p, 'instructor')) return 'teach';
    if (r.enrolment && ['invited', 'active', 'completed', 'not_completed'].includes(r.enrolment))
      return 'attend';
    return null;
  };
  return new Map(rows.map((r) => [r.id, access(r)]));
}

/** SQL condition (on alias `p`) for the programmes the caller reaches at all, with its parameters. */
export function visibleProgrammes(p: Principal): { where: string; params: unknown[] } {
  if (hasRole(p, 'admin')) return { where: '1 = 1', params: [] };
  return {
    where: `(EXISTS (SELECT 1 FROM programme_staff s WHERE s.programme_id = p.id AND s.user_id = ?)
         OR EXISTS (SELECT 1 FROM enrolment e WHERE e.programme_id = p.id AND e.user_id = ?
                     AND e.status IN ('invited', 'active', 'completed', 'not_completed')))`,
    params: [p.id, p.id],
  };
}
