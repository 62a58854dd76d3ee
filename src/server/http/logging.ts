// One log line per request (method, path without the query, status, time). The query is left out:
// the OIDC callback carries the authorization code and state there.
import type { MiddlewareHandler } from 'hono';
import pino, { type Logger } from 'pino';
import type { AppEnv } from './env';

export function createLogger(quiet: boolean): Logger {
  return pino({ level: quiet ? 'silent' : (process.env.LOG_LEVEL ?? 'info') });
}

export function requestLog(log: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const start = performance.now();
    await next();
    log.info({
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - start),
    });
  };
}
