// A mock identity provider for tests (oauth2-mock-server on 127.0.0.1) that signs people in the
// way Microsoft Entra ID does: a stable `oid`, `name`, app roles in `roles`, `groups`. Who signs in
// is chosen by `login_hint`: the server passes it to the authorize URL, the mock remembers
// code → hint at the authorize redirect and picks that person's claims when the code is redeemed.
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { OAuth2Server, type MutableRedirectUri, type MutableToken } from 'oauth2-mock-server';

export interface MockPerson {
  name: string;
  roles: string[];
  groups?: string[];
}

export interface MockIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  stop(): Promise<void>;
}

/** The same hint gives the same oid in every run, as Entra keeps a person's object id. */
export function mockOid(hint: string): string {
  const h = createHash('sha256').update(`mock-oid:${hint}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export async function startMockIdp(users: Record<string, MockPerson>): Promise<MockIdp> {
  const server = new OAuth2Server();
  await server.issuer.keys.generate('RS256');
  const hintByCode = new Map<string, string>();

  server.service.on(
    'beforeAuthorizeRedirect',
    (redirect: MutableRedirectUri, req: IncomingMessage) => {
      const code = redirect.url.searchParams.get('code');
      const hint = new URL(req.url ?? '/', 'http://mock').searchParams.get('login_hint');
      if (code && hint) hintByCode.set(code, hint);
    },
  );

  // Called for the access token and again for the ID token of one token request.
  server.service.on(
    'beforeTokenSigning',
    (token: MutableToken, req: IncomingMessage & { body?: { code?: unknown } }) => {
      const code = typeof req.body?.code === 'string' ? req.body.code : undefined;
      const hint = code ? hintByCode.get(code) : undefined;
      const person = hint ? users[hint] : undefined;
      if (!hint || !person) return;
      Object.assign(token.payload, {
        oid: mockOid(hint),
        sub: `sub-${mockOid(hint)}`,
        tid: '00000000-0000-4000-a000-000000000000',
        name: person.name,
        preferred_username: `${hint}@example.test`,
        roles: person.roles,
        groups: person.groups ?? [],
      });
    },
  );
  server.service.on(
    'beforeResponse',
    (_response: unknown, req: IncomingMessage & { body?: { code?: unknown } }) => {
      if (typeof req.body?.code === 'string') hintByCode.delete(req.body.code);
    },
  );

  await server.start(0, '127.0.0.1');
  // The mock names itself http://localhost:<port>, which may resolve to ::1 where nothing listens.
  const issuer = `http://127.0.0.1:${server.address().port}`;
  server.issuer.url = issuer;
  return {
    issuer,
    clientId: 'flodesverkstan-test',
    clientSecret: 'mock-secret-not-checked',
    stop: () => server.stop(),
  };
}
