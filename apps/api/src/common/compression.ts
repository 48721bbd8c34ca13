import fastifyCompress from '@fastify/compress';
import { RouteConfig, type NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * JSON (application/json, application/problem+json, any …+json such as the OpenAPI document), in addition
 * to the types mime-db marks compressible (CSV, iCalendar, SVG, HTML: text that shrinks), which the plugin
 * compresses anyway. Not the plugin's default list, which adds application/octet-stream. Never what is
 * compressed already (PDF, ZIP and the Office files, images, audio, video: not compressible in mime-db),
 * nor the web app's files sent precompressed (.br/.gz, with their Content-Encoding) by @fastify/static,
 * nor partial content (206: Content-Range counts the file's own bytes).
 */
export const COMPRESSIBLE_JSON = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

/** Below about a packet, compressing saves nothing worth the CPU (and the headers it adds). */
export const COMPRESSION_THRESHOLD = 1024;

/**
 * Compressed answers (JSON above all: what a trainee's phone loads), as the client's Accept-Encoding asks:
 * brotli (quality 4, the plugin's default: 11 costs far more CPU for little gain) or gzip, from 1 KB, with
 * `Vary: Accept-Encoding`. Request bodies are not decompressed, as before: no client sends them so, and
 * uploads are read raw from `request.raw`, which a decompressing hook would not reach. Registered before
 * any route, so that every route the API and the web app add gets the hook.
 */
export async function installCompression(app: NestFastifyApplication): Promise<void> {
  // Nest passes a route's @RouteConfig() as Fastify's `config`; the plugin (9.x) reads only the route's own
  // `compress` option. This hook, added before the plugin's, carries one to the other.
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRoute', (route) => {
      if ((route.config as { compress?: false } | undefined)?.compress === false) route.compress = false;
    });
  await app.register(fastifyCompress, {
    globalCompression: true,
    globalDecompression: false,
    encodings: ['br', 'gzip'],
    threshold: COMPRESSION_THRESHOLD,
    customTypes: (contentType: string) => COMPRESSIBLE_JSON.test(contentType),
  });
}

/**
 * A route whose answers go out exactly as they are: downloads, whose bytes, strong ETag and byte ranges
 * are the stored file's, never a re-encoding of it (a stored CSV export would otherwise be compressed).
 */
export const Uncompressed = () => RouteConfig({ compress: false });
