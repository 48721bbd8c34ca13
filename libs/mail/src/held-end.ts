import { Readable } from 'node:stream';
import type { SendMailOptions, Transporter } from 'nodemailer';

/**
 * The last stage of a message on its way to the SMTP connection: passes the composed message
 * through unchanged and holds back its end until `release` resolves.
 *
 * Why this works with nodemailer 10 (smtp-connection `send`): the connection starts reading the
 * message stream, piping it into its dot-stuffing DataStream, only after the server answered DATA with
 * 354, and that DataStream writes the final `<CRLF>.<CRLF>` when this stream ends. Nothing reads this
 * stream before that, and with a high-water mark of 0 it never reads ahead, so `_read` once the input
 * is exhausted means: the server took the recipients and DATA, and the connection has taken every
 * byte of the message and written it to the socket (of a large message some may still sit in the
 * kernel's buffers). Only then is `release` called. Destroying this stream instead of ending it makes
 * the connection fail the message (ESTREAM) and close the socket without the terminating dot.
 *
 * It must stay the last stage: a stage after it (DKIM signing, a `newline` conversion) would read it
 * eagerly before the server said 354. The SMTP mailer configures neither.
 */
export class HeldEnd extends Readable {
  private wanted = false;
  private releasing = false;

  constructor(
    private readonly input: Readable,
    private readonly release: () => Promise<void>,
  ) {
    super({ highWaterMark: 0 });
    input.on('readable', () => this.pull());
    input.once('end', () => this.pull());
    input.once('error', (error) => this.destroy(error));
  }

  override _read(): void {
    this.wanted = true;
    this.pull();
  }

  private pull(): void {
    if (!this.wanted || this.releasing) return;
    const chunk: Buffer | null = this.input.read();
    if (chunk !== null) {
      this.wanted = false;
      this.push(chunk);
      return;
    }
    if (!this.input.readableEnded) return;
    this.releasing = true;
    this.release().then(
      () => {
        if (!this.destroyed) this.push(null);
      },
      () => this.destroy(new Error('release refused: the message is abandoned before its end')),
    );
  }
}

/** The key a gated send carries its release under to the 'stream' plugin: nodemailer copies custom keys. */
const RELEASE = 'kenshuRelease';

export type GatedSendMailOptions = SendMailOptions & { [RELEASE]?: () => Promise<void> };

export const withRelease = (
  options: SendMailOptions,
  release: () => Promise<void>,
): GatedSendMailOptions => ({ ...options, [RELEASE]: release });

/** Makes the transport hold back the end of every message sent with `withRelease` options. */
export function holdEndsUntilReleased(transport: Transporter): void {
  transport.use('stream', (mail, done) => {
    const release = (mail.data as GatedSendMailOptions)[RELEASE];
    // The function runs once per attempt: the pool hands a message it has not begun to send to another
    // connection with a new stream. Callers pass a release that runs at most once (SendRelease).
    if (release) mail.message.processFunc((input) => new HeldEnd(input, release));
    done();
  });
}
