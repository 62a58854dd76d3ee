// The library's routes under /api (mounted by app.ts). Session and sign-in routes live in auth/.
import { Hono } from 'hono';
import type { AppEnv, Db } from '../http/env';
import { accessRoutes } from './access';
import { bodyCap } from './body';
import { libraryRoutes } from './library';
import { processRoutes } from './processes';
import { registerRoutes } from './register';
import { revisionRoutes } from './revisions';

const PATHS = [
  '/library',
  '/users',
  '/audit',
  '/register',
  '/register/*',
  '/processes',
  '/processes/*',
];

export function apiRoutes(db: Db): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  // Only on these paths: app.route() hands middleware to the parent app, where a '*' here would
  // also answer /api/session and /api/auth/* for someone not signed in.
  for (const path of PATHS) {
    // Everything here needs a signed-in person; nothing about the library is public.
    api.use(path, async (c, next) => {
      if (!c.get('user')) return c.json({ error: 'signedOut' }, 401);
      return next();
    });
    api.use(path, bodyCap);
  }
  api.route('/', libraryRoutes(db));
  api.route('/', processRoutes(db));
  api.route('/', accessRoutes(db));
  api.route('/', revisionRoutes(db));
  api.route('/', registerRoutes(db));
  return api;
}
