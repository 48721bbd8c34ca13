import { testConfig, testQueuePrefix } from '@kenshu/testing';
import { AttemptThrottleService, ThrottledError } from './attempt-throttle.service.js';

/** The sign-in throttle on the real Redis: shared between processes, and still there without Redis. */
describe('AttemptThrottleService', () => {
  const services: AttemptThrottleService[] = [];
  const make = async (overrides: Record<string, string>) => {
    const service = new AttemptThrottleService(
      testConfig({ LOGIN_FAILURES_PER_ACCOUNT: '3', LOGIN_FAILURES_PER_IP: '100', ...overrides }),
    );
    services.push(service);
    await service.onModuleInit();
    return service;
  };

  afterAll(async () => {
    await Promise.all(services.map((s) => s.onModuleDestroy()));
  });

  const outcome = (p: Promise<void>) =>
    p.then(
      () => 'ok',
      (e: unknown) => (e instanceof ThrottledError ? `429 first=${e.firstInWindow}` : String(e)),
    );

  it('counts the attempts of two API processes together, per account, case-insensitively', async () => {
    const prefix = testQueuePrefix('throttle-shared');
    const [a, b] = [await make({ QUEUE_PREFIX: prefix }), await make({ QUEUE_PREFIX: prefix })];
    const results = [
      await outcome(a.attempt('login', 'Minh@Hanoi.example', '198.51.100.1')),
      await outcome(b.attempt('login', 'minh@hanoi.example', '198.51.100.2')),
      await outcome(a.attempt('login', 'minh@hanoi.example', '198.51.100.3')),
      await outcome(b.attempt('login', 'minh@hanoi.example', '198.51.100.4')),
      await outcome(a.attempt('login', 'minh@hanoi.example', '198.51.100.5')),
    ];
    expect(results).toEqual(['ok', 'ok', 'ok', '429 first=true', '429 first=false']);
    // Another account is not affected.
    expect(await outcome(a.attempt('login', 'other@hanoi.example', '198.51.100.1'))).toBe('ok');
  });

  it('gives a success its count back, so a person who types their password right is never locked out', async () => {
    const service = await make({ QUEUE_PREFIX: testQueuePrefix('throttle-success') });
    for (let i = 0; i < 10; i++) {
      await service.attempt('login', 'busy@hanoi.example', '198.51.100.9');
      await service.succeeded('login', 'busy@hanoi.example', '198.51.100.9');
    }
    expect(await outcome(service.attempt('login', 'busy@hanoi.example', '198.51.100.9'))).toBe('ok');
  });

  it('keeps throttling in memory while Redis cannot be reached', async () => {
    // Nothing listens on port 1: every Redis call fails at once, and the insurance limiter decides.
    const service = await make({
      QUEUE_PREFIX: testQueuePrefix('throttle-down'),
      REDIS_URL: 'redis://127.0.0.1:1',
    });
    const results: string[] = [];
    for (let i = 0; i < 4; i++)
      results.push(await outcome(service.attempt('login', 'x@hanoi.example', null)));
    expect(results).toEqual(['ok', 'ok', 'ok', '429 first=true']);
  });
});
