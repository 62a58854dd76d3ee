// What the sync engine needs of storage; app/bootstrap hands it storage/sharedRepository (state
// does not import storage, see eslint.config.js), tests may hand it the same on fake-indexeddb.
import type { Process } from '../../domain/model/types';
import type { AccessRole, ServerUser, SharedItem } from './types';

/** A shared process on this device: the server's revision and copy it last agreed with. */
export interface SyncRow {
  id: string;
  revision: number;
  /** The server's process at `revision`: the base of a three-way merge. */
  base: Process;
  role: AccessRole | 'admin';
  /** Changed here since `base`, not yet acknowledged by the server. */
  dirty: boolean;
  conflicts: number;
}

/** Who was signed in when the server last answered, so the app starts offline as it was. */
export interface RememberedSession {
  mode: 'local' | 'oidc';
  /** null: the server was there, nobody was signed in. */
  user: ServerUser | null;
}

export interface SharedStorage {
  readLibrary(): Promise<SharedItem[]>;
  /** Replaces the cached library. */
  writeLibrary(items: SharedItem[]): Promise<void>;
  readSyncRows(): Promise<SyncRow[]>;
  putSyncRow(row: SyncRow): Promise<void>;
  deleteSyncRow(id: string): Promise<void>;
  /** The stored process through the load gate; null when missing or unreadable. */
  readProcess(id: string): Promise<Process | null>;
  processExists(id: string): Promise<boolean>;
  /** When each local process last changed (from the library's summaries, without loading any). */
  readChangedAt(): Promise<Map<string, string>>;
  writeProcess(process: Process): Promise<void>;
  /** Moves a process (and its sync row, revisions stay) to another id. */
  rekeyProcess(process: Process, newId: string): Promise<void>;
  readRemembered(): Promise<RememberedSession | null>;
  writeRemembered(session: RememberedSession | null): Promise<void>;
}
