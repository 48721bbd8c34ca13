export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Shown in logs and kept in the Message-ID, so a retried send can be recognised downstream. */
  idempotencyKey: string;
  attachments?: {
    filename: string;
    content: Buffer | import('node:stream').Readable;
    contentType?: string;
  }[];
}

export interface SentMail {
  messageId: string;
}

/** What features send mail through. SMTP when `SMTP_URL` is set, else .eml files on disk. */
export abstract class Mailer {
  abstract send(message: MailMessage): Promise<SentMail>;
  abstract describe(): string;
  abstract close(): Promise<void>;
}
