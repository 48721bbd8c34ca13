import mysql2, { type Pool, type PoolOptions } from 'mysql2';
import { createConnection } from 'mysql2/promise';
import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import type { AppConfig } from '@kenshu/config';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';
import { MIGRATIONS } from './migrations/index.js';

/** One collation on MySQL 8 and MariaDB 10.11 alike (their defaults differ). */
export const COLLATION = 'utf8mb4_unicode_ci';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Entities = MixedList<Function | string | EntitySchema>;

export type ServerKind = 'mysql' | 'mariadb';

/**
 * Which server answers at `url`: TypeORM reads MariaDB's catalogue right only as `mariadb` (as `mysql` it
 * sees every nullable column's default as the string 'NULL' and every FK as changed). The schema avoids
 * the types where the two differ (no `uuid`, no `json` columns), so one set of migrations serves both.
 */
export async function detectServerKind(url: string): Promise<ServerKind> {
  if (url.startsWith('mariadb:')) return 'mariadb';
  const connection = await createConnection({ uri: url, connectTimeout: 5000 });
  try {
    const [rows] = await connection.query('SELECT VERSION() AS version');
    return /mariadb/i.test((rows as { version: string }[])[0].version) ? 'mariadb' : 'mysql';
  } finally {
    await connection.end();
  }
}

/**
 * Every transaction runs at READ COMMITTED (InnoDB's default REPEATABLE READ takes gap locks that make
 * `SKIP LOCKED` queues and concurrent writers deadlock more). Set once per pooled connection, when the
 * pool opens it, rather than before every transaction: that would cost a round trip each time.
 */
const mysqlDriver = {
  ...mysql2,
  createPool(options: PoolOptions): Pool {
    const pool = mysql2.createPool(options);
    pool.on('connection', (connection) => {
      connection.query('SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED');
    });
    return pool;
  },
};

/** The connection every process uses. Never `synchronize`: the schema is the migrations'. */
export function dataSourceOptions(
  config: Pick<AppConfig, 'database'>,
  entities: Entities,
  server: ServerKind = 'mysql',
): DataSourceOptions {
  return {
    type: server,
    url: config.database.url.replace(/^mariadb:/, 'mysql:'),
    entities,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    timezone: 'Z',
    charset: COLLATION,
    dateStrings: false,
    supportBigNumbers: true,
    bigNumberStrings: true, // BIGINT ids and COUNT(*) arrive as strings: exact whatever their size
    poolSize: config.database.poolSize,
    driver: mysqlDriver,
    // `trace: false`: mysql2 otherwise captures a stack trace on every query (7% of the worker's CPU).
    extra: { connectionLimit: config.database.poolSize, enableKeepAlive: true, trace: false },
    // A failed query reaches its caller as an error, which the API's filter or the job's failure logs.
    logging: false,
  };
}

/** Drops and creates the database of `url`, empty, in Kenshu's collation (tests and benchmarks only). */
export async function recreateDatabase(url: string): Promise<void> {
  const { serverUrl, database } = splitDatabaseUrl(url.replace(/^mariadb:/, 'mysql:'));
  const server = await createConnection({ uri: serverUrl });
  try {
    await server.query(`DROP DATABASE IF EXISTS \`${database}\``);
    await server.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE ${COLLATION}`);
  } finally {
    await server.end();
  }
}

/** `mysql://user:pass@host:port/db` → the same URL without the database, and the database's name. */
export function splitDatabaseUrl(url: string): { serverUrl: string; database: string } {
  const u = new URL(url);
  const database = decodeURIComponent(u.pathname.replace(/^\//, ''));
  u.pathname = '/';
  return { serverUrl: u.toString(), database };
}
