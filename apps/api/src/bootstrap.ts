import { randomUUID } from 'node:crypto';
import helmet from '@fastify/helmet';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '@kenshu/config';
import { AppModule } from './app.module.js';
import { requestValidationPipe } from './common/request-validation.js';

export const API_PREFIX = 'api/v1';
const REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

/** The Fastify adapter: request ids taken from `x-request-id` when sane, else a new UUID. */
export function createAdapter(): FastifyAdapter {
  return new FastifyAdapter({
    trustProxy: true,
    bodyLimit: 1024 * 1024,
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  });
}

/** Prefix, validation, security headers, CORS and request ids: everything but listening. */
export async function configureApi(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health/live', 'health/ready'] });
  app.useGlobalPipes(requestValidationPipe());
  app.enableCors({
    origin: config.http.corsOrigins,
    credentials: true,
    exposedHeaders: ['x-request-id', 'retry-after', 'content-disposition'],
  });
  await app.register(helmet, {
    // The docs page needs its inline script and styles; the API itself serves JSON only.
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
      },
    },
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply) => {
      reply.header('x-request-id', request.id);
    });
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
}

export function openApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Kenshu API')
    .setDescription(
      'Learning management for international training programmes. Errors are RFC 9457 problem+json. ' +
        'Instants are ISO 8601 in UTC, each with the IANA zone it belongs to.',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  return SwaggerModule.createDocument(app, config);
}

export async function createApi(
  config: AppConfig,
  options: { preview?: boolean } = {},
): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), createAdapter(), {
    bufferLogs: true,
    preview: options.preview,
    abortOnError: false,
  });
  if (!options.preview) app.useLogger(app.get(Logger));
  await configureApi(app, config);
  SwaggerModule.setup('docs', app, () => openApiDocument(app), { jsonDocumentUrl: 'docs-json' });
  return app;
}
