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

/**
 * Marks done every outbox row no worker has finished. Test files that write rows without running a
 * worker (invitations, resets) leave them behind; a later test that counts what its worker delivers
 * starts from here, so it receives only its own.
 */
export async function settleLeftoverOutbox(ds: { query: (sql: string) => Promise<unknown> }): Promise<void> {
  await ds.query(
    `UPDATE outbox SET relayed_at = COALESCE(relayed_at, CURRENT_TIMESTAMP(3)), processed_at = CURRENT_TIMESTAMP(3)
      WHERE processed_at IS NULL AND failed_at IS NULL`,
  );
}

/**
 * Marks as already planned every material version no worker has planned the emails of. Test files that
 * release materials without running a worker (the authorization matrix) leave them behind; a later test
 * whose worker delivers its own material would otherwise mail all of those first.
 */
export async function settleLeftoverMaterials(ds: {
  query: (sql: string) => Promise<unknown>;
}): Promise<void> {
  await ds.query(
    `UPDATE material_version SET delivery_planned_at = CURRENT_TIMESTAMP(3) WHERE delivery_planned_at IS NULL`,
  );
}
