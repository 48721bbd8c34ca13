import { createParamDecorator, UnsupportedMediaTypeException, type ExecutionContext } from '@nestjs/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { IMPORT_MAX_BYTES } from '@kenshu/domain';

/** `text/csv` bodies arrive as raw bytes (the import checks they are UTF-8), up to the import's limit. */
export function installCsvParser(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(
    ['text/csv', 'application/csv'],
    { parseAs: 'buffer', bodyLimit: IMPORT_MAX_BYTES },
    (_request, body, done) => done(null, body),
  );
}

/** The raw CSV body; anything not sent as `text/csv` is 415. */
export const CsvBody = createParamDecorator((_: unknown, ctx: ExecutionContext): Buffer => {
  const body = ctx.switchToHttp().getRequest<FastifyRequest>().body;
  if (!Buffer.isBuffer(body)) throw new UnsupportedMediaTypeException('Send the file as text/csv');
  return body;
});
