import type { EntityManager } from 'typeorm';

/** Rows per statement: far below any max_allowed_packet for rows of ids and short text. */
export const INSERT_CHUNK = 1000;

/**
 * `INSERT INTO … VALUES ?` of many rows, a thousand a statement, every statement queued at once on the
 * transaction's connection. mysql2 sends a connection's statements one after another in the order they
 * were queued, so the server inserts one chunk while this process formats the next, instead of each
 * waiting for the other. Statements queued by later calls run after these (rows that refer to these rows
 * may follow at once). `sql` ends with `VALUES ?`.
 */
export async function insertInChunks(em: EntityManager, sql: string, rows: unknown[][]): Promise<void> {
  const statements: Promise<unknown>[] = [];
  for (let i = 0; i < rows.length; i += INSERT_CHUNK)
    statements.push(em.query(sql, [rows.slice(i, i + INSERT_CHUNK)]));
  await Promise.all(statements);
}
