// Jest global teardown of the integration and end-to-end projects: deletes every Redis key this run made
// (all test queue prefixes start with kenshu-test-<pid>, see testQueuePrefix), so a shared Redis does
// not fill up run after run. Keys of other runs and of other prefixes are left alone.
import { Redis } from 'ioredis';

export default async function globalTeardown() {
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `kenshu-test-${process.pid}*`, 'COUNT', 5000);
      if (keys.length > 0) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
