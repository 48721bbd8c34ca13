import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import type { DataSource } from 'typeorm';
import { createDataSource } from '@kenshu/domain';
import {
  call,
  DEMO,
  KenshuProcess,
  settleLeftoverOutbox,
  signIn,
  startApi,
  startWorker,
  testConfig,
  testQueuePrefix,
  until,
  type SignedInUser,
} from '@kenshu/testing';

type Problem = { status: number; code: string; errors?: { field: string; reason: string }[] };
type Entry = {
  userId: string;
  status: string;
  note: string | null;
  source: string | null;
  checkedInAt: string | null;
  minutesAttended: number | null;
};
type Roster = { counts: Record<string, number>; trainees: Entry[] };
type Decision = {
  status: string;
  note: string | null;
  source: string;
  recordedAt: string;
  recordedBy: string;
};
type SyncReport = {
  applied: { userId: string; status: string }[];
  unchanged: string[];
  conflicts: { userId: string; kept: string; incoming: Decision; existing: Decision }[];
};
type ImportReport = {
  dryRun: boolean;
  written: boolean;
  sessionMinutes: number;
  trainees: { userId: string; minutes: number; status: string; outcome: string }[];
  unknownEmails: string[];
  badRows: { line: number; field: string; reason: string }[];
  notInFile: number;
};

const minutesFromNow = (m: number) => new Date(Date.now() + m * 60_000);

describe('attendance: rosters, check-in codes, offline sync, webinar imports, the absent sweep', () => {
  let api: KenshuProcess & { url: string };
  let worker: KenshuProcess | undefined;
  let ds: DataSource;
  let coordinator: SignedInUser;
  let instructor: SignedInUser;
  let admin: SignedInUser;
  let trainee: SignedInUser;
  let hanoi: SignedInUser;
  let taipei: SignedInUser;
  let bangkok: SignedInUser;
  let programmeId: string;
  let foreignSessionId: string;
  const tag = Date.now().toString(36).toUpperCase();
  let hour = 0;

  const req = <T = Record<string, unknown>>(
    method: string,
    path: string,
    who?: SignedInUser,
    body?: unknown,
  ) => call<T>(api.url, method, `/api/v1${path}`, { token: who?.accessToken, body });

  /** A session of the programme (made through the API), then moved to run from `startMin` for `lengthMin`. */
  const newSession = async (
    startMin: number,
    lengthMin: number,
    options: { programme?: string; zone?: string; as?: SignedInUser; kind?: string } = {},
  ) => {
    const start = new Date(Date.UTC(2028, 2, 6) + ++hour * 3_600_000);
    const made = await req<{ id: string }>(
      'POST',
      `/programmes/${options.programme ?? programmeId}/sessions`,
      options.as ?? coordinator,
      {
        kind: options.kind ?? 'lecture',
        title: `Attendance ${tag} ${hour}`,
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
      },
    );
    expect(made.status).toBe(201);
    await ds.query(`UPDATE session SET starts_at = ?, ends_at = ?, time_zone = ? WHERE id = ?`, [
      minutesFromNow(startMin),
      minutesFromNow(startMin + lengthMin),
      options.zone ?? 'America/Los_Angeles',
      made.body.id,
    ]);
    return made.body.id;
  };

  const rows = async (sessionId: string) =>
    (await ds.query(
      `SELECT user_id AS userId, status, source, note, recorded_at AS recordedAt, minutes_attended AS minutes
         FROM attendance WHERE session_id = ? ORDER BY user_id`,
      [sessionId],
    )) as { userId: string; status: string; source: string; note: string | null; minutes: number | null }[];

  const auditCount = async (action: string) =>
    Number(
      (
        (await ds.query(`SELECT COUNT(*) AS n FROM audit_event WHERE action = ?`, [action])) as {
          n: string;
        }[]
      )[0]!.n,
    );

  const completionJobs = async (userId: string) =>
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
    api = await startApi({ QUEUE_PREFIX: testQueuePrefix('attendance') });
    [coordinator, instructor, admin, trainee, hanoi, taipei, bangkok] = await Promise.all(
      [
        DEMO.coordinator,
        DEMO.instructor,
        DEMO.admin,
        DEMO.trainee,
        'trainee.hanoi@kenshu.example',
        DEMO.otherTrainee,
        'trainee.bangkok@kenshu.example',
      ].map((e) => signIn(api.url, e)),
    );
    ds = await createDataSource(testConfig());
    await ds.initialize();
    await settleLeftoverOutbox(ds);

    const created = await req<{ id: string }>('POST', '/programmes', coordinator, {
      code: `ATT-${tag}`,
      title: `Waste collection planning ${tag}`,
      mode: 'hybrid',
      hostTimeZone: 'America/Los_Angeles',
    });
    programmeId = created.body.id;
    await req('PUT', `/programmes/${programmeId}/staff`, coordinator, {
      coordinators: [coordinator.user.id],
      instructors: [instructor.user.id],
    });
    const [kolkata] = (await ds.query(
      `SELECT id FROM user WHERE email = 'trainee.kolkata@kenshu.example'`,
    )) as {
      id: string;
    }[];
    for (const [userId, status] of [
      [trainee.user.id, 'active'],
      [hanoi.user.id, 'active'],
      [taipei.user.id, 'active'],
      [bangkok.user.id, 'invited'],
      [kolkata!.id, 'withdrawn'],
    ])
      await ds.query(`INSERT INTO enrolment (id, programme_id, user_id, status) VALUES (?, ?, ?, ?)`, [
        randomUUID(),
        programmeId,
        userId,
        status,
      ]);
    // Another programme (the admin's), whose staff the demo coordinator and instructor are not.
    const foreign = await req<{ id: string }>('POST', '/programmes', admin, {
      code: `ATT-X-${tag}`,
      title: `Someone else's programme ${tag}`,
      mode: 'online',
      hostTimeZone: 'Asia/Tokyo',
    });
    foreignSessionId = await newSession(-30, 60, { programme: foreign.body.id, as: admin });
  });

  afterAll(async () => {
    await worker?.stop();
    await api?.stop();
    await ds?.destroy();
  });

  describe('the roster', () => {
    let sessionId: string;
    beforeAll(async () => (sessionId = await newSession(-20, 90)));

    it('lists every attending trainee as unmarked, leaving out invited and withdrawn ones', async () => {
      const res = await req<Roster>('GET', `/sessions/${sessionId}/attendance`, instructor);
      expect(res.status).toBe(200);
      expect(res.body.trainees.map((t) => t.userId).sort()).toEqual(
        [trainee.user.id, hanoi.user.id, taipei.user.id].sort(),
      );
      expect(res.body.counts).toEqual({ present: 0, late: 0, absent: 0, excused: 0, unmarked: 3, total: 3 });
    });

    it('refuses a trainee marking someone else’s attendance (403), and another programme’s staff (404)', async () => {
      const mine = await req<Problem>('PUT', `/sessions/${sessionId}/attendance`, trainee, {
        records: [{ userId: hanoi.user.id, status: 'absent' }],
      });
      expect({ status: mine.status, code: mine.body.code }).toEqual({
        status: 403,
        code: 'ACCESS.FORBIDDEN',
      });
      const foreign = await req<Problem>('PUT', `/sessions/${foreignSessionId}/attendance`, coordinator, {
        records: [{ userId: hanoi.user.id, status: 'absent' }],
      });
      expect({ status: foreign.status, code: foreign.body.code }).toEqual({
        status: 404,
        code: 'COMMON.NOT_FOUND',
      });
      expect((await req('GET', `/sessions/${foreignSessionId}/attendance`, instructor)).status).toBe(404);
      expect(await rows(sessionId)).toEqual([]);
    });

    it('refuses the whole roster when a row is bad, naming each one, and writes nothing', async () => {
      const res = await req<Problem>('PUT', `/sessions/${sessionId}/attendance`, instructor, {
        records: [
          { userId: trainee.user.id, status: 'present' },
          { userId: bangkok.user.id, status: 'present' },
          { userId: trainee.user.id, status: 'late' },
          { userId: randomUUID(), status: 'absent' },
        ],
      });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('ATTENDANCE.INVALID');
      expect(res.body.errors!.map((e) => e.field)).toEqual([
        'records[1].userId',
        'records[2].userId',
        'records[3].userId',
      ]);
      expect(res.body.errors![1]!.reason).toMatch(/twice/);
      const badStatus = await req<Problem>('PUT', `/sessions/${sessionId}/attendance`, instructor, {
        records: [{ userId: trainee.user.id, status: 'sleeping' }],
      });
      expect(badStatus.status).toBe(400);
      expect(badStatus.body.errors!.map((e) => e.field)).toEqual(['records[0].status']);
      expect(await rows(sessionId)).toEqual([]);
    });

    it('refuses marking a session that has not started or is cancelled', async () => {
      const later = await newSession(120, 60);
      const early = await req<Problem>('PUT', `/sessions/${later}/attendance`, instructor, {
        records: [{ userId: trainee.user.id, status: 'present' }],
      });
      expect({ status: early.status, code: early.body.code }).toEqual({
        status: 409,
        code: 'ATTENDANCE.NOT_STARTED',
      });
      // Within the 30 minutes' lead, it is taken.
      const soon = await newSession(20, 60);
      const ok = await req('PUT', `/sessions/${soon}/attendance`, instructor, {
        records: [{ userId: trainee.user.id, status: 'present' }],
      });
      expect(ok.status).toBe(200);
      const cancelled = await newSession(-60, 30);
      await ds.query(`UPDATE session SET status = 'cancelled' WHERE id = ?`, [cancelled]);
      const res = await req<Problem>('PUT', `/sessions/${cancelled}/attendance`, instructor, {
        records: [{ userId: trainee.user.id, status: 'present' }],
      });
      expect({ status: res.status, code: res.body.code }).toEqual({
        status: 409,
        code: 'ATTENDANCE.SESSION_CANCELLED',
      });
    });

    it('saves the roster, auditing and re-evaluating completion for each changed trainee only', async () => {
      const audits = await auditCount('attendance.recorded');
      const jobs = await completionJobs(hanoi.user.id);
      const res = await req<Roster>('PUT', `/sessions/${sessionId}/attendance`, instructor, {
        records: [
          { userId: trainee.user.id, status: 'present' },
          { userId: hanoi.user.id, status: 'excused', note: 'Ministry meeting in Hanoi' },
        ],
      });
      expect(res.status).toBe(200);
      expect(res.body.counts).toMatchObject({ present: 1, excused: 1, unmarked: 1, total: 3 });
      expect(res.body.trainees.find((t) => t.userId === hanoi.user.id)).toMatchObject({
        status: 'excused',
        note: 'Ministry meeting in Hanoi',
        source: 'instructor',
      });
      expect(await auditCount('attendance.recorded')).toBe(audits + 2);
      expect(await completionJobs(hanoi.user.id)).toBe(jobs + 1);
      // The same roster again changes nothing, so nothing more is audited.
      await req('PUT', `/sessions/${sessionId}/attendance`, instructor, {
        records: [{ userId: trainee.user.id, status: 'present' }],
      });
      expect(await auditCount('attendance.recorded')).toBe(audits + 2);
    });
  });

  describe('self check-in', () => {
    let running: string;
    let code: string;

    beforeAll(async () => {
      running = await newSession(-20, 60);
    });

    it('gives staff a six-character code valid in the session’s window, and its QR code', async () => {
      const res = await req<{ code: string; validFrom: string; validUntil: string; checkInUrl: string }>(
        'POST',
        `/sessions/${running}/check-in-codes`,
        instructor,
      );
      expect(res.status).toBe(201);
      code = res.body.code;
      expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
      expect(res.body.checkInUrl).toContain(`/check-in/${running}?code=${code}`);
      const [session] = (await ds.query(`SELECT starts_at, ends_at FROM session WHERE id = ?`, [
        running,
      ])) as {
        starts_at: Date;
        ends_at: Date;
      }[];
      expect(new Date(res.body.validFrom).getTime()).toBe(session!.starts_at.getTime() - 15 * 60_000);
      expect(new Date(res.body.validUntil).getTime()).toBe(session!.ends_at.getTime() + 30 * 60_000);
      const qr = await fetch(`${api.url}/api/v1/sessions/${running}/check-in-codes/current.svg`, {
        headers: { authorization: `Bearer ${instructor.accessToken}` },
      });
      expect(qr.status).toBe(200);
      expect(qr.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
      expect(await qr.text()).toMatch(/^<svg[^>]*>.*<path/s);
      const refused = await req<Problem>('POST', `/sessions/${running}/check-in-codes`, trainee);
      expect(refused.status).toBe(403);
    });

    it('refuses a wrong code, then checks the trainee in as late after the grace period', async () => {
      const wrong = await req<Problem>('POST', `/sessions/${running}/check-ins`, trainee, { code: 'ZZZZZZ' });
      expect({ status: wrong.status, code: wrong.body.code }).toEqual({
        status: 422,
        code: 'ATTENDANCE.CHECK_IN_INVALID',
      });
      const res = await req<{ status: string; checkedInAt: string }>(
        'POST',
        `/sessions/${running}/check-ins`,
        trainee,
        { code: code.toLowerCase().replace(/^(...)/, '$1-') },
      );
      expect(res.status).toBe(201);
      expect(res.body.status).toBe('late');
      const roster = await req<Roster>('GET', `/sessions/${running}/attendance`, coordinator);
      expect(roster.body.trainees.find((t) => t.userId === trainee.user.id)).toMatchObject({
        status: 'late',
        source: 'check_in',
        checkedInAt: res.body.checkedInAt,
      });
    });

    it('refuses a check-in code used twice by the same trainee', async () => {
      const again = await req<Problem>('POST', `/sessions/${running}/check-ins`, trainee, { code });
      expect({ status: again.status, code: again.body.code }).toEqual({
        status: 409,
        code: 'ATTENDANCE.ALREADY_CHECKED_IN',
      });
    });

    it('never overrides a decision staff already took, and refuses trainees not attending (404)', async () => {
      await req('PUT', `/sessions/${running}/attendance`, instructor, {
        records: [{ userId: hanoi.user.id, status: 'excused', note: 'Arrives tomorrow' }],
      });
      const res = await req<Problem>('POST', `/sessions/${running}/check-ins`, hanoi, { code });
      expect({ status: res.status, code: res.body.code }).toEqual({
        status: 409,
        code: 'ATTENDANCE.ALREADY_RECORDED',
      });
      expect((await rows(running)).find((r) => r.userId === hanoi.user.id)).toMatchObject({
        status: 'excused',
        source: 'instructor',
      });
      const invited = await req<Problem>('POST', `/sessions/${running}/check-ins`, bangkok, { code });
      expect(invited.status).toBe(404);
      const foreign = await req<Problem>('POST', `/sessions/${foreignSessionId}/check-ins`, taipei, { code });
      expect(foreign.status).toBe(404);
    });

    it('records present for a check-in before the start', async () => {
      const soon = await newSession(10, 60);
      const made = await req<{ code: string }>('POST', `/sessions/${soon}/check-in-codes`, coordinator);
      const res = await req<{ status: string }>('POST', `/sessions/${soon}/check-ins`, taipei, {
        code: made.body.code,
      });
      expect(res.status).toBe(201);
      expect(res.body.status).toBe('present');
    });

    it('refuses a check-in code outside its window', async () => {
      const tomorrow = await newSession(24 * 60, 60);
      const made = await req<{ code: string }>('POST', `/sessions/${tomorrow}/check-in-codes`, instructor);
      expect(made.status).toBe(201);
      const early = await req<Problem>('POST', `/sessions/${tomorrow}/check-ins`, taipei, {
        code: made.body.code,
      });
      expect({ status: early.status, code: early.body.code }).toEqual({
        status: 409,
        code: 'ATTENDANCE.CHECK_IN_CLOSED',
      });
      // A session that ended two hours ago: no new code, and its last one no longer works.
      const past = await newSession(-180, 60);
      const noCode = await req<Problem>('POST', `/sessions/${past}/check-in-codes`, instructor);
      expect({ status: noCode.status, code: noCode.body.code }).toEqual({
        status: 409,
        code: 'ATTENDANCE.CHECK_IN_CLOSED',
      });
      await ds.query(
        `INSERT INTO attendance_check_in_code (session_id, code, valid_from, valid_until) VALUES (?, 'PAST23', ?, ?)`,
        [past, minutesFromNow(-200), minutesFromNow(-90)],
      );
      const late = await req<Problem>('POST', `/sessions/${past}/check-ins`, taipei, { code: 'PAST23' });
      expect({ status: late.status, code: late.body.code }).toEqual({
        status: 409,
        code: 'ATTENDANCE.CHECK_IN_CLOSED',
      });
      expect(await rows(past)).toEqual([]);
    });

    it('throttles guessing: after ten wrong codes a minute, 429 even for the right one', async () => {
      const guessing = await newSession(-5, 60);
      const made = await req<{ code: string }>('POST', `/sessions/${guessing}/check-in-codes`, instructor);
      // Hanoi tried once already this minute (over a staff decision): every try counts.
      const statuses: number[] = [];
      for (let i = 0; i < 12 && statuses.at(-1) !== 429; i++)
        statuses.push(
          (await req('POST', `/sessions/${guessing}/check-ins`, hanoi, { code: `WRONG${i}` })).status,
        );
      expect(statuses.slice(0, -1).every((s) => s === 422)).toBe(true);
      expect(statuses.at(-1)).toBe(429);
      expect(statuses.length).toBeLessThanOrEqual(10);
      const res = await req<Problem>('POST', `/sessions/${guessing}/check-ins`, hanoi, {
        code: made.body.code,
      });
      expect({ status: res.status, code: res.body.code }).toEqual({
        status: 429,
        code: 'AUTH.TOO_MANY_ATTEMPTS',
      });
      expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
    });
  });

  describe('offline batches', () => {
    let sessionId: string;
    const at = (m: number) => minutesFromNow(m).toISOString();

    let sent: ReturnType<typeof batch>;

    beforeAll(async () => {
      sessionId = await newSession(-120, 90);
      sent = batch();
      // Staff decided the trainee was absent just now; Hanoi checked in with the code.
      await req('PUT', `/sessions/${sessionId}/attendance`, coordinator, {
        records: [{ userId: trainee.user.id, status: 'absent', note: 'Not in the room' }],
      });
      await ds.query(
        `INSERT INTO attendance (id, session_id, user_id, status, source, recorded_by, recorded_at, checked_in_at)
         VALUES (?, ?, ?, 'late', 'check_in', ?, ?, ?)`,
        [randomUUID(), sessionId, hanoi.user.id, hanoi.user.id, minutesFromNow(-100), minutesFromNow(-100)],
      );
    });

    const batch = () => ({
      deviceId: `tablet-${tag}`,
      records: [
        { userId: trainee.user.id, status: 'present', recordedAt: at(-110) },
        { userId: hanoi.user.id, status: 'present', recordedAt: at(-105) },
        { userId: taipei.user.id, status: 'absent', recordedAt: at(-115) },
        {
          userId: taipei.user.id,
          status: 'excused',
          note: 'Typhoon: flights cancelled',
          recordedAt: at(-108),
        },
      ],
    });

    it('reconciles: the latest instructor decision wins, a check-in gives way, conflicts are reported', async () => {
      const res = await req<SyncReport>('POST', `/sessions/${sessionId}/attendance/sync`, instructor, sent);
      expect(res.status).toBe(200);
      expect(res.body.applied.sort((a, b) => a.userId.localeCompare(b.userId))).toEqual(
        [
          { userId: hanoi.user.id, status: 'present' },
          { userId: taipei.user.id, status: 'excused' },
        ].sort((a, b) => a.userId.localeCompare(b.userId)),
      );
      expect(res.body.unchanged).toEqual([]);
      expect(res.body.conflicts).toEqual([
        {
          userId: trainee.user.id,
          kept: 'existing',
          incoming: expect.objectContaining({
            status: 'present',
            source: 'offline',
            recordedBy: instructor.user.id,
            recordedAt: sent.records[0]!.recordedAt,
          }),
          existing: expect.objectContaining({
            status: 'absent',
            note: 'Not in the room',
            source: 'instructor',
            recordedBy: coordinator.user.id,
          }),
        },
      ]);
      const stored = await rows(sessionId);
      expect(stored.find((r) => r.userId === trainee.user.id)).toMatchObject({ status: 'absent' });
      expect(stored.find((r) => r.userId === hanoi.user.id)).toMatchObject({
        status: 'present',
        source: 'offline',
      });
      expect(stored.find((r) => r.userId === taipei.user.id)).toMatchObject({
        status: 'excused',
        note: 'Typhoon: flights cancelled',
      });
    });

    it('changes nothing when the same batch is uploaded twice', async () => {
      const before = await rows(sessionId);
      const audits = await auditCount('attendance.synced');
      const res = await req<SyncReport>('POST', `/sessions/${sessionId}/attendance/sync`, instructor, sent);
      expect(res.status).toBe(200);
      expect(res.body.applied).toEqual([]);
      expect(res.body.unchanged.sort()).toEqual([hanoi.user.id, taipei.user.id].sort());
      expect(res.body.conflicts.map((c) => c.kept)).toEqual(['existing']);
      expect(await rows(sessionId)).toEqual(before);
      expect(await auditCount('attendance.synced')).toBe(audits);
    });

    it('applies a later decision over someone else’s, reporting both', async () => {
      const res = await req<SyncReport>('POST', `/sessions/${sessionId}/attendance/sync`, instructor, {
        deviceId: `tablet-${tag}`,
        records: [{ userId: trainee.user.id, status: 'late', note: 'Came at 10:20', recordedAt: at(1) }],
      });
      expect(res.body.applied).toEqual([{ userId: trainee.user.id, status: 'late' }]);
      expect(res.body.conflicts).toEqual([
        expect.objectContaining({
          kept: 'incoming',
          incoming: expect.objectContaining({ status: 'late' }),
          existing: expect.objectContaining({ status: 'absent', recordedBy: coordinator.user.id }),
        }),
      ]);
    });

    it('refuses a record more than five minutes in the future, and rows of people not attending', async () => {
      const res = await req<Problem>('POST', `/sessions/${sessionId}/attendance/sync`, instructor, {
        deviceId: `tablet-${tag}`,
        records: [
          { userId: hanoi.user.id, status: 'absent', recordedAt: at(-1) },
          { userId: hanoi.user.id, status: 'absent', recordedAt: at(10) },
          { userId: bangkok.user.id, status: 'present', recordedAt: at(-1) },
        ],
      });
      expect(res.status).toBe(422);
      expect(res.body.errors!.map((e) => e.field).sort()).toEqual([
        'records[1].recordedAt',
        'records[2].userId',
      ]);
      expect((await rows(sessionId)).find((r) => r.userId === hanoi.user.id)).toMatchObject({
        status: 'present',
      });
    });
  });

  describe('webinar import', () => {
    let sessionId: string;
    let start: DateTime;
    const zone = 'Pacific/Kiritimati';
    /** A wall-clock time in Kiritimati (UTC+14), `minutes` after the start. */
    const local = (minutes: number) => start.plus({ minutes }).setZone(zone).toFormat('yyyy-MM-dd HH:mm');
    const importCsv = (csv: string, query = '') =>
      fetch(`${api.url}/api/v1/sessions/${sessionId}/attendance/import${query}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${instructor.accessToken}`, 'content-type': 'text/csv' },
        body: csv,
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as ImportReport & Problem }));

    beforeAll(async () => {
      sessionId = await newSession(-180, 60, { zone, kind: 'webinar' });
      const [row] = (await ds.query(`SELECT starts_at FROM session WHERE id = ?`, [sessionId])) as {
        starts_at: Date;
      }[];
      start = DateTime.fromJSDate(row!.starts_at).startOf('minute');
      await ds.query(`UPDATE session SET starts_at = ?, ends_at = ? WHERE id = ?`, [
        start.toJSDate(),
        start.plus({ minutes: 60 }).toJSDate(),
        sessionId,
      ]);
    });

    const csv = () =>
      [
        'email,join,leave,name',
        // Joined 5 minutes early, dropped, rejoined overlapping: 50 minutes within the session.
        `${DEMO.trainee},${local(-5)},${local(30)},Aminath`,
        `${DEMO.trainee.toUpperCase()},${local(25)},${local(50)},Aminath`,
        // 30 minutes: absent.
        `trainee.hanoi@kenshu.example,${local(10)},${local(40)},Hanoi`,
        // ISO instants with offset (UTC): 46 minutes, 77 %.
        `${DEMO.otherTrainee},${start.plus({ minutes: 14 }).toUTC().toISO()},${start.plus({ minutes: 70 }).toUTC().toISO()},Taipei`,
        `guest.${tag.toLowerCase()}@example.org,${local(0)},${local(60)},Guest`,
      ].join('\n') + '\n';

    it('reports minutes and statuses on a dry run, in the session’s far zone, writing nothing', async () => {
      const res = await importCsv(csv(), '?dryRun=true');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        dryRun: true,
        written: false,
        sessionMinutes: 60,
        badRows: [],
        notInFile: 0,
      });
      const byUser = Object.fromEntries(res.body.trainees.map((t) => [t.userId, [t.minutes, t.status]]));
      expect(byUser).toEqual({
        [trainee.user.id]: [50, 'present'],
        [hanoi.user.id]: [30, 'absent'],
        [taipei.user.id]: [46, 'present'],
      });
      expect(res.body.unknownEmails).toEqual([`guest.${tag.toLowerCase()}@example.org`]);
      expect(await rows(sessionId)).toEqual([]);
      const strict = await importCsv(csv(), '?dryRun=true&thresholdPercent=80');
      expect(strict.body.trainees.find((t) => t.userId === taipei.user.id)!.status).toBe('absent');
    });

    it('refuses a file with bad rows (422 naming each line) and writes nothing', async () => {
      const bad =
        csv() +
        `trainee.hanoi@kenshu.example,${local(45)},${local(40)},Hanoi\n` +
        `not-an-email,yesterday,${local(40)},Nobody\n`;
      const dry = await importCsv(bad, '?dryRun=true');
      expect(dry.body.badRows).toEqual([
        { line: 7, field: 'leave', reason: 'is before join' },
        { line: 8, field: 'email', reason: 'is not an email address' },
        { line: 8, field: 'join', reason: expect.stringMatching(/ISO 8601/) },
      ]);
      const res = await importCsv(bad);
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('ATTENDANCE.INVALID');
      expect(res.body.errors!.map((e) => e.field)).toEqual(['line 7.leave', 'line 8.email', 'line 8.join']);
      const noHeader = await importCsv('who,when\nx,y\n');
      expect({ status: noHeader.status, code: noHeader.body.code }).toEqual({
        status: 422,
        code: 'IMPORT.INVALID_FILE',
      });
      expect(await rows(sessionId)).toEqual([]);
    });

    it('writes the results as instructor decisions with the minutes, and a second import changes nothing', async () => {
      const res = await importCsv(csv());
      expect(res.status).toBe(200);
      expect(res.body.written).toBe(true);
      const stored = await rows(sessionId);
      expect(stored.map((r) => [r.userId, r.status, r.source, Number(r.minutes)]).sort()).toEqual(
        [
          [trainee.user.id, 'present', 'import', 50],
          [hanoi.user.id, 'absent', 'import', 30],
          [taipei.user.id, 'present', 'import', 46],
        ].sort(),
      );
      const again = await importCsv(csv());
      expect(again.body.trainees.map((t) => t.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    });
  });

  describe('reading', () => {
    it('shows a trainee their own attendance with times in their zone and the host’s', async () => {
      const res = await req<{
        timeZone: string;
        hostTimeZone: string;
        tally: { sessions: number; attended: number };
        sessions: {
          status: string;
          start: {
            utc: string;
            local: { dateTime: string; zone: string };
            host: { dateTime: string; zone: string };
          };
        }[];
      }>('GET', `/programmes/${programmeId}/attendance/me`, trainee);
      expect(res.status).toBe(200);
      expect(res.body.timeZone).toBe('Indian/Maldives');
      expect(res.body.hostTimeZone).toBe('America/Los_Angeles');
      const one = res.body.sessions[0]!;
      expect(one.start.local.dateTime).toBe(
        DateTime.fromISO(one.start.utc).setZone('Indian/Maldives').toISO({ suppressMilliseconds: true }),
      );
      expect(one.start.host.dateTime).toBe(
        DateTime.fromISO(one.start.utc).setZone('America/Los_Angeles').toISO({ suppressMilliseconds: true }),
      );
      expect(res.body.tally.attended).toBeGreaterThanOrEqual(3);
      expect(res.body.sessions.some((s) => s.status === 'late')).toBe(true);
      expect((await req('GET', `/programmes/${programmeId}/attendance/me`, instructor)).status).toBe(403);
    });

    it('gives staff each trainee’s attended/total and each session’s rate; trainees are refused', async () => {
      const res = await req<{
        trainees: { userId: string; attended: number; total: number; rate: number | null }[];
        sessions: { ended: boolean; rate: number | null }[];
      }>('GET', `/programmes/${programmeId}/attendance`, coordinator);
      expect(res.status).toBe(200);
      const me = res.body.trainees.find((t) => t.userId === trainee.user.id)!;
      expect(me.total).toBeGreaterThan(0);
      expect(me.rate).toBe(Math.round((me.attended / me.total) * 1000) / 1000);
      expect(res.body.sessions.filter((s) => !s.ended).every((s) => s.rate === null)).toBe(true);
      expect((await req('GET', `/programmes/${programmeId}/attendance`, trainee)).status).toBe(403);
    });
  });

  describe('the absent sweep', () => {
    it('marks unmarked trainees absent once a session ended long enough ago, once, never over a decision', async () => {
      const ended = await newSession(-200, 60);
      const recent = await newSession(-50, 30);
      await req('PUT', `/sessions/${ended}/attendance`, instructor, {
        records: [{ userId: trainee.user.id, status: 'present' }],
      });
      worker = await startWorker({
        QUEUE_PREFIX: testQueuePrefix('attendance'),
        ATTENDANCE_AUTO_ABSENT_AFTER_HOURS: '1',
        ATTENDANCE_POLL_S: '1',
      });
      await until(
        'the sweep of the ended session',
        () =>
          ds.query(`SELECT marked FROM attendance_sweep WHERE session_id = ?`, [ended]) as Promise<unknown[]>,
        (r) => r.length === 1,
      );
      const stored = await rows(ended);
      expect(stored.map((r) => [r.userId, r.status, r.source]).sort()).toEqual(
        [
          [trainee.user.id, 'present', 'instructor'],
          [hanoi.user.id, 'absent', 'auto'],
          [taipei.user.id, 'absent', 'auto'],
        ].sort(),
      );
      const [event] = (await ds.query(
        `SELECT actor_id AS actorId, details FROM audit_event WHERE action = 'attendance.auto_absent' AND target_id = ?`,
        [ended],
      )) as { actorId: string | null; details: string }[];
      expect(event!.actorId).toBeNull();
      expect((JSON.parse(event!.details) as { userIds: string[] }).userIds.sort()).toEqual(
        [hanoi.user.id, taipei.user.id].sort(),
      );
      // A few more polls: nothing twice, and the session that ended 20 minutes ago waits.
      await new Promise((r) => setTimeout(r, 2500));
      expect(await rows(ended)).toHaveLength(3);
      expect(
        Number(
          (
            (await ds.query(
              `SELECT COUNT(*) AS n FROM audit_event WHERE action = 'attendance.auto_absent' AND target_id = ?`,
              [ended],
            )) as { n: string }[]
          )[0]!.n,
        ),
      ).toBe(1);
      expect(await rows(recent)).toEqual([]);
    });
  });
});
