import { Socket } from 'node:net';
import type { DataSource } from 'typeorm';
import { Mailer, SmtpMailer, type MailMessage, type SendOptions, type SentMail } from '@kenshu/mail';
import { SmtpSink, testConfig } from '@kenshu/testing';
import { createDataSource } from '../../data-source.js';
import { emailRow, sendOnce, type OnceEmail } from './send-once.js';

const FROM = 'Kenshu <no-reply@kenshu.example>';
const TABLE = 'send_once_probe';

/** A mailer that lets the test act around the release `sendOnce` gives it. */
class AroundRelease extends Mailer {
  constructor(
    private readonly inner: Mailer,
    private readonly around: (release: () => Promise<void>) => Promise<void>,
  ) {
    super();
  }
  send(message: MailMessage, options: SendOptions = {}): Promise<SentMail> {
    const release = options.release;
    return this.inner.send(message, release ? { release: () => this.around(release) } : {});
  }
  describe(): string {
    return this.inner.describe();
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}

/** One tracked email in a table of its own, kept the way material deliveries and certificates keep theirs. */
const probe = (id: string, to: string): OnceEmail =>
  emailRow(
    { table: TABLE, status: 'status', sentAt: 'sent_at', attempts: 'attempts', error: 'error' },
    id,
    async () => ({
      to,
      subject: 'Leachate treatment',
      text: 'The handbook is ready.',
      html: '<p>The handbook is ready.</p>',
      idempotencyKey: `probe-${id}`,
    }),
  );

describe('sendOnce', () => {
  let ds: DataSource;
  let sink: SmtpSink;
  let smtp: SmtpMailer;

  const row = async (id: string) =>
    (
      (await ds.query(
        `SELECT status, attempts, error, sent_at IS NOT NULL AS stamped FROM ${TABLE} WHERE id = ?`,
        [id],
      )) as { status: string; attempts: number; error: string | null; stamped: number | string }[]
    ).map((r) => ({ ...r, attempts: Number(r.attempts), stamped: Number(r.stamped) === 1 }))[0];

  beforeAll(async () => {
    ds = await createDataSource(testConfig());
    await ds.initialize();
    await ds.query(`DROP TABLE IF EXISTS ${TABLE}`);
    await ds.query(
      `CREATE TABLE ${TABLE} (id VARCHAR(36) PRIMARY KEY, status VARCHAR(16) NOT NULL,
         attempts INT NOT NULL DEFAULT 0, error TEXT NULL, sent_at DATETIME(3) NULL) ENGINE=InnoDB`,
    );
    sink = await new SmtpSink().start();
    smtp = new SmtpMailer(sink.url, FROM);
  });

  afterAll(async () => {
    await smtp?.close();
    await sink?.stop();
    await ds?.query(`DROP TABLE IF EXISTS ${TABLE}`);
    await ds?.destroy();
  });

  it('writes the COMMIT and then the end of the message in one turn of the event loop, not waiting for the database', async () => {
    await ds.query(`INSERT INTO ${TABLE} (id, status) VALUES ('one', 'queued')`);
    // What the process writes to its sockets from the release on, and when the turn ends.
    const events: string[] = [];
    let watching = false;
    const write = Socket.prototype.write;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    Socket.prototype.write = function (this: Socket, chunk: any, ...rest: any[]) {
      if (watching) {
        const text = Buffer.isBuffer(chunk) ? chunk.toString('latin1') : String(chunk);
        if (text.includes('COMMIT')) events.push('COMMIT to the database');
        // nodemailer writes the terminating dot on its own (the CRLF before it ends the last body chunk).
        else if (text === '.\r\n' || text.endsWith('\r\n.\r\n'))
          events.push('end of the message to the SMTP server');
      }
      return write.call(this, chunk, ...rest);
    } as typeof write;
    const mailer = new AroundRelease(smtp, (release) => {
      watching = true;
      setImmediate(() => events.push('the turn ended'));
      return release();
    });
    try {
      expect(await sendOnce(ds, mailer, probe('one', 'trainee-1@kenshu.example'), { isFinal: false })).toBe(
        'sent',
      );
    } finally {
      Socket.prototype.write = write;
    }
    expect(events.slice(0, 3)).toEqual([
      'COMMIT to the database',
      'end of the message to the SMTP server',
      'the turn ended',
    ]);
    expect(await row('one')).toEqual({ status: 'sent', attempts: 1, error: null, stamped: true });
    expect(sink.to('trainee-1@kenshu.example')).toHaveLength(1);
  });

  it('records an email whose COMMIT failed after it went out as sent, on a fresh connection, once', async () => {
    await ds.query(`INSERT INTO ${TABLE} (id, status) VALUES ('two', 'queued')`);
    let connectionId: number | undefined;
    const email = probe('two', 'trainee-2@kenshu.example');
    const withId: OnceEmail = {
      ...email,
      markSent: async (qr) => {
        [{ id: connectionId }] = (await qr.query(`SELECT CONNECTION_ID() AS id`)) as { id: number }[];
        await email.markSent(qr);
      },
    };
    // The database connection dies just before the release: its transaction is rolled back by the server.
    const mailer = new AroundRelease(smtp, async (release) => {
      await ds.query(`KILL ${Number(connectionId)}`);
      return release();
    });
    expect(await sendOnce(ds, mailer, withId, { isFinal: false })).toBe('sent');
    const after = await row('two');
    expect(after).toMatchObject({ status: 'sent', attempts: 1, stamped: true });
    expect(after?.error).toMatch(/^the email was delivered; recording it failed at first/);
    expect(sink.to('trainee-2@kenshu.example')).toHaveLength(1);
    // Run again (a retry after all): the row is no longer queued, nothing is sent twice.
    expect(await sendOnce(ds, smtp, email, { isFinal: false })).toBe('done');
    expect(sink.to('trainee-2@kenshu.example')).toHaveLength(1);
  });

  it('marks the row failed at once when the server refuses the recipient (5xx) before the end: nothing committed', async () => {
    const refusing = await new SmtpSink({ refuseRecipient: (a) => a.startsWith('full@') }).start();
    const mailer = new SmtpMailer(refusing.url, FROM);
    try {
      await ds.query(`INSERT INTO ${TABLE} (id, status) VALUES ('three', 'queued')`);
      await expect(
        sendOnce(ds, mailer, probe('three', 'full@kenshu.example'), { isFinal: false }),
      ).rejects.toThrow(/550/);
      expect(await row('three')).toMatchObject({ status: 'failed', attempts: 1, stamped: false });
    } finally {
      await mailer.close();
      await refusing.stop();
    }
  });
});
