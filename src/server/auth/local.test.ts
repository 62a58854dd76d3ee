import { afterEach, describe, expect, it } from 'vitest';
import { sessionCookie, startTestServer } from '../http/serverApp.test-helper';
import { hashToken } from './sessions';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const BASE = 'http://127.0.0.1:8080';
const signIn = (body: unknown, extra: Record<string, string> = {}) =>
  server!.app.request(`${BASE}/api/auth/local`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: BASE, ...extra },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const session = (cookie?: string) =>
  server!.app.request(`${BASE}/api/session`, {
    headers: cookie ? { Cookie: `fv_session=${cookie}` } : {},
  });

describe('local sign-in', () => {
  it('signs a person in by name as admin and editor, with an httpOnly Lax cookie', async () => {
    server = await startTestServer();
    const res = await signIn({ name: '  Anna Andersson ' });
    expect(res.status).toBe(200);
    const { user } = (await res.json()) as { user: { id: string; name: string; roles: string[] } };
    expect(user).toMatchObject({ name: 'Anna Andersson', roles: ['admin', 'editor'], groups: [] });
    expect(user.id).toMatch(/^u-[0-9a-f-]{36}$/);

    const setCookie = res.headers.get('Set-Cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Secure/i);
    const token = sessionCookie(res)!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    // Only the hash is stored.
    const rows = await server.db.selectFrom('sessions').selectAll().execute();
    expect(rows.map((r) => r.id_hash)).toEqual([hashToken(token)]);
    expect(JSON.stringify(rows)).not.toContain(token);

    const who = await (await session(token)).json();
    expect(who).toEqual({ server: 'flodesverkstan', mode: 'local', user });
    expect(await (await session()).json()).toMatchObject({ mode: 'local', user: null });
  });

  it('keeps one user per name and writes an audit row per sign-in', async () => {
    server = await startTestServer();
    const a = (await (await signIn({ name: 'Bo' })).json()) as { user: { id: string } };
    const b = (await (await signIn({ name: 'Bo' })).json()) as { user: { id: string } };
    expect(a.user.id).toBe(b.user.id);
    const audit = await server.db.selectFrom('audit').selectAll().execute();
    expect(audit.map((r) => [r.action, r.user_id])).toEqual([
      ['auth.login', a.user.id],
      ['auth.login', a.user.id],
    ]);
  });

  it.each([
    ['empty', { name: '   ' }],
    ['too long', { name: 'x'.repeat(81) }],
    ['not a string', { name: 42 }],
    ['control characters', { name: 'Anna\u0000' }],
    ['an array', [{ name: 'Anna' }]],
  ])('refuses a name that is %s', async (_label, body) => {
    server = await startTestServer();
    const res = await signIn(body);
    expect(res.status).toBe(400);
    expect(await server.db.selectFrom('users').selectAll().execute()).toHaveLength(0);
  });

  it('refuses a body that is not JSON, or too large', async () => {
    server = await startTestServer();
    expect((await signIn('{name:')).status).toBe(400);
    expect((await signIn({ name: 'A', pad: 'x'.repeat(10_000) })).status).toBe(413);
  });

  it('logs out: 204, the session row is gone, the cookie is cleared and no longer works', async () => {
    server = await startTestServer();
    const token = sessionCookie(await signIn({ name: 'Rita' }))!;
    const res = await server.app.request(`${BASE}/api/auth/logout`, {
      method: 'POST',
      headers: { Origin: BASE, Cookie: `fv_session=${token}` },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('Set-Cookie')).toMatch(/fv_session=;.*Max-Age=0/);
    expect(await server.db.selectFrom('sessions').selectAll().execute()).toHaveLength(0);
    expect(await (await session(token)).json()).toMatchObject({ user: null });
  });

  it('treats an expired session as signed out and purges it at the next sign-in', async () => {
    server = await startTestServer();
    const token = sessionCookie(await signIn({ name: 'Cecilia' }))!;
    await server.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .execute();
    expect(await (await session(token)).json()).toMatchObject({ user: null });
    await signIn({ name: 'Dan' });
    const left = await server.db.selectFrom('sessions').select('id_hash').execute();
    expect(left.map((r) => r.id_hash)).not.toContain(hashToken(token));
    expect(left).toHaveLength(1);
  });

  it('limits sign-in attempts per client address with 429', async () => {
    server = await startTestServer({ SIGN_IN_PER_MINUTE: '5' });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await signIn({ name: `P${i}` })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    // Other routes are not limited.
    expect((await session()).status).toBe(200);
  });

  it('has no OIDC login in local mode', async () => {
    server = await startTestServer();
    expect((await server.app.request(`${BASE}/api/auth/login`)).status).toBe(404);
  });
});
