// Saved versions of processes (revision history). A version is a whole copy of the process, so
// restoring never depends on anything else still being there. Read through the same load gate
// as a file: an old or damaged row is migrated or left out, never trusted blindly.
//
// Listing and thinning must not load every whole copy (60 versions of a 1,000-step process took
// 2.5 s to read in Chromium), so each process keeps a small index of its versions in the meta
// table, written in the same transaction as the versions. The index is trusted only while it
// names exactly the versions stored (their keys are cheap to read); otherwise, e.g. after a
// backup was restored, the rows themselves are read and the next write puts the index right.
import Dexie, { liveQuery } from 'dexie';
import { loadDocument } from '../domain/load/loadDocument';
import { newId } from '../domain/model/ids';
import { contentFingerprint } from '../domain/revisions/fingerprint';
import type { Process } from '../domain/model/types';
import { revisionsToPrune, summarizeRevision, type RevisionKind } from '../domain/revisions/policy';
import { CURRENT_FORMAT_VERSION } from '../domain/schema/process';
import { z } from 'zod';
import type { RevisionEntry, RevisionRead } from '../domain/revisions/entry';
import { database, type StoredRevision } from './db';
import { storable } from './processRepository';

// The entry and read types are the domain's (domain/revisions/entry), so storage and the
// features name one thing.
export type { RevisionEntry, RevisionRead };

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
    fingerprint: fingerprintOf(row),
  };
}

function fingerprintOf(row: StoredRevision): string {
  if (!row.process) return '';
  const { formatVersion: _v, writeId: _w, ...process } = row.process;
  return contentFingerprint(process);
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

const entrySchema = z.object({
  id: z.string(),
  processId: z.string(),
  createdAt: z.string(),
  kind: z.enum(['auto', 'named', 'restore']),
  name: z.string(),
  steps: z.number(),
  lanes: z.number(),
  connections: z.number(),
  fingerprint: z.string(),
});

const indexKey = (processId: string) => `revisions:${processId}`;

function newestFirst(entries: RevisionEntry[]): RevisionEntry[] {
  // The same order as the [processId+createdAt] index, backwards: ties by id.
  return [...entries].sort((a, b) =>
    a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1,
  );
}

/** The versions of a process, from its index when that is whole, else from the rows. */
async function readEntries(processId: string): Promise<RevisionEntry[]> {
  const [ids, row] = await Promise.all([
    ofProcess(processId).primaryKeys(),
    database().meta.get(indexKey(processId)),
  ]);
  const cached = parseIndex(row?.value);
  if (cached && cached.length === ids.length) {
    const stored = new Set(ids);
    if (cached.every((e) => stored.has(e.id) && e.processId === processId)) return cached;
  }
  return (await ofProcess(processId).toArray()).map(entryOf);
}

function parseIndex(value: string | undefined): RevisionEntry[] | null {
  if (value === undefined) return null;
  try {
    const parsed = z.array(entrySchema).safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

async function writeEntries(processId: string, entries: RevisionEntry[]): Promise<void> {
  const meta = database().meta;
  if (entries.length === 0) await meta.delete(indexKey(processId));
  else await meta.put({ key: indexKey(processId), value: JSON.stringify(newestFirst(entries)) });
}

/** Runs `work` on a process's versions and their index together. */
function changing<T>(work: () => Promise<T>): Promise<T> {
  const db = database();
  return db.transaction('rw', db.revisions, db.meta, work);
}

export async function addRevision(input: {
  process: Process;
  kind: RevisionKind;
  name?: string;
  now?: Date;
  /** The process's contentFingerprint, when the caller has it already. */
  fingerprint?: string;
}): Promise<RevisionEntry> {
  const { kind, name = '', now = new Date() } = input;
  // A version is read through the load gate too: one it would refuse is never kept.
  const process = storable(input.process);
  const row: StoredRevision = {
    id: newId('r'),
    processId: process.id,
    createdAt: now.toISOString(),
    kind,
    name,
    process: { ...process, formatVersion: CURRENT_FORMAT_VERSION },
  };
  const entry: RevisionEntry = {
    id: row.id,
    processId: row.processId,
    createdAt: row.createdAt,
    kind,
    name,
    ...summarizeRevision(process),
    fingerprint: input.fingerprint ?? contentFingerprint(process),
  };
  await changing(async () => {
    const entries = await readEntries(row.processId);
    await database().revisions.add(row);
    await writeEntries(row.processId, [...entries, entry]);
  });
  return entry;
}

/** Newest first. Reads the small index, not the versions themselves. */
export async function listRevisions(processId: string): Promise<RevisionEntry[]> {
  return newestFirst(await readEntries(processId));
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

export async function getRevision(id: string): Promise<RevisionRead> {
  const row = await database().revisions.get(id);
  if (!row) return { ok: false, reason: 'missing' };
  const process = loadProcess(row);
  return process ? { ok: true, entry: entryOf(row), process } : { ok: false, reason: 'unreadable' };
}

/** The fingerprint of a process's newest version (null: it has none yet). */
export async function newestFingerprint(processId: string): Promise<string | null> {
  return newestFirst(await readEntries(processId))[0]?.fingerprint ?? null;
}

/** Gives a version of the process a name; a named version is kept for good. */
export async function renameRevision(
  processId: string,
  id: string,
  name: string,
): Promise<boolean> {
  return changing(async () => {
    const entries = await readEntries(processId);
    if (!entries.some((e) => e.id === id)) return false;
    await database().revisions.update(id, { name, kind: 'named' });
    await writeEntries(
      processId,
      entries.map((e) => (e.id === id ? { ...e, name, kind: 'named' as const } : e)),
    );
    return true;
  });
}

export async function deleteRevision(processId: string, id: string): Promise<void> {
  await changing(async () => {
    const entries = await readEntries(processId);
    await database().revisions.delete(id);
    await writeEntries(
      processId,
      entries.filter((e) => e.id !== id),
    );
  });
}

/** Thins a process's automatic versions per the policy; returns how many went. */
export async function pruneRevisions(processId: string, now: number = Date.now()): Promise<number> {
  return changing(async () => {
    const entries = await readEntries(processId);
    const drop = new Set(revisionsToPrune(entries, now));
    await database().revisions.bulkDelete([...drop]);
    await writeEntries(
      processId,
      entries.filter((e) => !drop.has(e.id)),
    );
    return drop.size;
  });
}
