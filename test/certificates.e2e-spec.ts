import { createHash, randomUUID } from 'node:crypto';
import type { ParsedMail } from 'mailparser';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { DataSource } from 'typeorm';
import { createDataSource } from '@kenshu/domain';
import {
  call,
  DEMO,
  KenshuProcess,
  settleLeftoverOutbox,
  signIn,
  SmtpSink,
  startApi,
  startWorker,
  testConfig,
  testQueuePrefix,
  until,
  type SignedInUser,
} from '@kenshu/testing';

type Problem = { status: number; code: string; detail: string; errors?: { field: string; reason: string }[] };
type Certificate = {
  id: string;
  enrolmentId: string;
  trainee: { id: string; displayName: string };
  verificationCode: string;
  verifyUrl: string;
  language: string;
  printedName: string;
  completedOn: string;
  programmeStartsOn: string | null;
  programmeEndsOn: string | null;
  status: 'valid' | 'revoked';
  revocationReason: string | null;
  pdf: { sizeBytes: number; sha256: string } | null;
  email: { status: string; attempts: number };
};

async function pdfText(pdf: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const content = await (await doc.getPage(1)).getTextContent();
  return content.items.map((item) => ('str' in item ? item.str : '')).join('');
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('certificates: issue once, email once, download, verify in public, revoke', () => {
  let api: KenshuProcess & { url: string };
  let worker: KenshuProcess | undefined;
  // Kolkata's mail server refuses the address (a 5xx): that email fails for good, recorded.
  const smtp = new SmtpSink({ refuseRecipient: (a) => a === 'trainee.kolkata@kenshu.example' });
  let ds: DataSource;
  let admin: SignedInUser;
  let coordinator: SignedInUser;
  let instructor: SignedInUser;
  let trainee: SignedInUser;
  let taipei: SignedInUser;
  let programmeId: string;
  let foreignProgrammeId: string;
  const enrolments: Record<'trainee' | 'bangkok' | 'taipei' | 'hanoi' | 'kolkata' | 'foreign', string> = {
    trainee: '',
    bangkok: '',
    taipei: '',
    hanoi: '',
    kolkata: '',
    foreign: '',
  };
  const tag = Date.now().toString(36).toUpperCase();

  const req = <T = Record<string, unknown>>(
    method: string,
    path: string,
    who?: SignedInUser,
    body?: unknown,
  ) => call<T>(api.url, method, `/api/v1${path}`, { token: who?.accessToken, body });

  const download = (id: string, who: SignedInUser) =>
    fetch(`${api.url}/api/v1/certificates/${id}/pdf`, {
      headers: { authorization: `Bearer ${who.accessToken}` },
    }).then(async (r) => ({
      status: r.status,
      headers: r.headers,
      body: Buffer.from(await r.arrayBuffer()),
    }));

  const enrol = async (programme: string, userId: string, status: string) => {
    const id = randomUUID();
    await ds.query(`INSERT INTO enrolment (id, programme_id, user_id, status) VALUES (?, ?, ?, ?)`, [
      id,
      programme,
      userId,
      status,
    ]);
    return id;
  };

  /** What completion does when an enrolment becomes completed: the outbox row of the issue job. */
  const requestIssue = (enrolmentId: string) =>
    ds.query(
      `INSERT INTO outbox (queue, job_name, payload, available_at) VALUES ('mail', 'issue-certificate', ?, CURRENT_TIMESTAMP(3))`,
      [JSON.stringify({ enrolmentId })],
    );

  const certificatesOf = async (enrolmentId: string) =>
    (await ds.query(`SELECT id, email_status FROM certificate WHERE enrolment_id = ?`, [enrolmentId])) as {
      id: string;
      email_status: string;
    }[];

  const pendingIssueJobs = async () =>
    Number(
      (
        (await ds.query(
          `SELECT COUNT(*) AS n FROM outbox WHERE job_name = 'issue-certificate' AND processed_at IS NULL`,
        )) as { n: string }[]
      )[0]!.n,
    );

  const ours = (m: ParsedMail) => m.subject?.includes(tag) ?? false;

  beforeAll(async () => {
    await smtp.start();
    api = await startApi({ QUEUE_PREFIX: testQueuePrefix('certificates'), CERTIFICATE_VERIFY_PER_IP: '25' });
    [admin, coordinator, instructor, trainee, taipei] = await Promise.all(
      [DEMO.admin, DEMO.coordinator, DEMO.instructor, DEMO.trainee, DEMO.otherTrainee].map((e) =>
        signIn(api.url, e),
      ),
    );
    ds = await createDataSource(testConfig());
    await ds.initialize();
    await settleLeftoverOutbox(ds);

    const created = await req<{ id: string }>('POST', '/programmes', coordinator, {
      code: `CRT-${tag}`,
      title: `Landfill management ${tag}`,
      mode: 'on_site',
      hostTimeZone: 'Asia/Tokyo',
      phases: [{ name: 'In Tokyo', kind: 'in_country', startsOn: '2026-10-05', endsOn: '2026-10-16' }],
    });
    expect(created.status).toBe(201);
    programmeId = created.body.id;
    await req('PUT', `/programmes/${programmeId}/staff`, coordinator, {
      coordinators: [coordinator.user.id],
      instructors: [instructor.user.id],
    });
    const ids = Object.fromEntries(
      (
        (await ds.query(
          `SELECT email, id FROM user WHERE email IN ('trainee.bangkok@kenshu.example', 'trainee.hanoi@kenshu.example', 'trainee.kolkata@kenshu.example')`,
        )) as { email: string; id: string }[]
      ).map((r) => [r.email, r.id]),
    );
    enrolments.trainee = await enrol(programmeId, trainee.user.id, 'active');
    enrolments.bangkok = await enrol(programmeId, ids['trainee.bangkok@kenshu.example']!, 'completed');
    enrolments.taipei = await enrol(programmeId, taipei.user.id, 'completed');
    enrolments.hanoi = await enrol(programmeId, ids['trainee.hanoi@kenshu.example']!, 'completed');
    enrolments.kolkata = await enrol(programmeId, ids['trainee.kolkata@kenshu.example']!, 'completed');

    // Nobody's programme but the admin's: the demo coordinator is another programme's coordinator here.
    const foreign = await req<{ id: string }>('POST', '/programmes', admin, {
      code: `CRT-F-${tag}`,
      title: `Foreign programme ${tag}`,
      mode: 'online',
      hostTimeZone: 'Asia/Tokyo',
    });
    foreignProgrammeId = foreign.body.id;
    enrolments.foreign = await enrol(foreignProgrammeId, taipei.user.id, 'completed');

    worker = await startWorker({
      QUEUE_PREFIX: testQueuePrefix('certificates-worker'),
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

  it('skips the job of an enrolment that is not completed, and refuses the coordinator’s request (409)', async () => {
    await requestIssue(enrolments.trainee);
    await until('the job to run', pendingIssueJobs, (n) => n === 0, 30_000);
    expect(await certificatesOf(enrolments.trainee)).toEqual([]);

    const res = await req<Problem>(
      'POST',
      `/programmes/${programmeId}/enrolments/${enrolments.trainee}/certificate`,
      coordinator,
    );
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('CERTIFICATE.NOT_COMPLETED');
    expect(res.body.errors?.[0]?.field).toBe('enrolmentId');
    expect(await certificatesOf(enrolments.trainee)).toEqual([]);
  });

  let thai: Certificate;

  it('issues one certificate and sends one email when the job runs twice, the PDF in Thai with the name and code', async () => {
    await requestIssue(enrolments.bangkok);
    await requestIssue(enrolments.bangkok);
    await until('both jobs to run', pendingIssueJobs, (n) => n === 0, 30_000);
    const rows = await until(
      'the email to be recorded',
      () => certificatesOf(enrolments.bangkok),
      (r) => r[0]?.email_status === 'sent',
      30_000,
    );
    expect(rows).toHaveLength(1);
    const mails = await smtp.waitFor(1, 30_000, ours);
    // Give a second (wrong) email time to arrive.
    await new Promise((r) => setTimeout(r, 1500));
    const toBangkok = smtp.to('trainee.bangkok@kenshu.example').filter(ours);
    expect(toBangkok).toHaveLength(1);
    expect(mails).toHaveLength(1);

    const list = await req<Certificate[]>('GET', `/programmes/${programmeId}/certificates`, coordinator);
    expect(list.status).toBe(200);
    thai = list.body.find((c) => c.enrolmentId === enrolments.bangkok)!;
    expect(thai).toMatchObject({
      language: 'th',
      printedName: 'สมชาย ใจดี',
      status: 'valid',
      programmeStartsOn: '2026-10-05',
      programmeEndsOn: '2026-10-16',
      email: { status: 'sent', attempts: 1 },
    });
    expect(thai.verificationCode).toMatch(
      /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/,
    );

    const mail = toBangkok[0]!;
    expect(mail.text).toContain(thai.verificationCode);
    expect(mail.text).toContain(thai.verifyUrl);
    expect(mail.attachments).toHaveLength(1);
    const attached = mail.attachments[0]!;
    expect(attached.contentType).toBe('application/pdf');
    expect(sha256(attached.content)).toBe(thai.pdf!.sha256);
    const text = await pdfText(attached.content);
    expect(text).toContain('สมชาย ใจดี');
    expect(text).toContain('ประกาศนียบัตร');
    expect(text).toContain(thai.verificationCode);

    // The link in the email is the web app's verification page, which asks the API with the link's code.
    const page = new URL(thai.verifyUrl);
    expect(page.pathname).toBe(`/verify/${thai.verificationCode}`);
    const code = page.pathname.slice('/verify/'.length);
    const verified = await call(api.url, 'GET', `/api/v1/certificates/verify/${code}`);
    expect(verified.status).toBe(200);
  });

  it('issues on the coordinator’s request, the same certificate every time, its email once', async () => {
    const path = `/programmes/${programmeId}/enrolments/${enrolments.hanoi}/certificate`;
    const first = await req<Certificate>('POST', path, coordinator);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ printedName: 'Nguyễn Thị Minh', language: 'en', status: 'valid' });
    const again = await req<Certificate>('POST', path, coordinator);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.verificationCode).toBe(first.body.verificationCode);
    await until(
      'the email to be sent',
      () => certificatesOf(enrolments.hanoi),
      (r) => r[0]?.email_status === 'sent',
      30_000,
    );
    await new Promise((r) => setTimeout(r, 1000));
    expect(smtp.to('trainee.hanoi@kenshu.example').filter(ours)).toHaveLength(1);
    expect(await certificatesOf(enrolments.hanoi)).toHaveLength(1);

    const audit = (await ds.query(
      `SELECT action, actor_id FROM audit_event WHERE target_type = 'certificate' AND target_id = ?`,
      [first.body.id],
    )) as { action: string; actor_id: string }[];
    expect(audit).toEqual([{ action: 'certificate.issued', actor_id: coordinator.user.id }]);

    // The Vietnamese name read back from the PDF the trainee's staff download.
    const pdf = await download(first.body.id, instructor);
    expect(pdf.status).toBe(200);
    expect(await pdfText(pdf.body)).toContain('Nguyễn Thị Minh');
  });

  it('refuses the request for an enrolment of another programme (404)', async () => {
    const res = await req<Problem>(
      'POST',
      `/programmes/${programmeId}/enrolments/${enrolments.foreign}/certificate`,
      coordinator,
    );
    expect(res.status).toBe(404);
  });

  it('lets a trainee list and download only their own certificates; another’s is 404', async () => {
    const taipeiCert = await req<Certificate>(
      'POST',
      `/programmes/${programmeId}/enrolments/${enrolments.taipei}/certificate`,
      coordinator,
    );
    expect(taipeiCert.status).toBe(200);
    const mine = await req<Certificate[]>('GET', '/me/certificates', taipei);
    expect(mine.status).toBe(200);
    expect(mine.body.map((c) => c.id)).toContain(taipeiCert.body.id);
    expect(mine.body.every((c) => c.trainee.id === taipei.user.id)).toBe(true);

    const own = await download(taipeiCert.body.id, taipei);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('application/pdf');
    expect(own.headers.get('content-disposition')).toContain('attachment');
    expect(sha256(own.body)).toBe(taipeiCert.body.pdf!.sha256);
    expect(await pdfText(own.body)).toContain('林 怡君');

    const another = await download(thai.id, taipei);
    expect(another.status).toBe(404);
    expect((await download(thai.id, trainee)).status).toBe(404);
    expect((await req('GET', `/programmes/${programmeId}/certificates`, taipei)).status).toBe(403);
  });

  it('verifies a code in public with exactly the name, programme and date; a made-up code is 404', async () => {
    const code = thai.verificationCode.toLowerCase().replace(/-/g, '');
    const res = await call<Record<string, unknown>>(api.url, 'GET', `/api/v1/certificates/verify/${code}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      valid: true,
      name: 'สมชาย ใจดี',
      programme: `Landfill management ${tag}`,
      completedOn: thai.completedOn,
    });
    for (const made of ['ZZZZ-ZZZZ-ZZZZ', 'not-a-code']) {
      const missing = await call<Problem>(api.url, 'GET', `/api/v1/certificates/verify/${made}`);
      expect(missing.status).toBe(404);
      expect(missing.headers.get('content-type')).toContain('application/problem+json');
      expect(missing.body.code).toBe('COMMON.NOT_FOUND');
    }
  });

  it('answers the seeded demo certificate by its known code', async () => {
    const res = await call(api.url, 'GET', '/api/v1/certificates/verify/K7QF-2M9X-HD4P');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      valid: true,
      name: '김민준',
      programme: 'Bilateral online meetings, FY2023',
      completedOn: '2023-12-18',
    });
  });

  it('refuses revocation to an instructor (403) and to another programme’s coordinator (404)', async () => {
    const byInstructor = await req<Problem>('POST', `/certificates/${thai.id}/revoke`, instructor, {
      reason: 'Not theirs to revoke',
    });
    expect(byInstructor.status).toBe(403);
    expect(byInstructor.body.code).toBe('ACCESS.FORBIDDEN');

    const foreign = await req<Certificate>(
      'POST',
      `/programmes/${foreignProgrammeId}/enrolments/${enrolments.foreign}/certificate`,
      admin,
    );
    expect(foreign.status).toBe(200);
    const byOther = await req<Problem>('POST', `/certificates/${foreign.body.id}/revoke`, coordinator, {
      reason: 'Not their programme',
    });
    expect(byOther.status).toBe(404);
    expect(byOther.body.code).toBe('COMMON.NOT_FOUND');

    const noReason = await req<Problem>('POST', `/certificates/${thai.id}/revoke`, coordinator, {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors?.map((e) => e.field)).toContain('reason');
  });

  it('revokes once (audited, 409 the second time): verification then says 410 without personal data', async () => {
    const first = await req<Certificate>('POST', `/certificates/${thai.id}/revoke`, coordinator, {
      reason: 'Attendance records corrected',
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'revoked', revocationReason: 'Attendance records corrected' });
    const second = await req<Problem>('POST', `/certificates/${thai.id}/revoke`, coordinator, {
      reason: 'Again',
    });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('CERTIFICATE.ALREADY_REVOKED');

    const verified = await call<Problem>(
      api.url,
      'GET',
      `/api/v1/certificates/verify/${thai.verificationCode}`,
    );
    expect(verified.status).toBe(410);
    expect(verified.headers.get('content-type')).toContain('application/problem+json');
    expect(verified.body.code).toBe('CERTIFICATE.REVOKED');
    expect(JSON.stringify(verified.body)).not.toContain('สมชาย');
    expect(JSON.stringify(verified.body)).not.toContain('Landfill');

    const audit = (await ds.query(
      `SELECT action, actor_id, details FROM audit_event WHERE target_type = 'certificate' AND target_id = ? AND action = 'certificate.revoked'`,
      [thai.id],
    )) as { action: string; actor_id: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor_id).toBe(coordinator.user.id);

    // The coordinator's request does not issue it again; the job does not mail it again.
    const reissue = await req<Problem>(
      'POST',
      `/programmes/${programmeId}/enrolments/${enrolments.bangkok}/certificate`,
      coordinator,
    );
    expect(reissue.status).toBe(410);
    await requestIssue(enrolments.bangkok);
    await until('the job to run', pendingIssueJobs, (n) => n === 0, 30_000);
    await new Promise((r) => setTimeout(r, 1000));
    expect(smtp.to('trainee.bangkok@kenshu.example').filter(ours)).toHaveLength(1);
    expect(await certificatesOf(enrolments.bangkok)).toHaveLength(1);
  });

  it('gives a revoked certificate’s PDF to the programme’s staff but 410 to its trainee', async () => {
    const [bangkok] = (await ds.query(
      `SELECT email FROM user WHERE email = 'trainee.bangkok@kenshu.example'`,
    )) as {
      email: string;
    }[];
    const owner = await signIn(api.url, bangkok!.email);
    const res = await fetch(`${api.url}/api/v1/certificates/${thai.id}/pdf`, {
      headers: { authorization: `Bearer ${owner.accessToken}` },
    });
    expect(res.status).toBe(410);
    expect(((await res.json()) as Problem).code).toBe('CERTIFICATE.REVOKED');
    expect((await download(thai.id, coordinator)).status).toBe(200);
    const mine = await req<Certificate[]>('GET', '/me/certificates', owner);
    expect(mine.body.find((c) => c.id === thai.id)?.status).toBe('revoked');
  });

  it('records a refused email (5xx) as failed for good, the certificate kept', async () => {
    await requestIssue(enrolments.kolkata);
    const rows = await until(
      'the refusal to be recorded',
      async () =>
        (await ds.query(`SELECT email_status, email_error FROM certificate WHERE enrolment_id = ?`, [
          enrolments.kolkata,
        ])) as { email_status: string; email_error: string | null }[],
      (r) => r[0]?.email_status === 'failed',
      30_000,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.email_error).toMatch(/5\d\d/);
    expect(smtp.to('trainee.kolkata@kenshu.example')).toHaveLength(0);
  });

  it('throttles public verification per client IP: 429 with Retry-After past the limit', async () => {
    let last = { status: 0, headers: new Headers() };
    for (let i = 0; i < 30 && last.status !== 429; i++)
      last = await call(api.url, 'GET', '/api/v1/certificates/verify/ZZZZ-ZZZZ-ZZZZ');
    expect(last.status).toBe(429);
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
