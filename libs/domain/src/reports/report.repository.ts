import type { EntityManager } from 'typeorm';

/** What completion needs of reports: the stages it requires, and the stages each trainee has accepted. */
export interface ReportInputs {
  requiredStages: { id: string; title: string; kind: string }[];
  /** Stage ids (of this programme) with an accepted review, per trainee. */
  acceptedByUser: Map<string, Set<string>>;
}

/**
 * The report stages completion requires of a programme, in order, and per trainee the stages of the
 * programme accepted for them (a stage once accepted takes no more submissions, so it stays accepted);
 * optionally for these trainees only. Two queries.
 */
export async function reportCompletionInputs(
  manager: EntityManager,
  programmeId: string,
  userIds?: string[],
): Promise<ReportInputs> {
  const requiredStages = (await manager.query(
    `SELECT id, title, kind FROM report_stage
      WHERE programme_id = ? AND required_for_completion = 1 ORDER BY position, created_at, id`,
    [programmeId],
  )) as { id: string; title: string; kind: string }[];
  const acceptedByUser = new Map<string, Set<string>>();
  if (userIds && userIds.length === 0) return { requiredStages, acceptedByUser };
  const rows = (await manager.query(
    `SELECT r.user_id AS userId, r.stage_id AS stageId
       FROM report_review r JOIN report_stage s ON s.id = r.stage_id
      WHERE s.programme_id = ? AND r.decision = 'accepted'${userIds ? ' AND r.user_id IN (?)' : ''}`,
    userIds ? [programmeId, userIds] : [programmeId],
  )) as { userId: string; stageId: string }[];
  for (const r of rows) {
    let set = acceptedByUser.get(r.userId);
    if (!set) acceptedByUser.set(r.userId, (set = new Set()));
    set.add(r.stageId);
  }
  return { requiredStages, acceptedByUser };
}
