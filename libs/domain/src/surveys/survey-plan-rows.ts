import { IANAZone } from 'luxon';
import { EntityManager, In } from 'typeorm';
import { orderedUuid } from '../common/ordered-uuid.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { SessionEntity, type SessionKind } from '../sessions/session.entity.js';
import { SurveyOccurrenceEntity, SurveyPlanEntity, type OccurrenceStatus } from './survey-plan.entity.js';
import { missedAt, occurrenceKey, wantedOccurrences, type WantedOccurrence } from './survey-plan-times.js';

const zoneOr = (zone: string | null | undefined) => (zone && IANAZone.isValidZone(zone) ? zone : 'UTC');

/** What the plan wants of the programme now (nothing without a plan). */
export async function planWanted(
  em: EntityManager,
  programmeId: string,
  plans: SurveyPlanEntity[],
): Promise<WantedOccurrence[]> {
  if (plans.length === 0) return [];
  const programme = await em.findOneByOrFail(ProgrammeEntity, { id: programmeId });
  const sessions = await em.find(SessionEntity, {
    where: { programmeId },
    select: {
      id: true,
      kind: true,
      status: true,
      endsAt: true,
      allDayFrom: true,
      allDayTo: true,
      timeZone: true,
    },
  });
  const [phase] = (await em.query(
    `SELECT DATE_FORMAT(MAX(ends_on), '%Y-%m-%d') AS endsOn FROM programme_phase WHERE programme_id = ?`,
    [programmeId],
  )) as { endsOn: string | null }[];
  const zone = zoneOr(programme.hostTimeZone);
  return wantedOccurrences(
    plans.map((p) => ({
      level: p.level,
      sessionKinds: p.sessionKinds ? (p.sessionKinds.split(',') as SessionKind[]) : null,
    })),
    sessions.map((s) => ({ ...s, timeZone: zoneOr(s.timeZone || zone) })),
    phase?.endsOn ?? null,
    zone,
  );
}

/**
 * Brings the programme's occurrences in line with its plan, sessions and dates, in the caller's
 * transaction: new rows planned, planned (and cancelled) rows moved to their due time, rows no longer
 * wanted cancelled; created and missed rows never change, nor rows a poller is making a survey of right now (they
 * are locked: SKIP LOCKED leaves them alone). Re-plans of one programme run one at a time (its plan rows
 * are locked); with `skipBusy`, a programme being re-planned elsewhere is skipped (false returned).
 * `retryFailed` plans failed rows again (on save: the coordinator may have fixed the template).
 */
export async function replanOccurrences(
  em: EntityManager,
  programmeId: string,
  options: { skipBusy?: boolean; retryFailed?: boolean; now?: Date } = {},
): Promise<boolean> {
  const now = options.now ?? new Date();
  const plans = (await em.query(
    `SELECT level FROM survey_plan WHERE programme_id = ? FOR UPDATE${options.skipBusy ? ' SKIP LOCKED' : ''}`,
    [programmeId],
  )) as { level: string }[];
  if (options.skipBusy) {
    const [all] = (await em.query(`SELECT COUNT(*) AS n FROM survey_plan WHERE programme_id = ?`, [
      programmeId,
    ])) as { n: string }[];
    if (plans.length < Number(all!.n)) return false;
  }
  const planRows = await em.find(SurveyPlanEntity, { where: { programmeId } });
  const wanted = await planWanted(em, programmeId, planRows);
  const openDays = new Map(planRows.map((p) => [p.level, p.openDays]));
  const mine = new Map(
    (
      (await em.query(
        `SELECT id, level, session_key AS sessionKey, status, due_at AS dueAt FROM survey_occurrence
          WHERE programme_id = ? AND status NOT IN ('created', 'missed') FOR UPDATE SKIP LOCKED`,
        [programmeId],
      )) as { id: string; level: string; sessionKey: string; status: OccurrenceStatus; dueAt: Date }[]
    ).map((r) => [`${r.level}|${r.sessionKey}`, r]),
  );
  const existing = new Set(
    (
      (await em.query(
        `SELECT level, session_key AS sessionKey FROM survey_occurrence WHERE programme_id = ?`,
        [programmeId],
      )) as { level: string; sessionKey: string }[]
    ).map((r) => `${r.level}|${r.sessionKey}`),
  );
  const fresh: WantedOccurrence[] = [];
  const wantedKeys = new Set<string>();
  for (const w of wanted) {
    const key = occurrenceKey(w);
    wantedKeys.add(key);
    const row = mine.get(key);
    if (!row) {
      if (!existing.has(key)) fresh.push(w);
      continue;
    }
    const stays = row.status === 'failed' && !options.retryFailed;
    if (!stays && (row.status !== 'planned' || new Date(row.dueAt).getTime() !== w.dueAt.getTime()))
      await em.update(
        SurveyOccurrenceEntity,
        { id: row.id },
        { status: 'planned', dueAt: w.dueAt, error: null },
      );
  }
  const gone = [...mine.entries()]
    .filter(([key, row]) => !wantedKeys.has(key) && row.status !== 'cancelled')
    .map(([, row]) => row.id);
  if (gone.length)
    await em.update(SurveyOccurrenceEntity, { id: In(gone) }, { status: 'cancelled', error: null });
  if (fresh.length)
    // A concurrent re-plan may have just inserted the same key: then that row stands (no duplicate).
    await em.query(
      `INSERT INTO survey_occurrence (id, programme_id, level, session_id, session_key, due_at, status)
       VALUES ? ON DUPLICATE KEY UPDATE id = id`,
      [
        fresh.map((w) => [
          orderedUuid(),
          programmeId,
          w.level,
          w.sessionId,
          w.sessionId ?? '',
          w.dueAt,
          missedAt(w, openDays.get(w.level) ?? 0, now) ? 'missed' : 'planned',
        ]),
      ],
    );
  return true;
}
