import { Redis, type RedisOptions } from 'ioredis';

/**
 * Producer connections fail fast while Redis is away (the outbox keeps the work); worker connections
 * wait and reconnect for as long as it takes, as BullMQ requires (`maxRetriesPerRequest: null`).
 */
export function createRedis(url: string, role: 'producer' | 'worker' | 'client', name: string): Redis {
  const common: RedisOptions = {
    connectionName: name,
    lazyConnect: false,
    retryStrategy: (times) => Math.min(200 * times, 2000),
  };
  const byRole: Record<typeof role, RedisOptions> = {
    producer: { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 },
    worker: { maxRetriesPerRequest: null, enableOfflineQueue: true },
    client: { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 },
  };
  const redis = new Redis(url, { ...common, ...byRole[role] });
  // Connection errors are expected while Redis restarts; health checks and callers report them.
  redis.on('error', () => undefined);
  return redis;
}

/**
 * One sorted set of live workers: member = worker id, score = the instant its heartbeat expires (ms).
 * One key, so counting the live ones is a ZCOUNT, however many keys the queues hold.
 */
export const workerHeartbeatsKey = (prefix: string) => `${prefix}:worker-heartbeats`;
