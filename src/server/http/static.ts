// The built app from STATIC_DIR. Navigations to app routes (/p/<id>, /karta, ...) get index.html,
// which the router reads; files under /assets carry a content hash and are cached for a year, while
// index.html, the service worker and the manifest are revalidated so an update reaches everyone.
import { join } from 'node:path';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AppEnv } from './env';

const REVALIDATE = /(^|\/)(sw\.js|registerSW\.js|manifest\.webmanifest)$/;

function cacheControl(path: string, contentType: string | null): string | undefined {
  // index.html, also when it answers a deep link.
  if (REVALIDATE.test(path) || contentType?.startsWith('text/html')) return 'no-cache';
  if (path.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  return undefined;
}

function isNavigation(accept: string | undefined, mode: string | undefined): boolean {
  return mode === 'navigate' || (accept?.includes('text/html') ?? false);
}

export function serveApp(app: Hono<AppEnv>, staticDir: string): void {
  app.use('*', async (c, next) => {
    await next();
    if (c.res.status !== 200 || c.req.path.startsWith('/api/')) return;
    const cache = cacheControl(c.req.path, c.res.headers.get('Content-Type'));
    if (cache) c.res.headers.set('Cache-Control', cache);
  });
  app.use('*', serveStatic({ root: staticDir }));
  const index = serveStatic({ path: join(staticDir, 'index.html') });
  app.get('*', async (c, next) => {
    const path = c.req.path;
    const reserved = path === '/api' || path.startsWith('/api/') || path === '/healthz';
    // A missing script or image is a 404, not the app shell (which would hide the fault).
    const lastSegment = path.slice(path.lastIndexOf('/') + 1);
    if (reserved || lastSegment.includes('.') || path.startsWith('/assets/')) return next();
    if (!isNavigation(c.req.header('Accept'), c.req.header('Sec-Fetch-Mode'))) return next();
    return index(c, next);
  });
}
