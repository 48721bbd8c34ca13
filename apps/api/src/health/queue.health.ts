import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { Redis } from 'ioredis';
import { AppConfig } from '@kenshu/config';
import { createRedis, workerHeartbeatsKey } from '@kenshu/queue';

const within = <T>(work: Promise<T>, ms: number): Promise<T> =>
  Promise.race([
    work,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms).unref(),
    ),
  ]);

/** Redis must answer PING; live workers are counted by their heartbeats (none alive: degraded, not down). */
@Injectable()
export class QueueHealthIndicator implements OnApplicationShutdown {
  private readonly redis: Redis;

  constructor(
    private readonly health: HealthIndicatorService,
    private readonly config: AppConfig,
  ) {
    this.redis = createRedis(config.redis.url, 'client', 'kenshu-api-health');
  }

  async redisPing(key = 'redis') {
    const check = this.health.check(key);
    try {
      await within(this.redis.ping(), this.config.health.timeoutMs);
      return check.up();
    } catch (error) {
      return check.down({ message: (error as Error).message });
    }
  }

  async workers(key = 'worker') {
    const check = this.health.check(key);
    try {
      const alive = await within(
        this.redis.zcount(workerHeartbeatsKey(this.config.redis.prefix), Date.now(), '+inf'),
        this.config.health.timeoutMs,
      );
      return alive > 0
        ? check.up({ alive })
        : check.degraded({
            alive: 0,
            message: 'no worker heartbeat: jobs wait in the outbox until a worker runs',
          });
    } catch (error) {
      return check.degraded({ message: (error as Error).message });
    }
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
