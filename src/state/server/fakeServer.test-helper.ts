// An in-memory server that keeps docs/server-api.md's contract for the library routes, for the
// sync engine's tests: rights per person, revisions, 409 with the current file on a stale base.
// Every file that comes in passes the load gate, as on the real server. The HTTP layer itself is
// covered by e2e against the real server.
import { loadDocument } from '../../domain/load/loadDocument';
import type { ProcessFile, RegisterEntry } from '../../domain/model/types';
import type { ApiResult, ServerApi } from './api';
import type { AccessRole, ServerUser, SharedItem } from './types';

interface Stored {
  file: ProcessFile;
  revision: number;
  rights: Map<string, AccessRole>;
}

export interface FakeServer {
  /** The API as `userId` sees it. */
  as(userId: string): ServerApi;
  online: boolean;
  processes: Map<string, Stored>;
  /** Every PUT of a process that reached the server, refused or not: who, which id. */
  puts: { userId: string; id: string }[];
  /** The next POST gives this id instead of keeping the file's. */
  nextId: string | null;
}

const offline = { ok: false, reason: 'offline' } as const;
const status = (code: number) => ({ ok: false, reason: 'status', status: code }) as const;
const gate = (file: ProcessFile): ProcessFile | null => {
  const loaded = loadDocument(structuredClone(file));
  return loaded.ok ? loaded.file : null;
};

export function fakeServer(users: ServerUser[]): FakeServer {
  const server: FakeServer = {
    online: true,
    processes: new Map(),
    puts: [],
    nextId: null,
    as: (userId) => api(userId),
  };
  const register: RegisterEntry[] = [];
  const userOf = (id: string) => users.find((u) => u.id === id)!;
  const item = (id: string, s: Stored, role: SharedItem['role']): SharedItem => ({
    id,
    title: s.file.process.title,
    status: s.file.process.status ?? '',
    category: s.file.process.category,
    variant: s.file.process.variant ?? 'nulage',
    tags: s.file.process.tags,
    ownerId: [...s.rights].find(([, r]) => r === 'owner')?.[0] ?? '',
    ownerName: '',
    changedAt: s.file.process.changedAt,
    changedByName: '',
    steps: s.file.process.steps.length,
    lanes: s.file.process.lanes.length,
    revision: s.revision,
    role,
  });

  function api(userId: string): ServerApi {
    const roleIn = (s: Stored) => s.rights.get(userId) ?? null;
    const when = async <T>(answer: () => ApiResult<T>): Promise<ApiResult<T>> =>
      server.online ? answer() : offline;
    return {
      session: () => when(() => ({ ok: true, value: { mode: 'local', user: userOf(userId) } })),
      signInLocal: () => when(() => ({ ok: true, value: userOf(userId) })),
      signOut: () => when(() => ({ ok: true, value: null })),
      library: () =>
        when(() => ({
          ok: true,
          value: [...server.processes].flatMap(([id, s]) => {
            const role = roleIn(s);
            return role ? [item(id, s, role)] : [];
          }),
        })),
      createProcess: (file) =>
        when(() => {
          const gated = gate(file);
          if (!gated) return status(400);
          const id =
            server.nextId ??
            (server.processes.has(gated.process.id) ? 'p-other' : gated.process.id);
          server.nextId = null;
          const stored: Stored = {
            file: { ...gated, process: { ...gated.process, id } },
            revision: 1,
            rights: new Map([[userId, 'owner']]),
          };
          server.processes.set(id, stored);
          return { ok: true, value: { id, revision: 1, item: item(id, stored, 'owner') } };
        }),
      getProcess: (id) =>
        when(() => {
          const s = server.processes.get(id);
          const role = s && roleIn(s);
          if (!s || !role) return status(404);
          return { ok: true, value: { file: structuredClone(s.file), revision: s.revision, role } };
        }),
      async putProcess(id, file, baseRevision) {
        if (!server.online) return offline;
        server.puts.push({ userId, id });
        const s = server.processes.get(id);
        const role = s && roleIn(s);
        if (!s || !role) return status(404);
        if (role === 'reader') return status(403);
        if (baseRevision !== s.revision)
          return {
            ok: false,
            reason: 'stale',
            revision: s.revision,
            file: structuredClone(s.file),
          };
        const gated = gate(file);
        if (!gated) return status(400);
        s.file = gated;
        s.revision++;
        return { ok: true, value: { revision: s.revision, item: item(id, s, role) } };
      },
      putAccess: (id, entries) =>
        when(() => {
          const s = server.processes.get(id);
          if (!s || roleIn(s) !== 'owner') return status(404);
          for (const e of entries) s.rights.set(e.principalId, e.role);
          return { ok: true, value: null };
        }),
      principals: () =>
        when(() => ({
          ok: true,
          value: { users: users.map(({ id, name }) => ({ id, name })), groups: [] },
        })),
      register: () => when(() => ({ ok: true, value: [...register] })),
      putRegisterEntry: (entry) =>
        when(() => {
          if (!userOf(userId).roles.includes('admin')) return status(403);
          register.push(entry);
          return { ok: true, value: entry };
        }),
    };
  }
  return server;
}
