// The shared library on this device: the server's list as last fetched, one sync row per shared
// process (the process itself is an ordinary row in `processes`, so everything that reads
// processes works on it unchanged), and who was signed in. Implements state/server/ports'
// SharedStorage, wired in app/bootstrap.
import type { Process } from '../domain/model/types';
import { database, type StoredSharedItem, type StoredSync } from './db';
import {
  deleteProcess,
  listProcesses,
  processExists,
  readProcess,
  writeProcess,
} from './processRepository';

const META_SESSION = 'server.session';

interface Remembered {
  mode: 'local' | 'oidc';
  user: {
    id: string;
    name: string;
    roles: ('admin' | 'editor' | 'reader')[];
    groups: string[];
  } | null;
}

export async function readSharedLibrary(): Promise<StoredSharedItem[]> {
  return database().sharedLibrary.toArray();
}

/** Replaces the cached list: what the server no longer lists to this person goes. */
export async function writeSharedLibrary(items: StoredSharedItem[]): Promise<void> {
  const db = database();
  await db.transaction('rw', db.sharedLibrary, async () => {
    await db.sharedLibrary.clear();
    await db.sharedLibrary.bulkPut(items);
  });
}

export async function readSyncRows(): Promise<StoredSync[]> {
  return database().sharedSync.toArray();
}

/** The server copy a shared process was last synced from (its three-way merge base). */
export async function readSyncBase(id: string): Promise<Process | null> {
  return (await database().sharedSync.get(id))?.base ?? null;
}

export async function putSyncRow(row: StoredSync): Promise<void> {
  await database().sharedSync.put(row);
}

export async function deleteSyncRow(id: string): Promise<void> {
  await database().sharedSync.delete(id);
}

export async function readSharedProcess(id: string): Promise<Process | null> {
  const result = await readProcess(id);
  return result.ok ? result.process : null;
}

export async function writeSharedProcess(process: Process): Promise<void> {
  await writeProcess(process);
}

export async function readChangedAt(): Promise<Map<string, string>> {
  return new Map((await listProcesses()).map((s) => [s.id, s.changedAt]));
}

/** The server gave the process another id: the local copy, its revisions and sync row follow. */
export async function rekeyProcess(process: Process, newId: string): Promise<void> {
  const db = database();
  const oldId = process.id;
  await writeProcess({ ...process, id: newId });
  await db.transaction('rw', db.revisions, db.sharedSync, async () => {
    await db.revisions.where('processId').equals(oldId).modify({ processId: newId });
    const row = await db.sharedSync.get(oldId);
    if (row) {
      await db.sharedSync.delete(oldId);
      await db.sharedSync.put({ ...row, id: newId });
    }
  });
  await deleteProcess(oldId);
}

export async function readRemembered(): Promise<Remembered | null> {
  const row = await database().meta.get(META_SESSION);
  if (!row) return null;
  try {
    const value = JSON.parse(row.value) as Partial<Remembered> | null;
    const user = value?.user ?? null;
    if (value?.mode !== 'local' && value?.mode !== 'oidc') return null;
    const wellFormed =
      user === null ||
      (typeof user.id === 'string' &&
        typeof user.name === 'string' &&
        Array.isArray(user.roles) &&
        Array.isArray(user.groups));
    return wellFormed ? { mode: value.mode, user } : null;
  } catch {
    return null;
  }
}

export async function writeRemembered(session: Remembered | null): Promise<void> {
  if (session) await database().meta.put({ key: META_SESSION, value: JSON.stringify(session) });
  else await database().meta.delete(META_SESSION);
}

/** Everything the sync engine needs of storage, in the shape of state/server/ports. */
export const sharedStorage = {
  readLibrary: readSharedLibrary,
  writeLibrary: writeSharedLibrary,
  readSyncRows,
  putSyncRow,
  deleteSyncRow,
  readProcess: readSharedProcess,
  processExists,
  readChangedAt,
  writeProcess: writeSharedProcess,
  rekeyProcess,
  readRemembered,
  writeRemembered,
};
