import 'reflect-metadata';
import { armShutdownWatchdog, loadConfigOrExit } from '@kenshu/config';
import { createApi } from './bootstrap.js';

async function main(): Promise<void> {
  const config = loadConfigOrExit('kenshu-api');
  const app = await createApi(config);
  armShutdownWatchdog('kenshu-api', config.shutdownTimeoutMs + 5000);
  await app.listen({ port: config.http.port, host: '0.0.0.0' });
  console.log(`kenshu-api listening on ${config.http.publicUrl} (docs at /docs, pid ${process.pid})`);
}

main().catch((error) => {
  console.error('kenshu-api failed to start:', error);
  process.exit(1);
});
