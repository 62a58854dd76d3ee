import type { Context } from 'hono';
import type { AppEnv, SessionUser } from '../http/env';

/** The signed-in person; apiRoutes answers 401 before any route runs without one. */
export function caller(c: Context<AppEnv>): SessionUser {
  const user = c.get('user');
  if (!user) throw new Error('api route reached without a session');
  return user;
}

export const notFound = (c: Context<AppEnv>) => c.json({ error: 'notFound' }, 404);
export const forbidden = (c: Context<AppEnv>) => c.json({ error: 'forbidden' }, 403);
export const invalid = (c: Context<AppEnv>) => c.json({ error: 'invalid' }, 400);
