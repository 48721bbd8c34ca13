import { UnsupportedMediaTypeException } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';

/** Routes that take a raw file body, streamed by the handler itself (never buffered by a parser). */
export const UPLOAD_ROUTE = /\/materials\/:id\/uploads$|\/report-stages\/:id\/files$/;

/**
 * Any content type reaches an upload route as an unread stream (`request.raw`): the type is sniffed from
 * the bytes, not taken from the header, and the size limit is enforced while writing to storage. Every
 * other route keeps Fastify's answer to a type it has no parser for: 415.
 */
export function installUploadParser(fastify: FastifyInstance): void {
  fastify.addContentTypeParser('*', (request, _payload, done) => {
    if (UPLOAD_ROUTE.test(request.routeOptions.url ?? '')) done(null);
    else
      done(
        new UnsupportedMediaTypeException(
          `Content-Type ${request.headers['content-type'] ?? '(none)'} is not accepted here`,
        ),
        undefined,
      );
  });
}
