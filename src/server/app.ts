// The whole HTTP surface of one server process, composed in the order requests meet it:
// log, headers, (local mode) loopback-only, /healthz, /api (CSRF, session, auth, library), the app.
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Logger } from 'pino';
import { apiRoutes } from './api/index';
import { authRoutes } from './auth/routes';
import type { Oidc } from './auth/oidc';
import { sessionMiddleware } from './auth/sessions';
import type { Collab } from './collab/collab';
import type { ServerConfig } from './config';
import { ping, type Dialect } from './db/database';
import { csrfCheck } from './http/csrf';
import type { AppEnv, Db } from './http/env';
import { createLogger, requestLog } from './http/logging';
import { loopbackHostOnly, securityHeadersMiddleware } from './http/security';
import { serveApp } from './http/static';

export interface ServerAppDeps {
  db: Db;
  dialect: Dialect;
  config: ServerConfig;
  /** Required in organisation mode: discovery is asynchronous, so main.ts does it first. */
  oidc?: Oidc;
  log?: Logger;
  /** Co-editing (collab/): /api/session says so, and rights and HTTP saves reach live documents. */
  collab?: Collab;
}

const ERROR_CODES: Record<number, string> = {
  400: 'invalid',
  401: 'signedOut',
  403: 'forbidden',
  404: 'notFound',
  413: 'tooLarge',
};

export function createServerApp(deps: ServerAppDeps): Hono<AppEnv> {
  const { db, dialect, config, oidc } = deps;
  if (config.mode === 'oidc' && !oidc) throw new Error('createServerApp: OIDC mode needs oidc');
  const log = deps.log ?? createLogger(config.test);
  const origin = config.fixedOrigin ? config.origin : undefined;
  const app = new Hono<AppEnv>();

  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status < 500)
      return c.json({ error: ERROR_CODES[error.status] ?? 'invalid' }, error.status);
    log.error({ err: error, method: c.req.method, path: c.req.path }, 'request failed');
    return c.json({ error: 'internal' }, 500);
  });

  app.use('*', requestLog(log));
  app.use('*', securityHeadersMiddleware(origin));
  if (config.mode === 'local' && !config.fixedOrigin) app.use('*', loopbackHostOnly());
  app.use('*', async (c, next) => {
    c.set('user', null);
    await next();
  });

  app.get('/healthz', async (c) => {
    c.header('Cache-Control', 'no-store');
    let up = false;
    try {
      up = await ping(db);
    } catch (error) {
      log.warn({ err: error }, 'healthz: database ping failed');
    }
    return c.json({ ok: up, database: dialect }, up ? 200 : 503);
  });

  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  app.use('/api/*', csrfCheck(origin));
  app.use('/api/*', sessionMiddleware(db));
  const { collab } = deps;
  if (collab) {
    // Signing out ends that person's co-editing sockets too (collab/).
    app.use('/api/auth/logout', async (c, next) => {
      const user = c.get('user');
      await next();
      if (user && c.res.status === 204) collab.signedOut(user.id);
    });
  }
  app.route('/api', authRoutes({ db, config, oidc, log, collab: collab !== undefined }));
  app.route('/api', apiRoutes(db, collab, log));
  app.all('/api/*', (c) => c.json({ error: 'notFound' }, 404));
  app.all('/api', (c) => c.json({ error: 'notFound' }, 404));

  serveApp(app, config.staticDir);
  app.notFound((c) => c.text('Not found', 404));
  return app;
}
