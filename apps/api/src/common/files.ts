import type { Readable } from 'node:stream';
import { applyDecorators, UnsupportedMediaTypeException } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiResponse } from '@nestjs/swagger';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { RangeNotSatisfiable, type FileResponse, type RangeRequest } from '@kenshu/domain';
import { Uncompressed } from './compression.js';
import { ProblemDto } from './problem.js';

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

/**
 * Hands an upload route's raw body to `store` with its declared length. A refusal before the whole body
 * has arrived closes the connection rather than reading the rest.
 */
export async function receiveUpload<T>(
  req: FastifyRequest,
  reply: FastifyReply,
  store: (body: Readable, length: number | null) => Promise<T>,
): Promise<T> {
  const length = req.headers['content-length'] ? Number(req.headers['content-length']) : null;
  try {
    return await store(req.raw, Number.isFinite(length) ? length : null);
  } catch (error) {
    if (!req.raw.readableEnded) reply.header('connection', 'close');
    throw error;
  }
}

const header = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join(',') : v);

/** The conditional and range headers of a download request. */
export const rangeOf = (req: FastifyRequest): RangeRequest => ({
  range: header(req.headers.range),
  ifRange: header(req.headers['if-range']),
  ifNoneMatch: header(req.headers['if-none-match']),
});

/** Sends a file response as it is: status, headers and the stream (none for a 304). */
export async function sendFile(reply: FastifyReply, file: Promise<FileResponse>) {
  try {
    const { status, headers, body } = await file;
    return reply
      .status(status)
      .headers(headers)
      .send(body ?? undefined);
  } catch (error) {
    if (error instanceof RangeNotSatisfiable) reply.header('content-range', `bytes */${error.size}`);
    throw error;
  }
}

/** A download with Range and ETag: sent as stored (never compressed on the way), and its OpenAPI responses. */
export const FileResponses = () =>
  applyDecorators(
    Uncompressed(),
    ApiProduces('application/octet-stream'),
    ApiOkResponse({ description: 'The file', schema: { type: 'string', format: 'binary' } }),
    ApiResponse({ status: 206, description: 'The range asked for (Range: bytes=…)' }),
    ApiResponse({ status: 304, description: 'Unchanged (If-None-Match)' }),
    ApiResponse({ status: 416, type: ProblemDto, description: 'The range starts past the end' }),
    ApiNotFoundResponse({ type: ProblemDto }),
  );
