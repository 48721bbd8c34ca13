import { DataSource } from 'typeorm';
import {
  COLLATION,
  MIGRATIONS,
  dataSourceOptions,
  detectServerKind,
  recreateDatabase,
} from '@kenshu/database';
import { testConfig, testDatabaseUrl } from '@kenshu/testing';
import { ENTITIES } from './entities.js';

/** A database of this test's own, so that reverting every migration harms nobody. */
const url = testDatabaseUrl().replace(/_test(\?|$)/, '_test_migrations$1');

const tables = async (ds: DataSource) =>
  (
    (await ds.query(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()`,
    )) as {
      name: string;
    }[]
  )
    .map((r) => r.name)
    .sort();

const isMariaDb = async (ds: DataSource) =>
  /mariadb/i.test(((await ds.query('SELECT VERSION() AS v')) as { v: string }[])[0].v);

describe('the schema: migrations against the entities', () => {
  let ds: DataSource;

  beforeAll(async () => {
    await recreateDatabase(url);
    const config = testConfig({ DATABASE_URL: url });
    ds = new DataSource(dataSourceOptions(config, ENTITIES, await detectServerKind(url)));
    await ds.initialize();
  });

  afterAll(async () => {
    await ds?.destroy();
  });

  it('build the schema the entities describe, with nothing left to generate', async () => {
    const applied = await ds.runMigrations({ transaction: 'each' });
    expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => new m().name));
    const { upQueries } = await ds.driver.createSchemaBuilder().log();
    // When this fails: an entity changed without a migration (npm run migration:generate -- <name>).
    expect(upQueries.map((q) => q.query)).toEqual([]);
  });

  it('store instants as DATETIME(3) in UTC, whatever the session time zone', async () => {
    const [column] = await ds.query(
      `SELECT column_type AS type FROM information_schema.columns
        WHERE table_schema = DATABASE() AND table_name = 'outbox' AND column_name = 'available_at'`,
    );
    expect(column.type).toBe('datetime(3)');
    const runner = ds.createQueryRunner();
    try {
      await runner.query(`SET time_zone = '+09:00'`);
      const at = new Date('2026-03-29T00:59:59.123Z');
      await runner.query(
        `INSERT INTO outbox (queue, job_name, payload, available_at) VALUES ('system', 'record-probe', '{}', ?)`,
        [at],
      );
      const [row] = await runner.query(
        `SELECT available_at AS at, DATE_FORMAT(available_at, '%Y-%m-%d %H:%i:%s.%f') AS raw
           FROM outbox ORDER BY id DESC LIMIT 1`,
      );
      expect(row.at).toEqual(at);
      expect(row.raw).toBe('2026-03-29 00:59:59.123000');
    } finally {
      await runner.release();
    }
  });

  it('use one collation everywhere, so emails are unique whatever their case', async () => {
    const rows: { collation: string }[] = await ds.query(
      `SELECT table_collation AS collation FROM information_schema.tables WHERE table_schema = DATABASE()`,
    );
    expect(new Set(rows.map((r) => r.collation))).toEqual(new Set([COLLATION]));
    const insert = (id: string, email: string) =>
      ds.query(`INSERT INTO user (id, email, display_name) VALUES (?, ?, 'x')`, [id, email]);
    await insert('00000000-0000-4000-8000-00000000aaaa', 'Someone@Kenshu.example');
    await expect(
      insert('00000000-0000-4000-8000-00000000bbbb', 'someone@kenshu.EXAMPLE'),
    ).rejects.toMatchObject({
      code: 'ER_DUP_ENTRY',
    });
  });

  it('run every transaction at READ COMMITTED, on every pooled connection', async () => {
    const levels = await Promise.all(
      Array.from({ length: 8 }, () =>
        ds.transaction(async (em) => {
          const [row] = await em.query(
            `SELECT @@SESSION.${(await isMariaDb(ds)) ? 'tx_isolation' : 'transaction_isolation'} AS level`,
          );
          await new Promise((r) => setTimeout(r, 20)); // hold the connection so the eight use different ones
          return row.level as string;
        }),
      ),
    );
    expect(new Set(levels)).toEqual(new Set(['READ-COMMITTED']));
  });

  it('revert one by one down to nothing, and apply again', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    expect(await tables(ds)).toEqual(['migrations']);
    await ds.runMigrations({ transaction: 'each' });
    expect(await tables(ds)).toEqual(
      [...new Set(ds.entityMetadatas.map((m) => m.tableName)), 'migrations'].sort(),
    );
  });
});
