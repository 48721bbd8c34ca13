import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { testConfig } from './test-env.js';

/** How many jobs of a queue (by default `system`) are in each state, under a test's queue prefix. */
export async function queueJobCounts(
  prefix: string,
  options: { queue?: string; redisUrl?: string } = {},
): Promise<Record<'completed' | 'failed' | 'active' | 'wait' | 'delayed' | 'prioritized', number>> {
  const connection = new Redis(options.redisUrl ?? testConfig().redis.url, { maxRetriesPerRequest: 1 });
  const queue = new Queue(options.queue ?? 'system', { connection, prefix });
  try {
    const counts = await queue.getJobCounts(
      'completed',
      'failed',
      'active',
      'wait',
      'delayed',
      'prioritized',
    );
    return counts as Awaited<ReturnType<typeof queueJobCounts>>;
  } finally {
    await queue.close();
    connection.disconnect();
  }
}
