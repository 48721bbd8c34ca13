import type { DataSource, QueryRunner } from 'typeorm';
import type { Mailer, MailMessage } from '@kenshu/mail';
import { UnrecoverableError } from '@kenshu/queue';

/** What a row that tracks one email (a material delivery, a certificate, a survey email) lets `sendOnce` do with it. */
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
   * the end of the message, or its COMMIT failed; stamps the sent time if there is none), `queued`
   * (retried), `failed` (final). `undoSent` clears the sent stamp; `countAttempt` when the attempt was not
   * counted by `markSent` (it rolled back).
   */
  record(
    qr: QueryRunner,
    status: 'sent' | 'queued' | 'failed',
    error: string,
    options: { undoSent: boolean; countAttempt: boolean },
  ): Promise<void>;
}

export type OnceOutcome = 'sent' | 'skipped' | 'done';

/** Where a table keeps the state of the one email each of its rows tracks (names are constants, not input). */
export interface EmailRowColumns {
  table: string;
  /** queued | sent | skipped | failed */
  status: string;
  sentAt: string;
  attempts: string;
  /** The last failure's words. */
  error: string;
  /** Where a skip writes its reason: `error` unless given; null for nowhere. */
  skipReason?: string | null;
}

/**
 * The bookkeeping half of {@link OnceEmail} over the row `id` of a table (material deliveries, certificates,
 * survey emails): lock it while queued, mark it skipped, sent, or what followed; `compose` says what to send.
 */
export function emailRow(columns: EmailRowColumns, id: string, compose: OnceEmail['compose']): OnceEmail {
  const { table, status, sentAt, attempts, error } = columns;
  const skipReason = columns.skipReason === undefined ? error : columns.skipReason;
  return {
    lockQueued: async (qr) => {
      const [row] = (await qr.query(`SELECT ${status} AS status FROM ${table} WHERE id = ? FOR UPDATE`, [
        id,
      ])) as { status: string }[];
      return row?.status === 'queued';
    },
    compose,
    skip: async (qr, why) => {
      await qr.query(
        `UPDATE ${table} SET ${status} = 'skipped'${skipReason ? `, ${skipReason} = ?` : ''} WHERE id = ?`,
        skipReason ? [why, id] : [id],
      );
    },
    markSent: async (qr) => {
      await qr.query(
        `UPDATE ${table} SET ${status} = 'sent', ${sentAt} = ?, ${attempts} = ${attempts} + 1, ${error} = NULL
          WHERE id = ?`,
        [new Date(), id],
      );
    },
    record: async (qr, outcome, words, { undoSent, countAttempt }) => {
      await qr.query(
        `UPDATE ${table} SET ${status} = ?, ${error} = ?, ${sentAt} = ${
          undoSent ? 'NULL' : `COALESCE(${sentAt}, ?)`
        }${countAttempt ? `, ${attempts} = ${attempts} + 1` : ''} WHERE id = ?`,
        undoSent ? [outcome, words, id] : [outcome, words, new Date(), id],
      );
    },
  };
}

/**
 * Sends one tracked email exactly once across retries and crashes: the row is marked sent in a
 * transaction whose COMMIT and the end of the SMTP DATA phase leave the process together.
 *
 * The mailer holds back the message's end (the final dot) until `release` resolves
 * (`Mailer.send(message, { release })`). `release` starts the COMMIT and resolves at once, without waiting
 * for the database's answer: the COMMIT is written to the database's socket in the microtasks `release`
 * queues (TypeORM's commit is promise chains down to mysql2's synchronous socket write), and the dot only
 * after them, in a `process.nextTick` of the same turn of the event loop (send-once.int-spec checks the
 * order, and that no I/O callback runs between). Once written, both reach their servers even if the
 * process dies. So a worker killed before that turn leaves the row queued (its transaction rolls back when
 * the connection drops) and a message the SMTP server discards; killed after it, the row is sent and the
 * message delivered. Waiting for the COMMIT's answer before writing the dot, as this did before, left a
 * window of one database round trip plus the event loop's delay (milliseconds on a loaded machine) in
 * which a kill lost the email; what is left is the microseconds between two writes.
 *
 * What follows a failure:
 * - the server refuses before the end (recipient, DATA, connection): nothing was committed, the row is
 *   `queued` again and the error thrown to be retried with backoff (`failed` on the final attempt);
 * - after the end, a 5xx: `failed` at once (`UnrecoverableError`: a refusal will not change on retry);
 *   a 4xx: `queued` and thrown, retried;
 * - after the end, no answer (a timeout, a lost connection): counted as sent, with the error noted (a
 *   retry would most likely mail it twice; staff may resend);
 * - the COMMIT itself failed (the database connection died) while the message went out: the outcome is
 *   written afterwards on a fresh connection, as above (sent after a 250).
 * Not for the dispatcher's transaction: it opens its own, on a connection it keeps until the outcome is
 * recorded (asking the pool for another could wait forever when every connection is held by a send).
 */
export async function sendOnce(
  dataSource: DataSource,
  mailer: Mailer,
  email: OnceEmail,
  attempt: { isFinal: boolean },
): Promise<OnceOutcome> {
  let qr = dataSource.createQueryRunner();
  await qr.connect();
  /** The COMMIT that releases the message: undefined until started, then its error or null. */
  let commit: Promise<unknown> | undefined;
  const release = () => {
    commit = qr.commitTransaction().then(
      () => null,
      (error: unknown) => error ?? new Error('COMMIT failed'),
    );
    return Promise.resolve();
  };
  /** After a failed COMMIT the connection is in doubt: outcomes go through a new one. */
  const recorder = async (): Promise<QueryRunner> => {
    const fresh = dataSource.createQueryRunner();
    await fresh.connect();
    await qr.release();
    qr = fresh;
    return qr;
  };
  try {
    await qr.startTransaction();
    if (!(await email.lockQueued(qr))) {
      await qr.commitTransaction();
      return 'done';
    }
    const composed = await email.compose(qr);
    if ('skip' in composed) {
      await email.skip(qr, composed.skip);
      await qr.commitTransaction();
      return 'skipped';
    }
    await email.markSent(qr);
    await mailer.send(composed, { release });
    const commitError = await commit;
    if (commitError) {
      const words = `the email was delivered; recording it failed at first: ${errorWords(commitError)}`;
      await email
        .record(await recorder(), 'sent', words, { undoSent: false, countAttempt: true })
        .catch(() => undefined);
    }
    return 'sent';
  } catch (error) {
    // `send` settles only after `release` did, so a started COMMIT has its answer soon.
    const commitError = commit ? await commit : undefined;
    const committed = commit !== undefined && commitError === null;
    if (!commit && qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
    const target = commitError ? await recorder().catch(() => qr) : qr;
    const code = smtpReplyCode(error);
    const words = errorWords(error);
    const record = (status: 'sent' | 'queued' | 'failed', undoSent: boolean) =>
      email.record(target, status, words, { undoSent, countAttempt: !committed }).catch(() => undefined);
    if (commit && code === undefined) {
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

const errorWords = (error: unknown) => String((error as Error)?.message ?? error).slice(0, 1000);

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
