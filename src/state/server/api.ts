// The server's HTTP API (docs/server-api.md) as typed calls. Only relative URLs: the strict CSP
// allows 'self' alone, and the app never talks to another host. Every answer is checked before it
// is believed: an answer that is not the contract's JSON counts as no server ('invalid'), a
// network failure as 'offline'. Process files pass the same load gate as a file import.
import { z } from 'zod';
import { loadDocument } from '../../domain/load/loadDocument';
import type { ProcessFile, RegisterEntry } from '../../domain/model/types';
import { registerEntrySchema } from '../../domain/schema/process';
import type { AccessChoice, AppRole, Principals, ServerUser, SharedItem } from './types';

export type Failure =
  | { ok: false; reason: 'offline' }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'status'; status: number };
export type ApiResult<T> = { ok: true; value: T } | Failure;

export interface SessionInfo {
  mode: 'local' | 'oidc';
  user: ServerUser | null;
  /** Live co-editing at /collab (a server without it says nothing). */
  collab?: boolean;
}

export interface ServerProcess {
  file: ProcessFile;
  revision: number;
  role: SharedItem['role'];
}

export type PutResult =
  | { ok: true; value: { revision: number; item: SharedItem } }
  /** The server has a newer revision than the base: merge with `file` and send again. */
  | { ok: false; reason: 'stale'; revision: number; file: ProcessFile }
  | Failure;

/** What the sync engine and the actions ask of the server; tests provide an in-memory one. */
export interface ServerApi {
  session(): Promise<ApiResult<SessionInfo>>;
  signInLocal(name: string): Promise<ApiResult<ServerUser>>;
  signOut(): Promise<ApiResult<null>>;
  library(): Promise<ApiResult<SharedItem[]>>;
  createProcess(
    file: ProcessFile,
  ): Promise<ApiResult<{ id: string; revision: number; item: SharedItem }>>;
  getProcess(id: string): Promise<ApiResult<ServerProcess>>;
  putProcess(id: string, file: ProcessFile, baseRevision: number): Promise<PutResult>;
  putAccess(id: string, entries: AccessChoice[]): Promise<ApiResult<null>>;
  principals(): Promise<ApiResult<Principals>>;
  register(): Promise<ApiResult<RegisterEntry[]>>;
  putRegisterEntry(entry: RegisterEntry): Promise<ApiResult<RegisterEntry>>;
}

const APP_ROLES: readonly string[] = ['admin', 'editor', 'reader'];
const userSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  // Roles this app does not know give no right here.
  roles: z
    .array(z.string())
    .transform((roles) => roles.filter((r): r is AppRole => APP_ROLES.includes(r))),
  groups: z.array(z.string()),
});
const sessionSchema = z.object({
  server: z.literal('flodesverkstan'),
  mode: z.enum(['local', 'oidc']),
  user: userSchema.nullable(),
  collab: z.boolean().optional(),
});
const roleSchema = z.enum(['owner', 'editor', 'reader', 'admin']);
const itemSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  status: z.string(),
  category: z.string(),
  variant: z.string(),
  tags: z.array(z.string()),
  ownerId: z.string(),
  ownerName: z.string(),
  changedAt: z.string(),
  changedByName: z.string(),
  steps: z.number(),
  lanes: z.number(),
  revision: z.number().int(),
  role: roleSchema,
});
const revision = z.number().int().nonnegative();
const fileSchema = z.unknown().transform((raw, ctx) => {
  const loaded = loadDocument(raw);
  if (loaded.ok) return loaded.file;
  ctx.addIssue({ code: 'custom', message: loaded.error.code });
  return z.NEVER;
});

const schemas = {
  signIn: z.object({ user: userSchema }),
  library: z.object({ processes: z.array(itemSchema) }),
  created: z.object({ id: z.string().min(1), revision, item: itemSchema }),
  process: z.object({ file: fileSchema, revision, role: roleSchema }),
  put: z.object({ revision, item: itemSchema }),
  stale: z.object({ error: z.literal('stale'), revision, file: fileSchema }),
  principals: z.object({
    users: z.array(z.object({ id: z.string(), name: z.string() })),
    groups: z.array(z.string()),
  }),
  register: z.object({ entries: z.array(registerEntrySchema) }),
  entry: z.object({ entry: registerEntrySchema }),
};

type Raw = { status: number; body: unknown } | Failure;

async function call(method: string, path: string, body?: unknown): Promise<Raw> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      // A sign-in navigation is the only redirect the API makes; a fetch never follows one.
      redirect: 'manual',
      cache: 'no-store',
    });
  } catch {
    return { ok: false, reason: 'offline' };
  }
  if (response.status === 204) return { status: 204, body: null };
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('application/json')) {
    // A proxy's error page while the server is away is not our JSON either; only 5xx there.
    return response.status >= 502 && response.status <= 504
      ? { ok: false, reason: 'offline' }
      : { ok: false, reason: 'invalid' };
  }
  try {
    return { status: response.status, body: await response.json() };
  } catch {
    return { ok: false, reason: 'invalid' };
  }
}

function read<S extends z.ZodType, T>(
  raw: Raw,
  expected: number,
  schema: S,
  pick: (data: z.output<S>) => T,
): ApiResult<T> {
  if ('ok' in raw) return raw;
  if (raw.status !== expected) return { ok: false, reason: 'status', status: raw.status };
  const parsed = schema.safeParse(raw.body);
  return parsed.success ? { ok: true, value: pick(parsed.data) } : { ok: false, reason: 'invalid' };
}

const nothing = (raw: Raw, expected: number): ApiResult<null> =>
  'ok' in raw
    ? raw
    : raw.status === expected
      ? { ok: true, value: null }
      : { ok: false, reason: 'status', status: raw.status };

const seg = (id: string) => encodeURIComponent(id);

/** The real server, over same-origin fetch. */
export const httpApi: ServerApi = {
  async session() {
    return read(await call('GET', '/api/session'), 200, sessionSchema, (d) => ({
      mode: d.mode,
      user: d.user,
      collab: d.collab === true,
    }));
  },
  async signInLocal(name) {
    return read(
      await call('POST', '/api/auth/local', { name }),
      200,
      schemas.signIn,
      (d) => d.user,
    );
  },
  async signOut() {
    return nothing(await call('POST', '/api/auth/logout'), 204);
  },
  async library() {
    return read(await call('GET', '/api/library'), 200, schemas.library, (d) => d.processes);
  },
  async createProcess(file) {
    return read(await call('POST', '/api/processes', file), 201, schemas.created, (d) => d);
  },
  async getProcess(id) {
    return read(await call('GET', `/api/processes/${seg(id)}`), 200, schemas.process, (d) => d);
  },
  async putProcess(id, file, baseRevision) {
    const raw = await call('PUT', `/api/processes/${seg(id)}`, { file, baseRevision });
    if (!('ok' in raw) && raw.status === 409) {
      const stale = schemas.stale.safeParse(raw.body);
      if (!stale.success) return { ok: false, reason: 'invalid' };
      return { ok: false, reason: 'stale', revision: stale.data.revision, file: stale.data.file };
    }
    return read(raw, 200, schemas.put, (d) => d);
  },
  async putAccess(id, entries) {
    const raw = await call('PUT', `/api/processes/${seg(id)}/access`, { entries });
    return nothing(raw, 200);
  },
  async principals() {
    return read(await call('GET', '/api/users'), 200, schemas.principals, (d) => d);
  },
  async register() {
    return read(await call('GET', '/api/register'), 200, schemas.register, (d) => d.entries);
  },
  async putRegisterEntry(entry) {
    const raw = await call('PUT', `/api/register/${seg(entry.id)}`, entry);
    return read(raw, 200, schemas.entry, (d) => d.entry);
  },
};
