// /api/session and /api/auth/*: who is signed in, how to sign in in this mode, how to sign out.
import { Hono, type Context } from 'hono';
import type { Logger } from 'pino';
import type { ServerConfig } from '../config';
import { rateLimit } from '../http/rateLimit';
import type { AppEnv, Db } from '../http/env';
import { localSignInRoutes } from './local';
import { oidcRoutes, type Oidc } from './oidc';
import { clearSessionCookie, deleteSession, sessionToken, type CookiePolicy } from './sessions';

export function authRoutes(deps: {
  db: Db;
  config: ServerConfig;
  oidc?: Oidc;
  log: Logger;
  /** The server co-edits over /collab (collab/). */
  collab?: boolean;
}): Hono<AppEnv> {
  const { db, config, oidc, log } = deps;
  const policy: CookiePolicy = {
    secure: config.origin.startsWith('https:'),
    ttlHours: config.sessionTtlHours,
  };
  const routes = new Hono<AppEnv>();

  routes.get('/session', (c) =>
    c.json({
      server: 'flodesverkstan',
      mode: config.mode,
      user: c.get('user'),
      // Only when true: clients of a server without co-editing see the answer they always did.
      ...(deps.collab === true ? { collab: true } : {}),
    }),
  );

  const limited = rateLimit({
    limit: config.signInPerMinute,
    windowMs: 60_000,
    trustProxy: config.trustProxy,
  });
  for (const path of ['/auth/local', '/auth/login', '/auth/callback']) routes.use(path, limited);

  const notHere = (c: Context<AppEnv>) => c.json({ error: 'notFound' }, 404);
  if (config.mode === 'local') {
    routes.route('/auth', localSignInRoutes(db, policy));
    routes.all('/auth/login', notHere);
    routes.all('/auth/callback', notHere);
  } else if (oidc) {
    routes.route('/auth', oidcRoutes({ db, oidc, origin: config.origin, policy, log }));
    routes.all('/auth/local', notHere);
  }

  routes.post('/auth/logout', async (c) => {
    const token = sessionToken(c);
    if (token) await deleteSession(db, token);
    clearSessionCookie(c, policy);
    return c.body(null, 204);
  });

  return routes;
}
