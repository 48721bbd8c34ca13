// The baseline of the material-email benchmark: a bare BullMQ worker at Kenshu's concurrency, on its own
// queue prefix, whose job sends one message to the job's address through a pooled nodemailer transport set
// up as Kenshu's SMTP mailer (5 connections). The message is the one Kenshu sent (subject, text, HTML, the
// attached file), read back from the SMTP sink: the same size and shape, composed per job as Kenshu does.
// No database, no outbox, no per-trainee rendering, no commit gating the end of the message.
import { readFileSync } from 'node:fs';
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import nodemailer from 'nodemailer';

interface Template {
  from: string;
  subject: string;
  text: string;
  html: string;
  attachments: { filename: string; contentType: string; content: string }[];
}

const [redisUrl, prefix, concurrency, smtpUrl, templateFile] = process.argv.slice(2);
const template = JSON.parse(readFileSync(templateFile!, 'utf8')) as Template;
const attachments = template.attachments.map((a) => ({ ...a, content: Buffer.from(a.content, 'base64') }));
const smtp = new URL(smtpUrl!);
const transport = nodemailer.createTransport({
  pool: true,
  maxConnections: 5,
  host: smtp.hostname,
  port: Number(smtp.port),
  secure: false,
  tls: { rejectUnauthorized: false },
});
const worker = new Worker(
  'mail',
  async (job) => {
    await transport.sendMail({ ...template, attachments, to: (job.data as { to: string }).to });
  },
  {
    connection: new Redis(redisUrl!, { maxRetriesPerRequest: null }),
    prefix,
    concurrency: Number(concurrency),
  },
);
worker.on('ready', () => console.log('bare mail worker ready'));
process.on(
  'SIGTERM',
  () =>
    void worker.close().then(() => {
      transport.close();
      process.exit(0);
    }),
);
