import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createDataSource } from '@kenshu/domain';
import {
  call,
  DEMO,
  signIn,
  startApi,
  testConfig,
  testQueuePrefix,
  type SignedInUser,
} from '@kenshu/testing';

type Problem = { status: number; code: string; errors?: { field: string; reason: string }[] };
type Value = { id: string; followUp: string; asOf: string; value: number; comment: string | null };
type Indicator = {
  id: string;
  userId: string;
  catalogueCode: string | null;
  name: string;
  unit: string;
  unitLabel: string | null;
  baseline: { value: number; on: string };
  target: { value: number; on: string };
  latest: number | null;
  change: number | null;
  progress: number | null;
  values: (Value & { reportedAt: { utc: string; local: { zone: string }; host: { zone: string } } })[];
};
type Summary = {
  traineesWithAcceptedPlan: number;
  traineesWithIndicators: number;
  indicators: number;
  freeIndicators: number;
  followUps: {
    followUp: string;
    indicatorsReported: number;
    traineesReported: number;
    responseRate: number | null;
  }[];
  catalogue: { code: string; indicators: number; withProgress: number; medianProgress: number | null }[];
};

describe('action-plan indicators: L4 results at follow-up', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let ds: DataSource;
  let coordinator: SignedInUser;
  let instructor: SignedInUser;
  let trainee: SignedInUser;
  let other: SignedInUser;
  let programmeId: string;
  let planStageId: string;
  const tag = Date.now().toString(36).toUpperCase();

  const req = <T = Record<string, unknown>>(
    method: string,
    path: string,
    who: SignedInUser,
    body?: unknown,
  ) => call<T & Problem>(api.url, method, `/api/v1${path}`, { token: who.accessToken, body });

  const COVERAGE = {
    catalogueCode: 'collection_coverage',
    baselineValue: 40,
    baselineOn: '2027-01-31',
    targetValue: 80,
    targetOn: '2028-12-31',
  };

  const newIndicator = async (who: SignedInUser, body: Record<string, unknown> = COVERAGE) => {
    const res = await req<Indicator>('POST', `/report-stages/${planStageId}/indicators`, who, body);
    expect(res.status).toBe(201);
    return res.body;
  };

  const fields = (res: { body: Problem }) => res.body.errors?.map((e) => e.field).sort();

  /** A new action-plan stage, the trainee's text submission to it, and (when asked) its acceptance. */
  const planStage = async (accept: boolean, who: SignedInUser = trainee) => {
    const stage = await req<{ id: string }>('POST', `/programmes/${programmeId}/report-stages`, coordinator, {
      kind: 'action_plan',
      title: `Action plan ${tag} ${randomUUID().slice(0, 8)}`,
      dueAt: '2099-03-05T09:00:00Z',
      requiredForCompletion: false,
    });
    expect(stage.status).toBe(201);
    if (accept) {
      const sub = await req<{ id: string }>('POST', `/report-stages/${stage.body.id}/submissions`, who, {
        text: 'Separate organic collection in two districts by 2028.',
      });
      expect(sub.status).toBe(201);
      const review = await req('POST', `/report-submissions/${sub.body.id}/review`, coordinator, {
        decision: 'accepted',
        scores: [],
      });
      expect(review.status).toBe(201);
    }
    return stage.body.id;
  };

  beforeAll(async () => {
    api = await startApi({ QUEUE_PREFIX: testQueuePrefix('indicators') });
    [coordinator, instructor, trainee, other] = await Promise.all(
      [DEMO.coordinator, DEMO.instructor, DEMO.trainee, DEMO.otherTrainee].map((e) => signIn(api.url, e)),
    );
    ds = await createDataSource(testConfig());
    await ds.initialize();
    const created = await req<{ id: string }>('POST', '/programmes', coordinator, {
      code: `IND-${tag}`,
      title: `Indicators ${tag}`,
      mode: 'online',
      hostTimeZone: 'Asia/Tokyo',
      phases: [{ name: 'Online', kind: 'distance', startsOn: '2027-02-01', endsOn: '2027-02-28' }],
    });
    expect(created.status).toBe(201);
    programmeId = created.body.id;
    await req('PUT', `/programmes/${programmeId}/staff`, coordinator, {
      coordinators: [coordinator.user.id],
      instructors: [instructor.user.id],
    });
    for (const who of [trainee, other])
      await ds.query(`INSERT INTO enrolment (id, programme_id, user_id, status) VALUES (?, ?, ?, 'active')`, [
        randomUUID(),
        programmeId,
        who.user.id,
      ]);
    planStageId = await planStage(false);
  });

  afterAll(async () => {
    await api?.stop();
    await ds?.destroy();
  });

  it('lists the catalogue of common waste-management indicators with their units', async () => {
    const res = await req<{ code: string; unit: string }[]>('GET', '/indicator-catalogue', trainee);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'collection_coverage', unit: 'percent' }),
        expect.objectContaining({ code: 'landfill_diversion', name: 'Landfill diversion rate' }),
        expect.objectContaining({ code: 'waste_landfilled', unit: 'tonnes_per_day' }),
      ]),
    );
  });

  it('lets a trainee add a catalogue indicator and a free one with its own unit to their plan', async () => {
    const coverage = await newIndicator(trainee);
    expect(coverage).toMatchObject({
      userId: trainee.user.id,
      catalogueCode: 'collection_coverage',
      name: 'Household waste collection coverage',
      unit: 'percent',
      unitLabel: null,
      baseline: { value: 40, on: '2027-01-31' },
      target: { value: 80, on: '2028-12-31' },
      latest: null,
      progress: null,
      values: [],
    });
    const free = await newIndicator(trainee, {
      name: 'Households with a compost bin',
      unit: 'other',
      unitLabel: 'households',
      baselineValue: 120,
      baselineOn: '2027-01-31',
      targetValue: 1000,
      targetOn: '2028-06-30',
      note: 'From the district survey',
    });
    expect(free).toMatchObject({ catalogueCode: null, unit: 'other', unitLabel: 'households' });
    const mine = await req<Indicator[]>('GET', `/report-stages/${planStageId}/indicators`, trainee);
    expect(mine.body.map((i) => i.id)).toEqual(expect.arrayContaining([coverage.id, free.id]));
    expect(mine.body.every((i) => i.userId === trainee.user.id)).toBe(true);
  });

  it('refuses invalid numbers and dates with the fields named (400 for the shape, 422 for the rules)', async () => {
    const path = `/report-stages/${planStageId}/indicators`;
    const text = await req('POST', path, trainee, { ...COVERAGE, baselineValue: '40' });
    expect(text.status).toBe(400);
    expect(fields(text)).toEqual(['baselineValue']);
    // JSON's 1e400 parses to Infinity.
    const infinite = await call<Problem>(api.url, 'POST', `/api/v1${path}`, {
      token: trainee.accessToken,
      body: JSON.stringify({ ...COVERAGE, targetValue: 0 }).replace('"targetValue":0', '"targetValue":1e400'),
    });
    expect(infinite.status).toBe(400);
    expect(fields(infinite)).toEqual(['targetValue']);
    const shape = await req('POST', path, trainee, { ...COVERAGE, baselineOn: '31/01/2027', unit: 'kg' });
    expect(shape.status).toBe(400);
    expect(fields(shape)).toEqual(['baselineOn', 'unit']);
    const rules = await req('POST', path, trainee, {
      ...COVERAGE,
      baselineValue: 140,
      baselineOn: '2027-02-30',
    });
    expect(rules.status).toBe(422);
    expect(rules.body.code).toBe('INDICATOR.INVALID');
    expect(fields(rules)).toEqual(['baselineOn', 'baselineValue']);
    const order = await req('POST', path, trainee, { ...COVERAGE, targetOn: '2027-01-31' });
    expect(fields(order)).toEqual(['targetOn']);
    const noLabel = await req('POST', path, trainee, {
      name: 'Bins',
      unit: 'other',
      baselineValue: 1,
      baselineOn: '2027-01-01',
      targetValue: 2,
      targetOn: '2028-01-01',
    });
    expect(noLabel.status).toBe(422);
    expect(fields(noLabel)).toEqual(['unitLabel']);
    const wrongUnit = await req('POST', path, trainee, { ...COVERAGE, unit: 'count' });
    expect(fields(wrongUnit)).toEqual(['unit']);
    const count = await req('POST', path, trainee, {
      name: 'Collection points',
      unit: 'count',
      baselineValue: 2.5,
      baselineOn: '2027-01-01',
      targetValue: 10,
      targetOn: '2028-01-01',
    });
    expect(fields(count)).toEqual(['baselineValue']);
    const none = await ds.query(
      `SELECT COUNT(*) AS n FROM action_plan_indicator WHERE stage_id = ? AND name = 'Bins'`,
      [planStageId],
    );
    expect(Number(none[0].n)).toBe(0);
  });

  it('reports values per follow-up with progress; a second report for the same period replaces the first, the audit keeps both', async () => {
    const ind = await newIndicator(trainee);
    const path = `/indicators/${ind.id}/values`;
    const first = await req<Indicator>('POST', path, trainee, {
      followUp: '90',
      asOf: '2027-05-31',
      value: 50,
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ latest: 50, change: 10, progress: 0.25 });
    const again = await req<Indicator>('POST', path, trainee, {
      followUp: '90',
      asOf: '2027-05-31',
      value: 52,
      comment: 'Corrected after the district count',
      evidenceUrl: 'https://example.org/mal%C3%A9/coverage.pdf',
    });
    expect(again.status).toBe(201);
    expect(again.body.values).toHaveLength(1);
    expect(again.body.values[0]).toMatchObject({
      followUp: '90',
      value: 52,
      comment: 'Corrected after the district count',
    });
    expect(again.body.values[0]!.reportedAt.local.zone).toBe('Indian/Maldives');
    expect(again.body.values[0]!.reportedAt.host.zone).toBe('Asia/Tokyo');
    const later = await req<Indicator>('POST', path, trainee, {
      followUp: '180',
      asOf: '2027-08-31',
      value: 70,
    });
    expect(later.body).toMatchObject({ latest: 70, change: 30, progress: 0.75 });
    expect(later.body.values.map((v) => v.followUp)).toEqual(['90', '180']);
    const audit = (await ds.query(
      `SELECT details FROM audit_event WHERE action = 'indicator.value_reported' AND target_id = ? ORDER BY occurred_at, id`,
      [ind.id],
    )) as { details: string | Record<string, unknown> }[];
    const details = audit.map((a) => (typeof a.details === 'string' ? JSON.parse(a.details) : a.details));
    expect(details).toHaveLength(3);
    expect(details[0]).toMatchObject({ followUp: '90', value: 50, replaced: null });
    expect(details[1]).toMatchObject({ value: 52, replaced: { value: 50, asOf: '2027-05-31' } });
    // Staff see it too.
    const seen = await req<Indicator>('GET', `/indicators/${ind.id}`, instructor);
    expect(seen.status).toBe(200);
    expect(seen.body.latest).toBe(70);
  });

  it('refuses a value that is not finite, out of range for the unit, or dated before the baseline', async () => {
    const ind = await newIndicator(trainee);
    const path = `/indicators/${ind.id}/values`;
    const range = await req('POST', path, trainee, { followUp: '90', asOf: '2026-12-31', value: 101 });
    expect(range.status).toBe(422);
    expect(fields(range)).toEqual(['asOf', 'value']);
    const text = await req('POST', path, trainee, { followUp: '30', asOf: '2027-05-31', value: 'high' });
    expect(text.status).toBe(400);
    expect(fields(text)).toEqual(['followUp', 'value']);
    const url = await req('POST', path, trainee, {
      followUp: '90',
      asOf: '2027-05-31',
      value: 1,
      evidenceUrl: 'javascript:alert(1)',
    });
    expect(fields(url)).toEqual(['evidenceUrl']);
    expect((await req<Indicator>('GET', `/indicators/${ind.id}`, trainee)).body.values).toEqual([]);
  });

  it('hides a trainee’s indicators from another trainee (404), who can neither read, change nor report on them', async () => {
    const ind = await newIndicator(trainee);
    expect((await req('GET', `/indicators/${ind.id}`, other)).status).toBe(404);
    expect((await req('PATCH', `/indicators/${ind.id}`, other, { targetValue: 90 })).status).toBe(404);
    const value = await req('POST', `/indicators/${ind.id}/values`, other, {
      followUp: '90',
      asOf: '2027-05-31',
      value: 60,
    });
    expect(value.status).toBe(404);
    expect(value.body.code).toBe('COMMON.NOT_FOUND');
    const list = await req(
      'GET',
      `/report-stages/${planStageId}/indicators?userId=${trainee.user.id}`,
      other,
    );
    expect(list.status).toBe(404);
    const own = await req<Indicator[]>('GET', `/report-stages/${planStageId}/indicators`, other);
    expect(own.body.some((i) => i.userId === trainee.user.id)).toBe(false);
    const smuggled = await req('POST', `/report-stages/${planStageId}/indicators`, other, {
      ...COVERAGE,
      userId: trainee.user.id,
    });
    expect(smuggled.status).toBe(403);
    // Staff see everyone's, or one trainee's.
    const all = await req<Indicator[]>('GET', `/report-stages/${planStageId}/indicators`, coordinator);
    expect(all.body.map((i) => i.id)).toContain(ind.id);
    const one = await req<Indicator[]>(
      'GET',
      `/report-stages/${planStageId}/indicators?userId=${other.user.id}`,
      instructor,
    );
    expect(one.body.every((i) => i.userId === other.user.id)).toBe(true);
  });

  it('stops a trainee changing their indicators once the plan is accepted (409); staff still change them, audited', async () => {
    const stageId = await planStage(false);
    const made = await req<Indicator>('POST', `/report-stages/${stageId}/indicators`, trainee, COVERAGE);
    expect(made.status).toBe(201);
    const sub = await req<{ id: string }>('POST', `/report-stages/${stageId}/submissions`, trainee, {
      text: 'My plan',
    });
    await req('POST', `/report-submissions/${sub.body.id}/review`, instructor, {
      decision: 'accepted',
      scores: [],
    });

    const edit = await req('PATCH', `/indicators/${made.body.id}`, trainee, { targetValue: 90 });
    expect(edit.status).toBe(409);
    expect(edit.body.code).toBe('INDICATOR.PLAN_ACCEPTED');
    const add = await req('POST', `/report-stages/${stageId}/indicators`, trainee, COVERAGE);
    expect(add.status).toBe(409);
    // Follow-up values are still the trainee's to report.
    const value = await req('POST', `/indicators/${made.body.id}/values`, trainee, {
      followUp: '90',
      asOf: '2027-05-31',
      value: 45,
    });
    expect(value.status).toBe(201);

    const staff = await req<Indicator>('PATCH', `/indicators/${made.body.id}`, coordinator, {
      targetValue: 90,
    });
    expect(staff.status).toBe(200);
    expect(staff.body).toMatchObject({ target: { value: 90 }, progress: 0.1 });
    const [event] = (await ds.query(
      `SELECT actor_id AS actorId, details FROM audit_event WHERE action = 'indicator.updated' AND target_id = ?`,
      [made.body.id],
    )) as { actorId: string; details: string | Record<string, unknown> }[];
    expect(event!.actorId).toBe(coordinator.user.id);
    const details = typeof event!.details === 'string' ? JSON.parse(event!.details) : event!.details;
    expect(details).toMatchObject({ before: { targetValue: 80 }, after: { targetValue: 90 } });
    // The unit stays once values are reported.
    const unit = await req('PATCH', `/indicators/${made.body.id}`, coordinator, {
      catalogueCode: null,
      unit: 'count',
    });
    expect(unit.status).toBe(422);
    expect(fields(unit)).toEqual(['unit']);
  });

  it('lets a trainee delete their own indicator while it has no value; staff delete any, values and all, audited', async () => {
    const stageId = await planStage(false);
    const path = `/report-stages/${stageId}/indicators`;
    const made = async (who: SignedInUser, body: Record<string, unknown> = COVERAGE) => {
      const res = await req<Indicator>('POST', path, who, body);
      expect(res.status).toBe(201);
      return res.body;
    };
    const unused = await made(trainee);
    expect((await req('DELETE', `/indicators/${unused.id}`, other)).status).toBe(404);
    expect((await req('DELETE', `/indicators/${unused.id}`, trainee)).status).toBe(204);
    expect((await req('GET', `/indicators/${unused.id}`, trainee)).status).toBe(404);
    expect((await req('DELETE', `/indicators/${unused.id}`, trainee)).status).toBe(404);

    const reported = await made(trainee);
    expect(
      (
        await req('POST', `/indicators/${reported.id}/values`, trainee, {
          followUp: '90',
          asOf: '2027-05-31',
          value: 60,
        })
      ).status,
    ).toBe(201);
    const refused = await req('DELETE', `/indicators/${reported.id}`, trainee);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('INDICATOR.HAS_VALUES');
    expect((await req<Indicator>('GET', `/indicators/${reported.id}`, trainee)).body.values).toHaveLength(1);

    expect((await req('DELETE', `/indicators/${reported.id}`, instructor)).status).toBe(204);
    const [left] = (await ds.query(
      `SELECT (SELECT COUNT(*) FROM action_plan_indicator WHERE id = ?) AS indicators,
              (SELECT COUNT(*) FROM action_plan_indicator_value WHERE indicator_id = ?) AS \`values\``,
      [reported.id, reported.id],
    )) as { indicators: string; values: string }[];
    expect([Number(left!.indicators), Number(left!.values)]).toEqual([0, 0]);
    const [event] = (await ds.query(
      `SELECT actor_id AS actorId, details FROM audit_event WHERE action = 'indicator.deleted' AND target_id = ?`,
      [reported.id],
    )) as { actorId: string; details: string | Record<string, unknown> }[];
    expect(event!.actorId).toBe(instructor.user.id);
    const details = typeof event!.details === 'string' ? JSON.parse(event!.details) : event!.details;
    expect(details).toMatchObject({
      userId: trainee.user.id,
      catalogueCode: 'collection_coverage',
      values: [{ followUp: '90', asOf: '2027-05-31', value: 60 }],
    });

    // Once the plan is accepted, the trainee deletes nothing of it (409), as they change nothing.
    const kept = await made(trainee);
    const sub = await req<{ id: string }>('POST', `/report-stages/${stageId}/submissions`, trainee, {
      text: 'My plan',
    });
    await req('POST', `/report-submissions/${sub.body.id}/review`, coordinator, {
      decision: 'accepted',
      scores: [],
    });
    const late = await req('DELETE', `/indicators/${kept.id}`, trainee);
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('INDICATOR.PLAN_ACCEPTED');
    expect((await req('DELETE', `/indicators/${kept.id}`, coordinator)).status).toBe(204);
  });

  it('lets staff write a trainee’s indicator, never for someone outside the programme', async () => {
    const path = `/report-stages/${planStageId}/indicators`;
    const made = await req<Indicator>('POST', path, instructor, { ...COVERAGE, userId: other.user.id });
    expect(made.status).toBe(201);
    expect(made.body.userId).toBe(other.user.id);
    const nobody = await req('POST', path, coordinator, { ...COVERAGE, userId: instructor.user.id });
    expect(nobody.status).toBe(422);
    expect(fields(nobody)).toEqual(['userId']);
    const missing = await req('POST', path, coordinator, COVERAGE);
    expect(fields(missing)).toEqual(['userId']);
  });

  it('takes indicators on action-plan stages only', async () => {
    const stage = await req<{ id: string }>('POST', `/programmes/${programmeId}/report-stages`, coordinator, {
      kind: 'final_report',
      title: `Final ${tag}`,
      dueAt: '2099-03-05T09:00:00Z',
      requiredForCompletion: false,
    });
    const res = await req('POST', `/report-stages/${stage.body.id}/indicators`, trainee, COVERAGE);
    expect(res.status).toBe(422);
    expect(fields(res)).toEqual(['id']);
  });

  it('summarises L4 for the funder report: counts, response rates among accepted plans, median progress', async () => {
    // A programme of its own, so that the figures are exact.
    const made = await req<{ id: string }>('POST', '/programmes', coordinator, {
      code: `INDS-${tag}`,
      title: `Indicator summary ${tag}`,
      mode: 'online',
      hostTimeZone: 'Asia/Tokyo',
    });
    const saved = programmeId;
    programmeId = made.body.id;
    try {
      await req('PUT', `/programmes/${programmeId}/staff`, coordinator, {
        coordinators: [coordinator.user.id],
        instructors: [instructor.user.id],
      });
      for (const who of [trainee, other])
        await ds.query(
          `INSERT INTO enrolment (id, programme_id, user_id, status) VALUES (?, ?, ?, 'active')`,
          [randomUUID(), programmeId, who.user.id],
        );
      const stageId = await planStage(false);
      const add = async (who: SignedInUser, body: Record<string, unknown>) =>
        (await req<Indicator>('POST', `/report-stages/${stageId}/indicators`, who, body)).body;
      const a = await add(trainee, COVERAGE);
      const b = await add(trainee, {
        ...COVERAGE,
        catalogueCode: 'landfill_diversion',
        baselineValue: 10,
        targetValue: 30,
      });
      const c = await add(other, { ...COVERAGE, baselineValue: 60, targetValue: 70 });
      await add(other, {
        name: 'Clean-up days',
        unit: 'count',
        ...{ baselineValue: 0, baselineOn: '2027-01-01', targetValue: 4, targetOn: '2028-01-01' },
      });
      // Only the trainee's plan is accepted.
      const sub = await req<{ id: string }>('POST', `/report-stages/${stageId}/submissions`, trainee, {
        text: 'Plan',
      });
      await req('POST', `/report-submissions/${sub.body.id}/review`, coordinator, {
        decision: 'accepted',
        scores: [],
      });
      const value = (id: string, followUp: string, v: number, who: SignedInUser) =>
        req('POST', `/indicators/${id}/values`, who, {
          followUp,
          asOf: followUp === '90' ? '2027-05-31' : '2027-08-31',
          value: v,
        });
      await value(a.id, '90', 60, trainee); // 0.5
      await value(b.id, '90', 15, trainee); // 0.25
      await value(c.id, '90', 68, other); // 0.8 (plan not accepted: counted in progress, not in the rate)
      const summary = await req<Summary>('GET', `/programmes/${programmeId}/l4-summary`, coordinator);
      expect(summary.status).toBe(200);
      expect(summary.body).toMatchObject({
        traineesWithAcceptedPlan: 1,
        traineesWithIndicators: 2,
        indicators: 4,
        freeIndicators: 1,
        followUps: [
          { followUp: '90', indicatorsReported: 3, traineesReported: 1, responseRate: 1 },
          { followUp: '180', indicatorsReported: 0, traineesReported: 0, responseRate: 0 },
        ],
        catalogue: [
          { code: 'collection_coverage', indicators: 2, withProgress: 2, medianProgress: 0.65 },
          { code: 'landfill_diversion', indicators: 1, withProgress: 1, medianProgress: 0.25 },
        ],
      });
      expect((await req('GET', `/programmes/${programmeId}/l4-summary`, instructor)).status).toBe(200);
      expect((await req('GET', `/programmes/${programmeId}/l4-summary`, trainee)).status).toBe(403);
    } finally {
      programmeId = saved;
    }
  });

  it('seeds the demo trainee’s accepted action plan with two indicators and their +90 values', async () => {
    const seeded = await req<Indicator[]>(
      'GET',
      '/report-stages/00000000-0000-4000-e500-000000000002/indicators',
      trainee,
    );
    expect(seeded.status).toBe(200);
    const byCode = Object.fromEntries(seeded.body.map((i) => [i.catalogueCode, i]));
    expect(byCode.organic_separate_collection).toMatchObject({ latest: 9.5, progress: 0.316667 });
    expect(byCode.waste_landfilled).toMatchObject({ latest: 113, change: -7, progress: 0.291667 });
    expect(seeded.body.every((i) => i.values.some((v) => v.followUp === '90'))).toBe(true);
    const edit = await req('PATCH', `/indicators/${byCode.waste_landfilled!.id}`, trainee, {
      targetValue: 90,
    });
    expect(edit.status).toBe(409);
  });

  it('hides the summary of a programme the coordinator does not run (404)', async () => {
    const admin = await signIn(api.url, DEMO.admin);
    const foreign = await req<{ id: string }>('POST', '/programmes', admin, {
      code: `INDF-${tag}`,
      title: `Foreign ${tag}`,
      mode: 'online',
      hostTimeZone: 'Asia/Tokyo',
    });
    const res = await req('GET', `/programmes/${foreign.body.id}/l4-summary`, coordinator);
    expect(res.status).toBe(404);
  });
});
