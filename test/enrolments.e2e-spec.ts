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
type Enrolment = {
  id: string;
  programmeId: string;
  status: string;
  waitlistPosition: number | null;
  trainee: {
    id: string;
    displayName: string;
    email: string;
    timeZone: string;
    organisation: { name: string; country: string } | null;
  };
};
type Page<T> = { items: T[]; total: number };
type MyEnrolment = {
  id: string;
  status: string;
  waitlistPosition: number | null;
  programme: { id: string; code: string; title: string; status: string };
};
type ImportRow = {
  row: number;
  line: number;
  email: string | null;
  outcome: string;
  reason?: string;
  userId?: string;
  enrolmentId?: string;
  accountCreated?: boolean;
};
type Report = {
  dryRun: boolean;
  enrolled: number;
  waitlisted: number;
  skipped: number;
  accountsCreated: number;
  rows: ImportRow[];
};

/** Enrolment: one by one and from CSV, statuses, capacity and the waiting list, and who may do what. */
describe('enrolments', () => {
  let api: KenshuProcess & { url: string };
  let ds: DataSource;
  let coordinator: SignedInUser;
  let admin: SignedInUser;
  let instructor: SignedInUser;
  let trainee: SignedInUser;
  let otherTrainee: SignedInUser;
  const tag = Date.now().toString(36).toUpperCase();
  let serial = 0;

  const req = <T = Enrolment>(method: string, path: string, who: SignedInUser, body?: unknown) =>
    call<T>(api.url, method, `/api/v1${path}`, { token: who.accessToken, body });

  /** A programme of the demo coordinator's, taught by the demo instructor. */
  const programme = async (capacity: number | null) => {
    const res = await req<{ id: string; code: string }>('POST', '/programmes', coordinator, {
      code: `ENR-${tag}-${++serial}`,
      title: 'Fiber-to-Fiber: Textile Recycling',
      mode: 'online',
      hostTimeZone: 'Asia/Tokyo',
      capacity,
    });
    expect(res.status).toBe(201);
    await req('PUT', `/programmes/${res.body.id}/staff`, coordinator, {
      coordinators: [coordinator.user.id],
      instructors: [instructor.user.id],
    });
    return res.body;
  };

  /** A new invited trainee account. */
  const newTrainee = async (name = 'Trainee') => {
    const res = await req<{ id: string }>('POST', '/users', coordinator, {
      email: `t${++serial}.${tag.toLowerCase()}@enrol.example`,
      displayName: `${name} ${serial}`,
      roles: ['trainee'],
      timeZone: 'Indian/Maldives',
    });
    expect(res.status).toBe(201);
    return res.body.id;
  };

  const enrol = (programmeId: string, userId: string, who = coordinator) =>
    req('POST', `/programmes/${programmeId}/enrolments`, who, { userId });

  const setStatus = <T = Enrolment>(
    programmeId: string,
    enrolmentId: string,
    status: string,
    who = coordinator,
    reason?: string,
  ) =>
    req<T>('POST', `/programmes/${programmeId}/enrolments/${enrolmentId}/status`, who, {
      status,
      ...(reason ? { reason } : {}),
    });

  const roster = async (programmeId: string, query = '') =>
    (await req<Page<Enrolment>>('GET', `/programmes/${programmeId}/enrolments${query}`, coordinator)).body;

  const importCsv = <T = Report>(
    programmeId: string,
    body: string | Buffer,
    options: { query?: string; contentType?: string } = {},
  ) =>
    fetch(`${api.url}/api/v1/programmes/${programmeId}/enrolments/import${options.query ?? ''}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${coordinator.accessToken}`,
        'content-type': options.contentType ?? 'text/csv',
      },
      body,
    }).then(async (res) => ({ status: res.status, body: (await res.json()) as T }));

  /** Rows an enrolment or an import may write. */
  const footprint = async () => {
    const [row] = await ds.query(
      `SELECT (SELECT COUNT(*) FROM user) AS users, (SELECT COUNT(*) FROM user_role) AS roles,
              (SELECT COUNT(*) FROM invitation) AS invitations, (SELECT COUNT(*) FROM outbox) AS outbox,
              (SELECT COUNT(*) FROM enrolment) AS enrolments,
              (SELECT COUNT(*) FROM audit_event WHERE action LIKE 'enrolment.%') AS audits`,
    );
    return row as Record<string, string>;
  };

  beforeAll(async () => {
    api = await startApi({ QUEUE_PREFIX: testQueuePrefix('enrolments') });
    ds = await createDataSource(testConfig());
    await ds.initialize();
    [coordinator, admin, instructor, trainee, otherTrainee] = await Promise.all(
      [DEMO.coordinator, DEMO.admin, DEMO.instructor, DEMO.trainee, DEMO.otherTrainee].map((e) =>
        signIn(api.url, e),
      ),
    );
  });

  afterAll(async () => {
    await api?.stop();
    await ds?.destroy();
  });

  it('enrols a trainee as invited while a place is free, then on the waiting list in order', async () => {
    const p = await programme(2);
    const ids = [await newTrainee(), await newTrainee(), await newTrainee(), await newTrainee()];
    const answers = [];
    for (const id of ids) answers.push(await enrol(p.id, id));
    expect(answers.map((a) => [a.status, a.body.status, a.body.waitlistPosition])).toEqual([
      [201, 'invited', null],
      [201, 'invited', null],
      [201, 'waitlisted', 1],
      [201, 'waitlisted', 2],
    ]);
    const list = await roster(p.id);
    expect(list.total).toBe(4);
    expect(list.items.map((e) => [e.trainee.id, e.status])).toEqual(
      ids.map((id, i) => [id, i < 2 ? 'invited' : 'waitlisted']),
    );
    expect(list.items[0]!.trainee).toMatchObject({ timeZone: 'Indian/Maldives' });
    const waiting = await roster(p.id, '?status=waitlisted&pageSize=1&page=2');
    expect([waiting.total, waiting.items.map((e) => e.waitlistPosition)]).toEqual([2, [2]]);
    const seen = await req<{ enrolled: { holdingPlaces: number; waitlisted: number } }>(
      'GET',
      `/programmes/${p.id}`,
      coordinator,
    );
    expect(seen.body.enrolled).toEqual({ holdingPlaces: 2, waitlisted: 2 });
    const [audit] = await ds.query(
      `SELECT actor_id, details FROM audit_event WHERE action = 'enrolment.created' AND target_id = ?`,
      [answers[3]!.body.id],
    );
    expect(audit.actor_id).toBe(coordinator.user.id);
    expect(JSON.parse(audit.details)).toMatchObject({ programmeId: p.id, status: 'waitlisted' });
  });

  it('refuses a staff account or an unknown one (422 userId), and a second enrolment (409)', async () => {
    const p = await programme(null);
    const staff = await req<Problem>('POST', `/programmes/${p.id}/enrolments`, coordinator, {
      userId: instructor.user.id,
    });
    expect([staff.status, staff.body.code, staff.body.errors]).toEqual([
      422,
      'ENROLMENT.INVALID',
      [{ field: 'userId', reason: 'is not a trainee account' }],
    ]);
    const unknown = await req<Problem>('POST', `/programmes/${p.id}/enrolments`, coordinator, {
      userId: '00000000-0000-4000-8000-0000000000ff',
    });
    expect([unknown.status, unknown.body.errors?.[0]?.field]).toEqual([422, 'userId']);
    const id = await newTrainee();
    expect((await enrol(p.id, id)).status).toBe(201);
    const twice = await req<Problem>('POST', `/programmes/${p.id}/enrolments`, coordinator, { userId: id });
    expect([twice.status, twice.body.code, twice.body.errors?.[0]]).toEqual([
      409,
      'ENROLMENT.ALREADY_ENROLLED',
      { field: 'userId', reason: 'is already enrolled (invited)' },
    ]);
    const bad = await req<Problem>('POST', `/programmes/${p.id}/enrolments`, coordinator, { userId: 'me' });
    expect([bad.status, bad.body.errors?.[0]?.field]).toEqual([400, 'userId']);
  });

  it('follows invited → active → completed, and refuses any other step naming the field', async () => {
    const p = await programme(1);
    const first = (await enrol(p.id, await newTrainee())).body;
    const second = (await enrol(p.id, await newTrainee())).body;
    const skip = await setStatus<Problem>(p.id, first.id, 'completed');
    expect([skip.status, skip.body.code, skip.body.errors]).toEqual([
      409,
      'ENROLMENT.INVALID_TRANSITION',
      [{ field: 'status', reason: 'cannot go from invited to completed' }],
    ]);
    const jump = await setStatus<Problem>(p.id, second.id, 'invited');
    expect([jump.status, jump.body.errors?.[0]?.reason]).toEqual([
      409,
      'cannot go from waitlisted to invited',
    ]);
    expect((await setStatus(p.id, first.id, 'active', coordinator, 'arrived in Tokyo')).body.status).toBe(
      'active',
    );
    expect((await setStatus(p.id, first.id, 'completed')).body.status).toBe('completed');
    const after = await setStatus<Problem>(p.id, first.id, 'withdrawn');
    expect([after.status, after.body.errors?.[0]?.reason]).toEqual([
      409,
      'cannot go from completed to withdrawn',
    ]);
    const unknown = await setStatus<Problem>(p.id, first.id, 'graduated');
    expect([unknown.status, unknown.body.errors?.[0]?.field]).toEqual([400, 'status']);
    const [audit] = await ds.query(
      `SELECT details FROM audit_event WHERE action = 'enrolment.status_changed' AND target_id = ?
        ORDER BY id LIMIT 1`,
      [first.id],
    );
    expect(JSON.parse(audit.details)).toMatchObject({
      from: 'invited',
      to: 'active',
      reason: 'arrived in Tokyo',
    });
  });

  it('moves the oldest on the waiting list up when a place is freed, in the same transaction', async () => {
    const p = await programme(1);
    const [a, b, c] = [
      (await enrol(p.id, await newTrainee())).body,
      (await enrol(p.id, await newTrainee())).body,
      (await enrol(p.id, await newTrainee())).body,
    ];
    expect([a!.status, b!.status, c!.status]).toEqual(['invited', 'waitlisted', 'waitlisted']);
    await setStatus(p.id, a!.id, 'active');
    const withdrawn = await setStatus(p.id, a!.id, 'withdrawn', coordinator, 'visa refused');
    expect(withdrawn.body.status).toBe('withdrawn');
    const after = await roster(p.id);
    const byId = new Map(after.items.map((e) => [e.id, e]));
    expect([byId.get(b!.id)!.status, byId.get(c!.id)!.status, byId.get(c!.id)!.waitlistPosition]).toEqual([
      'invited',
      'waitlisted',
      1,
    ]);
    const [promoted] = await ds.query(
      `SELECT actor_id, details FROM audit_event WHERE action = 'enrolment.promoted' AND target_id = ?`,
      [b!.id],
    );
    expect(promoted.actor_id).toBe(coordinator.user.id);
    expect(JSON.parse(promoted.details)).toMatchObject({ from: 'waitlisted', to: 'invited', freedBy: a!.id });
    // Leaving the waiting list frees no place: nobody moves.
    const d = (await enrol(p.id, await newTrainee())).body;
    await setStatus(p.id, c!.id, 'withdrawn');
    expect((await roster(p.id, '?status=waitlisted')).items.map((e) => [e.id, e.waitlistPosition])).toEqual([
      [d.id, 1],
    ]);
  });

  it('gives the last place to exactly one of many concurrent enrolments', async () => {
    for (let round = 0; round < 3; round++) {
      const p = await programme(3);
      for (let i = 0; i < 2; i++) await enrol(p.id, await newTrainee());
      const ids = await Promise.all(Array.from({ length: 8 }, () => newTrainee()));
      const answers = await Promise.all(ids.map((id) => enrol(p.id, id)));
      expect(answers.map((a) => a.status)).toEqual(Array(8).fill(201));
      expect(answers.filter((a) => a.body.status === 'invited')).toHaveLength(1);
      const waiting = await roster(p.id, '?status=waitlisted');
      expect(waiting.items.map((e) => e.waitlistPosition)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    }
  });

  it('lets a trainee accept their invitation and withdraw themself, and touch no one else’s', async () => {
    const p = await programme(2);
    const own = (await enrol(p.id, trainee.user.id)).body;
    const other = (await enrol(p.id, otherTrainee.user.id)).body;
    const mine = await req<Page<MyEnrolment>>('GET', '/me/enrolments', trainee);
    expect(mine.body.items.find((e) => e.id === own.id)).toMatchObject({
      status: 'invited',
      programme: { id: p.id, code: p.code, title: 'Fiber-to-Fiber: Textile Recycling', status: 'draft' },
    });
    const acceptOther = await req<Problem>(
      'POST',
      `/programmes/${p.id}/enrolments/${other.id}/accept`,
      trainee,
    );
    expect(acceptOther.status).toBe(403);
    expect((await req('POST', `/programmes/${p.id}/enrolments/${own.id}/accept`, trainee)).body.status).toBe(
      'active',
    );
    const again = await req<Problem>('POST', `/programmes/${p.id}/enrolments/${own.id}/accept`, trainee);
    expect([again.status, again.body.code]).toEqual([409, 'ENROLMENT.INVALID_TRANSITION']);
    expect((await setStatus<Problem>(p.id, own.id, 'completed', trainee)).status).toBe(403);
    expect((await setStatus<Problem>(p.id, other.id, 'withdrawn', trainee)).status).toBe(403);
    const elsewhere = await programme(null);
    const stranger = (await enrol(elsewhere.id, await newTrainee())).body;
    expect((await setStatus<Problem>(elsewhere.id, stranger.id, 'withdrawn', trainee)).status).toBe(404);
    expect((await setStatus<Problem>(p.id, stranger.id, 'withdrawn', coordinator)).status).toBe(404);

    const left = await setStatus(p.id, own.id, 'withdrawn', trainee, 'a family matter');
    expect(left.body.status).toBe('withdrawn');
    const [audit] = await ds.query(
      `SELECT actor_id, details FROM audit_event WHERE action = 'enrolment.status_changed' AND target_id = ?
        ORDER BY id DESC LIMIT 1`,
      [own.id],
    );
    expect(audit.actor_id).toBe(trainee.user.id);
    expect(JSON.parse(audit.details)).toMatchObject({ from: 'active', to: 'withdrawn', self: true });
    // Having withdrawn, the programme is hidden from them again; a coordinator may enrol them anew.
    expect((await req<Problem>('GET', `/programmes/${p.id}`, trainee)).status).toBe(404);
    const back = await enrol(p.id, trainee.user.id);
    expect([back.status, back.body.id, back.body.status]).toEqual([201, own.id, 'invited']);
  });

  it('lets a waitlisted trainee, who cannot see the programme yet, leave the waiting list', async () => {
    const p = await programme(1);
    await enrol(p.id, await newTrainee());
    const waiting = (await enrol(p.id, otherTrainee.user.id)).body;
    expect(waiting.status).toBe('waitlisted');
    expect((await req<Problem>('GET', `/programmes/${p.id}`, otherTrainee)).status).toBe(404);
    const mine = await req<Page<MyEnrolment>>('GET', '/me/enrolments', otherTrainee);
    expect(mine.body.items.find((e) => e.id === waiting.id)).toMatchObject({
      status: 'waitlisted',
      waitlistPosition: 1,
    });
    expect((await setStatus(p.id, waiting.id, 'withdrawn', otherTrainee)).body.status).toBe('withdrawn');
  });

  it('shows the programme’s instructors the roster and lets them change nothing', async () => {
    const p = await programme(null);
    const e = (await enrol(p.id, trainee.user.id)).body;
    const list = await req<Page<Enrolment>>('GET', `/programmes/${p.id}/enrolments`, instructor);
    expect(list.status).toBe(200);
    expect(list.body.items[0]!.trainee).toMatchObject({
      id: trainee.user.id,
      email: DEMO.trainee,
      displayName: trainee.user.displayName,
      timeZone: trainee.user.timeZone,
      organisation: { country: expect.stringMatching(/^[A-Z]{2}$/) },
    });
    expect((await enrol(p.id, otherTrainee.user.id, instructor)).status).toBe(403);
    expect((await setStatus<Problem>(p.id, e.id, 'active', instructor)).status).toBe(403);
    expect((await req<Problem>('GET', `/programmes/${p.id}/enrolments`, trainee)).status).toBe(403);
    expect((await req<Problem>('GET', `/programmes/${p.id}/enrolments`, otherTrainee)).status).toBe(404);
    expect((await req<Problem>('GET', `/programmes/${p.id}/enrolments`, admin)).status).toBe(200);
  });

  it('refuses to lower the capacity below the trainees holding places (PATCH /programmes/{id})', async () => {
    const p = await programme(3);
    const a = (await enrol(p.id, await newTrainee())).body;
    await enrol(p.id, await newTrainee());
    const low = await req<Problem>('PATCH', `/programmes/${p.id}`, coordinator, { capacity: 1 });
    expect([low.status, low.body.code, low.body.errors]).toEqual([
      422,
      'PROGRAMME.INVALID',
      [{ field: 'capacity', reason: 'must not be below the 2 trainees already enrolled' }],
    ]);
    expect(
      (await req<{ capacity: number }>('PATCH', `/programmes/${p.id}`, coordinator, { capacity: 2 })).body
        .capacity,
    ).toBe(2);
    await setStatus(p.id, a.id, 'withdrawn');
    expect((await req('PATCH', `/programmes/${p.id}`, coordinator, { capacity: 1 })).status).toBe(200);
  });

  it('takes no enrolments in a closed programme', async () => {
    const p = await programme(null);
    for (const status of ['published', 'running', 'closed'])
      await req('POST', `/programmes/${p.id}/status`, coordinator, { status });
    const res = await req<Problem>('POST', `/programmes/${p.id}/enrolments`, coordinator, {
      userId: await newTrainee(),
    });
    expect([res.status, res.body.code, res.body.errors?.[0]?.field]).toEqual([
      422,
      'ENROLMENT.INVALID',
      'programme',
    ]);
    const csv = await importCsv<Problem>(p.id, `email\n${DEMO.trainee}\n`);
    expect([csv.status, csv.body.code]).toEqual([422, 'ENROLMENT.INVALID']);
  });

  describe('from CSV', () => {
    const email = (name: string) => `${name}.${tag.toLowerCase()}@csv.example`;

    it('enrols in file order against the capacity: names in several scripts, BOM, CRLF, quoted fields', async () => {
      const p = await programme(4);
      const already = await newTrainee();
      await enrol(p.id, already);
      const [{ email: alreadyEmail }] = await ds.query('SELECT email FROM user WHERE id = ?', [already]);
      const csv =
        '\uFEFFemail,display_name,locale,time_zone,organisation,position\r\n' +
        `${email('minh')},Nguyễn Thị Minh,vi,Asia/Ho_Chi_Minh,,"Officer, Solid Waste"\r\n` +
        `trainee.seoul@kenshu.example,,,,,\r\n` +
        `${email('aminath')},Aminath Shifaza,dv,Indian/Maldives,"Ministry of Climate Change, Environment and Energy","Waste management
officer"\r\n` +
        `${alreadyEmail},,,,,\r\n` +
        `coordinator@kenshu.example,,,,,\r\n` +
        `not-an-email,Someone,,,,\r\n` +
        `${email('nameless')},,,,,\r\n` +
        `${email('MINH')},Nguyễn Thị Minh again,,,,\r\n` +
        `${email('somchai')},สมชาย ใจดี,th,Asia/Bangkok,,\r\n` +
        `${email('minjun')},김민준,ko,Asia/Seoul,Seoul Metropolitan Government,\r\n` +
        `${email('tokio')},Tokio Typo,ja,Asia/Tokio,,\r\n`;
      const before = await footprint();
      const res = await importCsv(p.id, csv);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        dryRun: false,
        enrolled: 3,
        waitlisted: 2,
        skipped: 6,
        accountsCreated: 4,
      });
      expect(res.body.rows.map((r) => [r.row, r.outcome, r.reason ?? ''])).toEqual([
        [1, 'enrolled', ''],
        [2, 'enrolled', ''],
        [3, 'enrolled', ''],
        [4, 'skipped', 'already enrolled'],
        [5, 'skipped', 'email: belongs to a staff account, not a trainee’s'],
        [6, 'skipped', 'email: must be an email address'],
        [7, 'skipped', 'display_name: needed for a new account'],
        [8, 'skipped', 'email: repeats row 1'],
        [9, 'waitlisted', ''],
        [10, 'waitlisted', ''],
        [11, 'skipped', 'time_zone: "Asia/Tokio" is not an IANA time zone'],
      ]);
      const row = (n: number) => res.body.rows.find((r) => r.row === n)!;
      expect([row(1).accountCreated, row(2).accountCreated, row(3).line, row(4).line]).toEqual([
        true,
        false,
        4,
        6,
      ]);

      const after = await footprint();
      const grew = (k: string) => Number(after[k]) - Number(before[k]);
      expect(['users', 'roles', 'invitations', 'outbox', 'enrolments', 'audits'].map(grew)).toEqual([
        4,
        4,
        4,
        4,
        5,
        1, // one enrolment.imported, listing the five
      ]);
      const [audit] = await ds.query(
        `SELECT actor_id, target_type, target_id, details FROM audit_event WHERE action = 'enrolment.imported'
          ORDER BY id DESC LIMIT 1`,
      );
      expect(audit).toMatchObject({
        actor_id: coordinator.user.id,
        target_type: 'programme',
        target_id: p.id,
      });
      const details = JSON.parse(audit.details);
      expect(details).toMatchObject({ enrolled: 3, waitlisted: 2, skipped: 6, accountsCreated: 4 });
      expect(details.enrolments).toEqual(
        [1, 2, 3, 9, 10].map((n) => [row(n).enrolmentId, row(n).userId, n < 9 ? 'invited' : 'waitlisted']),
      );
      const list = await roster(p.id, '?pageSize=200');
      const byEmail = new Map(list.items.map((e) => [e.trainee.email, e]));
      expect(byEmail.get(email('aminath'))).toMatchObject({
        status: 'invited',
        trainee: {
          displayName: 'Aminath Shifaza',
          timeZone: 'Indian/Maldives',
          organisation: { country: 'MV' },
        },
      });
      expect([email('somchai'), email('minjun')].map((e) => byEmail.get(e)!.waitlistPosition)).toEqual([
        1, 2,
      ]);
      expect(byEmail.get(email('somchai'))!.trainee.displayName).toBe('สมชาย ใจดี');
      const [user] = await ds.query('SELECT status, position, locale FROM user WHERE email = ?', [
        email('minh'),
      ]);
      expect(user).toEqual({ status: 'invited', position: 'Officer, Solid Waste', locale: 'vi' });

      // A second run changes nothing: everyone is in already.
      const again = await importCsv(p.id, `email\n${email('minh')}\n${email('minjun')}\n`);
      expect(again.body).toMatchObject({ enrolled: 0, waitlisted: 0, skipped: 2, accountsCreated: 0 });
    });

    it('enrols again one who withdrew (the same enrolment), and lists 500 enrolments to an audit event', async () => {
      const p = await programme(null);
      const left = (await enrol(p.id, otherTrainee.user.id)).body;
      await setStatus(p.id, left.id, 'withdrawn');
      const csv = `email,display_name\n${DEMO.otherTrainee},\n${Array.from(
        { length: 600 },
        (_, k) => `many${k}.${tag.toLowerCase()}@csv.example,Trainee ${k}\n`,
      ).join('')}`;
      const res = await importCsv(p.id, csv);
      expect(res.body).toMatchObject({ enrolled: 601, skipped: 0, accountsCreated: 600 });
      expect(res.body.rows[0]).toMatchObject({
        outcome: 'enrolled',
        reason: 'enrolled again after withdrawing',
        enrolmentId: left.id,
        accountCreated: false,
      });
      expect((await roster(p.id, '?status=invited')).total).toBe(601);
      const events = await ds.query(
        `SELECT details FROM audit_event WHERE action = 'enrolment.imported' AND target_id = ? ORDER BY id`,
        [p.id],
      );
      const lists = events.map((e: { details: string }) => JSON.parse(e.details).enrolments as string[][]);
      expect(lists.map((l: string[][]) => l.length)).toEqual([500, 101]);
      expect(lists.flat().map((e: string[]) => e[0])).toContain(left.id);
    });

    it('writes nothing on a dry run, and reports what would happen', async () => {
      const p = await programme(1);
      const before = await footprint();
      const res = await importCsv(
        p.id,
        `email,display_name\n${email('dry1')},Dry One\n${email('dry2')},Dry Two\n`,
        {
          query: '?dryRun=true',
        },
      );
      expect(res.body).toMatchObject({ dryRun: true, enrolled: 1, waitlisted: 1, accountsCreated: 2 });
      expect(await footprint()).toEqual(before);
    });

    it.each([
      ['a missing column', 'display_name\nSomeone\n', /missing column email/],
      ['an unknown column', 'email,name\na@b.example,A\n', /unknown column "name"/],
      ['a row of the wrong length', 'email\na@b.example,extra\n', /not valid CSV/],
      [
        'bytes that are not UTF-8',
        Buffer.from([0x65, 0x6d, 0x61, 0x69, 0x6c, 0x0a, 0xff, 0xfe, 0x0a]),
        /not UTF-8/,
      ],
    ])('refuses a file with %s with 422 and writes nothing', async (_, body, reason) => {
      const p = await programme(null);
      const before = await footprint();
      const res = await importCsv<Problem>(p.id, body);
      expect([res.status, res.body.code, res.body.errors?.[0]?.field]).toEqual([
        422,
        'IMPORT.INVALID_FILE',
        'file',
      ]);
      expect(res.body.errors?.[0]?.reason).toMatch(reason);
      expect(await footprint()).toEqual(before);
    });

    it('refuses anything not sent as text/csv with 415', async () => {
      const p = await programme(null);
      const res = await importCsv<Problem>(p.id, JSON.stringify({ email: 'a@b.example' }), {
        contentType: 'application/json',
      });
      expect(res.status).toBe(415);
    });
  });
});
