import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createDataSource, surveyInvitationToken } from '@kenshu/domain';
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
type Question = { id: string; kind: string; texts: Record<string, string>; options: { id: string }[] | null };
type Survey = { id: string; status: string; questions: Question[]; invited: number; responses: number };
type Invitation = { invitationId: string; userId: string; email: string };
type Group = { group: string | null; responses: number; hidden: boolean; reason: string | null };
type Results = {
  frozen: boolean;
  responses: number;
  invited: number;
  hidden: boolean;
  reason: string | null;
  questions: {
    questionId: string;
    kind: string;
    respondents: number;
    distribution: { key: string; count: number }[];
    mean: number | null;
    median: number | null;
    nps: { promoters: number; detractors: number; score: number | null } | null;
    rows: { rowId: string; respondents: number; mean: number | null }[] | null;
    answers: string[] | null;
  }[];
  breakdowns: { country: Group[]; organisation: Group[]; session: Group[] };
};

const TRAINEES = [
  DEMO.trainee,
  DEMO.otherTrainee,
  'trainee.seoul@kenshu.example',
  'trainee.aarhus@kenshu.example',
  'trainee.hanoi@kenshu.example',
];

const labels = (en: string[]) => en.map((e, i) => ({ en: e, ja: `${i + 1}` }));
const SCALE = labels(['Not at all', 'Slightly', 'Moderately', 'Very', 'Extremely']);
const QUESTIONS = [
  {
    kind: 'likert',
    texts: { en: 'How useful was the session?', ja: 'セッションは役に立ちましたか。' },
    scaleLabels: SCALE,
  },
  {
    kind: 'single_choice',
    texts: { en: 'Which part helped most?', ja: '最も役立った部分は？' },
    options: [
      { id: 'lecture', texts: { en: 'Lecture', ja: '講義' } },
      { id: 'visit', texts: { en: 'Site visit', ja: '施設見学' } },
    ],
  },
  {
    kind: 'multiple_choice',
    texts: { en: 'Which topics will you apply?', ja: '活用するテーマは？' },
    options: [
      { id: 'sep', texts: { en: 'Separation', ja: '分別' } },
      { id: 'inc', texts: { en: 'Incineration', ja: '焼却' } },
      { id: 'rec', texts: { en: 'Recycling', ja: 'リサイクル' } },
    ],
  },
  { kind: 'nps', texts: { en: 'Would you recommend it to a colleague?', ja: '同僚に勧めますか。' } },
  { kind: 'text', texts: { en: 'Any comment?', ja: 'ご意見' }, required: false },
  {
    kind: 'matrix',
    texts: { en: 'Rate each part', ja: '各部分の評価' },
    rows: [
      { id: 'content', texts: { en: 'Content', ja: '内容' } },
      { id: 'interpreting', texts: { en: 'Interpreting', ja: '通訳' } },
    ],
    scaleLabels: SCALE,
  },
];

describe('surveys: templates, invitations, one answer each, anonymity, closing and frozen results', () => {
  let api: KenshuProcess & { url: string };
  let worker: KenshuProcess | undefined;
  let ds: DataSource;
  let coordinator: SignedInUser;
  let instructor: SignedInUser;
  let trainees: SignedInUser[];
  let outsider: SignedInUser;
  let programmeId: string;
  let otherProgrammeId: string;
  let templateId: string;
  const tag = Date.now().toString(36).toUpperCase();

  const req = <T = Record<string, unknown>>(
    method: string,
    path: string,
    who?: SignedInUser,
    body?: unknown,
  ) => call<T & Problem>(api.url, method, `/api/v1${path}`, { token: who?.accessToken, body });
  const iso = (s: number) => new Date(Date.now() + s * 1000).toISOString();

  const newSurvey = async (body: Record<string, unknown> = {}, template = templateId) => {
    const res = await req<Survey>('POST', `/programmes/${programmeId}/surveys`, coordinator, {
      templateId: template,
      level: 'L1',
      opensAt: iso(-3600),
      closesAt: iso(3600),
      minGroupSize: 3,
      reminderDays: [7, 3],
      ...body,
    });
    expect(res.status).toBe(201);
    return res.body;
  };
  const openSurvey = async (body: Record<string, unknown> = {}) => {
    const survey = await newSurvey(body);
    expect((await req('POST', `/surveys/${survey.id}/open`, coordinator)).status).toBe(200);
    const invited = await req<Invitation[]>('POST', `/surveys/${survey.id}/invitations`, coordinator, {});
    expect(invited.status).toBe(201);
    // The token the invitation email carries (test/survey-emails.e2e-spec.ts reads it from the email).
    const tokenOf = (who: SignedInUser) =>
      surveyInvitationToken(
        testConfig().secret,
        invited.body.find((i) => i.userId === who.user.id)!.invitationId,
      );
    return { survey, invitations: invited.body, tokenOf };
  };
  /** A full valid answer; `n` varies the values. */
  const answers = (survey: Survey, n: number) => {
    const [likert, single, multi, nps, text, matrix] = survey.questions;
    return [
      { questionId: likert!.id, value: (n % 5) + 1 },
      { questionId: single!.id, optionIds: [n % 2 ? 'visit' : 'lecture'] },
      { questionId: multi!.id, optionIds: n % 2 ? ['sep', 'rec'] : ['inc'] },
      { questionId: nps!.id, value: [10, 9, 7, 3, 10][n % 5] },
      { questionId: text!.id, text: `Comment ${n}` },
      { questionId: matrix!.id, rows: { content: 5, interpreting: (n % 5) + 1 } },
    ];
  };
  const answer = (token: string, body: unknown) =>
    req('POST', `/survey-invitations/${token}/responses`, undefined, body);

  beforeAll(async () => {
    api = await startApi({ QUEUE_PREFIX: testQueuePrefix('surveys') });
    coordinator = await signIn(api.url, DEMO.coordinator);
    instructor = await signIn(api.url, DEMO.instructor);
    trainees = await Promise.all(TRAINEES.map((e) => signIn(api.url, e)));
    outsider = await signIn(api.url, 'trainee.bangkok@kenshu.example');
    ds = await createDataSource(testConfig());
    await ds.initialize();
    const make = async (code: string) => {
      const created = await req<{ id: string }>('POST', '/programmes', coordinator, {
        code,
        title: `Evaluation ${code}`,
        mode: 'on_site',
        hostTimeZone: 'Asia/Tokyo',
      });
      expect(created.status).toBe(201);
      await req('PUT', `/programmes/${created.body.id}/staff`, coordinator, {
        coordinators: [coordinator.user.id],
        instructors: [instructor.user.id],
      });
      return created.body.id;
    };
    programmeId = await make(`SRV-${tag}`);
    otherProgrammeId = await make(`SRV2-${tag}`);
    for (const who of trainees)
      await ds.query(`INSERT INTO enrolment (id, programme_id, user_id, status) VALUES (?, ?, ?, 'active')`, [
        randomUUID(),
        programmeId,
        who.user.id,
      ]);
    await ds.query(`INSERT INTO enrolment (id, programme_id, user_id, status) VALUES (?, ?, ?, 'active')`, [
      randomUUID(),
      otherProgrammeId,
      outsider.user.id,
    ]);
    const template = await req<{ id: string }>('POST', '/survey-templates', coordinator, {
      title: `Session reaction ${tag}`,
      questions: QUESTIONS,
    });
    expect(template.status).toBe(201);
    templateId = template.body.id;
  });

  afterAll(async () => {
    await worker?.stop();
    await api?.stop();
    await ds?.destroy();
  });

  it('refuses a template question without its five scale labels, naming the field', async () => {
    const res = await req('POST', '/survey-templates', coordinator, {
      title: `Broken ${tag}`,
      questions: [{ kind: 'likert', texts: { en: 'Useful?' }, scaleLabels: [{ en: 'No' }] }],
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      { field: 'questions[0].scaleLabels', reason: 'must have five labels, for points 1 to 5' },
    ]);
  });

  it('refuses to open a survey with no questions', async () => {
    const empty = await req<{ id: string }>('POST', '/survey-templates', coordinator, {
      title: `Empty ${tag}`,
      questions: [],
    });
    const survey = await newSurvey({}, empty.body.id);
    const res = await req('POST', `/surveys/${survey.id}/open`, coordinator);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('SURVEY.NO_QUESTIONS');
    expect(res.body.errors).toEqual([{ field: 'questions', reason: 'must have at least one question' }]);
  });

  it('keeps a survey’s questions when its template is edited later', async () => {
    const survey = await newSurvey();
    const edited = await req('PATCH', `/survey-templates/${templateId}`, coordinator, {
      questions: [{ kind: 'text', texts: { en: 'Only this now' } }],
    });
    expect(edited.status).toBe(200);
    const again = await req<Survey>('GET', `/surveys/${survey.id}`, coordinator);
    expect(again.body.questions.map((q) => q.kind)).toEqual(QUESTIONS.map((q) => q.kind));
    await req('PATCH', `/survey-templates/${templateId}`, coordinator, { questions: QUESTIONS });
  });

  it('shows the invitee the survey in their language, without signing in', async () => {
    await ds.query(`UPDATE user SET locale = 'ja' WHERE id = ?`, [trainees[2]!.user.id]);
    try {
      const { tokenOf } = await openSurvey();
      const form = await req<{
        language: string;
        questions: { text: string; scaleLabels: string[] | null }[];
      }>('GET', `/survey-invitations/${tokenOf(trainees[2]!)}`);
      expect(form.status).toBe(200);
      expect(form.body.language).toBe('ja');
      expect(form.body.questions[0]!.text).toBe('セッションは役に立ちましたか。');
    } finally {
      await ds.query(`UPDATE user SET locale = 'en' WHERE id = ?`, [trainees[2]!.user.id]);
    }
  });

  it('refuses a choice that does not exist, naming the answer’s field', async () => {
    const { survey, tokenOf } = await openSurvey();
    const body = answers(survey, 1);
    body[2] = { questionId: survey.questions[2]!.id, optionIds: ['nope'] };
    const res = await answer(tokenOf(trainees[0]!), { answers: body });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      { field: 'answers[2].optionIds[0]', reason: 'is not an option of this question' },
    ]);
    expect((await req<Survey>('GET', `/surveys/${survey.id}`, coordinator)).body.responses).toBe(0);
  });

  it('takes one answer per invitee and refuses the second', async () => {
    const { survey, tokenOf } = await openSurvey();
    expect((await answer(tokenOf(trainees[0]!), { answers: answers(survey, 1) })).status).toBe(204);
    const twice = await answer(tokenOf(trainees[0]!), { answers: answers(survey, 2) });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('SURVEY.ALREADY_ANSWERED');
    const signedIn = await req('POST', `/me/surveys/${survey.id}/responses`, trainees[0]!, {
      answers: answers(survey, 3),
    });
    expect(signedIn.status).toBe(409);
    expect((await req<Survey>('GET', `/surveys/${survey.id}`, coordinator)).body.responses).toBe(1);
  });

  it('keeps no link between an anonymous answer and its invitee, yet marks the invitation answered', async () => {
    const { survey, tokenOf } = await openSurvey();
    expect((await answer(tokenOf(trainees[1]!), { answers: answers(survey, 1) })).status).toBe(204);
    const [response] = (await ds.query(`SELECT * FROM survey_response WHERE survey_id = ?`, [
      survey.id,
    ])) as Record<string, unknown>[];
    expect(response!.user_id).toBeNull();
    expect(Object.keys(response!).sort()).toEqual(
      ['answered_on', 'country', 'id', 'organisation', 'session_id', 'survey_id', 'user_id'].sort(),
    );
    expect(String(response!.id)[14]).toBe('4'); // a random UUID, not a time-ordered one
    const answerColumns = (await ds.query(
      `SELECT column_name AS c FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'survey_answer'`,
    )) as { c: string }[];
    expect(answerColumns.map((c) => c.c).sort()).toEqual(
      ['option_id', 'question_id', 'response_id', 'row_key', 'survey_id', 'text', 'value_int'].sort(),
    );
    const [invitation] = (await ds.query(
      `SELECT answered_on FROM survey_invitation WHERE survey_id = ? AND user_id = ?`,
      [survey.id, trainees[1]!.user.id],
    )) as { answered_on: unknown }[];
    expect(invitation!.answered_on).not.toBeNull();
    const mine = await req<{ surveyId: string; answered: boolean }[]>('GET', '/me/surveys', trainees[1]!);
    expect(mine.body.find((s) => s.surveyId === survey.id)?.answered).toBe(true);
  });

  it('keeps the user id of a named answer', async () => {
    const { survey } = await openSurvey({ anonymous: false, level: 'programme_end' });
    const res = await req('POST', `/me/surveys/${survey.id}/responses`, trainees[3]!, {
      answers: answers(survey, 2),
    });
    expect(res.status).toBe(204);
    const rows = (await ds.query(`SELECT user_id FROM survey_response WHERE survey_id = ?`, [survey.id])) as {
      user_id: string;
    }[];
    expect(rows).toEqual([{ user_id: trainees[3]!.user.id }]);
  });

  it('refuses answers before the survey opens', async () => {
    const { survey, tokenOf } = await openSurvey({ opensAt: iso(3600), closesAt: iso(7200) });
    const res = await answer(tokenOf(trainees[0]!), { answers: answers(survey, 1) });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('SURVEY.NOT_OPEN');
  });

  it('hides everything below the minimum, then aggregates, hides small groups, freezes at close and refuses late answers', async () => {
    const { survey, tokenOf } = await openSurvey();
    const early = await req<Results>('GET', `/surveys/${survey.id}/results`, coordinator);
    expect(early.body).toMatchObject({
      frozen: false,
      responses: 0,
      hidden: true,
      reason: 'below minimum group size',
    });
    expect(early.body.questions).toEqual([]);
    for (const [n, who] of trainees.slice(0, 4).entries())
      expect((await answer(tokenOf(who), { answers: answers(survey, n) })).status).toBe(204);

    const closed = await req<Survey>('POST', `/surveys/${survey.id}/close`, coordinator);
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('closed');
    const late = await answer(tokenOf(trainees[4]!), { answers: answers(survey, 4) });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('SURVEY.CLOSED');

    const results = (await req<Results>('GET', `/surveys/${survey.id}/results`, coordinator)).body;
    expect(results).toMatchObject({ frozen: true, responses: 4, invited: 5, hidden: false });
    const [likert, single, multi, nps, text, matrix] = results.questions;
    // likert values 1, 2, 3, 4
    expect(likert!.distribution).toEqual(
      ['1', '2', '3', '4', '5'].map((key, i) => ({ key, count: i < 4 ? 1 : 0 })),
    );
    expect(likert!.mean).toBe(2.5);
    expect(likert!.median).toBe(2.5);
    expect(single!.distribution).toEqual([
      { key: 'lecture', count: 2 },
      { key: 'visit', count: 2 },
    ]);
    expect(multi!.respondents).toBe(4);
    expect(multi!.distribution).toEqual([
      { key: 'sep', count: 2 },
      { key: 'inc', count: 2 },
      { key: 'rec', count: 2 },
    ]);
    // nps values 10, 9, 7, 3: two promoters, one detractor
    expect(nps!.nps).toMatchObject({ promoters: 2, detractors: 1, score: 25 });
    expect(nps!.median).toBe(8);
    expect(text!.answers).toEqual(['Comment 0', 'Comment 1', 'Comment 2', 'Comment 3']);
    expect(matrix!.rows).toEqual([
      expect.objectContaining({ rowId: 'content', respondents: 4, mean: 5 }),
      expect.objectContaining({ rowId: 'interpreting', respondents: 4, mean: 2.5 }),
    ]);
    // every trainee is from another country and organisation: each group of one is hidden
    for (const group of [...results.breakdowns.country, ...results.breakdowns.organisation])
      expect(group).toMatchObject({ hidden: true, reason: 'below minimum group size', responses: 0 });
    expect(results.breakdowns.session).toEqual([expect.objectContaining({ hidden: false, responses: 4 })]);

    // frozen: a later change of the answers does not move the snapshot
    await ds.query(`DELETE FROM survey_response WHERE survey_id = ?`, [survey.id]);
    expect((await req<Results>('GET', `/surveys/${survey.id}/results`, coordinator)).body.responses).toBe(4);
  });

  it('answers 404 to a made-up token, a withdrawn trainee’s token and a trainee of another programme', async () => {
    const { survey, tokenOf } = await openSurvey();
    expect((await req('GET', `/survey-invitations/${'x'.repeat(43)}`)).status).toBe(404);
    await ds.query(`UPDATE enrolment SET status = 'withdrawn' WHERE programme_id = ? AND user_id = ?`, [
      programmeId,
      trainees[4]!.user.id,
    ]);
    try {
      expect((await req('GET', `/survey-invitations/${tokenOf(trainees[4]!)}`)).status).toBe(404);
      expect((await answer(tokenOf(trainees[4]!), { answers: answers(survey, 1) })).status).toBe(404);
    } finally {
      await ds.query(`UPDATE enrolment SET status = 'active' WHERE programme_id = ? AND user_id = ?`, [
        programmeId,
        trainees[4]!.user.id,
      ]);
    }
    expect((await req('GET', `/me/surveys/${survey.id}`, outsider)).status).toBe(404);
    expect((await req('POST', `/me/surveys/${survey.id}/responses`, outsider, { answers: [] })).status).toBe(
      404,
    );
    expect((await req('GET', `/surveys/${survey.id}/results`, outsider)).status).toBe(403);
  });

  it('is closed by the worker at its closing time, results frozen', async () => {
    const { survey, tokenOf } = await openSurvey({ closesAt: iso(3), minGroupSize: 1 });
    expect((await answer(tokenOf(trainees[0]!), { answers: answers(survey, 0) })).status).toBe(204);
    worker = await startWorker({ QUEUE_PREFIX: testQueuePrefix('surveys'), SURVEY_CLOSE_POLL_S: '1' });
    const done = await until(
      'the survey is closed by the worker',
      () => req<Survey>('GET', `/surveys/${survey.id}`, coordinator),
      (r) => r.body.status === 'closed',
      30_000,
      200,
    );
    expect(done.body.status).toBe('closed');
    // Closed first, frozen right after (two steps): until then the results are computed on demand.
    const results = await until(
      'the results frozen by the worker',
      async () => (await req<Results>('GET', `/surveys/${survey.id}/results`, coordinator)).body,
      (r) => r.frozen,
      30_000,
      200,
    );
    expect(results).toMatchObject({ frozen: true, responses: 1, hidden: false });
  });

  it('counts in the frozen results every answer a racing close let through, and refuses the rest as closed', async () => {
    for (let round = 0; round < 4; round++) {
      const { survey, tokenOf } = await openSurvey({ minGroupSize: 1 });
      const answered = trainees.map((who, n) => answer(tokenOf(who), { answers: answers(survey, n) }));
      // The close lands somewhere among the answers: before, between or after them.
      await new Promise((r) => setTimeout(r, round * 5));
      const closing = req<Survey>('POST', `/surveys/${survey.id}/close`, coordinator);
      const statuses = (await Promise.all(answered)).map((r) => (r.status === 204 ? 204 : r.body.code));
      expect((await closing).status).toBe(200);
      expect(statuses.every((s) => s === 204 || s === 'SURVEY.CLOSED')).toBe(true);
      const accepted = statuses.filter((s) => s === 204).length;
      const results = (await req<Results>('GET', `/surveys/${survey.id}/results`, coordinator)).body;
      expect({ frozen: results.frozen, responses: results.responses }).toEqual({
        frozen: true,
        responses: accepted,
      });
      const stored = (await ds.query(`SELECT COUNT(*) AS n FROM survey_response WHERE survey_id = ?`, [
        survey.id,
      ])) as { n: string }[];
      expect(Number(stored[0]!.n)).toBe(accepted);
    }
  });

  it('freezes, on the next poll, the results of a survey closed by a worker that died before freezing them', async () => {
    const { survey, tokenOf } = await openSurvey({ minGroupSize: 1 });
    expect((await answer(tokenOf(trainees[1]!), { answers: answers(survey, 1) })).status).toBe(204);
    // The first step of a close committed, the second never ran.
    await ds.query(`UPDATE survey SET status = 'closed', closed_at = ?, results = NULL WHERE id = ?`, [
      new Date(),
      survey.id,
    ]);
    const meanwhile = (await req<Results>('GET', `/surveys/${survey.id}/results`, coordinator)).body;
    expect(meanwhile).toMatchObject({ frozen: false, responses: 1 });
    worker ??= await startWorker({ QUEUE_PREFIX: testQueuePrefix('surveys'), SURVEY_CLOSE_POLL_S: '1' });
    const frozen = await until(
      'the worker to freeze the results',
      async () =>
        (await ds.query(`SELECT results IS NOT NULL AS done FROM survey WHERE id = ?`, [survey.id])) as {
          done: number | string;
        }[],
      ([row]) => Number(row?.done) === 1,
      30_000,
      200,
    );
    expect(frozen).toHaveLength(1);
    const results = (await req<Results>('GET', `/surveys/${survey.id}/results`, coordinator)).body;
    expect(results).toMatchObject({ frozen: true, responses: 1 });
  });

  it('seeds a closed anonymous L1 survey and a named programme-end survey with frozen results', async () => {
    const admin = await signIn(api.url, DEMO.admin);
    const l1 = (await req<Results>('GET', '/surveys/00000000-0000-4000-e100-000000000001/results', admin))
      .body;
    expect(l1).toMatchObject({ frozen: true, anonymous: true, responses: 6, invited: 6, hidden: false });
    expect(l1.questions.find((q) => q.kind === 'nps')!.nps).toMatchObject({
      promoters: 4,
      detractors: 1,
      score: 50,
    });
    for (const group of l1.breakdowns.country) expect(group.hidden).toBe(true);
    expect(l1.breakdowns.session).toEqual([expect.objectContaining({ responses: 6, hidden: false })]);
    const named = (await ds.query(
      `SELECT COUNT(user_id) AS n FROM survey_response WHERE survey_id = '00000000-0000-4000-e100-000000000002'`,
    )) as { n: string }[];
    expect(Number(named[0]!.n)).toBe(6);
    const anonymous = (await ds.query(
      `SELECT COUNT(user_id) AS n FROM survey_response WHERE survey_id = '00000000-0000-4000-e100-000000000001'`,
    )) as { n: string }[];
    expect(Number(anonymous[0]!.n)).toBe(0);
  });
});
