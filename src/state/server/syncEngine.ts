// What the sync engine (sync.ts) is given and what it offers: the seam the actions and the tests
// build it on.
import type { Process, RegisterEntry } from '../../domain/model/types';
import type { Message } from '../sessionStore';
import type { ServerApi } from './api';
import type { SharedStorage, SyncRow } from './ports';
import type { AccessChoice, SharedItem } from './types';

export interface SyncDeps {
  api: ServerApi;
  storage: SharedStorage;
  /** The document open in the editor (documentSession). */
  session: {
    readonly doc: Process | null;
    applyRemote(process: Process, origin: 'remote'): void;
  };
  register(): readonly RegisterEntry[];
  /** Puts entries into the local register (through state/registerService). */
  putRegister(entries: RegisterEntry[]): void;
  /** Writes the open document's pending save. */
  flush(): Promise<void>;
  onRows(rows: SyncRow[]): void;
  onLibrary(items: SharedItem[]): void;
  /** How the last request went: the status follows it. */
  onReach(reach: 'ok' | 'offline' | 'signedOut'): void;
  notify(message: Message): void;
  /** The server gave a shared process another id. */
  onRekey?(oldId: string, newId: string): void;
  /** Co-edited live (issue 20): neither sent nor fetched here, its Y.Doc syncs it. */
  isLive?(processId: string): boolean;
  /** ms before a change is sent; tests set 0. */
  pushDelayMs?: number;
}

export type Reach = 'ok' | 'offline' | 'signedOut';

export interface SyncEngine {
  /** Reads sync rows and the cached library from storage. */
  load(): Promise<void>;
  /** A local change of a process: dirty now, sent soon (only with write right). */
  changed(processId: string): void;
  share(processId: string, access: AccessChoice[]): Promise<'ok' | 'offline' | 'refused'>;
  pull(): Promise<Reach>;
  /** Sends every dirty process. */
  push(): Promise<Reach>;
  ensureLocal(processId: string): Promise<'ok' | 'offline' | 'missing'>;
  acknowledge(processId: string): Promise<void>;
  hasDirty(): boolean;
  stop(): void;
}

export const canWrite = (role: SyncRow['role']) => role !== 'reader';

export type Failed = { ok: false; reason: 'offline' | 'invalid' | 'status'; status?: number };
export const reachOf = (f: Failed): Reach =>
  f.reason === 'status' && f.status === 401
    ? 'signedOut'
    : f.reason === 'status'
      ? 'ok'
      : 'offline';
