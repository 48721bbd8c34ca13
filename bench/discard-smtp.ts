import { SMTPServer } from 'smtp-server';

/**
 * The far end of the email benchmarks: an SMTP server on loopback that accepts every message and throws
 * it away, keeping only who it was for. It parses nothing, so that it costs each side the same and little.
 * A message counts once its DATA ended with the final dot; one recipient seen twice in a trial is a
 * duplicate, which fails the trial.
 */
export class DiscardSmtp {
  private server?: SMTPServer;
  private trial?: {
    expected: number;
    recipients: Set<string>;
    messages: number;
    done: () => void;
  };
  private capture?: (raw: Buffer) => void;
  port = 0;

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, session, callback) => {
        // Read now: the session's envelope is reset once the message is answered.
        const recipients = session.envelope.rcptTo.map((to) => to.address);
        const chunks: Buffer[] | null = this.capture ? [] : null;
        stream.on('data', (chunk: Buffer) => chunks?.push(chunk));
        stream.once('end', () => {
          callback();
          if (chunks && this.capture) {
            this.capture(Buffer.concat(chunks));
            this.capture = undefined;
          }
          const trial = this.trial;
          if (!trial) return;
          trial.messages += 1;
          for (const to of recipients) trial.recipients.add(to);
          if (trial.recipients.size >= trial.expected) trial.done();
        });
      },
    });
    this.server.on('error', () => undefined);
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as { port: number }).port;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /**
   * Resolves once `expected` distinct recipients got a message; rejects if any got two. Call it before the
   * sending starts.
   */
  expect(expected: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.trial = {
        expected,
        recipients: new Set(),
        messages: 0,
        done: () => {
          const trial = this.trial!;
          this.trial = undefined;
          const twice = trial.messages - trial.recipients.size;
          if (twice > 0) reject(new Error(`${twice} of ${trial.messages} messages went to someone twice`));
          else resolve();
        },
      };
    });
  }

  /** The whole of the next message received, as sent (headers and body). */
  nextMessage(): Promise<Buffer> {
    return new Promise((resolve) => (this.capture = resolve));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
