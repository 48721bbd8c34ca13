import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { testConfig } from '@kenshu/testing';
import { createDataSource } from '../data-source.js';
import { SessionsService } from './sessions.service.js';

/** Sessions and refresh tokens on the real database. */
describe('SessionsService', () => {
  let ds: DataSource;
  const sessions = new SessionsService(testConfig());
  let userId: string;

  beforeAll(async () => {
    ds = await createDataSource(testConfig());
    await ds.initialize();
    [{ id: userId }] = (await ds.query('SELECT id FROM user ORDER BY created_at LIMIT 1')) as {
      id: string;
    }[];
  });

  afterAll(async () => {
    await ds.destroy();
  });

  const DAY = 86_400_000;

  async function sessionWith(createdDaysAgo: number, tokenExpiresInDays: number[], revoked = false) {
    const id = randomUUID();
    const now = Date.now();
    await ds.query('INSERT INTO auth_session (id, user_id, created_at, revoked_at) VALUES (?, ?, ?, ?)', [
      id,
      userId,
      new Date(now - createdDaysAgo * DAY),
      revoked ? new Date(now - DAY) : null,
    ]);
    for (const days of tokenExpiresInDays)
      await ds.query(
        'INSERT INTO refresh_token (id, session_id, token_hash, expires_at) VALUES (?, ?, ?, ?)',
        [randomUUID(), id, randomUUID().replace(/-/g, '').padEnd(64, '0'), new Date(now + days * DAY)],
      );
    return id;
  }

  const left = async (id: string) => {
    const [row] = await ds.query(
      'SELECT (SELECT COUNT(*) FROM auth_session WHERE id = ?) AS sessions, (SELECT COUNT(*) FROM refresh_token WHERE session_id = ?) AS tokens',
      [id, id],
    );
    return { sessions: Number(row.sessions), tokens: Number(row.tokens) };
  };

  it('purges tokens a day past expiry and the sessions they leave empty, in batches, and keeps live ones', async () => {
    const dead = await sessionWith(40, [-10, -5, -2]);
    const revokedOld = await sessionWith(40, [-3], true);
    const live = await sessionWith(40, [-10, 20]);
    const justExpired = await sessionWith(40, [-0.5]);
    const fresh = await sessionWith(0, []);

    const purged = await sessions.purgeExpired(ds.manager, new Date(), 2);
    // At least these (the test database is shared with other files, which leave nothing expired today).
    expect(purged.tokens).toBeGreaterThanOrEqual(5);
    expect(purged.sessions).toBeGreaterThanOrEqual(2);
    expect(await left(dead)).toEqual({ sessions: 0, tokens: 0 });
    expect(await left(revokedOld)).toEqual({ sessions: 0, tokens: 0 });
    expect(await left(live)).toEqual({ sessions: 1, tokens: 1 });
    expect(await left(justExpired)).toEqual({ sessions: 1, tokens: 1 }); // within the day of grace
    expect(await left(fresh)).toEqual({ sessions: 1, tokens: 0 }); // just made, its token not yet written

    expect(await sessions.purgeExpired(ds.manager)).toEqual({ tokens: 0, sessions: 0 });
  });
});
