// The library's routes under /api (mounted by app.ts). Session and sign-in routes live in auth/.
import { Hono } from 'hono';
import type { AppEnv, Db } from '../http/env';

export function apiRoutes(db: Db): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  // Everything here needs a signed-in person; nothing about the library is public.
  api.use('*', async (c, next) => {
    if (!c.get('user')) return c.json({ error: 'signedOut' }, 401);
    return next();
  });
  void db;
  return api;
}
