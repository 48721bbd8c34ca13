// The baselines of the outbox benchmarks: a bare BullMQ worker at Kenshu's default concurrency, on its
// own queue prefix, whose processor does nothing ('noop') or the one UPDATE the record-probe job makes
// ('update', autocommit, through a mysql2 pool: no outbox, no transaction, no guard).
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { createPool } from 'mysql2/promise';

const [redisUrl, prefix, concurrency, mode, databaseUrl] = process.argv.slice(2);
const pool =
  mode === 'update' ? createPool({ uri: databaseUrl, connectionLimit: 20, trace: false }) : undefined;
const worker = new Worker(
  'system',
  async (job) => {
    if (pool)
      await pool.query(`UPDATE probe SET runs = runs + 1, processed_at = NOW(3) WHERE id = ?`, [
        (job.data as { payload: { probeId: string } }).payload.probeId,
      ]);
  },
  {
    connection: new Redis(redisUrl, { maxRetriesPerRequest: null }),
    prefix,
    concurrency: Number(concurrency),
  },
);
worker.on('ready', () => console.log('bare worker ready'));
process.on('SIGTERM', () => void Promise.all([worker.close(), pool?.end()]).then(() => process.exit(0)));
