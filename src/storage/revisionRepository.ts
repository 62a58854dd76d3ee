// Saved versions of processes (revision history). A version is a whole copy of the process, so
// restoring never depends on anything else still being there. Read through the same load gate
// as a file: an old or damaged row is migrated or left out, never trusted blindly.
import Dexie, { liveQuery } from 'dexie';
import { loadDocument } from '../domain/load/loadDocument';
import { newId } from '../domain/model/ids';
import type { Process } from '../domain/model/types';
import {
  revisionsToPrune,
  type RevisionKind,
  type RevisionSummary,
} from '../domain/revisions/policy';
import { CURRENT_FORMAT_VERSION } from '../domain/schema/process';
import { database, type StoredRevision } from './db';

/** A version as a list shows it: everything but the process itself. */
export interface RevisionEntry extends RevisionSummary {
  id: string;
  processId: string;
  createdAt: string;
  kind: RevisionKind;
  name: string;
}

function entryOf(row: StoredRevision): RevisionEntry {
  const count = (xs: unknown) => (Array.isArray(xs) ? xs.length : 0);
  return {
    id: row.id,
    processId: row.processId,
    createdAt: row.createdAt,
    kind: row.kind,
    name: row.name,
    steps: count(row.process?.steps),
    lanes: count(row.process?.lanes),
    connections: count(row.process?.connections),
  };
}

function loadProcess(row: StoredRevision): Process | null {
  const { formatVersion, writeId: _writeId, ...process } = row.process ?? {};
  const result = loadDocument({ formatVersion, process, register: [] });
  return result.ok ? result.file.process : null;
}

/** All of one process's versions, oldest first, through the [processId+createdAt] index. */
function ofProcess(processId: string) {
  return database()
    .revisions.where('[processId+createdAt]')
    .between([processId, Dexie.minKey], [processId, Dexie.maxKey]);
}

export async function addRevision(input: {
  process: Process;
  kind: RevisionKind;
  name?: string;
  now?: Date;
}): Promise<RevisionEntry> {
  const { process, kind, name = '', now = new Date() } = input;
  const row: StoredRevision = {
    id: newId('r'),
    processId: process.id,
    createdAt: now.toISOString(),
    kind,
    name,
    process: { ...process, formatVersion: CURRENT_FORMAT_VERSION },
  };
  await database().revisions.add(row);
  return entryOf(row);
}

/** Newest first. */
export async function listRevisions(processId: string): Promise<RevisionEntry[]> {
  const rows = await ofProcess(processId).reverse().toArray();
  return rows.map(entryOf);
}

/** Calls back with the list now and after every change, in this tab or another. */
export function observeRevisions(
  processId: string,
  onChange: (list: RevisionEntry[]) => void,
  onError: (e: unknown) => void,
): () => void {
  const sub = liveQuery(() => listRevisions(processId)).subscribe({
    next: onChange,
    error: onError,
  });
  return () => sub.unsubscribe();
}

export type RevisionRead =
  | { ok: true; entry: RevisionEntry; process: Process }
  | { ok: false; reason: 'missing' | 'unreadable' };

export async function getRevision(id: string): Promise<RevisionRead> {
  const row = await database().revisions.get(id);
  if (!row) return { ok: false, reason: 'missing' };
  const process = loadProcess(row);
  return process ? { ok: true, entry: entryOf(row), process } : { ok: false, reason: 'unreadable' };
}

/** The process as its newest version holds it (null: no readable version yet). */
export async function latestRevision(processId: string): Promise<Process | null> {
  const row = await ofProcess(processId).last();
  return row ? loadProcess(row) : null;
}

/** Gives a version a name; a named version is kept for good (see revisionsToPrune). */
export async function renameRevision(id: string, name: string): Promise<boolean> {
  const changed = await database().revisions.update(id, { name, kind: 'named' });
  return changed === 1;
}

export async function deleteRevision(id: string): Promise<void> {
  await database().revisions.delete(id);
}

/** Thins a process's automatic versions per the policy; returns how many went. */
export async function pruneRevisions(processId: string, now: number = Date.now()): Promise<number> {
  const db = database();
  return db.transaction('rw', db.revisions, async () => {
    const stamps = (await ofProcess(processId).toArray()).map((r) => ({
      id: r.id,
      createdAt: r.createdAt,
      kind: r.kind,
    }));
    const drop = revisionsToPrune(stamps, now);
    await db.revisions.bulkDelete(drop);
    return drop.length;
  });
}
