import { Controller, Get, Header, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckService,
  TypeOrmHealthIndicator,
  type HealthCheckResult,
} from '@nestjs/terminus';
import type { FastifyReply } from 'fastify';
import { AppConfig } from '@kenshu/config';
import { Public } from '../common/access.js';
import { QueueHealthIndicator } from './queue.health.js';

const EXAMPLE = {
  status: 'ok',
  info: { database: { status: 'up' }, redis: { status: 'up' }, worker: { status: 'up', alive: 1 } },
  error: {},
  details: { database: { status: 'up' }, redis: { status: 'up' }, worker: { status: 'up', alive: 1 } },
};

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly queue: QueueHealthIndicator,
    private readonly config: AppConfig,
  ) {}

  /**
   * MySQL and Redis answer within HEALTH_TIMEOUT_MS; live workers are counted by their heartbeats (none
   * alive is `degraded`, still 200: the API keeps accepting work, which waits in the outbox). Either way
   * the body is Terminus's report, so a load balancer and a person read the same thing.
   */
  @Get('ready')
  @HealthCheck()
  @Header('cache-control', 'no-store')
  @ApiOkResponse({ schema: { example: EXAMPLE } })
  @ApiServiceUnavailableResponse({ description: 'MySQL or Redis does not answer (same body, status error)' })
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthCheckResult> {
    const timeout = this.config.health.timeoutMs;
    try {
      return await this.health.check([
        () => this.db.pingCheck('database', { timeout }),
        () => this.queue.redisPing('redis'),
        () => this.queue.workers('worker'),
      ]);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      void reply.status(503);
      return error.getResponse() as HealthCheckResult;
    }
  }
}
