import type { AddressObject, ParsedMail } from 'mailparser';
import type { DataSource } from 'typeorm';
import { createDataSource, orderedUuid } from '@kenshu/domain';
import {
  call,
  DEMO,
  settleLeftoverMaterials,
  settleLeftoverOutbox,
  signIn,
  SmtpSink,
  startApi,
  startWorker,
  testConfig,
  testQueuePrefix,
  until,
  sleep,
  type KenshuProcess,
  type SignedInUser,
} from '@kenshu/testing';

const TRAINEES = 1000;

/** A small PDF: what the API's sniffing takes for one, small enough to be attached to every email. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n' +
    '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

const recipientsOf = (m: ParsedMail): string[] =>
  [m.to ?? []].flat().flatMap((a: AddressObject) => a.value.map((v) => v.address?.toLowerCase() ?? ''));

/**
 * Material emails under a crash: a released file goes to a thousand trainees; the worker is SIGKILLed while
 * the emails are going out (some delivered, some in the SMTP DATA phase, most still queued) and a new one
 * takes over. Every trainee must end with exactly one email and every delivery row must say sent: the row's
 * commit releases the end of its message, so a message cut off by the kill is never complete, and its row
 * is still queued for the next worker.
 */
describe('material delivery under faults', () => {
  let api: KenshuProcess & { url: string };
  const workers: KenshuProcess[] = [];
  const smtp = new SmtpSink();
  let ds: DataSource;
  let coordinator: SignedInUser;
  const tag = Date.now().toString(36);
  const domain = `materials-${tag}.example`;
  const env = {
    QUEUE_PREFIX: testQueuePrefix('material-faults'),
    MATERIAL_POLL_S: '1',
    // A dead worker's jobs are taken over after 5 s rather than 30.
    WORKER_LOCK_MS: '5000',
  };

  const req = <T = Record<string, unknown>>(method: string, path: string, body?: unknown) =>
    call<T>(api.url, method, `/api/v1${path}`, { token: coordinator.accessToken, body });

  /** Trainees and their active enrolments, written directly in multi-row INSERTs. */
  async function enrolTrainees(programmeId: string, n: number): Promise<string[]> {
    const people = Array.from({ length: n }, (_, k) => ({ id: orderedUuid(), email: `t${k}@${domain}` }));
    await ds.query(`INSERT INTO user (id, email, display_name, locale, time_zone, status) VALUES ?`, [
      people.map((p, k) => [p.id, p.email, `Trainee ${k}`, 'en', 'Asia/Tokyo', 'active']),
    ]);
    await ds.query(`INSERT INTO user_role (user_id, role) VALUES ?`, [people.map((p) => [p.id, 'trainee'])]);
    await ds.query(`INSERT INTO enrolment (id, programme_id, user_id, status) VALUES ?`, [
      people.map((p) => [orderedUuid(), programmeId, p.id, 'active']),
    ]);
    return people.map((p) => p.email);
  }

  /** How many complete messages each address of this test received. */
  const receivedBy = (): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const m of smtp.messages)
      for (const to of recipientsOf(m))
        if (to.endsWith(`@${domain}`)) counts.set(to, (counts.get(to) ?? 0) + 1);
    return counts;
  };
  const total = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);

  const deliveryStates = async (materialId: string): Promise<Record<string, number>> =>
    Object.fromEntries(
      (
        (await ds.query(
          `SELECT status, COUNT(*) AS n FROM material_delivery WHERE material_id = ? GROUP BY status`,
          [materialId],
        )) as { status: string; n: string }[]
      ).map((r) => [r.status, Number(r.n)]),
    );

  beforeAll(async () => {
    await smtp.start();
    ds = await createDataSource(testConfig());
    await ds.initialize();
    // Jobs other test files left queued would go to this sink too; they are not this test's.
    await settleLeftoverOutbox(ds);
    await settleLeftoverMaterials(ds);
    api = await startApi(env);
    coordinator = await signIn(api.url, DEMO.coordinator);
  });

  afterAll(async () => {
    await Promise.all([api?.stop(), ...workers.map((w) => w.stop('SIGKILL'))]);
    await smtp.stop();
    await ds?.destroy();
  });

  it('emails each of 1,000 trainees exactly once across a worker SIGKILLed mid-delivery', async () => {
    const programme = await req<{ id: string }>('POST', '/programmes', {
      code: `MAT-FAULT-${tag.toUpperCase()}`,
      title: 'Landfill management for coastal cities',
      mode: 'online',
      hostTimeZone: 'Asia/Tokyo',
    });
    expect(programme.status).toBe(201);
    const emails = await enrolTrainees(programme.body.id, TRAINEES);

    const material = await req<{ id: string }>('POST', `/programmes/${programme.body.id}/materials`, {
      kind: 'file',
      title: `Leachate treatment ${tag}`,
      originalLanguage: 'en',
      release: { rule: 'now' },
    });
    expect(material.status).toBe(201);
    const upload = await fetch(
      `${api.url}/api/v1/materials/${material.body.id}/uploads?language=en&fileName=leachate.pdf`,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${coordinator.accessToken}`,
          'content-type': 'application/octet-stream',
        },
        body: PDF,
      },
    );
    expect(upload.status).toBe(201);

    // The first worker plans the thousand deliveries and starts sending; it is killed part-way.
    workers.push(await startWorker({ ...env, SMTP_URL: smtp.url }));
    const seen = await until(
      'some, not all, emails delivered and more in their DATA phase',
      async () => ({ delivered: total(receivedBy()), inDataPhase: smtp.receiving().length }),
      (s) => s.delivered >= 100 && s.inDataPhase > 0,
      60_000,
      5,
    );
    await workers[0]!.stop('SIGKILL');
    const atKill = { ...seen, rows: await deliveryStates(material.body.id) };
    expect(atKill.delivered).toBeLessThan(TRAINEES);
    await sleep(500); // the sink sees the dead connections close
    const cutOff = smtp.interrupted.length;
    const firstPhase = receivedBy();

    // A new worker takes over: the killed worker's jobs after their lock expires, the rest at once.
    workers.push(await startWorker({ ...env, SMTP_URL: smtp.url }));
    await until(
      'every delivery row to be settled',
      () => deliveryStates(material.body.id),
      (s) => (s.queued ?? 0) === 0,
      120_000,
      200,
    );
    // Fewer than all is reported below, address by address.
    await until(
      'the sink to have every email',
      async () => total(receivedBy()),
      (n) => n >= TRAINEES,
      10_000,
      50,
    ).catch(() => undefined);
    await sleep(2000); // anything sent twice would arrive by now

    const counts = receivedBy();
    const wrong = emails
      .map((email) => ({
        email,
        received: counts.get(email) ?? 0,
        beforeKill: firstPhase.get(email) ?? 0,
      }))
      .filter((r) => r.received !== 1);
    // The figures of the kill ride along, so that a failure shows in which phase each copy came.
    const context = { atKill, cutOffByKill: cutOff };
    expect({ wrong, strangers: [...counts.keys()].filter((e) => !emails.includes(e)), context }).toEqual({
      wrong: [],
      strangers: [],
      context,
    });
    expect(await deliveryStates(material.body.id)).toEqual({ sent: TRAINEES });
    const [first] = smtp.messages.filter((m) => recipientsOf(m).includes(emails[0]!));
    expect(first?.attachments.map((a) => [a.filename, a.content.equals(PDF)])).toEqual([
      ['leachate.pdf', true],
    ]);
    const listed = await req<{ counts: Record<string, number> }>(
      'GET',
      `/materials/${material.body.id}/deliveries?status=sent&pageSize=1`,
    );
    expect(listed.body.counts).toEqual({ queued: 0, sent: TRAINEES, failed: 0, skipped: 0 });
  }, 240_000);
});
