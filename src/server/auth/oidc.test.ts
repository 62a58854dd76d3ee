import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCookie, startTestServer } from '../http/serverApp.test-helper';
import { mockOid, startMockIdp, type MockIdp } from '../test-idp/mockIdp';
import { safeReturnTo } from './oidc';

const ORIGIN = 'https://processer.kommun.se';
let idp: MockIdp;
let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  idp = await startMockIdp({
    anna: { name: 'Anna Ägare', roles: ['editor', 'Task.Read'], groups: ['g-socialtjanst'] },
    admin: { name: 'Ada Admin', roles: ['admin', 'editor'] },
    nobody: { name: 'Nils Utan', roles: [] },
  });
  server = await startTestServer({
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: idp.clientId,
    OIDC_CLIENT_SECRET: idp.clientSecret,
    ORIGIN,
  });
});
afterAll(async () => {
  await server?.stop();
  await idp?.stop();
});

/** Follows the redirects by hand: our login → the IdP's authorize → our callback. */
async function signInAs(hint: string, returnTo = '/p/abc?view=karta') {
  const login = await server.app.request(
    `${ORIGIN}/api/auth/login?returnTo=${encodeURIComponent(returnTo)}&login_hint=${hint}`,
  );
  expect(login.status).toBe(302);
  const authorize = new URL(login.headers.get('Location')!);
  const atIdp = await fetch(authorize, { redirect: 'manual' });
  expect(atIdp.status).toBe(302);
  const callback = new URL(atIdp.headers.get('Location')!);
  expect(callback.origin + callback.pathname).toBe(`${ORIGIN}/api/auth/callback`);
  const loginCookie = /fv_login=([^;]*)/.exec(login.headers.get('Set-Cookie') ?? '')?.[1];
  const cookie = `fv_login=${loginCookie}`;
  const done = await server.app.request(callback.href, { headers: { Cookie: cookie } });
  return { authorize, callback, cookie, done };
}

async function sessionOf(token: string) {
  const res = await server.app.request(`${ORIGIN}/api/session`, {
    headers: { Cookie: `fv_session=${token}` },
  });
  return (await res.json()) as {
    mode: string;
    user: { id: string; name: string; roles: string[]; groups: string[] } | null;
  };
}

describe('OIDC sign-in (authorization code + PKCE against a mock Entra)', () => {
  it('asks the provider with S256 PKCE, state, nonce and the login hint', async () => {
    const login = await server.app.request(`${ORIGIN}/api/auth/login?login_hint=anna`);
    const url = new URL(login.headers.get('Location')!);
    expect(url.origin).toBe(new URL(idp.issuer).origin);
    const p = url.searchParams;
    expect(p.get('response_type')).toBe('code');
    expect(p.get('client_id')).toBe(idp.clientId);
    expect(p.get('redirect_uri')).toBe(`${ORIGIN}/api/auth/callback`);
    expect(p.get('code_challenge_method')).toBe('S256');
    expect(p.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // 32 random bytes each (base64url), fresh for every sign-in.
    expect(p.get('state')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(p.get('nonce')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const again = await server.app.request(`${ORIGIN}/api/auth/login?login_hint=anna`);
    const next = new URL(again.headers.get('Location')!).searchParams;
    expect(next.get('state')).not.toBe(p.get('state'));
    expect(next.get('nonce')).not.toBe(p.get('nonce'));
    expect(p.get('login_hint')).toBe('anna');
    expect(p.get('scope')).toContain('openid');
  });

  it('signs Anna in: Secure httpOnly Lax cookie, 302 to returnTo, user keyed by oid with roles and groups', async () => {
    const { done } = await signInAs('anna');
    expect(done.status).toBe(302);
    expect(done.headers.get('Location')).toBe('/p/abc?view=karta');
    const setCookie = done.headers.get('Set-Cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Secure/i);
    const who = await sessionOf(sessionCookie(done)!);
    expect(who.mode).toBe('oidc');
    // Unknown role values are dropped; the groups claim comes through.
    expect(who.user).toMatchObject({
      name: 'Anna Ägare',
      roles: ['editor'],
      groups: ['g-socialtjanst'],
    });
    const row = await server.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', who.user!.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ issuer: idp.issuer, subject: mockOid('anna') });

    // Signing in again is the same person.
    const again = await signInAs('anna', '/');
    expect((await sessionOf(sessionCookie(again.done)!)).user!.id).toBe(who.user!.id);
  });

  it("gives the login hint's person: admin for Ada, reader for someone with no app role", async () => {
    const ada = await sessionOf(sessionCookie((await signInAs('admin')).done)!);
    expect(ada.user).toMatchObject({ name: 'Ada Admin', roles: ['admin', 'editor'] });
    const nils = await sessionOf(sessionCookie((await signInAs('nobody')).done)!);
    expect(nils.user).toMatchObject({ name: 'Nils Utan', roles: ['reader'], groups: [] });
  });

  it('refuses a callback with an unknown or reused state (400, no cookie)', async () => {
    const { callback, cookie } = await signInAs('anna');
    const replay = await server.app.request(callback.href, { headers: { Cookie: cookie } });
    expect(replay.status).toBe(400);
    expect(await replay.json()).toEqual({ error: 'state' });
    expect(sessionCookie(replay)).toBeUndefined();
    const forged = new URL(callback);
    forged.searchParams.set('state', 'made-up');
    expect((await server.app.request(forged.href)).status).toBe(400);
  });

  it('refuses a callback in a browser that did not start that sign-in (login CSRF)', async () => {
    const login = await server.app.request(`${ORIGIN}/api/auth/login?login_hint=anna`);
    const atIdp = await fetch(login.headers.get('Location')!, { redirect: 'manual' });
    const callback = atIdp.headers.get('Location')!;
    // The victim's browser has no fv_login cookie, or one from its own sign-in.
    const bare = await server.app.request(callback);
    expect(bare.status).toBe(400);
    const other = await server.app.request(callback, { headers: { Cookie: 'fv_login=other' } });
    expect(other.status).toBe(400);
    expect(sessionCookie(bare) ?? sessionCookie(other)).toBeUndefined();
  });

  it('refuses a callback whose code the provider does not honour', async () => {
    const login = await server.app.request(`${ORIGIN}/api/auth/login?login_hint=anna`);
    const state = new URL(login.headers.get('Location')!).searchParams.get('state')!;
    const res = await server.app.request(
      `${ORIGIN}/api/auth/callback?code=not-a-code&state=${state}`,
      { headers: { Cookie: `fv_login=${state}` } },
    );
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'signIn' });
    expect(sessionCookie(res)).toBeUndefined();
  });

  it('refuses a returnTo that leaves the server', async () => {
    for (const bad of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'p/abc']) {
      const res = await server.app.request(
        `${ORIGIN}/api/auth/login?returnTo=${encodeURIComponent(bad)}`,
      );
      expect(res.status, bad).toBe(400);
    }
    expect(safeReturnTo(undefined)).toBe('/');
    expect(safeReturnTo('/bibliotek?q=a')).toBe('/bibliotek?q=a');
  });

  it('has no local sign-in in organisation mode', async () => {
    const res = await server.app.request(`${ORIGIN}/api/auth/local`, {
      method: 'POST',
      headers: { Origin: ORIGIN, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Mallory' }),
    });
    expect(res.status).toBe(404);
  });
});
