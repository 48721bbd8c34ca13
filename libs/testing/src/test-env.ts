import { AppConfig, validateEnvironment } from '@kenshu/config';

/**
 * Tests run on the real servers of the machine (or of `npm test`'s preparation), in their own database
 * (`<name>_test`) and under their own queue prefix, so they never touch the development data.
 */
export function testDatabaseUrl(): string {
  if (process.env.TEST_DATABASE_URL) return process.env.TEST_DATABASE_URL;
  const u = new URL(process.env.DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/kenshu');
  u.pathname = `/${u.pathname.replace(/^\//, '') || 'kenshu'}_test`;
  return u.toString();
}

/**
 * A queue prefix of a test's own. All start with `kenshu-test-<pid>`, so the global teardown can delete
 * every key this run made in a shared Redis, and nothing of anyone else's.
 */
export const testQueuePrefix = (name?: string) =>
  name ? `kenshu-test-${process.pid}-${name}-${Date.now()}` : `kenshu-test-${process.pid}`;

export function testEnv(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: testDatabaseUrl(),
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: testQueuePrefix(),
    LOG_LEVEL: 'warn',
    MAIL_DIR: '.data/test-mail',
    STORAGE_DIR: '.data/test-storage',
    OUTBOX_POLL_MS: '50',
    ...overrides,
  };
}

export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return new AppConfig(validateEnvironment(testEnv(overrides)));
}
