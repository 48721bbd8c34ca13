// The baseline of the authenticated-request benchmark: bare Fastify and a mysql2 pool answering
// GET /api/v1/me as the API does, and nothing else — the same HS256 check (jsonwebtoken, which
// passport-jwt uses, with the key derived from APP_SECRET as in apps/api/src/auth/access-tokens.ts), the
// same one query with the same parameters (UsersRepository.principal), the same JSON. run.ts checks the
// two answers are equal before it measures. APP_SECRET comes in the environment.
//
// The key is handed to jsonwebtoken as a KeyObject, as a careful bare server would: given a Buffer or a
// string, jsonwebtoken 9 first tries to parse it as a public key on every call and fails (most of a
// verification's cost; auth0/node-jsonwebtoken#966, #1046).
import { createHmac, createSecretKey } from 'node:crypto';
import Fastify from 'fastify';
import jwt from 'jsonwebtoken';
import { createPool, type RowDataPacket } from 'mysql2/promise';

const [port, databaseUrl, poolSize] = process.argv.slice(2);
const key = createSecretKey(
  createHmac('sha256', process.env.APP_SECRET!).update('kenshu:access-token:v1').digest(),
);
const pool = createPool({
  uri: databaseUrl,
  connectionLimit: Number(poolSize),
  timezone: 'Z',
  charset: 'utf8mb4_unicode_ci',
  supportBigNumbers: true,
  bigNumberStrings: true,
  enableKeepAlive: true,
  trace: false,
});

const PRINCIPAL = `SELECT u.id, u.email, u.display_name, u.locale, u.time_zone, u.position, u.status,
    u.created_at, o.id AS org_id, o.kind AS org_kind, o.name AS org_name, o.country AS org_country,
    o.city AS org_city,
    (SELECT GROUP_CONCAT(r.role ORDER BY r.role) FROM user_role r WHERE r.user_id = u.id) AS roles
    FROM auth_session s JOIN user u ON u.id = s.user_id
    LEFT JOIN organisation o ON o.id = u.organisation_id
    WHERE s.id = ? AND s.user_id = ? AND s.revoked_at IS NULL AND u.status = 'active'`;

const unauthenticated = {
  type: 'urn:kenshu:problem:auth.unauthenticated',
  title: 'Unauthorized',
  status: 401,
  code: 'AUTH.UNAUTHENTICATED',
};

const app = Fastify({ logger: false });
app.get('/api/v1/me', async (request, reply) => {
  const header = request.headers.authorization;
  let claims: jwt.JwtPayload | string;
  try {
    if (!header?.startsWith('Bearer ')) throw new Error('no bearer token');
    claims = jwt.verify(header.slice(7), key, { algorithms: ['HS256'] });
  } catch {
    return reply.code(401).type('application/problem+json').send(unauthenticated);
  }
  const { sid, sub } = claims as { sid?: unknown; sub?: unknown };
  const [rows] =
    typeof sid === 'string' && typeof sub === 'string'
      ? await pool.query<RowDataPacket[]>(PRINCIPAL, [sid, sub])
      : [[]];
  const r = rows[0];
  if (!r) return reply.code(401).type('application/problem+json').send(unauthenticated);
  return {
    id: r.id,
    email: r.email,
    displayName: r.display_name,
    roles: r.roles ? r.roles.split(',') : [],
    locale: r.locale,
    timeZone: r.time_zone,
    organisation: r.org_id
      ? { id: r.org_id, kind: r.org_kind, name: r.org_name, country: r.org_country, city: r.org_city }
      : null,
    position: r.position,
    status: r.status,
    createdAt: r.created_at,
  };
});
await app.listen({ port: Number(port), host: '127.0.0.1' });
console.log(`bare fastify listening on ${port}`);
process.on('SIGTERM', () => void Promise.all([app.close(), pool.end()]).then(() => process.exit(0)));
