// The baseline of the schedule benchmark: bare Fastify and a mysql2 pool answering GET /api/v1/me/schedule
// as the API does, and nothing else — the same HS256 check as bare-fastify-me.ts (the key derived from
// APP_SECRET), the same two queries with the same parameters (the principal of UsersRepository, then the
// one statement of ScheduleRepository.forReader), the same window and the same JSON, its times formatted
// with luxon as the API formats them. run.ts checks that the two answers are equal before it measures.
import Fastify from 'fastify';
import { DateTime, IANAZone } from 'luxon';
import type { RowDataPacket } from 'mysql2/promise';
import { barePool, principalOf, problem } from './bare-common.js';

const [port, databaseUrl, poolSize] = process.argv.slice(2);
const pool = barePool(databaseUrl!, poolSize!);

function scheduleSql(roles: string[]): string {
  const staffRoles = [
    ...(roles.includes('coordinator') || roles.includes('admin') ? ["'coordinator'"] : []),
    ...(roles.includes('instructor') || roles.includes('admin') ? ["'instructor'"] : []),
  ];
  const staff = staffRoles.length
    ? `SELECT programme_id, ${roles.includes('admin') ? '1' : `IF(role = 'coordinator', 1, 2)`} AS lvl
         FROM programme_staff WHERE user_id = ? AND role IN (${staffRoles.join(', ')})
       UNION ALL `
    : '';
  return `SELECT s.id, s.programme_id, p.code AS programme_code, p.title AS programme_title, p.host_time_zone,
       s.kind, s.title, s.status, s.starts_at, s.ends_at, s.time_zone,
       DATE_FORMAT(s.all_day_from, '%Y-%m-%d') AS all_day_from, DATE_FORMAT(s.all_day_to, '%Y-%m-%d') AS all_day_to,
       s.room, s.facility_id, s.meeting_url, s.dial_in, s.created_at, s.updated_at, m.lvl,
                 EXISTS (SELECT 1 FROM session_instructor si WHERE si.session_id = s.id AND si.user_id = ?) AS teaching
            FROM (SELECT programme_id, MIN(lvl) AS lvl FROM (
                    ${staff}SELECT programme_id, 3 AS lvl FROM enrolment WHERE user_id = ? AND status IN ('invited', 'active', 'completed', 'not_completed')
                  ) mine GROUP BY programme_id) m
            JOIN programme p ON p.id = m.programme_id
            JOIN session s ON s.programme_id = m.programme_id
           WHERE ((s.starts_at < ? AND s.ends_at > ?) OR (s.all_day_from <= ? AND s.all_day_to >= ?))`;
}

/** Luxon checks a zone by building an Intl.DateTimeFormat (about 0.1 ms): once per name. */
const valid = new Map<string, boolean>();
function usable(zone: string): string {
  let ok = valid.get(zone);
  if (ok === undefined) valid.set(zone, (ok = IANAZone.isValidZone(zone)));
  return ok ? zone : 'UTC';
}

const zoned = (ms: number, zone: string) => ({
  dateTime: DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true })!,
  zone,
});
function point(at: Date, local: string, hostZone: string) {
  const host = zoned(at.getTime(), hostZone);
  return { utc: at.toISOString(), local: local === hostZone ? host : zoned(at.getTime(), local), host };
}

const app = Fastify({ logger: false });
app.get<{ Querystring: { from?: string; to?: string } }>('/api/v1/me/schedule', async (request, reply) => {
  const user = await principalOf(pool, request, reply);
  if (!user) return reply;
  const roles: string[] = user.roles ? user.roles.split(',') : [];
  const zone = usable(user.time_zone as string);

  // The window: dates in the reader's zone, 120 days from a week ago unless given, 366 at most.
  const day = (iso: string) => DateTime.fromISO(iso, { zone }).startOf('day');
  const { from: qFrom, to: qTo } = request.query;
  let from: DateTime;
  let to: DateTime;
  if (qFrom && qTo) [from, to] = [day(qFrom), day(qTo)];
  else if (qFrom) [from, to] = [day(qFrom), day(qFrom).plus({ days: 119 })];
  else if (qTo) [from, to] = [day(qTo).minus({ days: 119 }), day(qTo)];
  else {
    from = DateTime.now().setZone(zone).startOf('day').minus({ days: 7 });
    to = from.plus({ days: 119 });
  }
  const days = to.diff(from, 'days').days;
  if (!from.isValid || !to.isValid || days < 0 || Math.round(days) + 1 > 366)
    return reply
      .code(422)
      .type('application/problem+json')
      .send(problem(422, 'COMMON.VALIDATION', 'Invalid'));
  const window = {
    from: from.toISODate()!,
    to: to.toISODate()!,
    start: from.toJSDate(),
    end: to.plus({ days: 1 }).startOf('day').toJSDate(),
  };

  const staff = roles.some((r) => ['coordinator', 'instructor', 'admin'].includes(r));
  const [rows] = await pool.query<RowDataPacket[]>(scheduleSql(roles), [
    user.id,
    ...(staff ? [user.id] : []),
    user.id,
    window.end,
    window.start,
    window.to,
    window.from,
  ]);
  const keyed = rows.map((r) => ({
    r,
    at: r.starts_at
      ? (r.starts_at as Date).getTime()
      : DateTime.fromISO(r.all_day_from, { zone }).startOf('day').toMillis(),
  }));
  keyed.sort((a, b) => a.at - b.at || (a.r.id < b.r.id ? -1 : a.r.id > b.r.id ? 1 : 0));
  return {
    timeZone: zone,
    from: window.from,
    to: window.to,
    items: keyed.map(({ r }) => {
      const timed = r.starts_at !== null && r.ends_at !== null;
      const links = r.status !== 'cancelled';
      const host = usable(r.host_time_zone as string);
      return {
        id: r.id,
        programme: { id: r.programme_id, code: r.programme_code, title: r.programme_title },
        kind: r.kind,
        title: r.title,
        status: r.status,
        access: (['manage', 'teach', 'attend'] as const)[Number(r.lvl) - 1] ?? 'attend',
        teaching: Number(r.teaching) === 1,
        location: { room: r.room, facilityId: r.facility_id },
        allDay: !timed,
        start: timed ? point(r.starts_at, zone, host) : null,
        end: timed ? point(r.ends_at, zone, host) : null,
        from: timed ? null : r.all_day_from,
        to: timed ? null : r.all_day_to,
        meetingUrl: links ? r.meeting_url : null,
        dialIn: links ? r.dial_in : null,
      };
    }),
  };
});
await app.listen({ port: Number(port), host: '127.0.0.1' });
console.log(`bare fastify listening on ${port}`);
process.on('SIGTERM', () => void Promise.all([app.close(), pool.end()]).then(() => process.exit(0)));
