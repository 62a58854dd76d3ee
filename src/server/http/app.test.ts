import { afterEach, describe, expect, it } from 'vitest';
import { parseCsp } from './security';
import { INDEX_HTML, startTestServer } from './serverApp.test-helper';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const BASE = 'http://127.0.0.1:8080';
const html = { Accept: 'text/html,application/xhtml+xml' };

describe('the server app', () => {
  it('answers /healthz with the database, and 503 once the database is gone', async () => {
    server = await startTestServer();
    const up = await server.app.request(`${BASE}/healthz`);
    expect(up.status).toBe(200);
    expect(await up.json()).toEqual({ ok: true, database: 'sqlite' });
    await server.closeDatabase();
    const down = await server.app.request(`${BASE}/healthz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ ok: false });
  });

  it('serves index.html with the CSP header (connect-src adds the WebSocket origin) and no-cache', async () => {
    server = await startTestServer();
    const res = await server.app.request(`${BASE}/`, { headers: html });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(INDEX_HTML);
    expect(res.headers.get('Cache-Control')).toBe('no-cache');
    const csp = parseCsp(res.headers.get('Content-Security-Policy') ?? '');
    expect(csp.get('connect-src')).toEqual(["'self'", 'ws://127.0.0.1:8080']);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('uses wss:// from ORIGIN in organisation-style settings', async () => {
    server = await startTestServer({ ORIGIN: 'https://processer.kommun.se' });
    const res = await server.app.request('https://processer.kommun.se/healthz');
    const csp = parseCsp(res.headers.get('Content-Security-Policy') ?? '');
    expect(csp.get('connect-src')).toEqual(["'self'", 'wss://processer.kommun.se']);
  });

  it('falls back to index.html for app navigations, not for /api, /healthz or missing files', async () => {
    server = await startTestServer();
    const deep = await server.app.request(`${BASE}/p/3f2a/karta`, { headers: html });
    expect(deep.status).toBe(200);
    expect(await deep.text()).toBe(INDEX_HTML);
    expect(deep.headers.get('Content-Security-Policy')).toContain("default-src 'none'");

    const api = await server.app.request(`${BASE}/api/nothing-here`, { headers: html });
    expect(api.headers.get('Content-Type')).toContain('application/json');
    const missingAsset = await server.app.request(`${BASE}/assets/gone-123.js`, { headers: html });
    expect(missingAsset.status).toBe(404);
    const notNavigation = await server.app.request(`${BASE}/p/3f2a`, {
      headers: { Accept: 'application/json' },
    });
    expect(notNavigation.status).toBe(404);
  });

  it('caches hashed assets for long and revalidates the service worker and manifest', async () => {
    server = await startTestServer();
    const asset = await server.app.request(`${BASE}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('Cache-Control')).toContain('immutable');
    for (const path of ['/sw.js', '/manifest.webmanifest', '/index.html']) {
      const res = await server.app.request(`${BASE}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('Cache-Control'), path).toBe('no-cache');
    }
  });

  it('answers a failure with 500 {error:"internal"} and no stack trace', async () => {
    server = await startTestServer();
    await server.closeDatabase();
    // The session lookup now throws inside the server.
    const res = await server.app.request(`${BASE}/api/session`, {
      headers: { Cookie: `fv_session=${'a'.repeat(43)}` },
    });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ error: 'internal' });
    expect(text).not.toMatch(/at .*\(|\.ts:|Error:/);
    // Even an error answer carries the policy.
    expect(res.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
  });

  it('answers only loopback host names in local mode (DNS rebinding)', async () => {
    server = await startTestServer();
    const res = await server.app.request('http://rebind.example.test:8080/api/session');
    expect(res.status).toBe(421);
    const ok = await server.app.request('http://localhost:8080/api/session');
    expect(ok.status).toBe(200);
  });
});

describe('CSRF', () => {
  const post = (origin: string | undefined, url = `${BASE}/api/auth/local`) =>
    server!.app.request(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(origin === undefined ? {} : { Origin: origin }),
      },
      body: JSON.stringify({ name: 'Anna' }),
    });

  it('refuses a changing request with a wrong or missing Origin', async () => {
    server = await startTestServer();
    for (const origin of [undefined, 'https://evil.example', 'http://127.0.0.1:9999', 'null']) {
      const res = await post(origin);
      expect(res.status, String(origin)).toBe(403);
      expect(await res.json()).toEqual({ error: 'csrf' });
    }
    const users = await server.db.selectFrom('users').selectAll().execute();
    expect(users).toHaveLength(0);
  });

  it("accepts the request's own origin in local mode", async () => {
    server = await startTestServer();
    expect((await post(BASE)).status).toBe(200);
    expect(
      (await post('http://localhost:8080', 'http://localhost:8080/api/auth/local')).status,
    ).toBe(200);
  });

  it('compares with ORIGIN when it is set', async () => {
    server = await startTestServer({ ORIGIN: 'https://processer.kommun.se' });
    const url = 'https://processer.kommun.se/api/auth/logout';
    expect((await post('https://processer.kommun.se', url)).status).toBe(204);
    expect((await post('https://other.kommun.se', url)).status).toBe(403);
  });

  it('lets reads through without an Origin', async () => {
    server = await startTestServer();
    expect((await server.app.request(`${BASE}/api/session`)).status).toBe(200);
  });
});
