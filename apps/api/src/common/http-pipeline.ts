import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';
import type { Logger as PinoInstance } from 'pino';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

/** A caller's `x-request-id` when it is sane (a proxy's trace id), else a new UUID. */
export function requestId(req: { headers: Record<string, string | string[] | undefined> }): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * Liveness and readiness probes are asked by load balancers and orchestrators every few seconds, never by
 * a browser: they get no browser security headers and no access-log line. (The bench measured the full
 * per-request work at several times the cost of the probe itself.)
 */
export const isProbe = (url: string) => url.startsWith('/health/');

/**
 * helmet's headers for Kenshu's policy, computed once: helmet writes them on a response object that only
 * records them. (@fastify/helmet builds a new helmet middleware on every request.) The CSP lets the
 * OpenAPI page at /docs run its inline script and styles, and the web app show images it fetched with
 * the sign-in token itself (the check-in QR code, as a blob: URL).
 */
export function securityHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: unknown) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  helmet({
    contentSecurityPolicy: {
      directives: {
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
      },
    },
  })({} as never, recorder as never, () => undefined);
  return headers;
}

/** A personal calendar feed's URL is its secret: the access log gets it without the token. */
const FEED_PATH = '/api/v1/calendar/';
export const loggedUrl = (url: string): string =>
  url.startsWith(FEED_PATH) ? url.replace(/^\/api\/v1\/calendar\/[^/?]*/, `${FEED_PATH}[token]`) : url;

export const LIVENESS_PATH = '/health/live';
const LIVE = JSON.stringify({ status: 'ok' });

/**
 * Liveness, "the process answers", as a route of the HTTP server itself rather than a Nest controller: it
 * depends on nothing a restart could mend, and on none of the application's guards and interceptors (so a
 * fault there cannot get a healthy process killed). Readiness, which checks MySQL and Redis, is the
 * Terminus controller. The OpenAPI document describes both (openApiDocument adds this one).
 */
export function installLivenessProbe(fastify: FastifyInstance): void {
  fastify.get(LIVENESS_PATH, (_request, reply) => {
    void reply.header('cache-control', 'no-store').type('application/json; charset=utf-8').send(LIVE);
  });
}

/**
 * The per-request work every response shares, as plain Fastify hooks (no Nest middleware, which costs a
 * matcher pass on every request): the request id echoed back, security headers, one access-log line
 * when the response is sent.
 */
export function installHttpPipeline(fastify: FastifyInstance, log: PinoInstance): void {
  const headers = securityHeaders();
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    if (!isProbe(request.url)) void reply.headers(headers);
    done();
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    if (!isProbe(request.url) && !request.url.startsWith('/docs')) {
      log.info(
        {
          reqId: request.id,
          req: { method: request.method, url: loggedUrl(request.url), remoteAddress: request.ip },
          res: { statusCode: reply.statusCode },
          responseTime: Math.round(reply.elapsedTime),
        },
        'request completed',
      );
    }
    done();
  });
}
