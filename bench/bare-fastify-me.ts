// The baseline of the authenticated-request benchmark: bare Fastify and a mysql2 pool answering
// GET /api/v1/me as the API does, and nothing else — the same HS256 check (jsonwebtoken, which
// passport-jwt uses, with the key derived from APP_SECRET as in apps/api/src/auth/access-tokens.ts), the
// same one query with the same parameters (UsersRepository.principal), the same JSON. run.ts checks the
// two answers are equal before it measures. The shared pieces are in bare-common.ts.
import Fastify from 'fastify';
import { barePool, principalOf } from './bare-common.js';

const [port, databaseUrl, poolSize] = process.argv.slice(2);
const pool = barePool(databaseUrl!, poolSize!);

const app = Fastify({ logger: false });
app.get('/api/v1/me', async (request, reply) => {
  const r = await principalOf(pool, request, reply);
  if (!r) return reply;
  return {
    id: r.id,
    email: r.email,
    displayName: r.display_name,
    roles: r.roles ? r.roles.split(',') : [],
    locale: r.locale,
    languageFallbacks: r.language_fallbacks ? (r.language_fallbacks as string).split(',') : [],
    timeZone: r.time_zone,
    organisation: r.org_id
      ? { id: r.org_id, kind: r.org_kind, name: r.org_name, country: r.org_country, city: r.org_city }
      : null,
    position: r.position,
    gender: r.gender,
    status: r.status,
    createdAt: r.created_at,
  };
});
await app.listen({ port: Number(port), host: '127.0.0.1' });
console.log(`bare fastify listening on ${port}`);
process.on('SIGTERM', () => void Promise.all([app.close(), pool.end()]).then(() => process.exit(0)));
