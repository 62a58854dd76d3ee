// A fixed-window limit per client address, in memory: enough for one server process, which is
// how the server runs (collaboration.md §9). Sign-in routes only.
import type { Context, MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { AppEnv } from './env';

/** Beyond this many tracked addresses the oldest windows are dropped, bounding memory. */
const MAX_CLIENTS = 50_000;

export function clientAddress(c: Context<AppEnv>, trustProxy: boolean): string {
  if (trustProxy) {
    // The proxy appends the address it saw: the last entry is the one nobody else could forge.
    const forwarded = c.req.header('X-Forwarded-For')?.split(',').pop()?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // app.request() in tests has no socket.
    return 'unknown';
  }
}

export function rateLimit(opts: {
  limit: number;
  windowMs: number;
  trustProxy: boolean;
  now?: () => number;
}): MiddlewareHandler<AppEnv> {
  const windows = new Map<string, { count: number; resetAt: number }>();
  const now = opts.now ?? Date.now;
  return async (c, next) => {
    const key = clientAddress(c, opts.trustProxy);
    const t = now();
    let entry = windows.get(key);
    if (!entry || entry.resetAt <= t) {
      windows.delete(key);
      if (windows.size >= MAX_CLIENTS) {
        for (const [k, w] of windows) if (w.resetAt <= t) windows.delete(k);
        if (windows.size >= MAX_CLIENTS) windows.delete(windows.keys().next().value as string);
      }
      entry = { count: 0, resetAt: t + opts.windowMs };
      windows.set(key, entry);
    }
    entry.count += 1;
    if (entry.count > opts.limit) {
      c.header('Retry-After', String(Math.ceil((entry.resetAt - t) / 1000)));
      return c.json({ error: 'tooManyRequests' }, 429);
    }
    return next();
  };
}
