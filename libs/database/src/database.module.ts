import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@kenshu/config';
import { dataSourceOptions, detectServerKind } from './data-source-options.js';
import { TransactionService } from './transaction.service.js';

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(entities: Parameters<typeof dataSourceOptions>[1]): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: async (config: AppConfig) => ({
            ...dataSourceOptions(config, entities, await detectServerKind(config.database.url)),
            retryAttempts: 3,
          }),
        }),
      ],
      providers: [TransactionService],
      exports: [TransactionService, TypeOrmModule],
    };
  }
}
