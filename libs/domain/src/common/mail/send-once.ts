import type { DataSource, QueryRunner } from 'typeorm';
import type { Mailer, MailMessage } from '@kenshu/mail';
import { UnrecoverableError } from '@kenshu/queue';

/** What a row that tracks one email (a material delivery, a certificate) lets `sendOnce` do with it. */
export interface OnceEmail {
  /** Locks the row in the open transaction; false when it is no longer queued (sent, skipped, failed). */
  lockQueued(qr: QueryRunner): Promise<boolean>;
  /** The message to send now, or why it is not sent at all (read at send time, in the transaction). */
  compose(qr: QueryRunner): Promise<MailMessage | { skip: string }>;
  /** Marks the row skipped for that reason (in the transaction). */
  skip(qr: QueryRunner, reason: string): Promise<void>;
  /** Marks the row sent and counts the attempt (in the transaction whose commit releases the message). */
  markSent(qr: QueryRunner): Promise<void>;
  /**
   * Records an outcome after the transaction, with the error's words: `sent` (the answer was lost after
   * the commit), `queued` (retried), `failed` (final). `undoSent` clears the sent stamp; `countAttempt` when
   * the attempt was not counted by `markSent` (it rolled back).
   */
  record(
    qr: QueryRunner,
    status: 'sent' | 'queued' | 'failed',
    error: string,
    options: { undoSent: boolean; countAttempt: boolean },
  ): Promise<void>;
}

export type OnceOutcome = 'sent' | 'skipped' | 'done';

/**
 * Sends one tracked email exactly once across retries and crashes: the row is marked sent in a
 * transaction whose commit releases the end of the SMTP DATA phase (`Mailer.send(message, { release })`).
 * Killed before the commit, the row is still queued and the server never saw the message's end; after
 * it, the row says sent. What follows a failure:
 * - committed, and the server's answer never came (a timeout, a lost connection): counted as sent, with the
 *   error noted (a retry would most likely mail it twice; staff may resend);
 * - a 5xx: `failed` at once (`UnrecoverableError`: a refusal will not change on retry);
 * - anything else: `queued` and thrown, to be retried with backoff, or `failed` on the final attempt.
 * Not for the dispatcher's transaction: it opens its own, on a connection it keeps until the outcome is
 * recorded (asking the pool for another could wait forever when every connection is held by a send).
 */
export async function sendOnce(
  dataSource: DataSource,
  mailer: Mailer,
  email: OnceEmail,
  attempt: { isFinal: boolean },
): Promise<OnceOutcome> {
  const qr = dataSource.createQueryRunner();
  await qr.connect();
  let committed = false;
  const commit = async () => {
    await qr.commitTransaction();
    committed = true;
  };
  try {
    await qr.startTransaction();
    if (!(await email.lockQueued(qr))) {
      await commit();
      return 'done';
    }
    const composed = await email.compose(qr);
    if ('skip' in composed) {
      await email.skip(qr, composed.skip);
      await commit();
      return 'skipped';
    }
    await email.markSent(qr);
    await mailer.send(composed, { release: commit });
    return 'sent';
  } catch (error) {
    if (!committed && qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
    const code = smtpReplyCode(error);
    const words = String((error as Error).message ?? error).slice(0, 1000);
    const record = (status: 'sent' | 'queued' | 'failed', undoSent: boolean) =>
      email.record(qr, status, words, { undoSent, countAttempt: !committed }).catch(() => undefined);
    if (committed && code === undefined) {
      await record('sent', false);
      return 'sent';
    }
    const permanent = code !== undefined && code >= 500;
    await record(attempt.isFinal || permanent ? 'failed' : 'queued', true);
    if (permanent) throw new UnrecoverableError((error as Error).message);
    throw error;
  } finally {
    await qr.release();
  }
}

/**
 * The SMTP server's reply code behind a failed send (nodemailer puts it on the error; a refusal of the
 * finished message comes wrapped as the cause of MailOutcomeUnknownError); undefined when the server
 * never answered (a timeout, a lost connection).
 */
export function smtpReplyCode(error: unknown): number | undefined {
  for (let e = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { responseCode?: unknown }).responseCode;
    if (typeof code === 'number') return code;
  }
  return undefined;
}
