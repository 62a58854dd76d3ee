// Server-side sessions. The cookie holds 32 random bytes; the table holds only their SHA-256, so a
// copy of the database holds no usable session.
import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv, Db, SessionUser } from '../http/env';
import { toSessionUser } from './users';

export const SESSION_COOKIE = 'fv_session';
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(db: Db, userId: string, ttlHours: number) {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  const expiresAt = new Date(now.getTime() + ttlHours * 3_600_000);
  await purgeExpiredSessions(db, now);
  await db
    .insertInto('sessions')
    .values({
      id_hash: hashToken(token),
      user_id: userId,
      created_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
      data_json: '{}',
    })
    .execute();
  return { token, expiresAt };
}

export async function findSessionUser(db: Db, token: string): Promise<SessionUser | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.name', 'users.roles_json', 'users.groups_json'])
    .where('sessions.id_hash', '=', hashToken(token))
    .where('sessions.expires_at', '>', new Date().toISOString())
    .executeTakeFirst();
  return row ? toSessionUser(row) : null;
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', hashToken(token)).execute();
}

export async function purgeExpiredSessions(db: Db, now = new Date()): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now.toISOString()).execute();
}

export interface CookiePolicy {
  secure: boolean;
  ttlHours: number;
}

export function setSessionCookie(c: Context<AppEnv>, token: string, policy: CookiePolicy) {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: policy.secure,
    maxAge: policy.ttlHours * 3600,
  });
}

export function clearSessionCookie(c: Context<AppEnv>, policy: CookiePolicy) {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: policy.secure, httpOnly: true });
}

export function sessionToken(c: Context<AppEnv>): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}

/** Sets c.var.user for every request it wraps (null when signed out or expired). */
export function sessionMiddleware(db: Db) {
  return async (c: Context<AppEnv>, next: () => Promise<void>) => {
    const token = sessionToken(c);
    c.set('user', token ? await findSessionUser(db, token) : null);
    await next();
  };
}

/** Starts a session for the user and writes the audit row for the sign-in. */
export async function signIn(
  c: Context<AppEnv>,
  db: Db,
  userId: string,
  policy: CookiePolicy,
  how: string,
) {
  const { token } = await createSession(db, userId, policy.ttlHours);
  setSessionCookie(c, token, policy);
  await db
    .insertInto('audit')
    .values({
      at: new Date().toISOString(),
      user_id: userId,
      process_id: null,
      action: 'auth.login',
      detail_json: JSON.stringify({ how }),
    })
    .execute();
}
