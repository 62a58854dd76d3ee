// State-changing API calls must come from the app's own origin. SameSite=Lax already keeps the
// cookie off cross-site POSTs; the Origin check also covers same-site neighbours and old browsers.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env';

const CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** `origin`: the configured ORIGIN, or undefined to accept the request's own origin (local mode). */
export function csrfCheck(origin: string | undefined): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!CHANGING.has(c.req.method)) return next();
    const expected = origin ?? new URL(c.req.url).origin;
    if (c.req.header('Origin') !== expected) return c.json({ error: 'csrf' }, 403);
    return next();
  };
}
