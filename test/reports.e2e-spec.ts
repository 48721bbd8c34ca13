import { createHash, randomUUID } from 'node:crypto';
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
import { reportCompletionInputs } from '../libs/domain/src/reports/report.repository.js';

type Problem = { status: number; code: string; errors?: { field: string; reason: string }[] };
type Time = {
  utc: string;
  local: { dateTime: string; zone: string };
  host: { dateTime: string; zone: string };
};
type Stage = {
  id: string;
  due: { mode: string; monthsAfterEnd: number | null; at: Time };
  rubric: { id: string; title: string; levels: { id: string; label: string; points: number }[] }[];
  maxTotal: number | null;
  requiredForCompletion: boolean;
};
type Submission = {
  id: string;
  number: number;
  text: string | null;
  file: { id: string; sha256: string; fileName: string } | null;
  late: boolean;
  superseded: boolean;
  submittedAt: Time;
  review: {
    decision: string;
    comment: string | null;
    total: number | null;
    reviewedAt: Time;
    scores: { criterion: string; level: string }[];
  } | null;
};
type History = { state: string; submissions: Submission[] };

/** A small PDF the upload's sniffing takes for one. */
const pdf = (text: string) =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('reports: stages, rubrics, submissions, reviews and history', () => {
  let api: KenshuProcess & { url: string };
  let worker: KenshuProcess | undefined;
  const smtp = new SmtpSink();
  let ds: DataSource;
  let coordinator: SignedInUser;
  let instructor: SignedInUser;
  let trainee: SignedInUser;
  let other: SignedInUser;
  let programmeId: string;
  const tag = Date.now().toString(36).toUpperCase();

  const req = <T = Record<string, unknown>>(
    method: string,
    path: string,
    who: SignedInUser,
    body?: unknown,
  ) => call<T & Problem>(api.url, method, `/api/v1${path}`, { token: who.accessToken, body });

  const upload = (stageId: string, bytes: Buffer, fileName: string, who: SignedInUser = trainee) =>
    fetch(`${api.url}/api/v1/report-stages/${stageId}/files?fileName=${encodeURIComponent(fileName)}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${who.accessToken}`, 'content-type': 'application/pdf' },
      body: bytes,
    }).then(async (r) => ({
      status: r.status,
      body: (await r.json()) as { id: string; sha256: string } & Problem,
    }));

  const download = (submissionId: string, who: SignedInUser) =>
    fetch(`${api.url}/api/v1/report-submissions/${submissionId}/file`, {
      headers: { authorization: `Bearer ${who.accessToken}` },
    }).then(async (r) => ({ status: r.status, body: Buffer.from(await r.arrayBuffer()) }));

  const newStage = async (body: Record<string, unknown>) => {
    const res = await req<Stage>('POST', `/programmes/${programmeId}/report-stages`, coordinator, {
      kind: 'action_plan',
      title: `Action plan ${tag}`,
      dueAt: '2099-03-05T09:00:00Z',
      ...body,
    });
    expect(res.status).toBe(201);
    return res.body;
  };

  const RUBRIC = {
    criteria: ['Relevance', 'Feasibility', 'Measurable indicators'].map((title, i) => ({
      title,
      weight: i === 2 ? 1 : 2,
      levels: [
        { label: 'Beginning', points: 1 },
        { label: 'Developing', points: 2 },
        { label: 'Accomplished', points: 3 },
      ],
    })),
  };

  /** One level of each criterion: `picks[i]` is the index of the level of criterion i. */
  const scoresOf = (stage: Stage, picks: number[]) =>
    stage.rubric.map((c, i) => ({ criterionId: c.id, levelId: c.levels[picks[i]!]!.id }));

  const outboxFor = async (userId: string) =>
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

  beforeAll(async () => {
    api = await startApi({ QUEUE_PREFIX: testQueuePrefix('reports'), REPORT_MAX_MB: '1' });
    [coordinator, instructor, trainee, other] = await Promise.all(
      [DEMO.coordinator, DEMO.instructor, DEMO.trainee, DEMO.otherTrainee].map((e) => signIn(api.url, e)),
    );
    ds = await createDataSource(testConfig());
    await ds.initialize();
    // Jobs other test files left behind are not this file's: its worker runs only its own.
    await settleLeftoverOutbox(ds);
    await smtp.start();
    // Host in Warsaw; the last phase ends on 28 February 2027, a month before the spring DST change.
    const created = await req<{ id: string }>('POST', '/programmes', coordinator, {
      code: `REP-${tag}`,
      title: `Action plans ${tag}`,
      mode: 'online',
      hostTimeZone: 'Europe/Warsaw',
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
  });

  afterAll(async () => {
    await worker?.stop();
    await smtp.stop();
    await api?.stop();
    await ds?.destroy();
  });

  it('resolves a due date given as months after the end in the host zone, shown in the reader’s zone too', async () => {
    const stage = await newStage({
      kind: 'final_report',
      title: `Final ${tag}`,
      dueAt: null,
      dueMonthsAfterEnd: 1,
    });
    // 28 March 2027 ends at midnight Warsaw summer time (UTC+2).
    expect(stage.due).toMatchObject({ mode: 'months_after_end', monthsAfterEnd: 1 });
    expect(stage.due.at.utc).toBe('2027-03-28T21:59:59.999Z');
    const seen = await req<Stage>('GET', `/report-stages/${stage.id}`, trainee);
    expect(seen.status).toBe(200);
    expect(seen.body.due.at).toEqual({
      utc: '2027-03-28T21:59:59.999Z',
      local: { dateTime: '2027-03-29T02:59:59.999+05:00', zone: 'Indian/Maldives' },
      host: { dateTime: '2027-03-28T23:59:59.999+02:00', zone: 'Europe/Warsaw' },
    });
  });

  it('refuses stage writes by a trainee (403) and an instructor (403), and a due date given twice (422)', async () => {
    const body = { kind: 'other', title: 'Nope', dueAt: '2099-01-01T00:00:00Z' };
    const path = `/programmes/${programmeId}/report-stages`;
    expect((await req('POST', path, trainee, body)).body.code).toBe('ACCESS.FORBIDDEN');
    expect((await req('POST', path, instructor, body)).status).toBe(403);
    const twice = await req('POST', path, coordinator, { ...body, dueMonthsAfterEnd: 2 });
    expect(twice.status).toBe(422);
    expect(twice.body.errors?.map((e) => e.field)).toEqual(['dueMonthsAfterEnd']);
    const none = await req('POST', path, coordinator, { kind: 'other', title: 'No due date' });
    expect(none.status).toBe(422);
    expect(none.body.errors?.map((e) => e.field)).toEqual(['dueAt']);
  });

  describe('one trainee’s action plan, from first draft to acceptance', () => {
    let stage: Stage;
    let v1: Submission;
    let v2: Submission;
    let v3: Submission;
    const file = pdf(`action plan ${tag}`);

    beforeAll(async () => {
      stage = await newStage({});
      const set = await req<Stage>('PUT', `/report-stages/${stage.id}/rubric`, coordinator, RUBRIC);
      expect(set.status).toBe(200);
      stage = set.body;
      expect(stage.maxTotal).toBe(2 * 3 + 2 * 3 + 3);
    });

    it('numbers each submission; a new one supersedes an unreviewed one', async () => {
      const first = await req<Submission>('POST', `/report-stages/${stage.id}/submissions`, trainee, {
        text: 'Objective: compost.\r\nIndicator: tonnes per month.',
      });
      expect(first.status).toBe(201);
      v1 = first.body;
      expect(v1).toMatchObject({
        number: 1,
        text: 'Objective: compost.\nIndicator: tonnes per month.',
        late: false,
      });
      expect(v1.submittedAt.local.zone).toBe('Indian/Maldives');
      expect(v1.submittedAt.host.zone).toBe('Europe/Warsaw');
      const second = await req<Submission>('POST', `/report-stages/${stage.id}/submissions`, trainee, {
        text: 'Objective: compost in two districts.',
      });
      v2 = second.body;
      expect(v2.number).toBe(2);
    });

    it('refuses to review a superseded submission', async () => {
      const res = await req('POST', `/report-submissions/${v1.id}/review`, instructor, {
        decision: 'accepted',
        scores: scoresOf(stage, [2, 2, 2]),
      });
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 409, code: 'REPORT.SUPERSEDED' });
    });

    it('refuses a rubric level that does not exist, or that belongs to another criterion', async () => {
      const scores = scoresOf(stage, [0, 0, 0]);
      const missing = await req('POST', `/report-submissions/${v2.id}/review`, instructor, {
        decision: 'accepted',
        scores: [scores[0], { ...scores[1], levelId: randomUUID() }, scores[2]],
      });
      expect(missing.status).toBe(422);
      expect(missing.body.code).toBe('REPORT.INVALID');
      expect(missing.body.errors).toEqual([
        { field: 'scores[1].levelId', reason: 'is not a level of this criterion' },
      ]);
      const foreign = await req('POST', `/report-submissions/${v2.id}/review`, instructor, {
        decision: 'accepted',
        scores: [scores[0], { ...scores[1], levelId: scores[2]!.levelId }, scores[2]],
      });
      expect(foreign.body.errors?.map((e) => e.field)).toEqual(['scores[1].levelId']);
      const lacking = await req('POST', `/report-submissions/${v2.id}/review`, instructor, {
        decision: 'accepted',
        scores: scores.slice(0, 2),
      });
      expect(lacking.status).toBe(422);
      expect(lacking.body.errors?.[0]?.field).toBe('scores');
    });

    it('refuses a review by a trainee: their own submission 403, another trainee’s 404', async () => {
      const body = { decision: 'accepted', scores: scoresOf(stage, [2, 2, 2]) };
      const own = await req('POST', `/report-submissions/${v2.id}/review`, trainee, body);
      expect({ status: own.status, code: own.body.code }).toEqual({ status: 403, code: 'ACCESS.FORBIDDEN' });
      const others = await req('POST', `/report-submissions/${v2.id}/review`, other, body);
      expect({ status: others.status, code: others.body.code }).toEqual({
        status: 404,
        code: 'COMMON.NOT_FOUND',
      });
    });

    it('returns a submission only with a comment, totals the rubric, and asks completion to look again', async () => {
      const noComment = await req('POST', `/report-submissions/${v2.id}/review`, instructor, {
        decision: 'returned',
        scores: scoresOf(stage, [1, 0, 0]),
      });
      expect(noComment.status).toBe(422);
      expect(noComment.body.errors?.map((e) => e.field)).toEqual(['comment']);
      const before = await outboxFor(trainee.user.id);
      const returned = await req<Submission>('POST', `/report-submissions/${v2.id}/review`, instructor, {
        decision: 'returned',
        comment: 'Name the districts and a baseline.',
        scores: scoresOf(stage, [1, 0, 0]),
      });
      expect(returned.status).toBe(201);
      expect(returned.body.review).toMatchObject({ decision: 'returned', total: 2 * 2 + 2 * 1 + 1 * 1 });
      expect(await outboxFor(trainee.user.id)).toBe(before + 1);
      const again = await req('POST', `/report-submissions/${v2.id}/review`, coordinator, {
        decision: 'accepted',
        scores: scoresOf(stage, [2, 2, 2]),
      });
      expect({ status: again.status, code: again.body.code }).toEqual({
        status: 409,
        code: 'REPORT.ALREADY_REVIEWED',
      });
      const audit = (await ds.query(
        `SELECT action, actor_id AS actorId FROM audit_event WHERE target_id = ? ORDER BY id`,
        [v2.id],
      )) as { action: string; actorId: string }[];
      expect(audit).toEqual([
        { action: 'report.submitted', actorId: trainee.user.id },
        { action: 'report.reviewed', actorId: instructor.user.id },
      ]);
    });

    it('takes a revision with a file, accepts it, and takes nothing after acceptance', async () => {
      const uploaded = await upload(stage.id, file, 'action-plan.pdf');
      expect(uploaded.status).toBe(201);
      expect(uploaded.body.sha256).toBe(sha256(file));
      const third = await req<Submission>('POST', `/report-stages/${stage.id}/submissions`, trainee, {
        text: 'Revised: districts Henveiru and Maafannu; baseline 0 %, target 30 %.',
        fileId: uploaded.body.id,
      });
      expect(third.status).toBe(201);
      v3 = third.body;
      expect(v3).toMatchObject({ number: 3, file: { fileName: 'action-plan.pdf', sha256: sha256(file) } });
      const accepted = await req<Submission>('POST', `/report-submissions/${v3.id}/review`, coordinator, {
        decision: 'accepted',
        scores: scoresOf(stage, [2, 2, 2]),
      });
      expect(accepted.status).toBe(201);
      expect(accepted.body.review?.total).toBe(15);
      const after = await req('POST', `/report-stages/${stage.id}/submissions`, trainee, {
        text: 'One more',
      });
      expect({ status: after.status, code: after.body.code }).toEqual({
        status: 409,
        code: 'REPORT.ALREADY_ACCEPTED',
      });
      const lateUpload = await upload(stage.id, file, 'again.pdf');
      expect(lateUpload.status).toBe(409);
    });

    it('shows the trainee their versions and reviews, newest first, in their zone and the host’s', async () => {
      const res = await req<History>('GET', `/report-stages/${stage.id}/submissions`, trainee);
      expect(res.status).toBe(200);
      expect(res.body.state).toBe('accepted');
      expect(res.body.submissions.map((s) => [s.number, s.superseded, s.review?.decision ?? null])).toEqual([
        [3, false, 'accepted'],
        [2, true, 'returned'],
        [1, true, null],
      ]);
      const returned = res.body.submissions[1]!.review!;
      expect(returned.comment).toBe('Name the districts and a baseline.');
      expect(returned.scores.map((s) => `${s.criterion}: ${s.level}`)).toEqual([
        'Relevance: Developing',
        'Feasibility: Beginning',
        'Measurable indicators: Beginning',
      ]);
      expect(returned.reviewedAt.local.zone).toBe('Indian/Maldives');
      const staff = await req<History>(
        'GET',
        `/report-stages/${stage.id}/submissions?userId=${trainee.user.id}`,
        instructor,
      );
      expect(staff.body.submissions).toHaveLength(3);
      expect(staff.body.submissions[0]!.submittedAt.local.zone).toBe('Asia/Tokyo');
    });

    it('hides a trainee’s submissions and files from another trainee (404), not from staff', async () => {
      const history = await req(
        'GET',
        `/report-stages/${stage.id}/submissions?userId=${trainee.user.id}`,
        other,
      );
      expect({ status: history.status, code: history.body.code }).toEqual({
        status: 404,
        code: 'COMMON.NOT_FOUND',
      });
      expect((await download(v3.id, other)).status).toBe(404);
      const own = await download(v3.id, trainee);
      expect(own.status).toBe(200);
      expect(sha256(own.body)).toBe(sha256(file));
      expect((await download(v3.id, instructor)).status).toBe(200);
      expect((await download(v1.id, trainee)).status).toBe(404);
    });

    it('freezes a rubric a review used, and keeps a stage with submissions', async () => {
      const edit = await req('PUT', `/report-stages/${stage.id}/rubric`, coordinator, RUBRIC);
      expect({ status: edit.status, code: edit.body.code }).toEqual({
        status: 409,
        code: 'REPORT.RUBRIC_IN_USE',
      });
      const del = await req('DELETE', `/report-stages/${stage.id}`, coordinator);
      expect({ status: del.status, code: del.body.code }).toEqual({
        status: 409,
        code: 'REPORT.HAS_SUBMISSIONS',
      });
    });

    it('emails the trainee once about each review, in their zone, whatever the job runs', async () => {
      worker = await startWorker({ QUEUE_PREFIX: testQueuePrefix('reports-worker'), SMTP_URL: smtp.url });
      const ours = (m: { subject?: string }) => m.subject?.includes(`Action plan ${tag}`) ?? false;
      const mails = await smtp.waitFor(2, 30_000, ours);
      expect(mails.map((m) => m.subject).sort()).toEqual([
        `Accepted: Action plan ${tag} (Action plans ${tag})`,
        `Returned for revision: Action plan ${tag} (Action plans ${tag})`,
      ]);
      expect(JSON.stringify(mails[0]!.to)).toContain(DEMO.trainee);
      const returned = mails.find((m) => m.subject?.startsWith('Returned'))!;
      expect(returned.text).toContain('Name the districts and a baseline.');
      expect(returned.text).toContain('Score: 7 / 15');
      expect(returned.text).toContain('(Indian/Maldives)');
      // The job again for the same review: the review is marked, nothing more is sent.
      const [review] = (await ds.query(`SELECT id FROM report_review WHERE submission_id = ?`, [v2.id])) as {
        id: string;
      }[];
      const { insertId } = (await ds.query(
        `INSERT INTO outbox (queue, job_name, payload, available_at) VALUES ('mail', 'send-report-review', ?, CURRENT_TIMESTAMP(3))`,
        [JSON.stringify({ reviewId: review!.id })],
      )) as { insertId: number };
      await until(
        'the repeated job to run',
        async () =>
          (
            (await ds.query(`SELECT processed_at AS at FROM outbox WHERE id = ?`, [insertId])) as {
              at: Date | null;
            }[]
          )[0]?.at ?? null,
        (at) => at !== null,
        30_000,
      );
      expect(smtp.messages.filter(ours)).toHaveLength(2);
    });

    it('lists every trainee’s state for staff only, and gives completion the accepted stage', async () => {
      const res = await req<{ trainees: { userId: string; state: string; latestNumber: number | null }[] }>(
        'GET',
        `/report-stages/${stage.id}/progress`,
        coordinator,
      );
      expect(res.status).toBe(200);
      const byUser = new Map(res.body.trainees.map((t) => [t.userId, t]));
      expect(byUser.get(trainee.user.id)).toMatchObject({ state: 'accepted', latestNumber: 3 });
      expect(byUser.get(other.user.id)).toMatchObject({ state: 'not_submitted', latestNumber: null });
      expect((await req('GET', `/report-stages/${stage.id}/progress`, trainee)).status).toBe(403);

      const inputs = await reportCompletionInputs(ds.manager, programmeId, [trainee.user.id, other.user.id]);
      expect(inputs.requiredStages.map((s) => s.id)).toContain(stage.id);
      expect([...(inputs.acceptedByUser.get(trainee.user.id) ?? [])]).toEqual([stage.id]);
      expect(inputs.acceptedByUser.has(other.user.id)).toBe(false);
    });
  });

  it('refuses a file type outside the allowlist and a file above REPORT_MAX_MB, storing nothing', async () => {
    const stage = await newStage({ title: `Files ${tag}` });
    const rows = async () =>
      Number(
        (
          (await ds.query(`SELECT COUNT(*) AS n FROM report_file WHERE stage_id = ?`, [stage.id])) as {
            n: string;
          }[]
        )[0]!.n,
      );
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(4000, 1)]);
    const refused = await upload(stage.id, elf, 'plan.pdf');
    expect({ status: refused.status, code: refused.body.code }).toEqual({
      status: 422,
      code: 'REPORT.FILE_REFUSED',
    });
    expect(refused.body.errors?.[0]?.field).toBe('file');
    const big = Buffer.concat([pdf('big'), Buffer.alloc(1024 * 1024 + 10, 0x20)]);
    const tooLarge = await upload(stage.id, big, 'big.pdf');
    expect({ status: tooLarge.status, code: tooLarge.body.code }).toEqual({
      status: 413,
      code: 'REPORT.TOO_LARGE',
    });
    expect(await rows()).toBe(0);
    const staffUpload = await upload(stage.id, pdf('staff'), 'staff.pdf', instructor);
    expect(staffUpload.status).toBe(403);
  });

  it('takes a submission after the due date, flagged late, and reports a trainee who never submitted as overdue', async () => {
    const stage = await newStage({
      kind: 'inception_report',
      title: `Inception ${tag}`,
      dueAt: '2020-01-01T00:00:00Z',
      forms: 'text',
    });
    const res = await req<Submission>('POST', `/report-stages/${stage.id}/submissions`, trainee, {
      text: 'Late but here.',
    });
    expect(res.status).toBe(201);
    expect(res.body.late).toBe(true);
    const withFile = await req('POST', `/report-stages/${stage.id}/submissions`, trainee, {
      fileId: randomUUID(),
    });
    expect(withFile.body.errors?.map((e) => e.field)).toEqual(expect.arrayContaining(['fileId', 'text']));
    const progress = await req<{ trainees: { userId: string; state: string; late: boolean }[] }>(
      'GET',
      `/report-stages/${stage.id}/progress`,
      instructor,
    );
    const byUser = new Map(progress.body.trainees.map((t) => [t.userId, t]));
    expect(byUser.get(trainee.user.id)).toMatchObject({ state: 'submitted', late: true });
    expect(byUser.get(other.user.id)?.state).toBe('overdue');
  });

  it('asks completion to look again for every trainee when a stage stops or starts being required', async () => {
    const stage = await newStage({ title: `Optional ${tag}`, requiredForCompletion: false });
    const before = await outboxFor(other.user.id);
    const res = await req<Stage>('PATCH', `/report-stages/${stage.id}`, coordinator, {
      requiredForCompletion: true,
    });
    expect(res.body.requiredForCompletion).toBe(true);
    expect(await outboxFor(other.user.id)).toBe(before + 1);
    const del = await req('DELETE', `/report-stages/${stage.id}`, coordinator);
    expect(del.status).toBe(204);
    expect(await outboxFor(other.user.id)).toBe(before + 2);
  });
});
