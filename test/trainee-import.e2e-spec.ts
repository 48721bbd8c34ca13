import http from 'node:http';
import type { DataSource } from 'typeorm';
import { createDataSource } from '@kenshu/domain';
import { call, DEMO, KenshuProcess, signIn, startApi, testConfig, testQueuePrefix } from '@kenshu/testing';

type Row = {
  row: number;
  line: number;
  email: string | null;
  outcome: string;
  reason?: string;
  userId?: string;
};
type Report = { dryRun: boolean; created: number; updated: number; skipped: number; rows: Row[] };
type Problem = { status: number; code: string; errors?: { field: string; reason: string }[] };

/**
 * The status of a large upload. The API answers 413 from the Content-Length alone and closes the
 * connection; a client still sending the body may then lose the answer to a reset. So this sends the
 * body a piece at a time, as a slow link would, and stops once the answer is in.
 */
function statusOfUpload(url: string, token: string, body: string): Promise<number> {
  const bytes = Buffer.from(body);
  return new Promise((resolve, reject) => {
    let answered = false;
    const request = http.request(url, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'text/csv',
        'content-length': bytes.length,
      },
    });
    request.on('response', (res) => {
      answered = true;
      res.resume();
      resolve(res.statusCode ?? 0);
      request.destroy();
    });
    request.on('error', (error) => {
      if (!answered) reject(error);
    });
    let offset = 0;
    const next = () => {
      if (answered || offset >= bytes.length) return;
      request.write(bytes.subarray(offset, (offset += 64 * 1024)));
      setTimeout(next, 20);
    };
    next();
  });
}

/** Bulk import of trainees from CSV through POST /api/v1/users/import, on the real database. */
describe('trainee import from CSV', () => {
  let api: KenshuProcess & { url: string };
  let ds: DataSource;
  let token: string;
  const tag = `${Date.now()}`;
  const email = (name: string) => `${name}.${tag}@import.example`;

  const post = <T>(
    body: string | Buffer,
    options: { contentType?: string; query?: string; as?: string } = {},
  ) =>
    fetch(`${api.url}/api/v1/users/import${options.query ?? ''}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${options.as ?? token}`,
        'content-type': options.contentType ?? 'text/csv',
      },
      body,
    }).then(async (res) => ({ status: res.status, body: (await res.json()) as T }));

  /** Rows that an import may write: users, their invitations and the outbox rows of their emails. */
  const footprint = async () => {
    const [row] = await ds.query(
      `SELECT (SELECT COUNT(*) FROM user) AS users, (SELECT COUNT(*) FROM invitation) AS invitations,
              (SELECT COUNT(*) FROM outbox) AS outbox, (SELECT COUNT(*) FROM audit_event WHERE action = 'user.imported') AS audits`,
    );
    return row as Record<string, string>;
  };

  beforeAll(async () => {
    api = await startApi({ QUEUE_PREFIX: testQueuePrefix('import') });
    ds = await createDataSource(testConfig());
    await ds.initialize();
    token = (await signIn(api.url, DEMO.coordinator)).accessToken;
  });

  afterAll(async () => {
    await api?.stop();
    await ds?.destroy();
  });

  it('imports names in any script, with BOM, CRLF and quoted commas and newlines, reporting each row', async () => {
    const csv =
      '\uFEFFemail,display_name,locale,time_zone,organisation,position\r\n' +
      `${email('minh')},Nguyễn Thị Minh,vi,Asia/Ho_Chi_Minh,,"Officer, Solid Waste"\r\n` +
      `${email('aminath')},Aminath Shifaza,dv,Indian/Maldives,"Ministry of Climate Change, Environment and Energy","Waste management
officer"\r\n` +
      `${email('minjun')},김민준,ko,Asia/Seoul,Seoul Metropolitan Government,\r\n` +
      `${email('somchai')},สมชาย ใจดี,th,Asia/Bangkok,,\r\n` +
      `not-an-email,Someone,,,,\r\n` +
      `${email('tokio')},Tokio Typo,ja,Asia/Tokio,,\r\n` +
      `${email('minh')},Nguyễn Thị Minh again,vi,,,\r\n` +
      `${email('org')},Unknown Org,,,Nowhere City Council,\r\n` +
      `trainee@kenshu.example,Aminath Shifaza,,,,\r\n` +
      `coordinator@kenshu.example,Not A Trainee,,,,\r\n`;
    const before = await footprint();
    const res = await post<Report>(csv);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dryRun: false, created: 4, updated: 0, skipped: 6 });
    const byRow = (n: number) => res.body.rows.find((r) => r.row === n)!;
    expect(res.body.rows.map((r) => [r.row, r.outcome])).toEqual([
      [1, 'created'],
      [2, 'created'],
      [3, 'created'],
      [4, 'created'],
      [5, 'skipped'],
      [6, 'skipped'],
      [7, 'skipped'],
      [8, 'skipped'],
      [9, 'skipped'],
      [10, 'skipped'],
    ]);
    expect(byRow(3).line).toBe(5); // row 2 spans lines 3 and 4
    expect(byRow(5).reason).toBe('email: must be an email address');
    expect(byRow(6).reason).toBe('time_zone: "Asia/Tokio" is not an IANA time zone');
    expect(byRow(7).reason).toBe('email: repeats row 1');
    expect(byRow(8).reason).toBe('organisation: no organisation is named "Nowhere City Council"');
    expect(byRow(9).reason).toBe('no change');
    expect(byRow(10).reason).toMatch(/not only a trainee/);

    const after = await footprint();
    expect(Number(after.users) - Number(before.users)).toBe(4);
    expect(Number(after.invitations) - Number(before.invitations)).toBe(4);
    expect(Number(after.outbox) - Number(before.outbox)).toBe(4); // one invitation email each

    const admin = await signIn(api.url, DEMO.admin);
    const aminath = await call<{ displayName: string; position: string; organisation: { country: string } }>(
      api.url,
      'GET',
      `/api/v1/users/${byRow(2).userId}`,
      { token: admin.accessToken },
    );
    expect(aminath.body).toMatchObject({
      displayName: 'Aminath Shifaza',
      position: 'Waste management\nofficer',
      organisation: { country: 'MV' },
    });
  });

  it('updates an existing trainee from a second file, leaving blank cells as they were', async () => {
    const csv = `email,display_name,time_zone\n${email('minjun')},김민준,Asia/Tokyo\n${email('somchai')},สมชาย ใจดี,\n`;
    const res = await post<Report>(csv);
    expect(res.body).toMatchObject({ created: 0, updated: 1, skipped: 1 });
    expect(res.body.rows[0]).toMatchObject({ outcome: 'updated', reason: 'changed timeZone' });
    const [row] = await ds.query('SELECT locale, time_zone FROM user WHERE email = ?', [email('minjun')]);
    expect(row).toEqual({ locale: 'ko', time_zone: 'Asia/Tokyo' });
  });

  it('writes nothing on a dry run, and reports what would happen', async () => {
    const before = await footprint();
    const res = await post<Report>(`email,display_name\n${email('dry')},Dry Run\n`, {
      query: '?dryRun=true',
    });
    expect(res.body).toMatchObject({ dryRun: true, created: 1 });
    expect(await footprint()).toEqual(before);
  });

  it.each([
    ['a wrong header', 'mail,name\na@b.example,A\n', /unknown column "mail", "name"/],
    ['a missing column', 'email\na@b.example\n', /missing column display_name/],
    ['a row of the wrong length', 'email,display_name\na@b.example,A,extra\n', /not valid CSV/],
    ['an unclosed quote', 'email,display_name\na@b.example,"A\n', /not valid CSV/],
    ['a header and no rows', 'email,display_name\r\n', /no rows/],
    ['bytes that are not UTF-8', Buffer.from([0x65, 0x6d, 0x61, 0x69, 0x6c, 0xff, 0xfe, 0x0a]), /not UTF-8/],
    ['a binary file', Buffer.from('%PDF-1.7\n\u0000\u0001binary'), /not CSV text|not valid CSV/],
  ])('refuses %s with 422 and writes nothing', async (_, body, reason) => {
    const before = await footprint();
    const res = await post<Problem>(body);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('IMPORT.INVALID_FILE');
    expect(res.body.errors?.[0]?.field).toBe('file');
    expect(res.body.errors?.[0]?.reason).toMatch(reason);
    expect(await footprint()).toEqual(before);
  });

  it('refuses a file over 4 MiB with 413, and anything not sent as text/csv with 415', async () => {
    const before = await footprint();
    const big = 'email,display_name\n' + `${email('big')},${'x'.repeat(100)}\n`.repeat(40_000);
    expect(await statusOfUpload(`${api.url}/api/v1/users/import`, token, big)).toBe(413);
    const json = await post<Problem>(JSON.stringify({ email: 'a@b.example' }), {
      contentType: 'application/json',
    });
    expect(json.status).toBe(415);
    expect(await footprint()).toEqual(before);
  });

  it('is for coordinators and admins only', async () => {
    const trainee = await signIn(api.url, DEMO.trainee);
    const res = await post<Problem>('email,display_name\na@b.example,A\n', { as: trainee.accessToken });
    expect(res.status).toBe(403);
  });
});
