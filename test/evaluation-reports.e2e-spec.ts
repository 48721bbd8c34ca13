import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import { createDataSource, surveyInvitationToken } from '@kenshu/domain';
import {
  call,
  DEMO,
  signIn,
  startApi,
  testConfig,
  testQueuePrefix,
  type KenshuProcess,
  type SignedInUser,
} from '@kenshu/testing';

type Problem = { status: number; code: string; errors?: { field: string; reason: string }[] };
type QuestionMean = {
  questionId: string;
  position: number;
  kind: string;
  mean: number | null;
  answers: number;
};
type Figures = {
  surveyId: string;
  title: string;
  level: string;
  status: string;
  anonymous: boolean;
  minGroupSize: number;
  session: { id: string; title: string; kind: string; startsAt: string } | null;
  invited: number;
  responded: number;
  responseRate: number | null;
  hidden: boolean;
  likertMean: number | null;
  likertAnswers: number;
  likertQuestions: QuestionMean[];
};
type Rate = Pick<
  Figures,
  'surveyId' | 'title' | 'level' | 'status' | 'invited' | 'responded' | 'responseRate'
>;
type Dashboard = { l1: Figures[]; l3: Rate[]; programmeEnd: Figures[] };
type Pooled = { surveys: number; hiddenSurveys: number; responses: number; mean: number | null };
type FunderReport = {
  l1: Pooled & { byKind: (Pooled & { kind: string })[] };
  learningGain: { trainees: number };
  l3: Figures[];
  l4: Record<string, unknown> & { indicators: number };
  programmeEnd: Figures[];
  actionPlan: { stageId: string; counts: Record<string, number> }[];
};
type Survey = { id: string; questions: { id: string; kind: string }[] };
type Invitation = { userId: string; invitationId: string };

/** Five demo trainees, enrolled in the programme made here. */
const TRAINEES = [
  DEMO.trainee,
  DEMO.otherTrainee,
  'trainee.seoul@kenshu.example',
  'trainee.aarhus@kenshu.example',
  'trainee.hanoi@kenshu.example',
];
const SCALE = ['1', '2', '3', '4', '5'].map((n) => ({ en: n }));
const QUESTIONS = [
  { kind: 'likert', texts: { en: 'The session was useful.' }, scaleLabels: SCALE },
  {
    kind: 'matrix',
    texts: { en: 'Rate each part.' },
    rows: [
      { id: 'content', texts: { en: 'Content' } },
      { id: 'interpreting', texts: { en: 'Interpreting' } },
    ],
    scaleLabels: SCALE,
  },
  { kind: 'nps', texts: { en: 'Would you recommend it?' } },
  { kind: 'text', texts: { en: 'Any comment?' }, required: false },
];
/** One trainee's values: likert, the matrix's content and interpreting, nps (never in a Likert mean). */
type Values = [number, number, number, number];

/** An XLSX file's first sheet as rows of cell values, header first. */
async function readXlsx(bytes: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: unknown[] = [];
    for (let i = 1; i <= sheet.columnCount; i++) cells.push(row.getCell(i).value ?? null);
    rows.push(cells);
  });
  return rows;
}

describe('evaluation figures: L1, L3 and programme-end surveys in the dashboard, funder report and export', () => {
  let api: KenshuProcess & { url: string };
  let ds: DataSource;
  let admin: SignedInUser;
  let coordinator: SignedInUser;
  let instructor: SignedInUser;
  let trainee: SignedInUser;
  let traineeIds: string[];
  let programmeId: string;
  let foreignProgrammeId: string;
  let templateId: string;
  let lecture: string;
  let visit: string;
  /** L1 of the lecture: anonymous, minimum 3, 4 of 5 answered (shown). */
  let lectureSurvey: Survey;
  /** L1 of the site visit: anonymous, minimum 5, 2 of 5 answered (hidden). */
  let visitSurvey: Survey;
  let endSurvey: Survey;
  let l3at90: Survey;
  let l3at180: Survey;
  const tag = Date.now().toString(36).toUpperCase();

  const req = <T = Record<string, unknown>>(
    method: string,
    path: string,
    who?: SignedInUser,
    body?: unknown,
  ) => call<T & Problem>(api.url, method, `/api/v1${path}`, { token: who?.accessToken, body });
  const iso = (s: number) => new Date(Date.now() + s * 1000).toISOString();
  const dashboard = async () => {
    const res = await req<Dashboard>('GET', `/programmes/${programmeId}/dashboard`, coordinator);
    expect(res.status).toBe(200);
    return res.body;
  };
  const funderReport = async () => {
    const res = await req<FunderReport>('GET', `/programmes/${programmeId}/funder-report`, coordinator);
    expect(res.status).toBe(200);
    return res.body;
  };

  /** A session through the API, moved into the past as `kind` (the API makes lectures simply). */
  const pastSession = async (hoursAgo: number, kind: 'lecture' | 'site_visit') => {
    const start = new Date(Date.UTC(2028, 5, 5, 1));
    const made = await req<{ id: string }>('POST', `/programmes/${programmeId}/sessions`, coordinator, {
      kind: 'lecture',
      title: `Evaluation ${tag} ${kind}`,
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
    });
    expect(made.status).toBe(201);
    await ds.query(`UPDATE session SET kind = ?, starts_at = ?, ends_at = ? WHERE id = ?`, [
      kind,
      new Date(Date.now() - hoursAgo * 3_600_000),
      new Date(Date.now() - (hoursAgo - 1) * 3_600_000),
      made.body.id,
    ]);
    return made.body.id;
  };

  /**
   * A survey of the programme, opened, its trainees invited (all, or the first `invite`), and answered
   * through the API by the first `values.length` of them, in order.
   */
  const answeredSurvey = async (
    body: Record<string, unknown>,
    values: Values[],
    invite = TRAINEES.length,
  ): Promise<Survey> => {
    const made = await req<Survey>('POST', `/programmes/${programmeId}/surveys`, coordinator, {
      templateId,
      opensAt: iso(-3600),
      closesAt: iso(3600),
      ...body,
    });
    expect(made.status).toBe(201);
    expect((await req('POST', `/surveys/${made.body.id}/open`, coordinator)).status).toBe(200);
    const invited = await req<Invitation[]>('POST', `/surveys/${made.body.id}/invitations`, coordinator, {
      userIds: traineeIds.slice(0, invite),
    });
    expect(invited.status).toBe(201);
    const [likert, matrix, nps] = made.body.questions;
    for (const [i, [l, content, interpreting, n]] of values.entries()) {
      // The token the invitation email carries (test/survey-emails.e2e-spec.ts reads it from the email).
      const token = surveyInvitationToken(
        testConfig().secret,
        invited.body.find((x) => x.userId === traineeIds[i])!.invitationId,
      );
      const res = await req('POST', `/survey-invitations/${token}/responses`, undefined, {
        answers: [
          { questionId: likert!.id, value: l },
          { questionId: matrix!.id, rows: { content, interpreting } },
          { questionId: nps!.id, value: n },
        ],
      });
      expect(res.status).toBe(204);
    }
    return made.body;
  };

  beforeAll(async () => {
    api = await startApi({ QUEUE_PREFIX: testQueuePrefix('evaluation-reports') });
    [admin, coordinator, instructor, trainee] = await Promise.all(
      [DEMO.admin, DEMO.coordinator, DEMO.instructor, DEMO.trainee].map((e) => signIn(api.url, e)),
    );
    ds = await createDataSource(testConfig());
    await ds.initialize();
    const ids = (await ds.query(`SELECT id, email FROM user WHERE email IN (?)`, [TRAINEES])) as {
      id: string;
      email: string;
    }[];
    traineeIds = TRAINEES.map((e) => ids.find((u) => u.email === e)!.id);

    const created = await req<{ id: string }>('POST', '/programmes', coordinator, {
      code: `EVR-${tag}`,
      title: `Evaluation figures ${tag}`,
      mode: 'on_site',
      hostTimeZone: 'Asia/Tokyo',
    });
    expect(created.status).toBe(201);
    programmeId = created.body.id;
    await req('PUT', `/programmes/${programmeId}/staff`, coordinator, {
      coordinators: [coordinator.user.id],
      instructors: [instructor.user.id],
    });
    for (const id of traineeIds)
      await ds.query(`INSERT INTO enrolment (id, programme_id, user_id, status) VALUES (?, ?, ?, 'active')`, [
        randomUUID(),
        programmeId,
        id,
      ]);
    const foreign = await req<{ id: string }>('POST', '/programmes', admin, {
      code: `EVR-F-${tag}`,
      title: `Foreign evaluation ${tag}`,
      mode: 'online',
      hostTimeZone: 'Asia/Tokyo',
    });
    foreignProgrammeId = foreign.body.id;

    const template = await req<{ id: string }>('POST', '/survey-templates', coordinator, {
      title: `Evaluation ${tag}`,
      questions: QUESTIONS,
    });
    expect(template.status).toBe(201);
    templateId = template.body.id;
    lecture = await pastSession(6, 'lecture');
    visit = await pastSession(3, 'site_visit');

    lectureSurvey = await answeredSurvey({ level: 'L1', sessionId: lecture, minGroupSize: 3 }, [
      [5, 5, 4, 10],
      [4, 4, 4, 9],
      [3, 3, 2, 6],
      [3, 5, 5, 8],
    ]);
    visitSurvey = await answeredSurvey({ level: 'L1', sessionId: visit, minGroupSize: 5 }, [
      [1, 1, 1, 0],
      [2, 2, 2, 3],
    ]);
    endSurvey = await answeredSurvey({ level: 'programme_end', anonymous: false, minGroupSize: 5 }, [
      [5, 4, 3, 10],
      [2, 2, 2, 5],
    ]);
    l3at90 = await answeredSurvey({ level: 'L3_90', minGroupSize: 3 }, [[4, 4, 4, 9]]);
    l3at180 = await answeredSurvey(
      { level: 'L3_180', anonymous: false },
      [
        [4, 3, 3, 9],
        [5, 5, 4, 10],
        [3, 3, 3, 7],
      ],
      4,
    );
    // A draft has no figures.
    expect(
      (
        await req('POST', `/programmes/${programmeId}/surveys`, coordinator, {
          templateId,
          level: 'L1',
          sessionId: lecture,
          opensAt: iso(-3600),
          closesAt: iso(3600),
        })
      ).status,
    ).toBe(201);
  });

  afterAll(async () => {
    await api?.stop();
    await ds?.destroy();
  });

  describe('refusals', () => {
    it('refuses the dashboard to a trainee (403) and hides another programme’s from its coordinator (404)', async () => {
      expect((await req('GET', `/programmes/${programmeId}/dashboard`, trainee)).status).toBe(403);
      const foreign = await req('GET', `/programmes/${foreignProgrammeId}/dashboard`, coordinator);
      expect(foreign.status).toBe(404);
      expect(foreign.body.code).toBe('COMMON.NOT_FOUND');
    });

    it('hides the funder report from a coordinator of another programme (404), refuses instructors and trainees (403)', async () => {
      const foreign = await req('GET', `/programmes/${foreignProgrammeId}/funder-report`, coordinator);
      expect(foreign.status).toBe(404);
      expect((await req('GET', `/programmes/${programmeId}/funder-report`, instructor)).status).toBe(403);
      expect((await req('GET', `/programmes/${programmeId}/funder-report`, trainee)).status).toBe(403);
    });

    it('refuses the evaluation export to instructors (403) and hides another programme’s (404)', async () => {
      expect((await req('GET', `/programmes/${programmeId}/exports/evaluation.csv`, instructor)).status).toBe(
        403,
      );
      expect(
        (await req('GET', `/programmes/${foreignProgrammeId}/exports/evaluation.xlsx`, coordinator)).status,
      ).toBe(404);
    });
  });

  describe('dashboard', () => {
    it('gives each session’s L1 survey: invited, responded, rate, the mean of every 1–5 answer and each question’s', async () => {
      const d = await dashboard();
      expect(d.l1.map((f) => [f.surveyId, f.session?.id, f.session?.kind])).toEqual([
        [lectureSurvey.id, lecture, 'lecture'],
        [visitSurvey.id, visit, 'site_visit'],
      ]);
      const [likert, matrix] = lectureSurvey.questions;
      // likert 5+4+3+3 = 15 over 4; matrix 5+4+4+4+3+2+5+5 = 32 over 8; all 47 over 12. nps is no Likert.
      expect(d.l1[0]).toMatchObject({
        level: 'L1',
        status: 'open',
        anonymous: true,
        invited: 5,
        responded: 4,
        responseRate: 0.8,
        hidden: false,
        likertMean: 3.9167,
        likertAnswers: 12,
        likertQuestions: [
          { questionId: likert!.id, position: 1, kind: 'likert', mean: 3.75, answers: 4 },
          { questionId: matrix!.id, position: 2, kind: 'matrix', mean: 4, answers: 8 },
        ],
      });
    });

    it('hides the means of an anonymous survey below its minimum group size, keeping its counts', async () => {
      const d = await dashboard();
      expect(d.l1[1]).toMatchObject({
        invited: 5,
        responded: 2,
        responseRate: 0.4,
        hidden: true,
        likertMean: null,
        likertAnswers: 0,
        likertQuestions: [],
      });
      expect(JSON.stringify(d.l1[1])).not.toContain('"mean":');
    });

    it('shows a named programme-end survey’s means whatever its size, and the L3 surveys’ response rates', async () => {
      const d = await dashboard();
      // likert 5+2 over 2; matrix 4+3+2+2 over 4; all 18 over 6.
      expect(d.programmeEnd).toEqual([
        expect.objectContaining({
          surveyId: endSurvey.id,
          anonymous: false,
          responded: 2,
          responseRate: 0.4,
          hidden: false,
          likertMean: 3,
          likertQuestions: [
            expect.objectContaining({ mean: 3.5, answers: 2 }),
            expect.objectContaining({ mean: 2.75, answers: 4 }),
          ],
        }),
      ]);
      expect(d.l3).toEqual([
        {
          surveyId: l3at90.id,
          title: expect.any(String),
          level: 'L3_90',
          status: 'open',
          invited: 5,
          responded: 1,
          responseRate: 0.2,
        },
        {
          surveyId: l3at180.id,
          title: expect.any(String),
          level: 'L3_180',
          status: 'open',
          invited: 4,
          responded: 3,
          responseRate: 0.75,
        },
      ]);
    });
  });

  describe('funder report', () => {
    it('gives L1 for the programme and per session kind, leaving the hidden site-visit survey out of the means', async () => {
      const r = await funderReport();
      expect(r.l1).toEqual({
        surveys: 1,
        hiddenSurveys: 1,
        responses: 4,
        mean: 3.9167,
        byKind: [
          { kind: 'lecture', surveys: 1, hiddenSurveys: 0, responses: 4, mean: 3.9167 },
          { kind: 'site_visit', surveys: 0, hiddenSurveys: 1, responses: 0, mean: null },
        ],
      });
    });

    it('gives L3 response rates with Likert means where not hidden, L2, L4 as its summary, and the programme-end survey', async () => {
      const r = await funderReport();
      expect(r.l3.map((f) => [f.level, f.responseRate, f.hidden, f.likertMean])).toEqual([
        ['L3_90', 0.2, true, null],
        // likert 4+5+3 = 12 over 3; matrix 3+3+5+4+3+3 = 21 over 6; all 33 over 9.
        ['L3_180', 0.75, false, 3.6667],
      ]);
      expect(r.learningGain.trainees).toBe(0);
      const l4 = await req<Record<string, unknown>>(
        'GET',
        `/programmes/${programmeId}/l4-summary`,
        coordinator,
      );
      expect(r.l4).toEqual(l4.body);
      expect(r.programmeEnd.map((f) => [f.surveyId, f.likertMean])).toEqual([[endSurvey.id, 3]]);
      expect(r.actionPlan).toEqual([]);
    });

    it('counts the L4 indicators of the action plans and their follow-up values', async () => {
      const stage = await req<{ id: string }>(
        'POST',
        `/programmes/${programmeId}/report-stages`,
        coordinator,
        {
          kind: 'action_plan',
          title: `Action plan ${tag}`,
          dueAt: '2099-03-05T09:00:00Z',
          requiredForCompletion: false,
        },
      );
      expect(stage.status).toBe(201);
      const indicator = await req<{ id: string }>(
        'POST',
        `/report-stages/${stage.body.id}/indicators`,
        coordinator,
        {
          userId: traineeIds[0],
          catalogueCode: 'collection_coverage',
          baselineValue: 40,
          baselineOn: '2027-01-31',
          targetValue: 80,
          targetOn: '2028-12-31',
        },
      );
      expect(indicator.status).toBe(201);
      expect(
        (
          await req('POST', `/indicators/${indicator.body.id}/values`, coordinator, {
            followUp: '90',
            asOf: '2027-05-31',
            value: 60,
          })
        ).status,
      ).toBe(201);
      const r = await funderReport();
      expect(r.l4).toMatchObject({
        indicators: 1,
        traineesWithIndicators: 1,
        traineesWithAcceptedPlan: 0,
        followUps: [
          { followUp: '90', indicatorsReported: 1, traineesReported: 0, responseRate: null },
          { followUp: '180', indicatorsReported: 0, traineesReported: 0, responseRate: null },
        ],
        catalogue: [{ code: 'collection_coverage', indicators: 1, withProgress: 1, medianProgress: 0.5 }],
      });
      expect(r.actionPlan.map((s) => s.stageId)).toEqual([stage.body.id]);
    });
  });

  describe('closed surveys', () => {
    it('gives a closed survey the same figures from its frozen results as it had live', async () => {
      const before = (await dashboard()).l1;
      for (const s of [lectureSurvey, visitSurvey])
        expect((await req('POST', `/surveys/${s.id}/close`, coordinator)).status).toBe(200);
      const after = (await dashboard()).l1;
      expect(after.map((f) => f.status)).toEqual(['closed', 'closed']);
      expect(after.map(({ status: _s, ...rest }) => rest)).toEqual(
        before.map(({ status: _s, ...rest }) => rest),
      );
      // Frozen: an answer changed behind the survey's back does not move its figures.
      await ds.query(`UPDATE survey_answer SET value_int = 1 WHERE survey_id = ? AND question_id = ?`, [
        lectureSurvey.id,
        lectureSurvey.questions[0]!.id,
      ]);
      expect((await dashboard()).l1[0]!.likertMean).toBe(3.9167);
    });
  });

  describe('evaluation export', () => {
    it('streams one row per L1 survey as XLSX, read back with the dashboard’s totals and the hidden mean empty', async () => {
      const res = await fetch(`${api.url}/api/v1/programmes/${programmeId}/exports/evaluation.xlsx`, {
        headers: { authorization: `Bearer ${coordinator.accessToken}` },
      });
      expect(res.status).toBe(200);
      const [header, ...rows] = await readXlsx(Buffer.from(await res.arrayBuffer()));
      expect(header).toEqual([
        'survey',
        'session',
        'session_kind',
        'session_starts_at_utc',
        'anonymous',
        'status',
        'invited',
        'responded',
        'response_rate',
        'hidden',
        'likert_mean',
        'likert_answers',
      ]);
      const d = await dashboard();
      expect(rows).toHaveLength(d.l1.length);
      const sum = (col: number) => rows.reduce((n: number, r) => n + Number(r[col]), 0);
      expect(sum(6)).toBe(d.l1.reduce((n, f) => n + f.invited, 0));
      expect(sum(7)).toBe(d.l1.reduce((n, f) => n + f.responded, 0));
      expect(rows.map((r) => [r[2], r[8], r[9], r[10], r[11]])).toEqual([
        ['lecture', 0.8, 'no', 3.9167, 12],
        ['site_visit', 0.4, 'yes', null, 0],
      ]);

      // The CSV has the same rows, the hidden mean empty.
      const csv = await fetch(`${api.url}/api/v1/programmes/${programmeId}/exports/evaluation.csv`, {
        headers: { authorization: `Bearer ${coordinator.accessToken}` },
      });
      const parsed = parse(Buffer.from(await csv.arrayBuffer()), { bom: true }) as string[][];
      expect(parsed).toEqual([header, ...rows].map((r) => r.map((c) => (c === null ? '' : String(c)))));
    });
  });
});
