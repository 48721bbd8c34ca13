import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createDataSource } from '@kenshu/domain';
import {
  call,
  DEMO,
  KenshuProcess,
  signIn,
  startApi,
  testConfig,
  testQueuePrefix,
  type SignedInUser,
} from '@kenshu/testing';

type Problem = { status: number; code: string; errors?: { field: string; reason: string }[] };
type TimePoint = {
  utc: string;
  local: { dateTime: string; zone: string };
  host: { dateTime: string; zone: string };
};
type Assessment = {
  id: string;
  opens: TimePoint | null;
  closes: TimePoint | null;
  attemptsLeft?: number;
  questionIds?: string[];
};
type AttemptQuestion = {
  id: string;
  kind: string;
  text: string;
  options: { id: string; text: string }[];
  correct?: boolean;
  key?: unknown;
  awardedPoints?: number;
};
type Attempt = {
  id: string;
  status: string;
  score: number | null;
  maxScore: number | null;
  percent: number | null;
  answersRevealed: boolean;
  deadline: TimePoint | null;
  questions: AttemptQuestion[];
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('assessments: pool, tests, attempts, grading, marking and learning gain', () => {
  let api: KenshuProcess & { url: string };
  let ds: DataSource;
  let coordinator: SignedInUser;
  let instructor: SignedInUser;
  let trainee: SignedInUser;
  let other: SignedInUser;
  let kiritimati: SignedInUser;
  let programmeId: string;
  const tag = Date.now().toString(36).toUpperCase();
  const q: Record<string, string> = {};

  const req = <T = Record<string, unknown>>(
    method: string,
    path: string,
    who?: SignedInUser,
    body?: unknown,
  ) => call<T & Problem>(api.url, method, `/api/v1${path}`, { token: who?.accessToken, body });

  const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();

  const newAssessment = async (body: Record<string, unknown>) => {
    const res = await req<Assessment>('POST', `/programmes/${programmeId}/assessments`, instructor, {
      title: `Quiz ${tag}`,
      kind: 'quiz',
      questionIds: Object.values(q),
      ...body,
    });
    expect(res.status).toBe(201);
    expect((await req('POST', `/assessments/${res.body.id}/publish`, coordinator)).status).toBe(200);
    return res.body;
  };

  /** Every right answer to the pool's questions. */
  const rightAnswers = () => [
    { questionId: q.single!, optionIds: ['b'] },
    { questionId: q.multiple!, optionIds: ['c', 'a'] },
    { questionId: q.trueFalse!, optionIds: ['false'] },
    { questionId: q.short!, text: '  ＦＬＹ   ash ' },
    { questionId: q.numeric!, value: 855 },
  ];

  beforeAll(async () => {
    api = await startApi({ QUEUE_PREFIX: testQueuePrefix('assessments') });
    [coordinator, instructor, trainee, other, kiritimati] = await Promise.all(
      [
        DEMO.coordinator,
        DEMO.instructor,
        DEMO.trainee,
        DEMO.otherTrainee,
        'trainee.kiritimati@kenshu.example',
      ].map((e) => signIn(api.url, e)),
    );
    ds = await createDataSource(testConfig());
    await ds.initialize();
    const created = await req<{ id: string }>('POST', '/programmes', coordinator, {
      code: `ASM-${tag}`,
      title: `Incineration basics ${tag}`,
      mode: 'on_site',
      hostTimeZone: 'Asia/Tokyo',
    });
    programmeId = created.body.id;
    await req('PUT', `/programmes/${programmeId}/staff`, coordinator, {
      coordinators: [coordinator.user.id],
      instructors: [instructor.user.id],
    });
    for (const who of [trainee, other, kiritimati])
      await ds.query(`INSERT INTO enrolment (id, programme_id, user_id, status) VALUES (?, ?, ?, 'active')`, [
        randomUUID(),
        programmeId,
        who.user.id,
      ]);
    const add = async (name: string, body: Record<string, unknown>) => {
      const res = await req<{ id: string }>(
        'POST',
        `/programmes/${programmeId}/assessment-questions`,
        instructor,
        body,
      );
      expect(res.status).toBe(201);
      q[name] = res.body.id;
    };
    const option = (id: string, en: string, ja: string) => ({ id, texts: { en, ja } });
    await add('single', {
      kind: 'single_choice',
      texts: { en: 'Which waste is burned in Tokyo’s plants?', ja: '東京の清掃工場で焼却するごみは？' },
      options: [option('a', 'Glass', 'ガラス'), option('b', 'Combustible waste', '可燃ごみ')],
      key: { optionIds: ['b'] },
    });
    await add('multiple', {
      kind: 'multiple_choice',
      texts: { en: 'Which are the 3Rs?', ja: '3Rはどれ？' },
      options: [
        option('a', 'Reduce', 'リデュース'),
        option('b', 'Burn', '焼却'),
        option('c', 'Reuse', 'リユース'),
      ],
      key: { optionIds: ['a', 'c'] },
    });
    await add('trueFalse', {
      kind: 'true_false',
      texts: { en: 'Fly ash is harmless.', ja: '飛灰は無害である。' },
      key: { optionIds: ['false'] },
    });
    await add('short', {
      kind: 'short_answer',
      texts: {
        en: 'Name the fine ash caught by the flue-gas filters.',
        ja: '排ガスのろ過式集じん器で捕集される灰は？',
      },
      key: { accepted: ['fly ash', '飛灰'] },
    });
    await add('numeric', {
      kind: 'numeric',
      texts: {
        en: 'Minimum furnace temperature (°C) against dioxins?',
        ja: 'ダイオキシン対策の最低炉温（℃）は？',
      },
      key: { value: 850, tolerance: 5 },
      points: 2,
    });
  });

  afterAll(async () => {
    await api?.stop();
    await ds?.destroy();
  });

  it('refuses a question whose key names an option that does not exist', async () => {
    const res = await req('POST', `/programmes/${programmeId}/assessment-questions`, instructor, {
      kind: 'single_choice',
      texts: { en: 'Pick one' },
      options: [
        { id: 'a', texts: { en: 'A' } },
        { id: 'b', texts: { en: 'B' } },
      ],
      key: { optionIds: ['z'] },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toContainEqual({
      field: 'key.optionIds[0]',
      reason: 'is not an option of the question',
    });
  });

  it('keeps one pre-test per programme', async () => {
    const first = await req('POST', `/programmes/${programmeId}/assessments`, instructor, {
      kind: 'pre_test',
      title: 'Pre-test',
      questionIds: [q.single],
    });
    expect(first.status).toBe(201);
    const second = await req('POST', `/programmes/${programmeId}/assessments`, coordinator, {
      kind: 'pre_test',
      title: 'Pre-test again',
      questionIds: [q.single],
    });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('ASSESSMENT.KIND_TAKEN');
  });

  it('hides drafts from trainees and refuses them staff actions', async () => {
    const draft = await req<Assessment>('POST', `/programmes/${programmeId}/assessments`, instructor, {
      kind: 'quiz',
      title: `Draft ${tag}`,
      questionIds: [q.single],
    });
    expect((await req('GET', `/assessments/${draft.body.id}`, trainee)).status).toBe(404);
    const list = await req<Assessment[]>('GET', `/programmes/${programmeId}/assessments`, trainee);
    expect(list.body.map((a) => a.id)).not.toContain(draft.body.id);
    expect((await req('GET', `/programmes/${programmeId}/assessment-questions`, trainee)).status).toBe(403);
  });

  let quiz: Assessment;
  let attempt: Attempt;

  it('sends a trainee the questions in their language without any correctness data before submitting', async () => {
    quiz = await newAssessment({
      attemptsAllowed: 1,
      timeLimitMinutes: 30,
      answerVisibility: 'after_submit',
    });
    const res = await call(api.url, 'POST', `/api/v1/assessments/${quiz.id}/attempts`, {
      token: trainee.accessToken,
    });
    expect(res.status).toBe(201);
    attempt = res.body as Attempt;
    const json = JSON.stringify(res.body);
    for (const secret of [
      '"key"',
      '"accepted"',
      '"tolerance"',
      '"correct"',
      '"awardedPoints"',
      'fly ash',
      // The numeric key as a JSON value (the digits alone may turn up inside a random id).
      ':850',
      '"850"',
    ])
      expect(json).not.toContain(secret);
    expect(attempt.questions.map((x) => x.id)).toEqual(Object.values(q));
    expect(attempt.questions[0]!.text).toBe('Which waste is burned in Tokyo’s plants?');
    expect(attempt.questions[2]!.options.map((o) => o.id)).toEqual(['true', 'false']);
    expect(attempt.answersRevealed).toBe(false);
  });

  it('refuses an unknown option id, naming the answer and the option', async () => {
    const res = await req('PUT', `/assessment-attempts/${attempt.id}/answers`, trainee, {
      answers: [
        { questionId: q.single, optionIds: ['b'] },
        { questionId: q.multiple, optionIds: ['a', 'zz'] },
        { questionId: q.numeric, text: 'eight hundred' },
      ],
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('ASSESSMENT.INVALID');
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'answers[1].optionIds[1]', reason: 'is not an option of the question' },
        { field: 'answers[2].text', reason: 'is not for a numeric question' },
      ]),
    );
    // Nothing of the refused request was written.
    const rows = await ds.query(`SELECT COUNT(*) AS n FROM assessment_answer WHERE attempt_id = ?`, [
      attempt.id,
    ]);
    expect(Number(rows[0].n)).toBe(0);
  });

  it('refuses another trainee their attempt as if it did not exist', async () => {
    expect((await req('GET', `/assessment-attempts/${attempt.id}`, other)).status).toBe(404);
    const res = await req('PUT', `/assessment-attempts/${attempt.id}/answers`, other, {
      answers: rightAnswers(),
    });
    expect(res.status).toBe(404);
    expect((await req('POST', `/assessment-attempts/${attempt.id}/submit`, other)).status).toBe(404);
  });

  it('grades every kind on submit and then shows correctness and keys (after_submit)', async () => {
    const saved = await req<Attempt>('PUT', `/assessment-attempts/${attempt.id}/answers`, trainee, {
      answers: rightAnswers().map((a) => (a.questionId === q.multiple ? { ...a, optionIds: ['a'] } : a)),
    });
    expect(saved.status).toBe(200);
    expect(JSON.stringify(saved.body)).not.toContain('"key"');
    const res = await req<Attempt>('POST', `/assessment-attempts/${attempt.id}/submit`, trainee);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'submitted',
      score: 5,
      maxScore: 6,
      percent: 83.33,
      answersRevealed: true,
    });
    expect(res.body.questions.map((x) => x.correct)).toEqual([true, false, true, true, true]);
    expect(res.body.questions[1]!.key).toEqual({ optionIds: ['a', 'c'] });
  });

  it('refuses an attempt beyond the limit', async () => {
    const res = await req('POST', `/assessments/${quiz.id}/attempts`, trainee);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('ASSESSMENT.NO_ATTEMPTS_LEFT');
    expect((await req<Assessment>('GET', `/assessments/${quiz.id}`, trainee)).body.attemptsLeft).toBe(0);
  });

  it('refuses staff starting an attempt, and a trainee overriding points', async () => {
    expect((await req('POST', `/assessments/${quiz.id}/attempts`, instructor)).status).toBe(403);
    const res = await req('POST', `/assessment-attempts/${attempt.id}/overrides`, trainee, {
      questionId: q.multiple,
      points: 1,
    });
    expect(res.status).toBe(403);
  });

  it('lets staff override an answer’s points with a comment, audited, and rescores the attempt', async () => {
    const res = await req<Attempt>('POST', `/assessment-attempts/${attempt.id}/overrides`, instructor, {
      questionId: q.multiple,
      points: 0.5,
      comment: 'Half: Reduce is right, Reuse missing',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ score: 5.5, percent: 91.67 });
    const [event] = await ds.query(
      `SELECT details FROM audit_event WHERE action = 'assessment.points_overridden' AND target_id = ?`,
      [attempt.id],
    );
    expect(JSON.parse(event.details)).toMatchObject({ questionId: q.multiple, from: 0, to: 0.5 });
    const tooMany = await req('POST', `/assessment-attempts/${attempt.id}/overrides`, instructor, {
      questionId: q.multiple,
      points: 3,
    });
    expect(tooMany.status).toBe(422);
  });

  it('refuses a grading change to an answered question, and regrades every attempt on a key correction', async () => {
    const edit = await req('PATCH', `/assessment-questions/${q.numeric}`, instructor, {
      key: { value: 900, tolerance: 5 },
    });
    expect(edit.status).toBe(409);
    expect(edit.body.code).toBe('ASSESSMENT.QUESTION_IN_USE');
    // The wording may change.
    const wording = await req('PATCH', `/assessment-questions/${q.numeric}`, instructor, {
      texts: { en: 'Minimum furnace temperature (°C)?', ja: '最低炉温（℃）は？' },
    });
    expect(wording.status).toBe(200);
    const fix = await req<{ regraded: number }>(
      'POST',
      `/assessment-questions/${q.numeric}/key-correction`,
      instructor,
      {
        key: { value: 900, tolerance: 5 },
      },
    );
    expect(fix.status).toBe(200);
    expect(fix.body.regraded).toBeGreaterThanOrEqual(1);
    const after = await req<Attempt>('GET', `/assessment-attempts/${attempt.id}`, instructor);
    expect(after.body).toMatchObject({ score: 3.5, percent: 58.33 });
  });

  it('refuses an answer after the close time and grades the attempt as it stood', async () => {
    const closing = await newAssessment({
      title: `Closing ${tag}`,
      closesAt: inSeconds(4),
      attemptsAllowed: 2,
    });
    const started = await req<Attempt>('POST', `/assessments/${closing.id}/attempts`, other);
    expect(started.status).toBe(201);
    expect(started.body.deadline!.utc).toBe(closing.closes!.utc);
    await req('PUT', `/assessment-attempts/${started.body.id}/answers`, other, {
      answers: [{ questionId: q.single, optionIds: ['b'] }],
    });
    await sleep(Math.max(new Date(closing.closes!.utc).getTime() - Date.now() + 200, 0));
    const late = await req('PUT', `/assessment-attempts/${started.body.id}/answers`, other, {
      answers: [{ questionId: q.numeric, value: 850 }],
    });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('ASSESSMENT.DEADLINE_PASSED');
    const graded = await req<Attempt & { autoSubmitted: boolean }>(
      'GET',
      `/assessment-attempts/${started.body.id}`,
      other,
    );
    expect(graded.body).toMatchObject({ status: 'submitted', autoSubmitted: true, score: 1 });
    const again = await req('POST', `/assessments/${closing.id}/attempts`, other);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('ASSESSMENT.CLOSED');
  });

  it('moves an unfinished attempt’s deadline when the close time moves', async () => {
    const moving = await newAssessment({ title: `Moving ${tag}`, closesAt: inSeconds(3600) });
    const started = await req<Attempt>('POST', `/assessments/${moving.id}/attempts`, trainee);
    expect(started.body.deadline!.utc).toBe(moving.closes!.utc);
    const later = new Date(Date.now() + 7200_000);
    later.setUTCMilliseconds(0);
    expect(
      (await req('PATCH', `/assessments/${moving.id}`, coordinator, { closesAt: later.toISOString() }))
        .status,
    ).toBe(200);
    const moved = await req<Attempt>('GET', `/assessment-attempts/${started.body.id}`, trainee);
    expect(moved.body.deadline!.utc).toBe(later.toISOString());
  });

  it('refuses an attempt before the assessment opens', async () => {
    const later = await newAssessment({ title: `Later ${tag}`, opensAt: inSeconds(3600) });
    const res = await req('POST', `/assessments/${later.id}/attempts`, trainee);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('ASSESSMENT.NOT_OPEN');
  });

  it('shows open and close times in a Kiritimati trainee’s zone beside Tokyo’s', async () => {
    const far = await newAssessment({
      title: `Far ${tag}`,
      opensAt: '2027-02-23T00:00:00Z',
      closesAt: '2027-02-23T12:00:00Z',
    });
    const res = await req<Assessment>('GET', `/assessments/${far.id}`, kiritimati);
    expect(res.body.closes).toEqual({
      utc: '2027-02-23T12:00:00.000Z',
      local: { dateTime: '2027-02-24T02:00:00+14:00', zone: 'Pacific/Kiritimati' },
      host: { dateTime: '2027-02-23T21:00:00+09:00', zone: 'Asia/Tokyo' },
    });
  });

  it('computes learning gain from the first pre-test and best post-test attempts; a trainee sees only their own', async () => {
    const tests = await req<Assessment[]>('GET', `/programmes/${programmeId}/assessments`, coordinator);
    const pre = tests.body.find((a) => (a as { kind?: string }).kind === 'pre_test')!;
    await req('PATCH', `/assessments/${pre.id}`, coordinator, { questionIds: [q.single, q.numeric] });
    await req('POST', `/assessments/${pre.id}/publish`, coordinator);
    const post = await newAssessment({
      kind: 'post_test',
      title: `Post-test ${tag}`,
      questionIds: [q.single, q.short],
    });
    const take = async (who: SignedInUser, id: string, answers: unknown[]) => {
      const t = await req<Attempt>('POST', `/assessments/${id}/attempts`, who);
      expect(t.status).toBe(201);
      await req('PUT', `/assessment-attempts/${t.body.id}/answers`, who, { answers });
      return (await req<Attempt>('POST', `/assessment-attempts/${t.body.id}/submit`, who)).body;
    };
    // Pre: 1 of 3 points (33.33 %); post: all (100 %): g = 1.
    await take(trainee, pre.id, [{ questionId: q.single, optionIds: ['b'] }]);
    const done = await take(trainee, post.id, [
      { questionId: q.single, optionIds: ['b'] },
      { questionId: q.short, text: 'Fly Ash' },
    ]);
    expect(done.percent).toBe(100);
    const outbox = await ds.query(
      `SELECT COUNT(*) AS n FROM outbox WHERE job_name = 'evaluate-completion' AND payload LIKE ? AND payload LIKE ?`,
      [`%${programmeId}%`, `%${trainee.user.id}%`],
    );
    expect(Number(outbox[0].n)).toBeGreaterThanOrEqual(1);
    const staff = await req<{
      trainees: {
        userId: string;
        prePercent: number | null;
        postPercent: number | null;
        gain: number | null;
      }[];
      cohort: { trainees: number; meanIndividualGain: number | null };
    }>('GET', `/programmes/${programmeId}/learning-gain`, instructor);
    expect(staff.status).toBe(200);
    expect(staff.body.trainees.find((t) => t.userId === trainee.user.id)).toMatchObject({
      prePercent: 33.33,
      postPercent: 100,
      gain: 1,
    });
    expect(staff.body.trainees.find((t) => t.userId === other.user.id)!.gain).toBeNull();
    expect(staff.body.cohort).toMatchObject({ trainees: 1, meanIndividualGain: 1 });
    const own = await req<{ trainees: { userId: string }[]; cohort?: unknown }>(
      'GET',
      `/programmes/${programmeId}/learning-gain`,
      other,
    );
    expect(own.body.trainees.map((t) => t.userId)).toEqual([other.user.id]);
    expect(own.body.cohort).toBeUndefined();
  });
});
