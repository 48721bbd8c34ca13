import { SetMetadata } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Job } from 'bullmq';

/** Thrown by a handler for a failure no retry can mend: the job fails at once, recorded as final. */
export { UnrecoverableError } from 'bullmq';
import type { JobName, JobPayloads } from './job-registry.js';

export const JOB_HANDLER = Symbol('kenshu:job-handler');

export interface JobHandlerOptions {
  /**
   * `true` (the default): the handler runs in a transaction that also marks its outbox row done, so its
   * database writes happen once even when the job runs again (relayed twice, or re-run after a crash).
   * `false`: for handlers that write nothing to the database; no transaction is opened, and the rows are
   * marked done in batches afterwards. Such a handler must be harmless to run twice.
   */
  transactional?: boolean;
}

export interface JobHandlerMetadata {
  name: JobName;
  transactional: boolean;
}

export interface JobContext {
  /**
   * For a transactional handler, the transaction the dispatcher opened: writes made with it commit
   * together with the record that the job is done. For the others, the plain (autocommit) manager.
   */
  manager: EntityManager;
  job: Job;
  /** The attempt being made, from 1; `isFinalAttempt` lets a handler record a final failure. */
  attempt: number;
  isFinalAttempt: boolean;
  /** Aborted when the worker shuts down past its bound; long handlers should stop and throw. */
  signal: AbortSignal;
}

/**
 * A handler throws to have the job retried with backoff (DEFAULT_JOB_OPTIONS); it throws BullMQ's
 * `UnrecoverableError` for a failure that no retry can mend (the job fails at once, recorded as final).
 */
export type JobHandlerFn<N extends JobName> = (payload: JobPayloads[N], context: JobContext) => Promise<void>;

/** Marks a provider method as the one handler of a job. The worker refuses to start without exactly one. */
export const JobHandler = (name: JobName, options: JobHandlerOptions = {}) =>
  SetMetadata(JOB_HANDLER, {
    name,
    transactional: options.transactional ?? true,
  } satisfies JobHandlerMetadata);
