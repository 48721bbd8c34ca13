import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
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
type Counts = Record<string, number>;
type Dashboard = {
  programmeId: string;
  enrolment: Counts;
  attendance: {
    sessions: { sessionId: string; ended: boolean; counts: Counts; rate: number | null }[];
    trainees: { userId: string; attended: number; excused: number; total: number; rate: number | null }[];
  };
  completion: { participants: number; completed: number; met: number; notMet: number };
  learningGain: { preTestId: string | null; cohort: { trainees: number }; trainees: unknown[] };
  reports: { stageId: string; counts: Counts }[];
};
type Keyed = { key: string; count: number; country?: string | null };
type FunderReport = {
  title: string;
  participants: {
    total: number;
    byCountry: Keyed[];
    byCity: Keyed[];
    byOrganisation: Keyed[];
    byGender: Keyed[];
  };
  enrolment: Counts;
  attendance: { kind: string; sessions: number; ended: number; counts: Counts; rate: number | null }[];
  learningGain: { trainees: number; preTest: boolean; postTest: boolean };
  actionPlan: { stageId: string; counts: Counts }[];
  completion: { participants: number; completed: number };
  certificates: { issued: number; revoked: number };
};
type Export = { id: string; status: string; rows: number | null; sizeBytes: number | null };

const minutesFromNow = (m: number) => new Date(Date.now() + m * 60_000);
const STORAGE_DIR = '.data/test-storage';
/** Every stored file (the local-disk storage nests keys in folders). */
const storedFiles = (): string[] => {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
    );
  try {
    return walk(STORAGE_DIR);
  } catch {
    return [];
  }
};

/** An XLSX file's first sheet as rows of strings (numbers as their text), header first. */
async function readXlsx(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let i = 1; i <= sheet.columnCount; i++) {
      const v = row.getCell(i).value;
      cells.push(v === null || v === undefined ? '' : String(v));
    }
    rows.push(cells);
  });
  return rows;
}

describe('dashboards: programme dashboard, funder report and exports', () => {
  let api: KenshuProcess & { url: string };
  let worker: KenshuProcess | undefined;
  const smtp = new SmtpSink();
  let ds: DataSource;
  let admin: SignedInUser;
  let coordinator: SignedInUser;
  let instructor: SignedInUser;
  let trainee: SignedInUser;
  let other: SignedInUser;
  let hanoi: SignedInUser;
  /** Made for this file: a trainee of a Malé organisation (completed), and one with no organisation. */
  const male = { id: randomUUID(), email: '' };
  const loose = { id: randomUUID(), email: '' };
  const organisationId = randomUUID();
  const city = `Hulhumalé ${Date.now().toString(36)}`;
  let programmeId: string;
  let foreignProgrammeId: string;
  let bigProgrammeId: string;
  let lecture: string;
  let visit: string;
  let stageId: string;
  const tag = Date.now().toString(36).toUpperCase();

  const req = <T = Record<string, unknown>>(
    method: string,
    path: string,
    who?: SignedInUser,
    body?: unknown,
  ) => call<T & Problem>(api.url, method, `/api/v1${path}`, { token: who?.accessToken, body });
  const download = async (path: string, who: SignedInUser) => {
    const res = await fetch(`${api.url}/api/v1${path}`, {
      headers: { authorization: `Bearer ${who.accessToken}` },
    });
    return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
  };
  const dashboard = async () => {
    const res = await req<Dashboard>('GET', `/programmes/${programmeId}/dashboard`, coordinator);
    expect(res.status).toBe(200);
    return res.body;
  };
  const enrol = (userId: string, status: string, id = randomUUID()) =>
    ds.query(`INSERT INTO enrolment (id, programme_id, user_id, status) VALUES (?, ?, ?, ?)`, [
      id,
      programmeId,
      userId,
      status,
    ]);

  /**
   * A session through the API, then moved a few hours into the past (before the worker marks the unmarked
   * absent), as another kind when asked.
   */
  const pastSession = async (hour: number, kind: 'lecture' | 'site_visit') => {
    const start = new Date(Date.UTC(2028, 5, 5) + hour * 3_600_000);
    const made = await req<{ id: string }>('POST', `/programmes/${programmeId}/sessions`, coordinator, {
      kind: 'lecture',
      title: `Dashboard ${tag} ${hour}`,
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
    });
    expect(made.status).toBe(201);
    await ds.query(`UPDATE session SET kind = ?, starts_at = ?, ends_at = ? WHERE id = ?`, [
      kind,
      minutesFromNow(-600 + hour * 60),
      minutesFromNow(-540 + hour * 60),
      made.body.id,
    ]);
    return made.body.id;
  };

  beforeAll(async () => {
    await smtp.start();
    api = await startApi({ QUEUE_PREFIX: testQueuePrefix('dashboards'), EXPORT_SYNC_MAX_PARTICIPANTS: '6' });
    [admin, coordinator, instructor, trainee, other, hanoi] = await Promise.all(
      [
        DEMO.admin,
        DEMO.coordinator,
        DEMO.instructor,
        DEMO.trainee,
        DEMO.otherTrainee,
        'trainee.hanoi@kenshu.example',
      ].map((e) => signIn(api.url, e)),
    );
    ds = await createDataSource(testConfig());
    await ds.initialize();
    await settleLeftoverOutbox(ds);

    await ds.query(
      `INSERT INTO organisation (id, kind, name, country, city) VALUES (?, 'home_government', ?, 'MV', ?)`,
      [organisationId, `Malé City Council ${tag}`, city],
    );
    male.email = `male.${tag.toLowerCase()}@kenshu.example`;
    loose.email = `loose.${tag.toLowerCase()}@kenshu.example`;
    await ds.query(
      `INSERT INTO user (id, email, display_name, status, organisation_id) VALUES (?, ?, ?, 'active', ?), (?, ?, ?, 'active', NULL)`,
      [male.id, male.email, `Aishath ${tag}`, organisationId, loose.id, loose.email, `Zz Loose ${tag}`],
    );

    const created = await req<{ id: string }>('POST', '/programmes', coordinator, {
      code: `DSH-${tag}`,
      title: `Circular economy programme ${tag}`,
      mode: 'on_site',
      hostTimeZone: 'Asia/Tokyo',
    });
    expect(created.status).toBe(201);
    programmeId = created.body.id;
    await req('PUT', `/programmes/${programmeId}/staff`, coordinator, {
      coordinators: [coordinator.user.id],
      instructors: [instructor.user.id],
    });
    for (const who of [trainee, other, hanoi]) await enrol(who.user.id, 'active');
    await enrol(male.id, 'completed');
    await enrol(loose.id, 'withdrawn');

    lecture = await pastSession(1, 'lecture');
    visit = await pastSession(3, 'site_visit');
    const roster = async (sessionId: string, statuses: [string, string][]) =>
      expect(
        (
          await req('PUT', `/sessions/${sessionId}/attendance`, instructor, {
            records: statuses.map(([userId, status]) => ({ userId, status })),
          })
        ).status,
      ).toBe(200);
    await roster(lecture, [
      [trainee.user.id, 'present'],
      [other.user.id, 'late'],
      [hanoi.user.id, 'absent'],
      [male.id, 'present'],
    ]);
    await roster(visit, [
      [trainee.user.id, 'present'],
      [other.user.id, 'excused'],
      [male.id, 'present'],
    ]);

    const stage = await req<{ id: string }>('POST', `/programmes/${programmeId}/report-stages`, coordinator, {
      kind: 'action_plan',
      title: `Action plan ${tag}`,
      dueAt: '2099-03-05T09:00:00Z',
    });
    expect(stage.status).toBe(201);
    stageId = stage.body.id;
    expect(
      (await req('POST', `/report-stages/${stageId}/submissions`, trainee, { text: 'Separate at source.' }))
        .status,
    ).toBe(201);

    const foreign = await req<{ id: string }>('POST', '/programmes', admin, {
      code: `DSH-F-${tag}`,
      title: `Foreign programme ${tag}`,
      mode: 'online',
      hostTimeZone: 'Asia/Tokyo',
    });
    foreignProgrammeId = foreign.body.id;

    // Larger than EXPORT_SYNC_MAX_PARTICIPANTS (6) for this API: seven enrolments of made-up trainees.
    const big = await req<{ id: string }>('POST', '/programmes', coordinator, {
      code: `DSH-B-${tag}`,
      title: `Big programme ${tag}`,
      mode: 'online',
      hostTimeZone: 'Asia/Tokyo',
    });
    bigProgrammeId = big.body.id;
    for (let i = 0; i < 7; i++) {
      const id = randomUUID();
      await ds.query(`INSERT INTO user (id, email, display_name, status) VALUES (?, ?, ?, 'active')`, [
        id,
        `big.${i}.${tag.toLowerCase()}@kenshu.example`,
        `Big ${i} ${tag}`,
      ]);
      await ds.query(`INSERT INTO enrolment (id, programme_id, user_id, status) VALUES (?, ?, ?, 'active')`, [
        randomUUID(),
        bigProgrammeId,
        id,
      ]);
    }

    worker = await startWorker({
      QUEUE_PREFIX: testQueuePrefix('dashboards-worker'),
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
    it('refuses the dashboard to a trainee of the programme (403) and hides it from a coordinator not on it (404)', async () => {
      const asTrainee = await req('GET', `/programmes/${programmeId}/dashboard`, trainee);
      expect(asTrainee.status).toBe(403);
      const notHis = await req('GET', `/programmes/${foreignProgrammeId}/dashboard`, coordinator);
      expect(notHis.status).toBe(404);
      expect(notHis.body.code).toBe('COMMON.NOT_FOUND');
    });

    it('hides the funder report of a programme the coordinator does not run (404) and refuses instructors (403)', async () => {
      expect((await req('GET', `/programmes/${foreignProgrammeId}/funder-report`, coordinator)).status).toBe(
        404,
      );
      expect((await req('GET', `/programmes/${programmeId}/funder-report`, instructor)).status).toBe(403);
      expect((await req('GET', `/programmes/${foreignProgrammeId}/funder-report`, admin)).status).toBe(200);
    });

    it('refuses exports of a programme the coordinator does not run, to instructors, and unknown kinds', async () => {
      expect(
        (await download(`/programmes/${foreignProgrammeId}/exports/participants.csv`, coordinator)).status,
      ).toBe(404);
      expect((await download(`/programmes/${programmeId}/exports/participants.csv`, instructor)).status).toBe(
        403,
      );
      const bad = await req('GET', `/programmes/${programmeId}/exports/grades.csv`, coordinator);
      expect(bad.status).toBe(400);
      expect(bad.body.errors?.[0]?.field).toBe('file');
      const badFormat = await req('GET', `/programmes/${programmeId}/exports/participants.pdf`, coordinator);
      expect(badFormat.status).toBe(400);
      const badBody = await req('POST', `/programmes/${programmeId}/exports`, coordinator, {
        kind: 'x',
        format: 'csv',
      });
      expect(badBody.status).toBe(400);
      expect(badBody.body.errors?.map((e) => e.field)).toEqual(['kind']);
      expect(
        (
          await req('POST', `/programmes/${foreignProgrammeId}/exports`, coordinator, {
            kind: 'participants',
            format: 'csv',
          })
        ).status,
      ).toBe(404);
    });

    it('refuses to stream an export larger than the threshold, pointing to the file route', async () => {
      const res = await req('GET', `/programmes/${bigProgrammeId}/exports/participants.csv`, coordinator);
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('EXPORT.TOO_LARGE');
      expect(res.body.errors?.[0]?.field).toBe('kind');
    });

    it('refuses a gender that is not one of the values, naming the field, and changes nothing', async () => {
      const before = (await req<{ gender: string | null }>('GET', '/me', hanoi)).body.gender;
      const res = await req('PATCH', '/me', hanoi, { gender: 'robot', displayName: 'Never saved' });
      expect(res.status).toBe(400);
      expect(res.body.errors?.map((e) => e.field)).toEqual(['gender']);
      const after = (await req<{ gender: string | null; displayName: string }>('GET', '/me', hanoi)).body;
      expect(after.gender).toBe(before);
      expect(after.displayName).not.toBe('Never saved');
    });

    it('hides an export from trainees and instructors, and says 409 before its file is ready', async () => {
      // A queued export with no job (a fixture written directly): it stays queued.
      const id = randomUUID();
      await ds.query(
        `INSERT INTO data_export (id, programme_id, requested_by, kind, format) VALUES (?, ?, ?, 'participants', 'csv')`,
        [id, programmeId, coordinator.user.id],
      );
      expect((await req('GET', `/exports/${id}`, trainee)).status).toBe(404);
      expect((await req('GET', `/exports/${id}`, instructor)).status).toBe(404);
      expect((await req<Export>('GET', `/exports/${id}`, coordinator)).body.status).toBe('queued');
      const early = await req('GET', `/exports/${id}/file`, coordinator);
      expect(early.status).toBe(409);
      expect(early.body.code).toBe('EXPORT.NOT_READY');
    });
  });

  describe('figures', () => {
    it('gives the dashboard from every feature: enrolment, attendance, completion, learning gain, reports', async () => {
      const d = await dashboard();
      expect(d.enrolment).toMatchObject({ active: 3, completed: 1, withdrawn: 1, invited: 0 });
      expect(d.attendance.sessions.map((s) => s.sessionId)).toEqual([lecture, visit]);
      expect(d.attendance.sessions[0]!.counts).toMatchObject({ present: 2, late: 1, absent: 1, unmarked: 0 });
      expect(d.attendance.sessions[0]!.rate).toBe(0.75);
      const mine = d.attendance.trainees.find((t) => t.userId === trainee.user.id)!;
      expect(mine).toMatchObject({ attended: 2, excused: 0, total: 2, rate: 1 });
      expect(d.attendance.trainees.find((t) => t.userId === loose.id)).toBeUndefined();
      expect(d.completion).toMatchObject({ participants: 4, completed: 1 });
      expect(d.learningGain.preTestId).toBeNull();
      expect(d.learningGain.trainees).toHaveLength(4);
      expect(d.reports).toEqual([
        {
          stageId,
          kind: 'action_plan',
          title: `Action plan ${tag}`,
          counts: expect.objectContaining({ submitted: 1, not_submitted: 3 }),
        },
      ]);
    });

    it('gives the funder participants by country, city, organisation and gender ("not recorded" where unknown)', async () => {
      expect((await req('PATCH', `/users/${male.id}`, admin, { gender: 'female' })).status).toBe(200);
      expect((await req('PATCH', '/me', hanoi, { gender: 'male' })).status).toBe(200);
      const me = await req<{ gender: string | null }>('GET', '/me', hanoi);
      expect(me.body.gender).toBe('male');
      // Cleared again: not recorded.
      expect((await req('PATCH', '/me', hanoi, { gender: null })).status).toBe(200);
      const res = await req<FunderReport>('GET', `/programmes/${programmeId}/funder-report`, coordinator);
      expect(res.status).toBe(200);
      const r = res.body;
      expect(r.participants.total).toBe(4);
      // Demo trainees may be from the Maldives too: the made-up one adds one to whatever they are.
      expect(r.participants.byCountry.find((c) => c.key === 'MV')?.count).toBeGreaterThanOrEqual(1);
      expect(r.participants.byCountry.reduce((n, c) => n + c.count, 0)).toBe(4);
      expect(r.participants.byCity).toContainEqual({ key: city, country: 'MV', count: 1 });
      expect(r.participants.byOrganisation).toContainEqual({
        key: `Malé City Council ${tag}`,
        country: 'MV',
        count: 1,
      });
      // Whatever the seed recorded for the demo trainees: the report counts what the profiles say.
      const stated = (await ds.query(
        `SELECT COALESCE(u.gender, 'not recorded') AS g, COUNT(*) AS n FROM enrolment e JOIN user u ON u.id = e.user_id
          WHERE e.programme_id = ? AND e.status IN ('active', 'completed', 'not_completed') GROUP BY g`,
        [programmeId],
      )) as { g: string; n: string }[];
      expect(Object.fromEntries(r.participants.byGender.map((g) => [g.key, g.count]))).toEqual(
        Object.fromEntries(stated.map((s) => [s.g, Number(s.n)])),
      );
      expect(stated.find((s) => s.g === 'female')).toBeDefined();
      expect(stated.find((s) => s.g === 'not recorded')).toBeDefined();
      // The withdrawn trainee (no organisation) is not a participant.
      expect(r.participants.byOrganisation.reduce((n, o) => n + o.count, 0)).toBe(4);
      const byKind = Object.fromEntries(r.attendance.map((k) => [k.kind, k]));
      expect(byKind.site_visit).toMatchObject({
        sessions: 1,
        ended: 1,
        counts: { present: 2, late: 0, absent: 0, excused: 1 },
      });
      expect(byKind.site_visit!.rate).toBe(0.5);
      expect(byKind.lecture!.rate).toBe(0.75);
      expect(r.learningGain).toMatchObject({ trainees: 0, preTest: false, postTest: false });
      expect(r.actionPlan[0]!.counts.submitted).toBe(1);
      expect(r.completion).toMatchObject({ participants: 4, completed: 1 });
      expect(r.certificates).toEqual({ issued: 0, revoked: 0 });
    });
  });

  describe('exports', () => {
    it('streams the participants as CSV, parsed back: every enrolment, gender "not recorded" where unknown', async () => {
      const res = await download(`/programmes/${programmeId}/exports/participants.csv`, coordinator);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/csv');
      expect(res.headers.get('content-disposition')).toContain('participants.csv');
      const rows = parse(res.bytes, { bom: true, columns: true }) as Record<string, string>[];
      const d = await dashboard();
      expect(rows).toHaveLength(Object.values(d.enrolment).reduce((a, b) => a + b, 0));
      expect(rows.find((r) => r.email === loose.email)).toMatchObject({
        status: 'withdrawn',
        gender: 'not recorded',
        country: '',
      });
      expect(rows.find((r) => r.email === male.email)).toMatchObject({
        country: 'MV',
        city,
        status: 'completed',
      });
    });

    it('streams attendance as XLSX whose totals, read back by exceljs, equal the dashboard’s', async () => {
      const res = await download(`/programmes/${programmeId}/exports/attendance.xlsx`, coordinator);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('spreadsheetml');
      const [header, ...rows] = await readXlsx(res.bytes);
      expect(header).toEqual(['name', 'email', 'session', 'kind', 'starts_at_utc', 'status']);
      const d = await dashboard();
      expect(rows).toHaveLength(d.attendance.trainees.length * d.attendance.sessions.length);
      const attended = rows.filter((r) => r[5] === 'present' || r[5] === 'late').length;
      expect(attended).toBe(d.attendance.trainees.reduce((n, t) => n + t.attended, 0));
      expect(rows.filter((r) => r[5] === 'excused').length).toBe(
        d.attendance.trainees.reduce((n, t) => n + t.excused, 0),
      );
      expect(rows.filter((r) => r[3] === 'site_visit').length).toBe(d.attendance.trainees.length);
      expect(rows.filter((r) => r[5] === 'unmarked').length).toBe(1);
    });

    it('streams completion as CSV and XLSX with the same rows and the dashboard’s counts', async () => {
      const csv = parse(
        (await download(`/programmes/${programmeId}/exports/completion.csv`, coordinator)).bytes,
        {
          bom: true,
        },
      ) as string[][];
      const xlsx = await readXlsx(
        (await download(`/programmes/${programmeId}/exports/completion.xlsx`, coordinator)).bytes,
      );
      expect(xlsx).toEqual(csv);
      const d = await dashboard();
      expect(csv.length - 1).toBe(d.completion.participants);
      expect(csv.filter((r) => r[2] === 'completed').length).toBe(d.completion.completed);
      expect(csv.filter((r) => r[3] === 'yes').length).toBe(d.completion.met);
    });

    it('builds a requested export as a file once: ready with its size, the same file when the job runs again', async () => {
      const made = await req<Export>('POST', `/programmes/${programmeId}/exports`, coordinator, {
        kind: 'attendance',
        format: 'xlsx',
      });
      expect(made.status).toBe(202);
      expect(made.body.status).toBe('queued');
      const ready = await until(
        'the export to be built',
        async () => (await req<Export>('GET', `/exports/${made.body.id}`, coordinator)).body,
        (e) => e.status === 'ready',
        30_000,
      );
      expect(ready.sizeBytes).toBeGreaterThan(0);
      const d = await dashboard();
      expect(ready.rows).toBe(d.attendance.trainees.length * d.attendance.sessions.length);

      const file = await download(`/exports/${made.body.id}/file`, coordinator);
      expect(file.status).toBe(200);
      expect(file.bytes.length).toBe(ready.sizeBytes);
      const [, ...rows] = await readXlsx(file.bytes);
      expect(rows.filter((r) => r[5] === 'present' || r[5] === 'late').length).toBe(
        d.attendance.trainees.reduce((n, t) => n + t.attended, 0),
      );
      // The admin reaches it too; a trainee and the programme's instructor do not.
      expect((await download(`/exports/${made.body.id}/file`, admin)).status).toBe(200);
      expect((await download(`/exports/${made.body.id}/file`, trainee)).status).toBe(404);

      // The job again (a redelivered outbox row): nothing new is written, the export keeps its file.
      const [before] = (await ds.query(`SELECT storage_key, sha256, built_at FROM data_export WHERE id = ?`, [
        made.body.id,
      ])) as { storage_key: string; sha256: string; built_at: Date }[];
      const files = storedFiles().length;
      await ds.query(
        `INSERT INTO outbox (queue, job_name, payload, available_at) VALUES ('system', 'build-export', ?, CURRENT_TIMESTAMP(3))`,
        [JSON.stringify({ exportId: made.body.id })],
      );
      await until(
        'the second build-export to run',
        async () =>
          (
            (await ds.query(
              `SELECT COUNT(*) AS n FROM outbox WHERE job_name = 'build-export' AND processed_at IS NULL AND failed_at IS NULL`,
            )) as { n: string }[]
          )[0]!.n,
        (n) => Number(n) === 0,
        30_000,
      );
      const [after] = (await ds.query(`SELECT storage_key, sha256, built_at FROM data_export WHERE id = ?`, [
        made.body.id,
      ])) as { storage_key: string; sha256: string; built_at: Date }[];
      expect(after).toEqual(before);
      expect(storedFiles().length).toBe(files);
    });
  });
});
