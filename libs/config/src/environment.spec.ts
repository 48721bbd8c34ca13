import { readFileSync } from 'node:fs';
import { AppConfig } from './app-config.js';
import { ConfigValidationError, EnvironmentVariables, validateEnvironment } from './environment.js';

describe('validateEnvironment', () => {
  it('gives working local defaults for an empty environment', () => {
    const config = new AppConfig(validateEnvironment({}));
    expect(config.http.port).toBe(3000);
    expect(config.http.publicUrl).toBe('http://localhost:3000');
    expect(new AppConfig(validateEnvironment({ PORT: '3100' })).http.publicUrl).toBe('http://localhost:3100');
    expect(new AppConfig(validateEnvironment({ PUBLIC_URL: 'https://kenshu.example/' })).http.publicUrl).toBe(
      'https://kenshu.example',
    );
    expect(config.database.url).toBe('mysql://root@127.0.0.1:3306/kenshu');
    expect(config.mail.smtpUrl).toBeUndefined();
    expect(config.http.corsOrigins).toEqual([]);
  });

  it('converts numbers and keeps the values it was given', () => {
    const v = validateEnvironment({
      PORT: '8080',
      SMTP_URL: 'smtp://127.0.0.1:2525',
      OUTBOX_BATCH_SIZE: '50',
    });
    expect(v.PORT).toBe(8080);
    expect(v.OUTBOX_BATCH_SIZE).toBe(50);
    expect(v.SMTP_URL).toBe('smtp://127.0.0.1:2525');
  });

  it('names the variable and the reason for a bad value', () => {
    expect(() => validateEnvironment({ PORT: 'eighty' })).toThrow(/PORT: must be an integer/);
    expect(() => validateEnvironment({ DATABASE_URL: 'postgres://x/y' })).toThrow(
      /DATABASE_URL: must look like mysql:\/\//,
    );
  });

  it('reports every bad variable at once', () => {
    try {
      validateEnvironment({ PORT: '70000', REDIS_URL: 'localhost', LOG_LEVEL: 'loud' });
      throw new Error('expected a ConfigValidationError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigValidationError);
      expect((error as ConfigValidationError).problems.map((p) => p.variable).sort()).toEqual([
        'LOG_LEVEL',
        'PORT',
        'REDIS_URL',
      ]);
    }
  });

  it('refuses the development secret in production', () => {
    expect(() => validateEnvironment({ NODE_ENV: 'production' })).toThrow(
      /APP_SECRET: must be set to a secret of your own/,
    );
    expect(validateEnvironment({ NODE_ENV: 'production', APP_SECRET: 'x'.repeat(40) }).APP_SECRET).toBe(
      'x'.repeat(40),
    );
  });

  it('is documented variable by variable in .env.example', () => {
    const documented = [...readFileSync('.env.example', 'utf8').matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map(
      (m) => m[1],
    );
    const known = [...Object.keys(new EnvironmentVariables()), 'SMTP_URL'];
    expect(new Set(documented)).toEqual(new Set(known));
  });
});
