import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import type { AppConfig } from '@kenshu/config';
import { holdEndsUntilReleased, withRelease } from './held-end.js';
import { Mailer, type MailMessage, type SendOptions, type SentMail } from './mailer.js';
import { SendRelease } from './send-release.js';

const domainOf = (from: string) => /@([^>\s]+)/.exec(from)?.[1] ?? 'kenshu.example';

function toNodemailer(from: string, m: MailMessage): SendMailOptions {
  return {
    from,
    to: m.to,
    subject: m.subject,
    text: m.text,
    html: m.html,
    attachments: m.attachments,
    messageId: `<${m.idempotencyKey.replace(/[^A-Za-z0-9._-]/g, '.')}@${domainOf(from)}>`,
  };
}

/**
 * A pooled SMTP transport (connections are reused across messages). A send with `release` keeps its
 * pooled connection in the middle of DATA until `release` settles (see held-end.ts).
 */
export class SmtpMailer extends Mailer {
  private readonly transport: Transporter;

  constructor(
    private readonly url: string,
    private readonly from: string,
  ) {
    super();
    const u = new URL(url);
    this.transport = nodemailer.createTransport({
      pool: true,
      maxConnections: 5,
      host: u.hostname,
      port: Number(u.port || (u.protocol === 'smtps:' ? 465 : 25)),
      secure: u.protocol === 'smtps:',
      auth: u.username
        ? { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) }
        : undefined,
      // A local catcher or a relay on loopback often offers no certificate worth checking.
      tls: { rejectUnauthorized: !['127.0.0.1', 'localhost', '::1'].includes(u.hostname) },
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    holdEndsUntilReleased(this.transport);
  }

  async send(message: MailMessage, options: SendOptions = {}): Promise<SentMail> {
    const mail = toNodemailer(this.from, message);
    const release = new SendRelease(message.idempotencyKey, options.release);
    try {
      const info = (await this.transport.sendMail(
        options.release ? withRelease(mail, () => release.run()) : mail,
      )) as { messageId: string };
      return { messageId: info.messageId };
    } catch (error) {
      throw await release.failure(error);
    }
  }

  describe(): string {
    const u = new URL(this.url);
    return `SMTP ${u.hostname}:${u.port || 25}`;
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}

/**
 * Writes each message as an .eml file: for development without an SMTP server. The file is written
 * under a temporary name and renamed into place after `release`, so a refused release leaves none.
 */
export class FileMailer extends Mailer {
  private readonly transport: Transporter;
  private readonly dir: string;

  constructor(
    dir: string,
    private readonly from: string,
  ) {
    super();
    this.dir = resolve(dir);
    this.transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(message: MailMessage, options: SendOptions = {}): Promise<SentMail> {
    const info = (await this.transport.sendMail(toNodemailer(this.from, message))) as {
      messageId: string;
      message: Buffer;
    };
    await mkdir(this.dir, { recursive: true });
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${message.idempotencyKey.replace(/[^A-Za-z0-9_-]/g, '_')}.eml`;
    const file = join(this.dir, name);
    const partial = join(this.dir, `.${name}.part`);
    const release = new SendRelease(message.idempotencyKey, options.release);
    try {
      await writeFile(partial, info.message);
      await release.run();
      await rename(partial, file);
    } catch (error) {
      await rm(partial, { force: true });
      throw await release.failure(error);
    }
    return { messageId: info.messageId };
  }

  describe(): string {
    return `.eml files in ${this.dir}`;
  }

  async close(): Promise<void> {}
}

export function createMailer(config: Pick<AppConfig, 'mail'>): Mailer {
  return config.mail.smtpUrl
    ? new SmtpMailer(config.mail.smtpUrl, config.mail.from)
    : new FileMailer(config.mail.dir, config.mail.from);
}
