import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { AppConfig } from '@kenshu/config';
import { QueueHealthIndicator } from './queue.health.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly queue: QueueHealthIndicator,
    private readonly config: AppConfig,
  ) {}

  /** The process answers: nothing else is checked (a restart would not mend a database outage). */
  @Get('live')
  @Header('cache-control', 'no-store')
  @ApiOkResponse({ schema: { example: { status: 'ok' } } })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** MySQL and Redis answer within the timeout; workers alive are reported (none alive is `degraded`). */
  @Get('ready')
  @HealthCheck()
  @Header('cache-control', 'no-store')
  @ApiServiceUnavailableResponse({ description: 'MySQL or Redis does not answer' })
  ready() {
    const timeout = this.config.health.timeoutMs;
    return this.health.check([
      () => this.db.pingCheck('database', { timeout }),
      () => this.queue.redisPing('redis'),
      () => this.queue.workers('worker'),
    ]);
  }
}
