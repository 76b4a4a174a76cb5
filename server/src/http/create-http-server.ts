import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import Fastify, { LogController } from 'fastify';
import { alertsRoutes } from '../alerts/alerts.routes';
import { adminRoutes } from '../auth/admin.routes';
import { authRoutes, clientInfo } from '../auth/auth.routes';
import { ingestRoutes } from '../ingest/ingest.routes';
import type { Logger } from '../logger';
import { appRouter, type AppRouter } from '../trpc/app.router';
import type { Services } from '../trpc/context.types';
import { createContextInner } from '../trpc/context';

export interface HttpServerOptions {
  services: Services;
  logger: Logger;
  /** Folder of the built Angular app; the API alone is served when it does not exist. */
  clientDist: string;
  /** Uploaded files wait here while they load. */
  uploadDir: string;
  uploadLimitBytes: number;
}

/** JSON bodies above this are refused before parsing (uploads get their own limit later). */
const BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * One port for everything: the tRPC API under /trpc and the Angular app (with SPA fallback to
 * index.html) elsewhere, with security headers on every response.
 */
export async function createHttpServer(options: HttpServerOptions) {
  const app = Fastify({
    loggerInstance: options.logger,
    bodyLimit: BODY_LIMIT_BYTES,
    logController: new LogController({ disableRequestLogging: true }),
  });

  // Whatever escapes a route (set before any plugin, which inherits it): a bilingual message and its status, never the error's text or stack.
  app.setErrorHandler((error, request, reply) => {
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status === 413) return reply.code(413).send({ messageZh: '请求体过大', messageEn: 'Request body too large' });
    if (status >= 400 && status < 500) return reply.code(status).send({ messageZh: '请求无法处理', messageEn: 'The request cannot be processed' });
    options.logger.error({ err: error, url: request.url, requestId: request.id }, 'request failed');
    return reply.code(500).send({ messageZh: '服务器内部错误，请稍后重试', messageEn: 'Internal server error, please try again later' });
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Angular and ng-zorro set inline styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    frameguard: { action: 'deny' },
    hsts: false,
  });

  // Sessions, CSRF and /api/auth/*: before every other route, whose access checks read request.auth.
  await app.register(authRoutes, { auth: options.services.auth });

  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      createContext: ({ req }) =>
        createContextInner({ services: options.services, user: req.auth?.user ?? null, client: clientInfo(req), requestId: String(req.id) }),
      onError: ({ error, path: procedure, ctx }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR') {
          options.logger.error({ err: error.cause ?? error, procedure, requestId: ctx?.requestId }, 'procedure failed');
        }
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  await app.register(ingestRoutes, {
    ingest: options.services.ingest,
    logger: options.logger,
    uploadDir: options.uploadDir,
    uploadLimitBytes: options.uploadLimitBytes,
    audit: (entry) => options.services.access.audit(entry),
    atCommitteeLevel: (user) => options.services.access.atCommitteeLevel(user),
  });

  await app.register(adminRoutes, { admin: options.services.admin, access: options.services.access });
  await app.register(alertsRoutes, { alerts: options.services.alerts, access: options.services.access });

  app.get('/healthz', () => ({ status: 'ok' }));


  if (existsSync(path.join(options.clientDist, 'index.html'))) {
    await app.register(fastifyStatic, { root: options.clientDist, wildcard: false, index: 'index.html' });
    app.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && !request.url.startsWith('/trpc') && !request.url.startsWith('/api/') && !path.extname(request.url.split('?')[0]!)) {
        return reply.type('text/html').sendFile('index.html');
      }
      return reply.code(404).send({ messageZh: '未找到', messageEn: 'Not found' });
    });
  } else {
    options.logger.warn({ clientDist: options.clientDist }, 'client build not found: serving the API only');
  }
  return app;
}
