import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';

/**
 * A real SMTP server on loopback that parses every message it receives in full.
 *
 * Only a message whose DATA ended with the final dot is recorded: smtp-server ends the data stream at
 * the dot, and when the client's connection dies before it, destroys the stream with an error
 * (ECONNECTION) instead, which fails the parse. Such a cut-off transfer is counted in `interrupted`.
 */
export class SmtpSink {
  readonly messages: ParsedMail[] = [];
  /** Bytes received of each message whose connection closed before the final dot. */
  readonly interrupted: number[] = [];
  private readonly transfers = new Set<SMTPServerDataStream>();
  private server?: SMTPServer;
  port = 0;

  /** `refuseRecipient`: RCPT TO of an address it accepts is answered 550. */
  constructor(private readonly options: { refuseRecipient?: (address: string) => boolean } = {}) {}

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (!this.options.refuseRecipient?.(address.address)) return callback();
        callback(Object.assign(new Error(`Mailbox ${address.address} unavailable`), { responseCode: 550 }));
      },
      onData: (stream, _session, callback) => {
        this.transfers.add(stream);
        stream.once('close', () => {
          this.transfers.delete(stream);
          if (!stream.readableEnded) this.interrupted.push(stream.byteLength);
        });
        simpleParser(stream)
          .then((mail) => {
            this.messages.push(mail);
            callback();
          })
          .catch(callback);
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

  /** Bytes received so far of each message still in its DATA phase. */
  receiving(): number[] {
    return [...this.transfers].map((stream) => stream.byteLength);
  }

  to(address: string): ParsedMail[] {
    return this.messages.filter((m) => JSON.stringify(m.to).includes(address));
  }

  async waitFor(
    count: number,
    timeoutMs = 20_000,
    filter: (m: ParsedMail) => boolean = () => true,
  ): Promise<ParsedMail[]> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const found = this.messages.filter(filter);
      if (found.length >= count) return found;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(
      `expected ${count} messages, got ${this.messages.filter(filter).length} in ${timeoutMs} ms`,
    );
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
