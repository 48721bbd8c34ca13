import 'reflect-metadata';
import { AppConfig, ConfigValidationError, loadDotEnv } from '@kenshu/config';
import { createApi } from './bootstrap.js';

async function main(): Promise<void> {
  loadDotEnv();
  let config: AppConfig;
  try {
    config = AppConfig.fromEnv();
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      console.error(`kenshu-api: ${error.message}`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const app = await createApi(config);
  await app.listen({ port: config.http.port, host: '0.0.0.0' });
  console.log(`kenshu-api listening on ${config.http.publicUrl} (docs at /docs, pid ${process.pid})`);
}

main().catch((error) => {
  console.error('kenshu-api failed to start:', error);
  process.exit(1);
});
