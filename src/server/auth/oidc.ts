// Organisation mode's sign-in: authorization code with PKCE (S256), state and nonce, as a
// confidential client. No token reaches the browser: the server reads the ID token's claims once,
// keeps the person in the users table and answers with its own session cookie.
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import * as client from 'openid-client';
import type { Logger } from 'pino';
import type { OidcSettings } from '../config';
import type { AppEnv, Db } from '../http/env';
import { signIn, type CookiePolicy } from './sessions';
import { appRoles, upsertUser } from './users';

export interface Oidc {
  settings: OidcSettings;
  configuration: client.Configuration;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const PENDING_TTL_MS = 10 * 60_000;
/** Unfinished sign-ins kept at most: a flood of /login calls cannot grow memory without bound. */
const MAX_PENDING = 10_000;
/**
 * The state again, in a cookie of the browser that started the sign-in: a callback URL someone
 * else obtained (their own sign-in) cannot sign this browser in as them.
 */
const LOGIN_COOKIE = 'fv_login';

export async function discoverOidc(settings: OidcSettings): Promise<Oidc> {
  const issuer = new URL(settings.issuer);
  // Plain http only for a mock provider on this machine (the tests'); a real one is https.
  const insecure = issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname);
  const configuration = await client.discovery(
    issuer,
    settings.clientId,
    settings.clientSecret,
    undefined,
    insecure ? { execute: [client.allowInsecureRequests] } : undefined,
  );
  return { settings, configuration };
}

/** A path on this server: one leading slash, no scheme, no backslash, no control characters. */
export function safeReturnTo(value: string | undefined): string | null {
  if (value === undefined || value === '') return '/';
  // eslint-disable-next-line no-control-regex
  if (value.length > 2000 || !/^\/(?![/\\])/.test(value) || /[\\\u0000-\u001f]/.test(value))
    return null;
  return value;
}

interface Pending {
  verifier: string;
  nonce: string;
  returnTo: string;
  expiresAt: number;
}

function claimStrings(value: unknown): unknown[] {
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
}

export function personFromClaims(claims: Record<string, unknown>, oidc: Oidc) {
  const text = (key: string) => {
    const v = claims[key];
    return typeof v === 'string' && v.trim() ? v.trim() : undefined;
  };
  const subject = text('oid') ?? text('sub');
  if (!subject) return null;
  const roles = appRoles(claimStrings(claims[oidc.settings.roleClaim]));
  const groups = claimStrings(claims[oidc.settings.groupsClaim])
    .filter((g): g is string => typeof g === 'string' && g.length > 0 && g.length <= 200)
    .slice(0, 1000);
  return {
    issuer: oidc.settings.issuer,
    subject,
    name: (text('name') ?? text('preferred_username') ?? subject).slice(0, 200),
    email: text('email') ?? null,
    roles: roles.length > 0 ? roles : (['reader'] as const).slice(),
    groups,
  };
}

export function oidcRoutes(deps: {
  db: Db;
  oidc: Oidc;
  origin: string;
  policy: CookiePolicy;
  log: Logger;
  now?: () => number;
}): Hono<AppEnv> {
  const { db, oidc, origin, policy, log } = deps;
  const now = deps.now ?? Date.now;
  const pending = new Map<string, Pending>();
  const redirectUri = `${origin}/api/auth/callback`;
  const routes = new Hono<AppEnv>();

  const prune = () => {
    const t = now();
    for (const [state, p] of pending) if (p.expiresAt <= t) pending.delete(state);
    while (pending.size >= MAX_PENDING) pending.delete(pending.keys().next().value as string);
  };

  routes.get('/login', async (c) => {
    const returnTo = safeReturnTo(c.req.query('returnTo'));
    if (returnTo === null) return c.json({ error: 'returnTo' }, 400);
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    prune();
    pending.set(state, { verifier, nonce, returnTo, expiresAt: now() + PENDING_TTL_MS });
    const params: Record<string, string> = {
      redirect_uri: redirectUri,
      scope: 'openid profile email',
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    };
    setCookie(c, LOGIN_COOKIE, state, {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/api/auth',
      secure: policy.secure,
      maxAge: PENDING_TTL_MS / 1000,
    });
    const hint = c.req.query('login_hint');
    if (hint && hint.length <= 256) params.login_hint = hint;
    return c.redirect(client.buildAuthorizationUrl(oidc.configuration, params).href, 302);
  });

  routes.get('/callback', async (c) => {
    const query = new URL(c.req.url).search;
    const state = c.req.query('state');
    const login = state ? pending.get(state) : undefined;
    const sameBrowser = state !== undefined && getCookie(c, LOGIN_COOKIE) === state;
    if (!state || !login || login.expiresAt <= now() || !sameBrowser)
      return c.json({ error: 'state' }, 400);
    pending.delete(state);
    deleteCookie(c, LOGIN_COOKIE, { path: '/api/auth', secure: policy.secure, httpOnly: true });
    let claims: Record<string, unknown> | undefined;
    try {
      const tokens = await client.authorizationCodeGrant(
        oidc.configuration,
        new URL(`${redirectUri}${query}`),
        {
          pkceCodeVerifier: login.verifier,
          expectedState: state,
          expectedNonce: login.nonce,
          idTokenExpected: true,
        },
      );
      claims = tokens.claims();
    } catch (error) {
      log.warn({ err: error }, 'oidc callback refused');
      return c.json({ error: 'signIn' }, 400);
    }
    const person = claims ? personFromClaims(claims, oidc) : null;
    if (!person) return c.json({ error: 'signIn' }, 400);
    const row = await upsertUser(db, person);
    await signIn(c, db, row.id, policy, 'oidc');
    return c.redirect(login.returnTo, 302);
  });

  return routes;
}
