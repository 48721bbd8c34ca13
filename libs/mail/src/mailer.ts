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

export interface SendOptions {
  /**
   * Called once the server has accepted the recipients and DATA and the whole message has been handed
   * to the connection; the end of the message (SMTP's final `<CRLF>.<CRLF>`, or the .eml file's rename
   * into place) waits until it resolves. Meant to commit the transaction that records the mail as sent.
   */
  release?: () => Promise<void>;
}

/**
 * A send whose `release` had resolved failed afterwards: the server refused the message at its end,
 * the connection died, or the answer was lost. The message may or may not have been delivered.
 */
export class MailOutcomeUnknownError extends Error {
  constructor(
    readonly idempotencyKey: string,
    cause: unknown,
  ) {
    super(
      `mail ${idempotencyKey} may or may not have been delivered: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
    this.name = 'MailOutcomeUnknownError';
  }
}

/** What features send mail through. SMTP when `SMTP_URL` is set, else .eml files on disk. */
export abstract class Mailer {
  /**
   * Sends one message. Without `release` it is sent at once and the promise says how it went.
   *
   * With `release` the message is delivered only if `release` resolved, and at most once per call:
   * - the server refuses before that point (connection, sender, recipient, DATA): `release` is never
   *   called, nothing is delivered, `send` rejects with the transport's error;
   * - `release` rejects or throws: the connection is closed without the final dot, so the mail
   *   transaction never completes (RFC 5321 4.1.1.4: only the end of the data makes the server process
   *   it), nothing is delivered, and `send` rejects with that same error;
   * - `release` resolved: the end is sent and `send` resolves with the server's 250, or rejects with
   *   {@link MailOutcomeUnknownError}: the message may or may not have been delivered.
   *
   * The end follows `release`'s resolution in the same turn of the event loop (a `process.nextTick`
   * after the microtasks it queued), so a `release` that starts a COMMIT and resolves at once has the
   * COMMIT written before the dot, with no I/O between (`sendOnce` does so). A process killed after
   * `release` resolved and before the dot was written leaves the mail recorded as sent and never
   * delivered (lost, not duplicated). Keep `release` short: the SMTP connection waits idle while it
   * runs (socket timeout 30 s).
   */
  abstract send(message: MailMessage, options?: SendOptions): Promise<SentMail>;
  abstract describe(): string;
  abstract close(): Promise<void>;
}
