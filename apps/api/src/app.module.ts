import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { pino } from 'pino';
import { AppConfig, ConfigModule } from '@kenshu/config';
import { DatabaseModule } from '@kenshu/database';
import { AuthModule as AuthDomainModule, ENTITIES } from '@kenshu/domain';
import { MailModule } from '@kenshu/mail';
import { OutboxModule } from '@kenshu/queue';
import { StorageModule } from '@kenshu/storage';
import { AuthController } from './auth/auth.controller.js';
import { ProblemFilter } from './common/problem.filter.js';
import { HealthModule } from './health/health.module.js';

/** The API's pino instance, for the access log written by the HTTP pipeline. */
export const API_LOG = Symbol('kenshu:api-log');

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    const log = pino({ level: config.log.level, name: 'kenshu-api' });
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        // One pino instance: Nest's logger writes through it, and so does the access log (API_LOG).
        LoggerModule.forRoot({ pinoHttp: { logger: log }, forRoutes: [] }),
        DatabaseModule.forRoot(ENTITIES),
        OutboxModule,
        MailModule,
        StorageModule,
        HealthModule,
        AuthDomainModule,
      ],
      controllers: [AuthController],
      providers: [
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: API_LOG, useValue: log },
      ],
    };
  }
}
