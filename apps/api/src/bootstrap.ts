import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { pino, type Logger as PinoInstance } from 'pino';
import type { AppConfig } from '@kenshu/config';
import { API_LOG, AppModule } from './app.module.js';
import {
  LIVENESS_PATH,
  installHttpPipeline,
  installLivenessProbe,
  requestId,
} from './common/http-pipeline.js';
import { requestValidationPipe } from './common/request-validation.js';
import { installCompression } from './common/compression.js';
import { installUploadParser } from './common/files.js';
import { installWebApp } from './common/web-app.js';
import { installCsvParser } from './users/csv-body.js';

export const API_PREFIX = 'api/v1';

/** The Fastify adapter; request logging is ours (installHttpPipeline), not Fastify's. */
export function createAdapter(config: AppConfig): FastifyAdapter {
  const hops = config.http.trustProxyHops;
  return new FastifyAdapter({
    // Trust X-Forwarded-For only as far as the configured proxies: the nth hop back is the client.
    trustProxy: hops > 0 ? (_address: string, hop: number) => hop < hops : false,
    bodyLimit: 1024 * 1024,
    // Signed download links carry their token in the path (about 130 characters).
    maxParamLength: 256,
    genReqId: requestId,
    logger: false,
  });
}

/**
 * Prefix, validation, CORS, compression, security headers, request ids and the access log: everything but
 * listening.
 */
export async function configureApi(
  app: NestFastifyApplication,
  config: AppConfig,
  log?: PinoInstance,
): Promise<void> {
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health/ready'] });
  app.useGlobalPipes(requestValidationPipe());
  // Same-origin needs no CORS: the web app is served by this process (and proxied by Vite's dev server).
  if (config.http.corsOrigins.length > 0) {
    app.enableCors({
      origin: config.http.corsOrigins,
      credentials: true,
      exposedHeaders: ['x-request-id', 'retry-after', 'content-disposition'],
    });
  }
  // First: the plugin compresses the answers of the routes added after it.
  await installCompression(app);
  const fastify = app.getHttpAdapter().getInstance();
  installHttpPipeline(fastify, log ?? pino({ level: 'silent' }));
  installLivenessProbe(fastify);
  installCsvParser(fastify);
  installUploadParser(fastify);
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
  const document = SwaggerModule.createDocument(app, config);
  document.paths[LIVENESS_PATH] = {
    get: {
      operationId: 'liveness',
      summary: 'The process answers (nothing else is checked)',
      tags: ['health'],
      responses: {
        '200': {
          description: 'Alive',
          content: { 'application/json': { schema: { type: 'object', example: { status: 'ok' } } } },
        },
      },
    },
  };
  return document;
}

export async function createApi(
  config: AppConfig,
  options: { preview?: boolean } = {},
): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config),
    createAdapter(config),
    {
      bufferLogs: true,
      preview: options.preview,
      abortOnError: false,
    },
  );
  if (!options.preview) app.useLogger(app.get(Logger));
  await configureApi(app, config, options.preview ? undefined : app.get(API_LOG));
  if (!options.preview && !(await installWebApp(app, config.http.webDir)))
    app.get(API_LOG).info(`no web app in ${config.http.webDir} (npm run web:build makes one)`);
  SwaggerModule.setup('docs', app, () => openApiDocument(app), { jsonDocumentUrl: 'docs-json' });
  return app;
}
