import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { TransactionService } from '@kenshu/database';
import { Mailer, type MailMessage, type SendOptions, type SentMail } from '@kenshu/mail';
import { OutboxService } from '@kenshu/queue';
import { LocalDiskStorage } from '@kenshu/storage';
import { testConfig, testQueuePrefix } from '@kenshu/testing';
import { AttemptThrottleService } from '../auth/attempt-throttle.service.js';
import { AuditService } from '../audit/audit.service.js';
import { createDataSource } from '../data-source.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { ProgrammesService } from '../programmes/programmes.service.js';
import { CertificatesService } from './certificates.service.js';

/** Records what it is asked to send; releases as SMTP would (before the end of the message), or fails. */
class RecordingMailer extends Mailer {
  sent: MailMessage[] = [];
  failNext: Error | null = null;

  async send(message: MailMessage, options: SendOptions = {}): Promise<SentMail> {
    if (this.failNext) {
      const error = this.failNext;
      this.failNext = null;
      throw error;
    }
    // Slow enough that two concurrent sends would both get here if the row did not stop one.
    await new Promise((r) => setTimeout(r, 50));
    await options.release?.();
    this.sent.push(message);
    return { messageId: `<${message.idempotencyKey}@kenshu.example>` };
  }

  describe(): string {
    return 'recording';
  }

  async close(): Promise<void> {}
}

/** The issuing job on the real database: once under concurrency, never for a revoked certificate. */
describe('CertificatesService.runIssue', () => {
  let ds: DataSource;
  let dir: string;
  let throttle: AttemptThrottleService;
  let certificates: CertificatesService;
  const mailer = new RecordingMailer();
  const tag = Date.now().toString(36).toUpperCase();
  const programmeId = randomUUID();

  const trainee = async (name: string, locale: string) => {
    const id = randomUUID();
    await ds.query(
      `INSERT INTO user (id, email, display_name, locale, time_zone, status) VALUES (?, ?, ?, ?, 'Asia/Tokyo', 'active')`,
      [id, `${id}@certificates.example`, name, locale],
    );
    return id;
  };

  const enrolment = async (userId: string, status: string) => {
    const id = randomUUID();
    await ds.query(`INSERT INTO enrolment (id, programme_id, user_id, status) VALUES (?, ?, ?, ?)`, [
      id,
      programmeId,
      userId,
      status,
    ]);
    return id;
  };

  const rows = async (enrolmentId: string) =>
    (await ds.query(
      `SELECT id, email_status, email_attempts, language FROM certificate WHERE enrolment_id = ?`,
      [enrolmentId],
    )) as { id: string; email_status: string; email_attempts: number; language: string }[];

  beforeAll(async () => {
    ds = await createDataSource(testConfig());
    await ds.initialize();
    dir = await mkdtemp(join(tmpdir(), 'kenshu-certificates-'));
    const config = testConfig({ QUEUE_PREFIX: testQueuePrefix('certificates-int') });
    const tx = new TransactionService(ds);
    const audit = new AuditService(tx);
    const outbox = new OutboxService();
    throttle = new AttemptThrottleService(config);
    certificates = new CertificatesService(
      ds,
      tx,
      config,
      outbox,
      mailer,
      new LocalDiskStorage(dir),
      audit,
      new ProgrammesService(tx, audit, outbox, new OrganisationsService(tx, audit)),
      throttle,
    );
    await ds.query(
      `INSERT INTO programme (id, code, title, mode, host_time_zone, status) VALUES (?, ?, ?, 'online', 'Asia/Tokyo', 'published')`,
      [programmeId, `CRT-INT-${tag}`, `Reuse webinar ${tag}`],
    );
  });

  afterAll(async () => {
    await throttle?.onModuleDestroy();
    await ds?.destroy();
    await rm(dir, { recursive: true, force: true });
  });

  it('makes one certificate and sends one email when two runs for the same enrolment meet', async () => {
    const e = await enrolment(await trainee('佐藤 花子', 'ja-JP'), 'completed');
    const outcomes = await Promise.all([
      certificates.runIssue(e, { isFinal: false }),
      certificates.runIssue(e, { isFinal: false }),
    ]);
    expect(outcomes.sort()).toEqual(['done', 'sent']);
    expect(await certificates.runIssue(e, { isFinal: false })).toBe('done');
    const made = await rows(e);
    expect(made).toEqual([{ id: made[0]!.id, email_status: 'sent', email_attempts: 1, language: 'ja' }]);
    const mails = mailer.sent.filter((m) => m.idempotencyKey === `certificate-${made[0]!.id}`);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe(`Reuse webinar ${tag} 修了証のお知らせ`);
    expect(mails[0]!.attachments?.[0]?.contentType).toBe('application/pdf');
    const audit = (await ds.query(
      `SELECT COUNT(*) AS n FROM audit_event WHERE action = 'certificate.issued' AND target_id = ?`,
      [made[0]!.id],
    )) as { n: string }[];
    expect(Number(audit[0]!.n)).toBe(1);
  });

  it.each(['invited', 'active', 'withdrawn', 'not_completed'])(
    'skips an enrolment that is %s, making nothing',
    async (status) => {
      const e = await enrolment(await trainee(`Trainee ${status}`, 'en'), status);
      expect(await certificates.runIssue(e, { isFinal: false })).toBe('skipped');
      expect(await rows(e)).toEqual([]);
    },
  );

  it('skips an enrolment that does not exist', async () => {
    expect(await certificates.runIssue(randomUUID(), { isFinal: false })).toBe('skipped');
  });

  it('keeps the email queued after a lost connection, and never sends it once the certificate is revoked', async () => {
    const e = await enrolment(await trainee('Mette Sørensen', 'da'), 'completed');
    const before = mailer.sent.length;
    mailer.failNext = new Error('connect ECONNREFUSED 127.0.0.1:2525');
    await expect(certificates.runIssue(e, { isFinal: false })).rejects.toThrow(/ECONNREFUSED/);
    expect(await rows(e)).toMatchObject([{ email_status: 'queued', email_attempts: 1, language: 'en' }]);

    await ds.query(`UPDATE certificate SET revoked_at = CURRENT_TIMESTAMP(3) WHERE enrolment_id = ?`, [e]);
    expect(await certificates.runIssue(e, { isFinal: false })).toBe('skipped');
    expect(await rows(e)).toMatchObject([{ email_status: 'skipped' }]);
    expect(mailer.sent.length).toBe(before);
  });

  it('records the last attempt’s failure as final', async () => {
    const e = await enrolment(await trainee('Priya Banerjee', 'en-IN'), 'completed');
    mailer.failNext = new Error('socket hang up');
    await expect(certificates.runIssue(e, { isFinal: true })).rejects.toThrow(/hang up/);
    expect(await rows(e)).toMatchObject([{ email_status: 'failed', email_attempts: 1 }]);
    expect(await certificates.runIssue(e, { isFinal: false })).toBe('done');
  });
});
