// Local mode's sign-in: a display name, nothing more. The server listens on 127.0.0.1 only, so
// whoever reaches it sits at this computer; everyone here is admin and editor (server-api.md).
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv, Db } from '../http/env';
import { signIn, type CookiePolicy } from './sessions';
import { toSessionUser, upsertUser } from './users';

export const LOCAL_ISSUER = 'local';
const MAX_NAME = 80;
// Control characters have no place in a name shown in lanes and audit rows.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

export function localName(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const name = (body as { name?: unknown }).name;
  if (typeof name !== 'string') return null;
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > MAX_NAME || CONTROL.test(trimmed)) return null;
  return trimmed;
}

export function localSignInRoutes(db: Db, policy: CookiePolicy): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.post(
    '/local',
    bodyLimit({ maxSize: 4096, onError: (c) => c.json({ error: 'tooLarge' }, 413) }),
    async (c) => {
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        return c.json({ error: 'notJson' }, 400);
      }
      const name = localName(body);
      if (!name) return c.json({ error: 'invalid' }, 400);
      const row = await upsertUser(db, {
        issuer: LOCAL_ISSUER,
        subject: name,
        name,
        roles: ['admin', 'editor'],
        groups: [],
      });
      await signIn(c, db, row.id, policy, 'local');
      return c.json({ user: toSessionUser(row) });
    },
  );
  return routes;
}
