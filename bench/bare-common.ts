// What the bare baselines of the authenticated benchmarks share: a mysql2 pool set up as the API's, the
// access-token check the API's guard makes (HS256 with the key derived from APP_SECRET, handed to
// jsonwebtoken as a KeyObject: given bytes, jsonwebtoken 9 first tries them as a public key on every call,
// auth0/node-jsonwebtoken#966), and the one principal query of UsersRepository. APP_SECRET comes in the
// environment.
import { createHmac, createSecretKey } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import jwt from 'jsonwebtoken';
import { createPool, type Pool, type RowDataPacket } from 'mysql2/promise';

export function barePool(databaseUrl: string, poolSize: string): Pool {
  return createPool({
    uri: databaseUrl,
    connectionLimit: Number(poolSize),
    timezone: 'Z',
    charset: 'utf8mb4_unicode_ci',
    supportBigNumbers: true,
    bigNumberStrings: true,
    enableKeepAlive: true,
    trace: false,
  });
}

const key = createSecretKey(
  createHmac('sha256', process.env.APP_SECRET!).update('kenshu:access-token:v1').digest(),
);

/** The principal query of UsersRepository, as the API's guard runs it on every request. */
export const PRINCIPAL = `SELECT u.id, u.email, u.display_name, u.locale, u.language_fallbacks, u.time_zone, u.position, u.gender, u.status,
    u.created_at, o.id AS org_id, o.kind AS org_kind, o.name AS org_name, o.country AS org_country,
    o.city AS org_city,
    (SELECT GROUP_CONCAT(r.role ORDER BY r.role) FROM user_role r WHERE r.user_id = u.id) AS roles
    FROM auth_session s JOIN user u ON u.id = s.user_id
    LEFT JOIN organisation o ON o.id = u.organisation_id
    WHERE s.id = ? AND s.user_id = ? AND s.revoked_at IS NULL AND u.status = 'active'`;

export const problem = (status: number, code: string, title: string) => ({
  type: `urn:kenshu:problem:${code.toLowerCase()}`,
  title,
  status,
  code,
});

const unauthenticated = problem(401, 'AUTH.UNAUTHENTICATED', 'Unauthorized');

/** The caller's principal row, or null after answering 401 as the API does. */
export async function principalOf(
  pool: Pool,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<RowDataPacket | null> {
  const header = request.headers.authorization;
  let claims: jwt.JwtPayload | string;
  try {
    if (!header?.startsWith('Bearer ')) throw new Error('no bearer token');
    claims = jwt.verify(header.slice(7), key, { algorithms: ['HS256'] });
  } catch {
    await reply.code(401).type('application/problem+json').send(unauthenticated);
    return null;
  }
  const { sid, sub } = claims as { sid?: unknown; sub?: unknown };
  const [rows] =
    typeof sid === 'string' && typeof sub === 'string'
      ? await pool.query<RowDataPacket[]>(PRINCIPAL, [sid, sub])
      : [[] as RowDataPacket[]];
  if (!rows[0]) {
    await reply.code(401).type('application/problem+json').send(unauthenticated);
    return null;
  }
  return rows[0];
}
