import { randomUUID } from 'node:crypto';
import type { ParsedMail } from 'mailparser';
import type { DataSource } from 'typeorm';
import { createDataSource } from '@kenshu/domain';
import {
  call,
  DEMO,
  settleLeftoverOutbox,
  signIn,
  SmtpSink,
  startApi,
  startWorker,
  testConfig,
  testQueuePrefix,
  until,
  type KenshuProcess,
  type SignedInUser,
} from '@kenshu/testing';

type Problem = { status: number; code: string; errors?: { field: string; reason: string }[] };
type Rules = {
  minAttendancePercent: number | null;
  postTestPassPercent: number | null;
  reportsAccepted: boolean;
};
type Requirement = {
  kind: 'attendance' | 'post_test' | 'report';
  met: boolean;
  stageId?: string;
  title?: string;
  required?: number;
  actual?: number | null;
  reason?: string;
};
type Completion = {
  userId: string;
  displayName: string;
  enrolmentId: string;
  enrolmentStatus: string;
  met: boolean;
  completedButNotMet: boolean;
  requirements: Requirement[];
};
type MyCompletion = Completion & { rules: Rules };
type ProgrammeCompletion = {
  programmeId: string;
  rules: Rules;
  counts: { participants: number; completed: number; met: number; notMet: number };
  trainees: Completion[];
};
type Stage = { id: string; rubric: { id: string; levels: { id: string }[] }[] };

const minutesFromNow = (m: number) => new Date(Date.now() + m * 60_000);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('completion: rules, evaluation on every input, what is missing, certificates on completion', () => {
  let api: KenshuProcess & { url: string };
  let worker: KenshuProcess | undefined;
  const smtp = new SmtpSink();
  let ds: DataSource;
  let admin: SignedInUser;
  let coordinator: SignedInUser;
  let instructor: SignedInUser;
  /** A: meets every rule. B: absent, no attempt, no report. C: completed by hand. */
  let a: SignedInUser;
  let b: SignedInUser;
  let c: SignedInUser;
  const enrolments = { a: '', b: '', c: '' };
  let programmeId: string;
  let foreignProgrammeId: string;
  let sessionIds: string[] = [];
  let postTestId: string;
  let questionId: string;
  let stage: Stage;
  const tag = Date.now().toString(36).toUpperCase();
  let hour = 0;

  const RULES: Rules = { minAttendancePercent: 50, postTestPassPercent: 60, reportsAccepted: true };

  const req = <T = Record<string, unknown>>(
    method: string,
    path: string,
    who?: SignedInUser,
    body?: unknown,
  ) => call<T & Problem>(api.url, method, `/api/v1${path}`, { token: who?.accessToken, body });

  /** The fields a problem names, each once (a value may break several constraints of one field). */
  const fieldsOf = (p: Problem) => [...new Set((p.errors ?? []).map((e) => e.field))].sort();
  /** Certificate emails of this file's programme (review emails go to the same trainees). */
  const ours = (m: ParsedMail) =>
    (m.subject?.includes(tag) ?? false) && (m.messageId?.startsWith('<certificate-') ?? false);
  const mailsTo = (who: SignedInUser) => smtp.to(who.user.email).filter(ours);

  const statusOf = async (enrolmentId: string) =>
    ((await ds.query(`SELECT status FROM enrolment WHERE id = ?`, [enrolmentId])) as { status: string }[])[0]!
      .status;

  const certificatesOf = async (enrolmentId: string) =>
    (await ds.query(`SELECT id, email_status FROM certificate WHERE enrolment_id = ?`, [enrolmentId])) as {
      id: string;
      email_status: string;
    }[];

  /** Evaluations of this programme the worker has not finished yet (the outbox rows and their jobs). */
  const pendingEvaluations = async () =>
    Number(
      (
        (await ds.query(
          `SELECT COUNT(*) AS n FROM outbox WHERE job_name = 'evaluate-completion' AND processed_at IS NULL
              AND failed_at IS NULL AND JSON_UNQUOTE(JSON_EXTRACT(payload, '$.programmeId')) = ?`,
          [programmeId],
        )) as { n: string }[]
      )[0]!.n,
    );
  const evaluationsFor = async (userId: string) =>
    Number(
      (
        (await ds.query(
          `SELECT COUNT(*) AS n FROM outbox WHERE job_name = 'evaluate-completion'
              AND JSON_UNQUOTE(JSON_EXTRACT(payload, '$.programmeId')) = ?
              AND JSON_UNQUOTE(JSON_EXTRACT(payload, '$.userId')) = ?`,
          [programmeId, userId],
        )) as { n: string }[]
      )[0]!.n,
    );
  const settled = () => until('the evaluations to run', pendingEvaluations, (n) => n === 0, 30_000);

  const mine = (who: SignedInUser) =>
    req<MyCompletion>('GET', `/programmes/${programmeId}/completion/me`, who);
  const staffView = () =>
    req<ProgrammeCompletion>('GET', `/programmes/${programmeId}/completion`, coordinator);
  const setRules = (rules: Rules, who: SignedInUser = coordinator) =>
    req<Rules>('PUT', `/programmes/${programmeId}/completion-rules`, who, rules);

  /** A session made through the API, then moved into the past (attendance is taken for sessions that ran). */
  const pastSession = async (startMin: number) => {
    const start = new Date(Date.UTC(2028, 4, 8) + ++hour * 3_600_000);
    const made = await req<{ id: string }>('POST', `/programmes/${programmeId}/sessions`, coordinator, {
      kind: 'lecture',
      title: `Completion ${tag} ${hour}`,
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
    });
    expect(made.status).toBe(201);
    await ds.query(`UPDATE session SET starts_at = ?, ends_at = ? WHERE id = ?`, [
      minutesFromNow(startMin),
      minutesFromNow(startMin + 60),
      made.body.id,
    ]);
    return made.body.id;
  };

  /** The instructor's roster of one session: one status per trainee. */
  const roster = async (sessionId: string, statuses: [SignedInUser, string][]) => {
    const res = await req('PUT', `/sessions/${sessionId}/attendance`, instructor, {
      records: statuses.map(([who, status]) => ({ userId: who.user.id, status })),
    });
    expect(res.status).toBe(200);
  };

  const submitReport = async (who: SignedInUser, text: string) => {
    const res = await req<{ id: string }>('POST', `/report-stages/${stage.id}/submissions`, who, { text });
    expect(res.status).toBe(201);
    return res.body.id;
  };

  const accept = async (submissionId: string, by: SignedInUser) => {
    const res = await req('POST', `/report-submissions/${submissionId}/review`, by, {
      decision: 'accepted',
      scores: stage.rubric.map((cr) => ({ criterionId: cr.id, levelId: cr.levels[1]!.id })),
    });
    expect(res.status).toBe(201);
  };

  beforeAll(async () => {
    await smtp.start();
    api = await startApi({ QUEUE_PREFIX: testQueuePrefix('completion') });
    [admin, coordinator, instructor, a, b, c] = await Promise.all(
      [
        DEMO.admin,
        DEMO.coordinator,
        DEMO.instructor,
        'trainee.hanoi@kenshu.example',
        DEMO.otherTrainee,
        DEMO.trainee,
      ].map((e) => signIn(api.url, e)),
    );
    ds = await createDataSource(testConfig());
    await ds.initialize();
    // Jobs other test files left behind are not this file's: its worker runs only its own.
    await settleLeftoverOutbox(ds);

    const created = await req<{ id: string }>('POST', '/programmes', coordinator, {
      code: `CMP-${tag}`,
      title: `Composting programme ${tag}`,
      mode: 'on_site',
      hostTimeZone: 'Asia/Tokyo',
      phases: [{ name: 'In Tokyo', kind: 'in_country', startsOn: '2026-05-11', endsOn: '2026-05-22' }],
    });
    expect(created.status).toBe(201);
    programmeId = created.body.id;
    await req('PUT', `/programmes/${programmeId}/staff`, coordinator, {
      coordinators: [coordinator.user.id],
      instructors: [instructor.user.id],
    });
    for (const [key, who] of [
      ['a', a],
      ['b', b],
      ['c', c],
    ] as const) {
      enrolments[key] = randomUUID();
      await ds.query(`INSERT INTO enrolment (id, programme_id, user_id, status) VALUES (?, ?, ?, 'active')`, [
        enrolments[key],
        programmeId,
        who.user.id,
      ]);
    }

    // Three sessions that ran in the last days.
    sessionIds = [await pastSession(-3 * 24 * 60), await pastSession(-2 * 24 * 60), await pastSession(-300)];

    // The post-test: one single-choice question of the pool, published.
    const question = await req<{ id: string }>(
      'POST',
      `/programmes/${programmeId}/assessment-questions`,
      instructor,
      {
        kind: 'single_choice',
        texts: { en: 'Which waste goes to the composting plant?' },
        options: [
          { id: 'a', texts: { en: 'Glass' } },
          { id: 'b', texts: { en: 'Kitchen waste' } },
        ],
        key: { optionIds: ['b'] },
      },
    );
    expect(question.status).toBe(201);
    questionId = question.body.id;
    const post = await req<{ id: string }>('POST', `/programmes/${programmeId}/assessments`, instructor, {
      kind: 'post_test',
      title: `Post-test ${tag}`,
      questionIds: [questionId],
    });
    expect(post.status).toBe(201);
    postTestId = post.body.id;
    expect((await req('POST', `/assessments/${postTestId}/publish`, coordinator)).status).toBe(200);

    // One report stage, required for completion (the default), with a small rubric.
    const made = await req<Stage>('POST', `/programmes/${programmeId}/report-stages`, coordinator, {
      kind: 'action_plan',
      title: `Action plan ${tag}`,
      dueAt: '2099-03-05T09:00:00Z',
    });
    expect(made.status).toBe(201);
    const rubric = await req<Stage>('PUT', `/report-stages/${made.body.id}/rubric`, coordinator, {
      criteria: [
        {
          title: 'Feasibility',
          weight: 1,
          levels: [
            { label: 'Beginning', points: 1 },
            { label: 'Accomplished', points: 3 },
          ],
        },
      ],
    });
    expect(rubric.status).toBe(200);
    stage = rubric.body;

    // Nobody's programme but the admin's: the demo coordinator is another programme's coordinator here.
    const foreign = await req<{ id: string }>('POST', '/programmes', admin, {
      code: `CMP-F-${tag}`,
      title: `Foreign programme ${tag}`,
      mode: 'online',
      hostTimeZone: 'Asia/Tokyo',
    });
    expect(foreign.status).toBe(201);
    foreignProgrammeId = foreign.body.id;

    worker = await startWorker({
      QUEUE_PREFIX: testQueuePrefix('completion-worker'),
      SMTP_URL: smtp.url,
      PUBLIC_URL: api.url,
    });
  });

  afterAll(async () => {
    await worker?.stop();
    await api?.stop();
    await smtp.stop();
    await ds?.destroy();
  });

  describe('refusals', () => {
    it('refuses rules out of range or of the wrong type, naming the field, and keeps the rules', async () => {
      const tooMuch = await setRules({ ...RULES, minAttendancePercent: 120 });
      expect(tooMuch.status).toBe(400);
      expect(tooMuch.headers.get('content-type')).toContain('application/problem+json');
      expect(tooMuch.body.errors).toEqual([
        { field: 'minAttendancePercent', reason: 'must be a percentage from 0 to 100, or null' },
      ]);
      const text = await req<Problem>('PUT', `/programmes/${programmeId}/completion-rules`, coordinator, {
        ...RULES,
        postTestPassPercent: '60',
      });
      expect(text.status).toBe(400);
      expect(text.headers.get('content-type')).toContain('application/problem+json');
      expect(fieldsOf(text.body)).toEqual(['postTestPassPercent']);
      const negative = await setRules({ ...RULES, postTestPassPercent: -1, reportsAccepted: 'yes' as never });
      expect(negative.status).toBe(400);
      expect(fieldsOf(negative.body)).toEqual(['postTestPassPercent', 'reportsAccepted']);
      const missing = await req<Problem>('PUT', `/programmes/${programmeId}/completion-rules`, coordinator, {
        reportsAccepted: true,
      });
      expect(missing.status).toBe(400);
      expect(fieldsOf(missing.body)).toEqual(['minAttendancePercent', 'postTestPassPercent']);
      const kept = await req<Rules>('GET', `/programmes/${programmeId}/completion-rules`, a);
      expect(kept.status).toBe(200);
      expect(kept.body).toEqual({
        minAttendancePercent: null,
        postTestPassPercent: null,
        reportsAccepted: false,
      });
    });

    it('refuses the rules to a trainee and an instructor (403), and the staff view to a trainee (403)', async () => {
      for (const who of [a, instructor]) {
        const res = await setRules(RULES, who);
        expect({ status: res.status, code: res.body.code }).toEqual({
          status: 403,
          code: 'ACCESS.FORBIDDEN',
        });
      }
      const view = await req<Problem>('GET', `/programmes/${programmeId}/completion`, a);
      expect({ status: view.status, code: view.body.code }).toEqual({
        status: 403,
        code: 'ACCESS.FORBIDDEN',
      });
      // The instructor, the programme's staff, reads the staff view.
      expect((await req('GET', `/programmes/${programmeId}/completion`, instructor)).status).toBe(200);
    });

    it('hides another programme’s completion from its non-staff coordinator (404)', async () => {
      for (const [method, path] of [
        ['GET', 'completion-rules'],
        ['PUT', 'completion-rules'],
        ['GET', 'completion'],
        ['GET', 'completion/me'],
      ] as const) {
        const res = await req<Problem>(
          method,
          `/programmes/${foreignProgrammeId}/${path}`,
          coordinator,
          method === 'PUT' ? RULES : undefined,
        );
        expect({ route: `${method} ${path}`, status: res.status, code: res.body.code }).toEqual({
          route: `${method} ${path}`,
          status: 404,
          code: 'COMMON.NOT_FOUND',
        });
      }
      const rules = await req<Rules>('GET', `/programmes/${foreignProgrammeId}/completion-rules`, admin);
      expect(rules.body).toEqual({
        minAttendancePercent: null,
        postTestPassPercent: null,
        reportsAccepted: false,
      });
    });

    it('refuses `/completion/me` to the programme’s staff (403): they have no completion of their own', async () => {
      for (const who of [coordinator, instructor, admin]) {
        const res = await mine(who);
        expect({ status: res.status, code: res.body.code }).toEqual({
          status: 403,
          code: 'ACCESS.FORBIDDEN',
        });
      }
    });
  });

  describe('completion by the rules', () => {
    it('sets the rules (audited) and re-evaluates the active trainees: nobody meets them yet', async () => {
      const before = await evaluationsFor(b.user.id);
      const res = await setRules(RULES);
      expect(res.status).toBe(200);
      expect(res.body).toEqual(RULES);
      expect(await evaluationsFor(b.user.id)).toBe(before + 1);
      const audit = (await ds.query(
        `SELECT actor_id AS actorId FROM audit_event WHERE action = 'completion.rules_changed' AND target_id = ?`,
        [programmeId],
      )) as { actorId: string }[];
      expect(audit).toEqual([{ actorId: coordinator.user.id }]);
      await settled();
      for (const id of Object.values(enrolments)) expect(await statusOf(id)).toBe('active');
      const read = await req<Rules>('GET', `/programmes/${programmeId}/completion-rules`, c);
      expect(read.body).toEqual(RULES);
    });

    it('completes A once attendance, the post-test and the report are all in, with one certificate email', async () => {
      // Attendance: A 2 of 3 (66.7 %), B none, C all three.
      await roster(sessionIds[0]!, [
        [a, 'present'],
        [b, 'absent'],
        [c, 'present'],
      ]);
      await roster(sessionIds[1]!, [
        [a, 'late'],
        [b, 'absent'],
        [c, 'present'],
      ]);
      await roster(sessionIds[2]!, [
        [a, 'absent'],
        [b, 'absent'],
        [c, 'present'],
      ]);
      // The post-test, passed by A.
      const attempt = await req<{ id: string }>('POST', `/assessments/${postTestId}/attempts`, a);
      expect(attempt.status).toBe(201);
      expect(
        (
          await req('PUT', `/assessment-attempts/${attempt.body.id}/answers`, a, {
            answers: [{ questionId, optionIds: ['b'] }],
          })
        ).status,
      ).toBe(200);
      const submitted = await req<{ percent: number }>(
        'POST',
        `/assessment-attempts/${attempt.body.id}/submit`,
        a,
      );
      expect(submitted.body.percent).toBe(100);
      await settled();
      // Everything but the report: still active.
      expect(await statusOf(enrolments.a)).toBe('active');
      const waiting = await mine(a);
      expect(waiting.body.met).toBe(false);
      expect(waiting.body.requirements.filter((r) => !r.met)).toEqual([
        {
          kind: 'report',
          met: false,
          stageId: stage.id,
          title: `Action plan ${tag}`,
          reason: 'not_accepted',
        },
      ]);

      // The report, accepted: the last input.
      await accept(await submitReport(a, 'Compost in two districts; baseline 0 %, target 30 %.'), instructor);
      await until(
        'A to be completed',
        () => statusOf(enrolments.a),
        (s) => s === 'completed',
        30_000,
      );
      await until(
        'A’s certificate email to be sent',
        () => certificatesOf(enrolments.a),
        (r) => r[0]?.email_status === 'sent',
        30_000,
      );
      await smtp.waitFor(1, 30_000, (m) => ours(m) && JSON.stringify(m.to).includes(a.user.email));
      // Give a second (wrong) email time to arrive.
      await sleep(1500);
      expect(mailsTo(a)).toHaveLength(1);
      expect(mailsTo(a)[0]!.attachments.map((x) => x.contentType)).toEqual(['application/pdf']);
      expect(await certificatesOf(enrolments.a)).toHaveLength(1);
    });

    it('shows A what was met, and audits the completion as the rules’ (no actor)', async () => {
      const res = await mine(a);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        userId: a.user.id,
        enrolmentId: enrolments.a,
        enrolmentStatus: 'completed',
        met: true,
        completedButNotMet: false,
        rules: RULES,
      });
      expect(res.body.requirements).toEqual([
        { kind: 'attendance', met: true, required: 50, actual: 66.7 },
        { kind: 'post_test', met: true, required: 60, actual: 100 },
        { kind: 'report', met: true, stageId: stage.id, title: `Action plan ${tag}` },
      ]);
      const audit = (await ds.query(
        `SELECT actor_id AS actorId, details FROM audit_event
          WHERE action = 'enrolment.status_changed' AND target_id = ?`,
        [enrolments.a],
      )) as { actorId: string | null; details: string | Record<string, unknown> }[];
      expect(audit).toHaveLength(1);
      expect(audit[0]!.actorId).toBeNull();
      const details =
        typeof audit[0]!.details === 'string' ? JSON.parse(audit[0]!.details) : audit[0]!.details;
      expect(details).toMatchObject({
        programmeId,
        userId: a.user.id,
        from: 'active',
        to: 'completed',
        by: 'completion_rules',
      });
    });

    it('leaves B active and tells B each missing requirement and why', async () => {
      await settled();
      expect(await statusOf(enrolments.b)).toBe('active');
      const res = await mine(b);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ userId: b.user.id, enrolmentStatus: 'active', met: false });
      expect(res.body.requirements).toEqual([
        { kind: 'attendance', met: false, required: 50, actual: 0, reason: 'below_threshold' },
        { kind: 'post_test', met: false, required: 60, actual: null, reason: 'not_taken' },
        {
          kind: 'report',
          met: false,
          stageId: stage.id,
          title: `Action plan ${tag}`,
          reason: 'not_accepted',
        },
      ]);
      // Only B's own completion: nothing of A's or C's.
      expect(JSON.stringify(res.body)).not.toContain(a.user.id);
      expect(JSON.stringify(res.body)).not.toContain(c.user.id);
      expect(mailsTo(b)).toHaveLength(0);
      expect(await certificatesOf(enrolments.b)).toEqual([]);
    });

    it('never takes completion back when the rules are raised: A is completed but no longer meets them', async () => {
      const raised = await setRules({ ...RULES, minAttendancePercent: 100 });
      expect(raised.status).toBe(200);
      await settled();
      expect(await statusOf(enrolments.a)).toBe('completed');
      const view = await staffView();
      expect(view.status).toBe(200);
      expect(view.body.rules).toEqual({ ...RULES, minAttendancePercent: 100 });
      expect(view.body.counts).toEqual({ participants: 3, completed: 1, met: 0, notMet: 3 });
      const rowOf = (who: SignedInUser) => view.body.trainees.find((t) => t.userId === who.user.id)!;
      expect(rowOf(a)).toMatchObject({ enrolmentStatus: 'completed', met: false, completedButNotMet: true });
      expect(rowOf(a).requirements[0]).toEqual({
        kind: 'attendance',
        met: false,
        required: 100,
        actual: 66.7,
        reason: 'below_threshold',
      });
      expect(rowOf(b)).toMatchObject({ enrolmentStatus: 'active', completedButNotMet: false });
      // C attended everything but has taken no post-test and handed in no report.
      expect(
        rowOf(c)
          .requirements.filter((r) => !r.met)
          .map((r) => r.reason),
      ).toEqual(['not_taken', 'not_accepted']);
      expect(mailsTo(a)).toHaveLength(1);
    });

    it('completes B through the outbox when the rules are lowered to what B now meets', async () => {
      // B's report is accepted: an input change, but B still lacks attendance and the post-test.
      await accept(await submitReport(b, 'Separate kitchen waste at the market.'), coordinator);
      await settled();
      expect(await statusOf(enrolments.b)).toBe('active');
      expect((await mine(b)).body.requirements.filter((r) => !r.met).map((r) => r.kind)).toEqual([
        'attendance',
        'post_test',
      ]);

      const lowered = await setRules({
        minAttendancePercent: null,
        postTestPassPercent: null,
        reportsAccepted: true,
      });
      expect(lowered.status).toBe(200);
      await until(
        'B to be completed',
        () => statusOf(enrolments.b),
        (s) => s === 'completed',
        30_000,
      );
      await until(
        'B’s certificate email to be sent',
        () => certificatesOf(enrolments.b),
        (r) => r[0]?.email_status === 'sent',
        30_000,
      );
      await settled();
      await sleep(1500);
      expect(mailsTo(b)).toHaveLength(1);
      expect(await certificatesOf(enrolments.b)).toHaveLength(1);
      // C has no accepted report: still active. A is not mailed again.
      expect(await statusOf(enrolments.c)).toBe('active');
      expect(mailsTo(a)).toHaveLength(1);
      const own = await mine(b);
      expect(own.body).toMatchObject({ enrolmentStatus: 'completed', met: true, completedButNotMet: false });
      expect(own.body.requirements).toEqual([
        { kind: 'report', met: true, stageId: stage.id, title: `Action plan ${tag}` },
      ]);
    });
  });

  describe('completion by hand', () => {
    it('issues the certificate of a trainee a coordinator completes, emailed once', async () => {
      const res = await req<{ status: string }>(
        'POST',
        `/programmes/${programmeId}/enrolments/${enrolments.c}/status`,
        coordinator,
        { status: 'completed' },
      );
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('completed');
      await until(
        'C’s certificate email to be sent',
        () => certificatesOf(enrolments.c),
        (r) => r[0]?.email_status === 'sent',
        30_000,
      );
      await sleep(1500);
      expect(mailsTo(c)).toHaveLength(1);
      expect(await certificatesOf(enrolments.c)).toHaveLength(1);
      const audit = (await ds.query(
        `SELECT actor_id AS actorId FROM audit_event WHERE action = 'enrolment.status_changed' AND target_id = ?`,
        [enrolments.c],
      )) as { actorId: string }[];
      expect(audit).toEqual([{ actorId: coordinator.user.id }]);

      // Completed by hand without meeting the rules: the staff view says so.
      const view = await staffView();
      expect(view.body.counts).toEqual({ participants: 3, completed: 3, met: 2, notMet: 1 });
      expect(view.body.trainees.find((t) => t.userId === c.user.id)).toMatchObject({
        enrolmentStatus: 'completed',
        met: false,
        completedButNotMet: true,
      });
      // Every email of this file: one per trainee, none twice.
      expect(smtp.messages.filter(ours)).toHaveLength(3);
    });
  });
});
