import type { DefaultJobOptions } from 'bullmq';

/**
 * Retries with exponential backoff (1 s, 2 s, 4 s … over 8 attempts, about four minutes), then the job is
 * kept as failed for a week. Completed jobs are kept a day: long enough that a relay re-adding the same
 * outbox row after a crash finds the job still there and adds nothing.
 */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 200_000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 50_000 },
};
