// Security headers and the CSP on every response. The policy is the app's own (app/pwa/csp.ts, the
// same one the build stamps into index.html as a meta tag); the header adds only the WebSocket
// origin for /collab, because older Safari does not let 'self' match ws:/wss: (collaboration.md §10).
import type { MiddlewareHandler } from 'hono';
// eslint-disable-next-line no-restricted-imports -- one policy for app and server: csp.ts imports nothing
import { cspDirectives, parseCsp, securityHeaders } from '../../app/pwa/csp';
import type { AppEnv } from './env';

/** For tests comparing policies. */
export { parseCsp };

/** ws://host or wss://host for an http(s) origin. */
export function socketOrigin(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`;
}

export function cspHeaderFor(origin: string): string {
  return cspDirectives
    .map((directive) =>
      directive[0] === 'connect-src' ? [...directive, socketOrigin(origin)] : directive,
    )
    .map((d) => d.join(' '))
    .join('; ');
}

/** `origin`: the public origin, or undefined to take it from each request (local mode). */
export function securityHeadersMiddleware(origin: string | undefined): MiddlewareHandler<AppEnv> {
  const fixed = origin === undefined ? undefined : cspHeaderFor(origin);
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(securityHeaders)) c.header(name, value);
    c.header('Content-Security-Policy', fixed ?? cspHeaderFor(new URL(c.req.url).origin));
    if (origin?.startsWith('https:'))
      c.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  };
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Local mode answers only requests addressed to a loopback name: a web page whose own name
 * resolves to 127.0.0.1 (DNS rebinding) would otherwise pass the same-origin checks.
 */
export function loopbackHostOnly(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const host = new URL(c.req.url).hostname;
    if (!LOOPBACK_HOSTS.has(host)) return c.json({ error: 'host' }, 421);
    return next();
  };
}
