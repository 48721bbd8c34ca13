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

/** The Redis key a live worker refreshes; `*` in place of the id matches them all. */
export const workerHeartbeatKey = (prefix: string, workerId: string) =>
  `${prefix}:worker-heartbeat:${workerId}`;
