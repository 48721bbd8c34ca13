import { createConnection } from 'mysql2/promise';
import { COLLATION, splitDatabaseUrl } from '@kenshu/database';
import { createDataSource, seedDemo } from '@kenshu/domain';
import { testConfig, testDatabaseUrl } from './test-env.js';

/** Once per `jest` run: a fresh test database, migrated and seeded. */
export default async function globalSetup(): Promise<void> {
  const { serverUrl, database } = splitDatabaseUrl(testDatabaseUrl().replace(/^mariadb:/, 'mysql:'));
  const server = await createConnection({ uri: serverUrl });
  await server.query(`DROP DATABASE IF EXISTS \`${database}\``);
  await server.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE ${COLLATION}`);
  await server.end();
  const config = testConfig();
  const ds = await createDataSource(config);
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await seedDemo(ds, config.demo.password);
  await ds.destroy();
}
