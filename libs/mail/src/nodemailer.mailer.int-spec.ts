import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SmtpSink } from '@kenshu/testing';
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
