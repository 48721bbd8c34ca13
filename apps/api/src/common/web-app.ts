import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** The API's own paths, and the built assets: a miss there is a 404 problem, never the web app's page. */
const API_PATH = /^\/(api|docs|health|assets)(\/|-json|\?|$)/;

/** Vite names every built asset by its content: it never changes under its name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The web app at `/`, from the same origin as the API: its built files (precompressed .br/.gz sent to
 * browsers that accept them), hashed assets cached for a year, index.html revalidated each time, and
 * index.html for any other GET outside the API's own paths (the app routes in the browser).
 * Returns false, serving nothing, when `dir` holds no build.
 */
export async function installWebApp(app: NestFastifyApplication, dir: string): Promise<boolean> {
  const root = resolve(dir);
  if (!existsSync(join(root, 'index.html'))) return false;
  const assets = join(root, 'assets') + sep;
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    preCompressed: true,
    setHeaders: (reply, path) =>
      void reply.header('cache-control', path.startsWith(assets) ? IMMUTABLE : 'no-cache'),
  });
  app
    .getHttpAdapter()
    .getInstance()
    .get('/*', (request, reply) => {
      if (API_PATH.test(request.url)) return reply.callNotFound();
      return reply.sendFile('index.html');
    });
  return true;
}
