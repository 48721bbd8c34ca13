import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, ConfigModule } from '@kenshu/config';
import { DatabaseModule } from '@kenshu/database';
import { AuthModule as AuthDomainModule, ENTITIES } from '@kenshu/domain';
import { MailModule } from '@kenshu/mail';
import { OutboxModule } from '@kenshu/queue';
import { StorageModule } from '@kenshu/storage';
import { AuthController } from './auth/auth.controller.js';
import { ProblemFilter } from './common/problem.filter.js';
import { HealthModule } from './health/health.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.log.level,
            name: 'kenshu-api',
            // Probes and the docs are polled constantly; their lines would drown the rest.
            autoLogging: {
              ignore: (req) =>
                /^\/(health|docs)/.test((req as { originalUrl?: string }).originalUrl ?? req.url ?? ''),
            },
            serializers: {
              req: (req: { id: string; method: string; url: string; remoteAddress?: string }) => ({
                id: req.id,
                method: req.method,
                url: req.url,
                remoteAddress: req.remoteAddress,
              }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
          },
        }),
        DatabaseModule.forRoot(ENTITIES),
        OutboxModule,
        MailModule,
        StorageModule,
        HealthModule,
        AuthDomainModule,
      ],
      controllers: [AuthController],
      providers: [{ provide: APP_FILTER, useClass: ProblemFilter }],
    };
  }
}
