import { DataSource } from 'typeorm';
import { testConfig } from '@kenshu/testing';
import { insertInChunks, INSERT_CHUNK } from './bulk-insert.js';
import { dataSourceOptions, detectServerKind } from './data-source-options.js';
import { TransactionService } from './transaction.service.js';

describe('insertInChunks on the real database', () => {
  let ds: DataSource;
  let tx: TransactionService;
  const table = `bulk_insert_spec_${process.pid}`;

  beforeAll(async () => {
    const config = testConfig();
    ds = new DataSource(dataSourceOptions(config, [], await detectServerKind(config.database.url)));
    await ds.initialize();
    tx = new TransactionService(ds);
    await ds.query(`CREATE TABLE ${table} (seq INT AUTO_INCREMENT PRIMARY KEY, value INT NOT NULL)`);
  });

  afterAll(async () => {
    await ds.query(`DROP TABLE IF EXISTS ${table}`);
    await ds.destroy();
  });

  it('writes every row, the statements of one call and of the calls after it in the order queued', async () => {
    const n = INSERT_CHUNK * 2 + 500;
    const rows = (from: number) => Array.from({ length: n }, (_, k) => [from + k]);
    await tx.run(async (em) => {
      await Promise.all([
        insertInChunks(em, `INSERT INTO ${table} (value) VALUES ?`, rows(0)),
        insertInChunks(em, `INSERT INTO ${table} (value) VALUES ?`, rows(n)),
      ]);
    });
    const values = ((await ds.query(`SELECT value FROM ${table} ORDER BY seq`)) as { value: number }[]).map(
      (r) => r.value,
    );
    expect(values).toEqual(Array.from({ length: 2 * n }, (_, k) => k));
  });

  it('writes nothing of a transaction that fails after it', async () => {
    await ds.query(`DELETE FROM ${table}`);
    await expect(
      tx.run(async (em) => {
        await insertInChunks(em, `INSERT INTO ${table} (value) VALUES ?`, [[1], [2]]);
        throw new Error('the next write failed');
      }),
    ).rejects.toThrow('the next write failed');
    expect(await ds.query(`SELECT COUNT(*) AS n FROM ${table}`)).toEqual([{ n: '0' }]);
  });
});
