import { MailOutcomeUnknownError, type SendOptions } from './mailer.js';

/** The `release` of one send: called at most once, and what a failure means given how far it got. */
export class SendRelease {
  private outcome?: Promise<void>;

  constructor(
    private readonly idempotencyKey: string,
    private readonly release: SendOptions['release'],
  ) {}

  /** Calls `release` the first time (a synchronous throw counts as a rejection), then the same call again. */
  run(): Promise<void> {
    this.outcome ??= (async () => this.release?.())();
    return this.outcome;
  }

  /** The error a send rejects with after it failed with `error`. */
  async failure(error: unknown): Promise<unknown> {
    if (!this.release || !this.outcome) return error;
    try {
      await this.outcome;
    } catch (refusal) {
      return refusal;
    }
    return new MailOutcomeUnknownError(this.idempotencyKey, error);
  }
}
