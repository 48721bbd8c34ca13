import { hostname } from 'node:os';
import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { AppConfig } from '@kenshu/config';
import { createRedis, workerHeartbeatsKey } from '@kenshu/queue';

/**
 * While the worker lives it keeps its entry in the heartbeat set fresh (score = when it expires); the
 * API's /health/ready counts the unexpired ones. A worker that dies simply stops refreshing; a clean stop
 * removes its entry, and expired entries are swept on every beat.
 */
@Injectable()
export class HeartbeatService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly redis: Redis;
  private readonly key: string;
  private readonly workerId = `${hostname()}:${process.pid}`;
  private timer?: NodeJS.Timeout;

  constructor(private readonly config: AppConfig) {
    this.redis = createRedis(config.redis.url, 'client', 'kenshu-worker-heartbeat');
    this.key = workerHeartbeatsKey(config.redis.prefix);
  }

  onApplicationBootstrap(): void {
    void this.beat();
    this.timer = setInterval(() => void this.beat(), (this.config.worker.heartbeatTtlS * 1000) / 3);
    this.timer.unref();
  }

  private async beat(): Promise<void> {
    const now = Date.now();
    await this.redis
      .multi()
      .zadd(this.key, now + this.config.worker.heartbeatTtlS * 1000, this.workerId)
      .zremrangebyscore(this.key, '-inf', now)
      .exec()
      .catch(() => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.redis.zrem(this.key, this.workerId).catch(() => undefined);
    this.redis.disconnect();
  }
}
