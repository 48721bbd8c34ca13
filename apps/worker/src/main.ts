import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { armShutdownWatchdog, loadConfigOrExit } from '@kenshu/config';
import { WorkerModule } from './worker.module.js';

async function main(): Promise<void> {
  const config = loadConfigOrExit('kenshu-worker');
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  // Active jobs get SHUTDOWN_TIMEOUT_MS to finish, then are cancelled; past that, a hard stop.
  armShutdownWatchdog('kenshu-worker', config.shutdownTimeoutMs + 5000);
  console.log(`kenshu-worker started (pid ${process.pid})`);
}

main().catch((error) => {
  console.error('kenshu-worker failed to start:', error);
  process.exit(1);
});
