import { SetMetadata } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Job } from 'bullmq';
import type { JobName, JobPayloads } from './job-registry.js';

export const JOB_HANDLER = Symbol('kenshu:job-handler');

export interface JobContext {
  /**
   * The transaction the dispatcher opened for an outbox job; writes made with it commit together with
   * the record that the job is done, so a job that runs again does nothing twice.
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
export const JobHandler = (name: JobName) => SetMetadata(JOB_HANDLER, name);
