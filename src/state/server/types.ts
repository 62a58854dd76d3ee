// What the app knows of the municipality's server (docs/server-api.md), as the UI sees it.
// Written by the lead as the seam between the sync engine (state/server, storage) and the UI
// (sharedLibrary/ and the header, settings and register screens).
import type { SharedLibraryItem } from '../../domain/model/summary';
import type { RegisterEntry } from '../../domain/model/types';

export type AppRole = 'admin' | 'editor' | 'reader';
export type AccessRole = 'owner' | 'editor' | 'reader';

export interface ServerUser {
  id: string;
  name: string;
  roles: AppRole[];
  groups: string[];
}

/**
 * none: the app was not served by our server (a static host, the dev server): everything is as
 * before and no request is ever made again. offline: a server was seen but does not answer now.
 */
export type ServerStatus = 'checking' | 'none' | 'signedOut' | 'signedIn' | 'offline';

/** One process in the shared library, as the server lists it (and the app caches it). */
export type SharedItem = SharedLibraryItem;

/** Per shared process on this device. */
export type SyncState =
  /** Server and device agree. */
  | 'synced'
  /** Local changes not yet on the server (being sent, or waiting for the network). */
  | 'pending'
  /** The last merge settled fields both sides changed: the person should look. */
  | 'conflict';

export interface AccessChoice {
  principalType: 'user' | 'group';
  principalId: string;
  role: 'editor' | 'reader';
}

export interface Principals {
  users: { id: string; name: string }[];
  groups: string[];
}

export interface ServerState {
  status: ServerStatus;
  mode: 'local' | 'oidc' | null;
  user: ServerUser | null;
  /** The shared library as last fetched (cached in IndexedDB, so it shows offline too). */
  library: SharedItem[];
  /** Processes on this device that are shared: their state by process id. */
  sync: Record<string, { state: SyncState; role: AccessRole | 'admin'; conflicts: number }>;
  /** The server offers live co-editing at /collab (issue 20); unknown until it has answered. */
  collab?: boolean;
}

/** What the UI may ask (implemented in state/server/actions.ts). */
export interface ServerActions {
  /** Local mode: sign in with a display name. */
  signInLocal(name: string): Promise<'ok' | 'refused' | 'offline'>;
  /** Organisation mode: a navigation to the identity provider (returns here afterwards). */
  signIn(returnTo: string): void;
  signOut(): Promise<void>;
  /** Whom a process can be shared with. */
  principals(): Promise<Principals | 'offline'>;
  /** Puts a local process in the shared library with these rights; it stays on this device. */
  share(processId: string, access: AccessChoice[]): Promise<'ok' | 'offline' | 'refused'>;
  /** Fetches a shared process onto this device (if needed) so it can be opened. */
  ensureLocal(processId: string): Promise<'ok' | 'offline' | 'missing'>;
  /** A copy in my own library, no longer connected to the shared one; returns the new id. */
  copyToMine(processId: string): Promise<string | 'offline' | 'missing'>;
  /** Sends pending changes and fetches news now. */
  syncNow(): Promise<void>;
  /** Admins: writes a register entry to the server (and locally). */
  saveRegisterEntry(entry: RegisterEntry): Promise<'ok' | 'offline' | 'refused'>;
  /** The person has looked at what a merge settled: the process shows as synced again. */
  acknowledgeConflicts(processId: string): Promise<void>;
}
