import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppConfig, ConfigValidationError, loadDotEnv } from '@kenshu/config';
import { WorkerModule } from './worker.module.js';

async function main(): Promise<void> {
  loadDotEnv();
  let config: AppConfig;
  try {
    config = AppConfig.fromEnv();
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      console.error(`kenshu-worker: ${error.message}`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  app.get(Logger).log(`kenshu-worker started (pid ${process.pid})`);
}

main().catch((error) => {
  console.error('kenshu-worker failed to start:', error);
  process.exit(1);
});
