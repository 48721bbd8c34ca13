import { hostname } from 'node:os';
import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { AppConfig } from '@kenshu/config';
import { createRedis, workerHeartbeatKey } from '@kenshu/queue';

/** Keeps a key with a TTL in Redis while the worker lives; the API's /health/ready counts them. */
@Injectable()
export class HeartbeatService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly redis: Redis;
  private readonly key: string;
  private timer?: NodeJS.Timeout;
  private readonly startedAt = new Date().toISOString();

  constructor(private readonly config: AppConfig) {
    this.redis = createRedis(config.redis.url, 'client', 'kenshu-worker-heartbeat');
    this.key = workerHeartbeatKey(config.redis.prefix, `${hostname()}:${process.pid}`);
  }

  onApplicationBootstrap(): void {
    void this.beat();
    this.timer = setInterval(() => void this.beat(), (this.config.worker.heartbeatTtlS * 1000) / 3);
    this.timer.unref();
  }

  private async beat(): Promise<void> {
    const value = JSON.stringify({
      pid: process.pid,
      startedAt: this.startedAt,
      at: new Date().toISOString(),
    });
    await this.redis.set(this.key, value, 'EX', this.config.worker.heartbeatTtlS).catch(() => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.redis.del(this.key).catch(() => undefined);
    this.redis.disconnect();
  }
}
