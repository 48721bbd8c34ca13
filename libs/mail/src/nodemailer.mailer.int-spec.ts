import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { simpleParser } from 'mailparser';
import { ROOT, SmtpSink, sleep, until } from '@kenshu/testing';
import { MailOutcomeUnknownError } from './mailer.js';
import { FileMailer, SmtpMailer, createMailer } from './nodemailer.mailer.js';

const message = {
  to: 'trainee@kenshu.example',
  subject: 'Kenshu パスワードの再設定',
  text: '林 怡君 様\n\nhttps://kenshu.example/x\n',
  html: '<p>林 怡君 様</p>',
  idempotencyKey: 'password-reset-0001',
};

describe('mailers', () => {
  it('sends through SMTP: the message that arrives has both parts, in UTF-8, and a stable Message-ID', async () => {
    const sink = await new SmtpSink().start();
    const mailer = new SmtpMailer(sink.url, 'Kenshu <no-reply@kenshu.example>');
    try {
      await mailer.send(message);
      const [mail] = await sink.waitFor(1);
      expect(mail.subject).toBe(message.subject);
      expect(mail.text).toBe(message.text);
      expect(mail.html).toBe(message.html);
      expect(mail.from?.value).toEqual([{ name: 'Kenshu', address: 'no-reply@kenshu.example' }]);
      expect(mail.messageId).toBe('<password-reset-0001@kenshu.example>');
    } finally {
      await mailer.close();
      await sink.stop();
    }
  });

  it('fails when the SMTP server does not answer, so the job is retried', async () => {
    const sink = await new SmtpSink().start();
    const url = sink.url;
    await sink.stop();
    const mailer = new SmtpMailer(url, 'Kenshu <no-reply@kenshu.example>');
    await expect(mailer.send(message)).rejects.toThrow(/ECONNREFUSED|connect/);
    await mailer.close();
  });

  it('writes an .eml file per message when no SMTP_URL is set', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kenshu-mail-'));
    try {
      const mailer = createMailer({ mail: { from: 'Kenshu <no-reply@kenshu.example>', dir } });
      expect(mailer).toBeInstanceOf(FileMailer);
      expect(mailer.describe()).toBe(`.eml files in ${dir}`);
      await mailer.send(message);
      const [file] = await readdir(dir);
      expect(file).toMatch(/password-reset-0001\.eml$/);
      const mail = await simpleParser(await readFile(join(dir, file)));
      expect(mail.subject).toBe(message.subject);
      expect(mail.html).toBe(message.html);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

const FROM = 'Kenshu <no-reply@kenshu.example>';

/** A message whose body alone is over 200 kB, so the tests can tell that the body reached the server. */
const BODY_BYTES = 200_000;
const large = (idempotencyKey: string) => ({
  ...message,
  idempotencyKey,
  text: `${message.text}${'資料をお送りします。line of the material notice\n'.repeat(4000)}`,
  html: `${message.html}${'<p>資料をお送りします。</p>\n'.repeat(4000)}`,
});

describe('the test SMTP server', () => {
  /** Speaks SMTP up to the end of DATA by hand, then ends the connection as `finish` says. */
  async function transfer(sink: SmtpSink, finish: (socket: Socket) => void): Promise<void> {
    const socket = connect(sink.port, '127.0.0.1');
    let replies = '';
    socket.on('data', (d: Buffer) => (replies += d.toString()));
    const reply = (code: string) =>
      until(
        `reply ${code}`,
        async () => replies,
        (r) => r.includes(`\n${code} `) || r.startsWith(`${code} `),
        5_000,
      );
    await reply('220');
    for (const [command, code] of [
      ['EHLO test', '250'],
      ['MAIL FROM:<a@kenshu.example>', '250'],
      ['RCPT TO:<b@kenshu.example>', '250'],
      ['DATA', '354'],
    ]) {
      replies = '';
      socket.write(`${command}\r\n`);
      await reply(code);
    }
    socket.write(
      'From: a@kenshu.example\r\nTo: b@kenshu.example\r\nMessage-ID: <whole@kenshu.example>\r\nSubject: whole\r\n\r\nEvery line is here.\r\n',
    );
    await until(
      'the body at the server',
      async () => sink.receiving(),
      ([bytes]) => bytes > 0,
      5_000,
    );
    finish(socket);
  }

  it('records no message whose connection closed before the final dot, however it closed', async () => {
    const sink = await new SmtpSink().start();
    try {
      await transfer(sink, (socket) => socket.end());
      await transfer(sink, (socket) => socket.resetAndDestroy());
      await until(
        'two cut-off transfers',
        async () => sink.interrupted,
        (i) => i.length === 2,
        5_000,
      );
      await transfer(sink, (socket) => socket.end('.\r\nQUIT\r\n'));
      const [mail] = await sink.waitFor(1);
      expect(mail.messageId).toBe('<whole@kenshu.example>');
      expect(sink.messages).toHaveLength(1);
      expect(sink.interrupted).toHaveLength(2);
    } finally {
      await sink.stop();
    }
  });
});

describe('a send with release', () => {
  let sink: SmtpSink;
  let mailer: SmtpMailer;

  beforeEach(async () => {
    sink = await new SmtpSink({ refuseRecipient: (address) => address.startsWith('nobody@') }).start();
    mailer = new SmtpMailer(sink.url, FROM);
  });

  afterEach(async () => {
    await mailer.close();
    await sink.stop();
  });

  it('holds back the end of the message until release resolves, then the message arrives once', async () => {
    const mail = large('material-delivery-0001');
    let atRelease: { receiving: number[]; messages: number } | undefined;
    const sent = await mailer.send(mail, {
      release: async () => {
        await until(
          'the body at the server',
          async () => sink.receiving(),
          ([bytes]) => bytes >= BODY_BYTES,
          10_000,
        );
        await sleep(200);
        atRelease = { receiving: sink.receiving(), messages: sink.messages.length };
      },
    });
    expect(atRelease?.messages).toBe(0);
    expect(atRelease?.receiving).toHaveLength(1);
    expect(sink.messages).toHaveLength(1);
    const [arrived] = sink.messages;
    expect(arrived.text).toBe(mail.text);
    expect(arrived.html).toBe(mail.html);
    expect(arrived.messageId).toBe('<material-delivery-0001@kenshu.example>');
    expect(sent.messageId).toBe(arrived.messageId);
    expect(sink.interrupted).toEqual([]);
  });

  it('abandons the message when release rejects: send rejects with that error, nothing arrives, the pool sends on', async () => {
    const refusal = new Error('the transaction was rolled back');
    await expect(
      mailer.send(large('material-delivery-0002'), { release: () => Promise.reject(refusal) }),
    ).rejects.toBe(refusal);
    const [cutOff] = await until(
      'the cut-off transfer',
      async () => sink.interrupted,
      (i) => i.length > 0,
    );
    expect(cutOff).toBeGreaterThanOrEqual(BODY_BYTES);
    expect(sink.messages).toEqual([]);

    await mailer.send({ ...message, idempotencyKey: 'after-refusal-1' });
    await mailer.send({ ...message, idempotencyKey: 'after-refusal-2' }, { release: async () => undefined });
    expect(sink.messages.map((m) => m.messageId)).toEqual([
      '<after-refusal-1@kenshu.example>',
      '<after-refusal-2@kenshu.example>',
    ]);
    expect(sink.interrupted).toHaveLength(1);
  });

  it('never calls release when the server refuses the recipient or cannot be reached', async () => {
    let calls = 0;
    const release = async () => {
      calls += 1;
    };
    await expect(mailer.send({ ...message, to: 'nobody@kenshu.example' }, { release })).rejects.toThrow(
      /550/,
    );

    const stopped = await new SmtpSink().start();
    await stopped.stop();
    const unreachable = new SmtpMailer(stopped.url, FROM);
    await expect(unreachable.send(message, { release })).rejects.toThrow(/ECONNREFUSED|connect/);
    await unreachable.close();

    expect(calls).toBe(0);
    expect(sink.messages).toEqual([]);
    await mailer.send(message, { release });
    expect(calls).toBe(1);
    expect(sink.messages).toHaveLength(1);
  });

  it('delivers nothing when the worker is killed while its release is pending', async () => {
    const script = `
      const { SmtpMailer } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist/libs/mail/src/nodemailer.mailer.js')).href)});
      let mail = '';
      for await (const chunk of process.stdin) mail += chunk;
      await new SmtpMailer(process.env.SMTP_URL, 'Kenshu <no-reply@kenshu.example>').send(JSON.parse(mail), {
        release: () => {
          process.stdout.write('release called\\n');
          return new Promise(() => undefined);
        },
      });
      process.stdout.write('sent\\n');
    `;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', SMTP_URL: sink.url },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stdin.end(JSON.stringify(large('material-delivery-killed')));
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise((done) => child.once('exit', (_code, signal) => done(signal)));
    try {
      await until(
        'the worker to reach release',
        async () => output,
        (o) => /release called|Error/.test(o),
        20_000,
      );
      expect(output).toBe('release called\n');
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');
      const [cutOff] = await until(
        'the cut-off transfer',
        async () => sink.interrupted,
        (i) => i.length > 0,
        10_000,
      );
      expect(cutOff).toBeGreaterThanOrEqual(BODY_BYTES);
      await sleep(200);
      expect(sink.messages).toEqual([]);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });

  it('delivers each of 50 concurrent sends released one at a time exactly once, and none whose release failed', async () => {
    let turn = Promise.resolve();
    const called: number[] = [];
    const refused = (i: number) => i % 10 === 7;
    const refusals = new Map<number, Error>();
    const sends = Array.from({ length: 50 }, (_, i) =>
      mailer.send(
        { ...message, to: `trainee-${i}@kenshu.example`, idempotencyKey: `material-delivery-batch-${i}` },
        {
          release: () => {
            called.push(i);
            const mine = turn.then(() => sleep(2));
            turn = mine;
            return mine.then(() => {
              if (!refused(i)) return;
              refusals.set(i, new Error(`rolled back ${i}`));
              throw refusals.get(i);
            });
          },
        },
      ),
    );
    const results = await Promise.allSettled(sends);

    expect([...called].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    results.forEach((result, i) =>
      expect(result).toEqual(
        refused(i)
          ? { status: 'rejected', reason: refusals.get(i) }
          : { status: 'fulfilled', value: { messageId: `<material-delivery-batch-${i}@kenshu.example>` } },
      ),
    );
    await sleep(200);
    const expected = Array.from({ length: 50 }, (_, i) => i).filter((i) => !refused(i));
    expect(sink.messages.map((m) => m.messageId).sort()).toEqual(
      expected.map((i) => `<material-delivery-batch-${i}@kenshu.example>`).sort(),
    );
    for (const i of expected) expect(sink.to(`trainee-${i}@kenshu.example`)).toHaveLength(1);
    expect(sink.interrupted).toHaveLength(5);
  });
});

describe('an .eml send with release', () => {
  let dir: string;
  let mailer: FileMailer;
  const emlFiles = async () => (await readdir(dir)).filter((f) => f.endsWith('.eml'));

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kenshu-mail-'));
    mailer = new FileMailer(dir, FROM);
  });

  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('leaves no file when release rejects', async () => {
    const refusal = new Error('the transaction was rolled back');
    await expect(mailer.send(message, { release: () => Promise.reject(refusal) })).rejects.toBe(refusal);
    expect(await readdir(dir)).toEqual([]);
  });

  it('puts the file in place only once release resolved', async () => {
    let atRelease: string[] | undefined;
    await mailer.send(message, {
      release: async () => {
        atRelease = await emlFiles();
      },
    });
    expect(atRelease).toEqual([]);
    const files = await readdir(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/password-reset-0001\.eml$/);
    const mail = await simpleParser(await readFile(join(dir, files[0])));
    expect(mail.messageId).toBe('<password-reset-0001@kenshu.example>');
  });

  it('reports a failure after release as an unknown outcome', async () => {
    const sending = mailer.send(message, {
      release: () => rm(dir, { recursive: true, force: true }),
    });
    await expect(sending).rejects.toBeInstanceOf(MailOutcomeUnknownError);
    await expect(sending).rejects.toThrow(/password-reset-0001 may or may not have been delivered/);
  });
});
