// A real server for the co-editing tests: the whole HTTP app plus /collab on a free 127.0.0.1 port
// (local mode), a database that can outlive it (restart tests), people signed in by a session
// row, and HocuspocusProvider clients in Node that send the session cookie and the Origin.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import pg from 'pg';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { Process, ProcessFile } from '../../domain/model/types';
import { project, validateProjection, writeDiff } from '../../document/yjs/mapping';
import { createServerApp } from '../app';
import { createSession } from '../auth/sessions';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import type { AppRole } from '../db/schema';
import { createLogger } from '../http/logging';
import { seedUser } from '../test/testApp';
import { createCollab } from './collab';
import type { CompactPolicy } from './epochs';
import { attachCollab } from './upgrade';
import { yMapping } from './yMapping';

export interface Person {
  id: string;
  cookie: string;
}

export async function startCollabServer(opts: {
  dataDir: string;
  databaseUrl?: string;
  debounce?: number;
  compact?: CompactPolicy;
}) {
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: opts.dataDir, STATIC_DIR: opts.dataDir });
  const database = await openDatabase({ dataDir: opts.dataDir, databaseUrl: opts.databaseUrl });
  const log = createLogger(true);
  // Short debounces keep the tests quick; the behaviour is the same as production's.
  const collab = createCollab({
    db: database.db,
    mapping: yMapping,
    log,
    debounce: opts.debounce ?? 50,
    maxDebounce: opts.debounce ?? 3000,
    compact: opts.compact,
  });
  const app = createServerApp({ ...database, config, log, collab });
  const server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () =>
      resolve(s as Server),
    );
  });
  const stopCollab = attachCollab(server, {
    db: database.db,
    collab,
    log,
    origin: undefined,
    loopbackOnly: true,
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  const clients: HocuspocusProvider[] = [];
  const sockets: HocuspocusProviderWebsocket[] = [];

  async function person(name: string, roles: AppRole[] = ['editor']): Promise<Person> {
    const user = await seedUser(database.db, name, roles);
    const { token } = await createSession(database.db, user.id, 1);
    return { id: user.id, cookie: `fv_session=${token}` };
  }

  async function api(who: Person, method: string, path: string, body?: unknown) {
    return fetch(origin + path, {
      method,
      headers: { Cookie: who.cookie, Origin: origin, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  /**
   * A socket on /collab carrying the person's cookie and the app's Origin, as their browser's
   * would (Node's WebSocket sends none); closed with the server.
   */
  function personSocket(who: Person, headers: Record<string, string> = {}) {
    const all = { Cookie: who.cookie, Origin: origin, ...headers };
    class CookieSocket extends WebSocket {
      constructor(url: string) {
        super(url, { headers: all });
      }
    }
    const socket = new HocuspocusProviderWebsocket({
      url: `ws://127.0.0.1:${port}/collab`,
      WebSocketPolyfill: CookieSocket,
    });
    sockets.push(socket);
    return socket;
  }

  /**
   * A co-editing client of process `id` (room `process:<id>`, or `room`); `denied` fills when the
   * server refuses it. `doc`: a doc of the client's own (one kept from before, say).
   */
  function client(
    who: Person,
    id: string,
    headers: Record<string, string> = {},
    opts: { room?: string; token?: string; doc?: Y.Doc } = {},
  ) {
    const doc = opts.doc ?? new Y.Doc();
    const state = { denied: null as string | null, synced: false, closes: 0 };
    const socket = personSocket(who, headers);
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: opts.room ?? `process:${id}`,
      document: doc,
      token: opts.token ?? null,
      onAuthenticationFailed: ({ reason }) => (state.denied = reason),
      onSynced: () => (state.synced = true),
      onClose: () => (state.closes += 1),
    });
    clients.push(provider);
    // A provider given its socket does not attach itself.
    provider.attach();
    return {
      doc,
      provider,
      state,
      /** The client's view, validated as the editor would. */
      view: () => validateProjection(project(doc)),
      /** A local edit, written as the editor's binding writes it. */
      edit(change: (p: Process) => Process) {
        const before = validateProjection(project(doc));
        if (before === null) throw new Error('edit: the client has no valid process yet');
        doc.transact(() => writeDiff(doc, before, change(before)), 'local');
      },
    };
  }

  return {
    origin,
    port,
    db: database.db,
    collab,
    person,
    api,
    client,
    socket: personSocket,
    async share(owner: Person, file: ProcessFile): Promise<string> {
      const res = await api(owner, 'POST', '/api/processes', file);
      if (res.status !== 201) throw new Error(`share: ${res.status}`);
      return ((await res.json()) as { id: string }).id;
    },
    async grant(owner: Person, id: string, entries: { id: string; role: string }[]) {
      const res = await api(owner, 'PUT', `/api/processes/${id}/access`, {
        entries: entries.map((e) => ({ principalType: 'user', principalId: e.id, role: e.role })),
      });
      if (res.status !== 200) throw new Error(`grant: ${res.status}`);
    },
    async stored(id: string) {
      const row = await database.db
        .selectFrom('processes')
        .select(['json', 'revision', 'changed_by_user_id'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      return { file: JSON.parse(row.json) as ProcessFile, revision: Number(row.revision), row };
    },
    async close() {
      // As main.ts on SIGTERM: the server stops while clients are still connected.
      await stopCollab();
      for (const c of clients) c.destroy();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}

export type CollabServer = Awaited<ReturnType<typeof startCollabServer>>;

/** Waits until `check` holds (polled), or fails with `what`. */
export async function until(what: string, check: () => boolean | Promise<boolean>, ms = 5000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting: ${what}`);
}

/** A new empty database on a test PostgreSQL (test/postgres.ts), as a URL. */
export async function newPostgresDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
