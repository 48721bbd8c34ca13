import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import type { DataSource } from 'typeorm';
import { createDataSource } from '@kenshu/domain';
import {
  call,
  DEMO,
  KenshuProcess,
  signIn,
  startApi,
  startWorker,
  testConfig,
  testQueuePrefix,
  until,
  type SignedInUser,
} from '@kenshu/testing';

type Problem = { status: number; code: string; errors?: { field: string; reason: string }[] };
type Occurrence = {
  id: string;
  level: string;
  sessionId: string | null;
  sessionTitle: string | null;
  dueAt: { utc: string; local: { zone: string }; host: { dateTime: string; zone: string } };
  status: string;
  surveyId: string | null;
  error: string | null;
};
type Plan = {
  programmeId: string;
  levels: { level: string; openDays: number; sessionKinds: string[] | null }[];
};
type Survey = {
  id: string;
  level: string;
  sessionId: string | null;
  status: string;
  invited: number;
  opensAt: { utc: string };
  closesAt: { utc: string };
};

const ZONE = 'Europe/Warsaw';

describe('survey plans: L1 after sessions, programme end and L3 follow-ups planned as rows', () => {
  let api: KenshuProcess & { url: string };
  const workers: KenshuProcess[] = [];
  let ds: DataSource;
  let coordinator: SignedInUser;
  let instructor: SignedInUser;
  let trainee: SignedInUser;
  let admin: SignedInUser;
  let programmeId: string;
  let foreignId: string;
  let templateId: string;
  const sessions: Record<'lecture' | 'webinar' | 'late', string> = { lecture: '', webinar: '', late: '' };
  const tag = Date.now().toString(36).toUpperCase();
  const queuePrefix = testQueuePrefix('survey-plans');

  const req = <T = Record<string, unknown>>(
    method: string,
    path: string,
    who?: SignedInUser,
    body?: unknown,
  ) => call<T & Problem>(api.url, method, `/api/v1${path}`, { token: who?.accessToken, body });
  const occurrences = async () => {
    const res = await req<Occurrence[]>('GET', `/programmes/${programmeId}/survey-occurrences`, coordinator);
    expect(res.status).toBe(200);
    return res.body;
  };
  const of = (list: Occurrence[], level: string, sessionId: string | null = null) =>
    list.find((o) => o.level === level && o.sessionId === sessionId);
  const plan = (kinds: string[] | null = ['lecture']) => ({
    levels: [
      { level: 'L1', templateId, sessionKinds: kinds, reminderDays: [3], minGroupSize: 1 },
      { level: 'programme_end', templateId, anonymous: false },
      { level: 'L3_90', templateId },
      { level: 'L3_180', templateId, openDays: 45 },
    ],
  });
  /** A wall-clock time in the host zone, `days` from today, as the sessions API takes it. */
  const local = (days: number, time: string) =>
    `${DateTime.now().setZone(ZONE).plus({ days }).toISODate()}T${time}`;
  /** Moves a session (in the database, as time passing would) to have ended `hours` ago. */
  const endedAgo = (sessionId: string, hours: number) =>
    ds.query(`UPDATE session SET starts_at = ?, ends_at = ? WHERE id = ?`, [
      new Date(Date.now() - (hours + 1) * 3_600_000),
      new Date(Date.now() - hours * 3_600_000),
      sessionId,
    ]);
  const surveysOf = (sessionId: string) =>
    ds.query(`SELECT id FROM survey WHERE session_id = ? AND level = 'L1'`, [sessionId]) as Promise<
      { id: string }[]
    >;

  beforeAll(async () => {
    api = await startApi({ QUEUE_PREFIX: queuePrefix });
    [coordinator, instructor, trainee, admin] = await Promise.all(
      [DEMO.coordinator, DEMO.instructor, DEMO.trainee, DEMO.admin].map((e) => signIn(api.url, e)),
    );
    const other = await signIn(api.url, DEMO.otherTrainee);
    ds = await createDataSource(testConfig());
    await ds.initialize();
    const created = await req<{ id: string }>('POST', '/programmes', coordinator, {
      code: `PLAN-${tag}`,
      title: `Evaluation plan ${tag}`,
      mode: 'hybrid',
      hostTimeZone: ZONE,
    });
    expect(created.status).toBe(201);
    programmeId = created.body.id;
    await req('PUT', `/programmes/${programmeId}/staff`, coordinator, {
      coordinators: [coordinator.user.id],
      instructors: [instructor.user.id],
    });
    const foreign = await req<{ id: string }>('POST', '/programmes', admin, {
      code: `PLAN2-${tag}`,
      title: `Someone else’s ${tag}`,
      mode: 'online',
      hostTimeZone: 'Asia/Tokyo',
    });
    foreignId = foreign.body.id;
    for (const who of [trainee, other])
      await ds.query(`INSERT INTO enrolment (id, programme_id, user_id, status) VALUES (?, ?, ?, 'active')`, [
        randomUUID(),
        programmeId,
        who.user.id,
      ]);
    const template = await req<{ id: string }>('POST', '/survey-templates', coordinator, {
      title: `Reaction ${tag}`,
      questions: [{ kind: 'nps', texts: { en: 'Would you recommend it?' } }],
    });
    templateId = template.body.id;
    const session = async (kind: string, days: number, title: string) => {
      const res = await req<{ id: string }>('POST', `/programmes/${programmeId}/sessions`, coordinator, {
        kind,
        title,
        startsAt: local(days, '10:00'),
        endsAt: local(days, '11:30'),
      });
      expect(res.status).toBe(201);
      return res.body.id;
    };
    sessions.lecture = await session('lecture', 20, 'Separation at source');
    sessions.webinar = await session('webinar', 21, 'Textile recycling webinar');
    sessions.late = await session('lecture', 40, 'Final disposal');
  });

  afterAll(async () => {
    for (const w of workers) await w.stop();
    await api?.stop();
    await ds?.destroy();
  });

  it('refuses trainees, instructors and another programme’s coordinator', async () => {
    for (const path of ['survey-plan', 'survey-occurrences']) {
      expect((await req('GET', `/programmes/${programmeId}/${path}`, trainee)).status).toBe(403);
      expect((await req('GET', `/programmes/${programmeId}/${path}`, instructor)).status).toBe(403);
      expect((await req('GET', `/programmes/${foreignId}/${path}`, coordinator)).status).toBe(404);
      expect((await req('GET', `/programmes/${foreignId}/${path}`, admin)).status).toBe(200);
    }
    expect((await req('PUT', `/programmes/${programmeId}/survey-plan`, trainee, plan())).status).toBe(403);
    expect((await req('PUT', `/programmes/${foreignId}/survey-plan`, coordinator, plan())).status).toBe(404);
  });

  it('refuses a bad plan, naming the field, and writes nothing', async () => {
    const put = (body: unknown) => req('PUT', `/programmes/${programmeId}/survey-plan`, coordinator, body);
    const unknown = await put({ levels: [{ level: 'L1', templateId: randomUUID() }] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual([
      { field: 'levels[0].templateId', reason: 'is not a survey template' },
    ]);
    const kinds = await put({ levels: [{ level: 'L1', templateId, sessionKinds: ['picnic'] }] });
    expect(kinds.status).toBe(400);
    expect(kinds.body.errors?.map((e) => e.field)).toContain('levels[0].sessionKinds');
    const twice = await put({
      levels: [
        { level: 'L3_90', templateId, sessionKinds: ['lecture'] },
        { level: 'L3_90', templateId, openDays: 10, reminderDays: [10] },
      ],
    });
    expect(twice.status).toBe(422);
    expect(twice.body.errors).toEqual([
      { field: 'levels[0].sessionKinds', reason: 'applies to L1 only' },
      { field: 'levels[1].level', reason: 'is given twice' },
      {
        field: 'levels[1].reminderDays[0]',
        reason: 'must be a whole number of days from 1 to 9 (before the survey closes)',
      },
    ]);
    const empty = await req<{ id: string }>('POST', '/survey-templates', coordinator, {
      title: `Empty ${tag}`,
      questions: [],
    });
    const noQuestions = await put({ levels: [{ level: 'programme_end', templateId: empty.body.id }] });
    expect(noQuestions.status).toBe(422);
    expect(noQuestions.body.errors).toEqual([{ field: 'levels[0].templateId', reason: 'has no questions' }]);
    expect(
      (await req<Plan>('GET', `/programmes/${programmeId}/survey-plan`, coordinator)).body.levels,
    ).toEqual([]);
    expect(await occurrences()).toEqual([]);
  });

  it('plans L1 after the sessions of the chosen kinds, the programme end and L3 at +90/+180 days', async () => {
    const saved = await req<Plan>('PUT', `/programmes/${programmeId}/survey-plan`, coordinator, plan());
    expect(saved.status).toBe(200);
    expect(saved.body.levels.map((l) => [l.level, l.openDays, l.sessionKinds])).toEqual([
      ['L1', 7, ['lecture']],
      ['programme_end', 7, null],
      ['L3_90', 30, null],
      ['L3_180', 45, null],
    ]);
    const audit = (await ds.query(
      `SELECT COUNT(*) AS n FROM audit_event WHERE action = 'survey_plan.updated' AND target_id = ?`,
      [programmeId],
    )) as { n: string }[];
    expect(Number(audit[0]!.n)).toBe(1);

    const list = await occurrences();
    // The webinar is not a lecture: no L1 for it.
    expect(list.filter((o) => o.level === 'L1').map((o) => o.sessionId)).toEqual([
      sessions.lecture,
      sessions.late,
    ]);
    expect(list.every((o) => o.status === 'planned' && o.surveyId === null)).toBe(true);
    const [lecture] = (await ds.query(`SELECT ends_at AS endsAt FROM session WHERE id = ?`, [
      sessions.lecture,
    ])) as { endsAt: Date }[];
    expect(of(list, 'L1', sessions.lecture)!.dueAt.utc).toBe(new Date(lecture!.endsAt).toISOString());
    // No phases: the programme ends with its last session, 11:30 in Warsaw; the follow-ups keep 11:30 there.
    const end = DateTime.fromISO(local(40, '11:30'), { zone: ZONE });
    expect(of(list, 'programme_end')!.dueAt.utc).toBe(end.toUTC().toISO());
    expect(of(list, 'L3_90')!.dueAt.utc).toBe(end.plus({ days: 90 }).toUTC().toISO());
    expect(of(list, 'L3_180')!.dueAt.utc).toBe(end.plus({ days: 180 }).toUTC().toISO());
    expect(of(list, 'L3_90')!.dueAt.host).toEqual({
      dateTime: end.plus({ days: 90 }).toISO({ suppressMilliseconds: true }),
      zone: ZONE,
    });
  });

  it('follows the kinds when the plan is saved again, and keeps one row per session', async () => {
    const saved = await req<Plan>('PUT', `/programmes/${programmeId}/survey-plan`, coordinator, plan(null));
    expect(saved.status).toBe(200);
    let list = await occurrences();
    expect(of(list, 'L1', sessions.webinar)!.status).toBe('planned');
    expect(list.filter((o) => o.level === 'L1')).toHaveLength(3);
    await req('PUT', `/programmes/${programmeId}/survey-plan`, coordinator, plan(['lecture']));
    list = await occurrences();
    expect(of(list, 'L1', sessions.webinar)!.status).toBe('cancelled');
    expect(list.filter((o) => o.level === 'L1')).toHaveLength(3);
    const rows = (await ds.query(`SELECT COUNT(*) AS n FROM survey_occurrence WHERE programme_id = ?`, [
      programmeId,
    ])) as { n: string }[];
    expect(Number(rows[0]!.n)).toBe(6);
  });

  it('makes, opens and sends the L1 survey once a session has ended, once, with two workers', async () => {
    // The lecture ended a month ago (as if no worker ran since): it is still made, once.
    await endedAgo(sessions.lecture, 30 * 24);
    for (let i = 0; i < 2; i++)
      workers.push(await startWorker({ QUEUE_PREFIX: queuePrefix, SURVEY_PLAN_POLL_S: '1' }));
    const done = await until(
      'the worker makes the L1 survey of the lecture',
      occurrences,
      (list) => of(list, 'L1', sessions.lecture)?.status === 'created',
      30_000,
      200,
    );
    const row = of(done, 'L1', sessions.lecture)!;
    const survey = (await req<Survey>('GET', `/surveys/${row.surveyId}`, coordinator)).body;
    expect(survey).toMatchObject({ level: 'L1', sessionId: sessions.lecture, status: 'open', invited: 2 });
    const openFor = Date.parse(survey.closesAt.utc) - Date.parse(survey.opensAt.utc);
    expect(openFor).toBe(7 * 24 * 3_600_000);
    expect(Date.now() - Date.parse(survey.opensAt.utc)).toBeLessThan(60_000);
    const mine = await req<{ surveyId: string }[]>('GET', '/me/surveys', trainee);
    expect(mine.body.map((s) => s.surveyId)).toContain(row.surveyId);

    // More polls and another save re-plan: nothing is made twice, the created row does not change.
    expect((await req('PUT', `/programmes/${programmeId}/survey-plan`, coordinator, plan())).status).toBe(
      200,
    );
    await new Promise((r) => setTimeout(r, 2_500));
    expect(await surveysOf(sessions.lecture)).toEqual([{ id: row.surveyId }]);
    const again = of(await occurrences(), 'L1', sessions.lecture)!;
    expect(again).toMatchObject({ status: 'created', surveyId: row.surveyId, dueAt: row.dueAt });
    const invitations = (await ds.query(`SELECT COUNT(*) AS n FROM survey_invitation WHERE survey_id = ?`, [
      row.surveyId,
    ])) as { n: string }[];
    expect(Number(invitations[0]!.n)).toBe(2);
    // The webinar is not covered by the plan: it ended too, yet gets no survey.
    await endedAgo(sessions.webinar, 1);
    await new Promise((r) => setTimeout(r, 2_500));
    expect(await surveysOf(sessions.webinar)).toEqual([]);
    expect(of(await occurrences(), 'L1', sessions.webinar)!.status).toBe('cancelled');
  });

  it('moves planned rows with a rescheduled session and cancels them with a cancelled one', async () => {
    const moved = await req('PATCH', `/sessions/${sessions.late}`, coordinator, {
      startsAt: local(45, '14:00'),
      endsAt: local(45, '15:00'),
    });
    expect(moved.status).toBe(200);
    const end = DateTime.fromISO(local(45, '15:00'), { zone: ZONE });
    const followed = await until(
      'the poller re-plans the rescheduled session',
      occurrences,
      (list) => of(list, 'L1', sessions.late)?.dueAt.utc === end.toUTC().toISO(),
      15_000,
      200,
    );
    expect(of(followed, 'programme_end')!.dueAt.utc).toBe(end.toUTC().toISO());
    expect(of(followed, 'L3_180')!.dueAt.utc).toBe(end.plus({ days: 180 }).toUTC().toISO());

    expect(
      (await req('POST', `/sessions/${sessions.late}/cancel`, coordinator, { reason: 'Plant closed' }))
        .status,
    ).toBe(200);
    const cancelled = await until(
      'the poller cancels the planned L1 of the cancelled session',
      occurrences,
      (list) => of(list, 'L1', sessions.late)?.status === 'cancelled',
      15_000,
      200,
    );
    // The programme now ends with the webinar, the last session left.
    const [webinar] = (await ds.query(`SELECT ends_at AS endsAt FROM session WHERE id = ?`, [
      sessions.webinar,
    ])) as { endsAt: Date }[];
    expect(of(cancelled, 'programme_end')!.dueAt.utc).toBe(new Date(webinar!.endsAt).toISOString());
  });

  it('marks a row failed when its survey cannot be made, and tries again when the plan is saved', async () => {
    const questions = (
      await req<{ questions: unknown[] }>('GET', `/survey-templates/${templateId}`, coordinator)
    ).body.questions;
    expect(
      (await req('PATCH', `/survey-templates/${templateId}`, coordinator, { questions: [] })).status,
    ).toBe(200);
    const made = await req<{ id: string }>('POST', `/programmes/${programmeId}/sessions`, coordinator, {
      kind: 'lecture',
      title: 'Intermediate treatment',
      startsAt: local(50, '10:00'),
      endsAt: local(50, '11:00'),
    });
    expect(made.status).toBe(201);
    await endedAgo(made.body.id, 2);
    const failed = await until(
      'the poller gives up on the survey without questions',
      occurrences,
      (list) => of(list, 'L1', made.body.id)?.status === 'failed',
      15_000,
      200,
    );
    expect(of(failed, 'L1', made.body.id)!.error).toBe('questions must have at least one question');
    expect(await surveysOf(made.body.id)).toEqual([]);

    await req('PATCH', `/survey-templates/${templateId}`, coordinator, {
      questions: questions.map((q) => ({ kind: 'nps', texts: (q as { texts: unknown }).texts })),
    });
    expect((await req('PUT', `/programmes/${programmeId}/survey-plan`, coordinator, plan())).status).toBe(
      200,
    );
    const created = await until(
      'the poller makes it once the plan is saved again',
      occurrences,
      (list) => of(list, 'L1', made.body.id)?.status === 'created',
      15_000,
      200,
    );
    expect(of(created, 'L1', made.body.id)!.error).toBeNull();
    expect(await surveysOf(made.body.id)).toHaveLength(1);
  });

  it('keeps a session that was long over before the plan covered it as missed, and never surveys it', async () => {
    // No worker re-plans while the session is moved into the past.
    for (const w of workers.splice(0)) await w.stop();
    const made = await req<{ id: string }>('POST', `/programmes/${programmeId}/sessions`, coordinator, {
      kind: 'lecture',
      title: 'Composting for markets',
      startsAt: local(60, '10:00'),
      endsAt: local(60, '11:00'),
    });
    expect(made.status).toBe(201);
    // Over for ten days, longer than the L1 survey would be open (7 days), before the plan saw it.
    await endedAgo(made.body.id, 10 * 24);
    expect((await req('PUT', `/programmes/${programmeId}/survey-plan`, coordinator, plan())).status).toBe(
      200,
    );
    expect(of(await occurrences(), 'L1', made.body.id)?.status).toBe('missed');
    // Neither the poller nor another save makes it or plans it again.
    await req('PUT', `/programmes/${programmeId}/survey-plan`, coordinator, plan());
    workers.push(await startWorker({ QUEUE_PREFIX: queuePrefix, SURVEY_PLAN_POLL_S: '1' }));
    await new Promise((r) => setTimeout(r, 3_000));
    expect(of(await occurrences(), 'L1', made.body.id)?.status).toBe('missed');
    expect(await surveysOf(made.body.id)).toEqual([]);
  });
});
