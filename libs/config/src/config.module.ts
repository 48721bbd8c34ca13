import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from './app-config.js';

@Global()
@Module({})
export class ConfigModule {
  /** Provide an already-validated config (main.ts validates before Nest starts, so a bad value stops early). */
  static forRoot(config: AppConfig = AppConfig.fromEnv()): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: AppConfig, useValue: config }],
      exports: [AppConfig],
    };
  }
}
