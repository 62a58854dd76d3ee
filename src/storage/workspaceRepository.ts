// The whole workspace in and out: read for a backup, restored from one in a single transaction
// over processes, summaries, register, revisions and meta — a restore that fails halfway leaves
// the database exactly as it was. Plus the small workspace facts kept in meta.
// A replace first keeps the workspace it replaces, row for row, as a safety copy in meta (in the
// same transaction), so it can be put back ("Ångra") — and that swap keeps what it undoes too.
import { liveQuery } from 'dexie';
import {
  planRestore,
  type CurrentWorkspace,
  type RestoreMode,
  type RestorePreview,
} from '../domain/backup/restorePlan';
import type {
  ProcessEntry,
  RevisionEntry,
  Workspace,
  WorkspaceEntries,
  WorkspaceRevision,
} from '../domain/backup/workspace';
import { loadDocument } from '../domain/load/loadDocument';
import { newId } from '../domain/model/ids';
import type { Process, RegisterEntry } from '../domain/model/types';
import { CURRENT_FORMAT_VERSION, registerEntrySchema } from '../domain/schema/process';
import { announceWrite } from './changeFeed';
import { database, type StoredProcess, type StoredRevision } from './db';
import { putProcessRows, storable } from './processRepository';

export const META_LAST_BACKUP = 'lastBackupAt';
export const META_REMINDER_DISMISSED = 'backupReminderDismissedAt';
/** The rows a replace took away, as JSON; and when (a small key to watch). */
const META_SAFETY_COPY = 'replacedWorkspace';
export const META_SAFETY_COPY_AT = 'replacedWorkspaceAt';

interface ReadRows {
  /** Loaded through the load gate, or the row as stored when the gate refuses it. */
  processes: { entry: ProcessEntry; loaded: Process | null }[];
  revisions: { entry: RevisionEntry; loaded: WorkspaceRevision | null }[];
  register: WorkspaceEntries['register'];
}

function withoutRowFields(row: StoredProcess): ProcessEntry {
  const { formatVersion, writeId: _w, ...process } = row;
  return { formatVersion, process };
}

function loadEntry(entry: ProcessEntry): Process | null {
  const result = loadDocument({ ...entry, register: [] });
  return result.ok ? result.file.process : null;
}

async function readRows(): Promise<ReadRows> {
  const db = database();
  const [processRows, revisionRows, registerRows] = await Promise.all([
    db.processes.toArray(),
    db.revisions.toArray(),
    db.register.toArray(),
  ]);
  const processes = processRows.map((row) => {
    const entry = withoutRowFields(row);
    return { entry, loaded: loadEntry(entry) };
  });
  const revisions = revisionRows.map((row) => {
    const { process: stored, ...meta } = row;
    // A damaged row may lack its process; it goes into the backup as it is.
    const entry: RevisionEntry = {
      ...meta,
      ...(stored ? withoutRowFields(stored) : { formatVersion: undefined, process: stored }),
    };
    const process = loadEntry(entry);
    return { entry, loaded: process ? { ...meta, process } : null };
  });
  const register = registerRows.flatMap((r) => {
    const parsed = registerEntrySchema.safeParse(r);
    return parsed.success ? [parsed.data] : [];
  });
  return { processes, revisions, register };
}

/** Everything a backup holds, each process loaded (current format) where it can be. */
export async function readWorkspace(): Promise<WorkspaceEntries> {
  const db = database();
  const rows = await db.transaction('r', db.processes, db.revisions, db.register, readRows);
  const current = (loaded: Process | null, entry: ProcessEntry): ProcessEntry =>
    loaded ? { formatVersion: CURRENT_FORMAT_VERSION, process: loaded } : entry;
  return {
    processes: rows.processes.map((r) => current(r.loaded, r.entry)),
    revisions: rows.revisions.map((r) => ({
      ...r.entry,
      ...current(r.loaded?.process ?? null, r.entry),
    })),
    register: rows.register,
  };
}

function currentWorkspace(rows: ReadRows): CurrentWorkspace {
  const titleOf = (e: ProcessEntry) => {
    const p = e.process as { id?: unknown; title?: unknown } | null;
    return { id: String(p?.id ?? ''), title: typeof p?.title === 'string' ? p.title : '?' };
  };
  return {
    processes: rows.processes.flatMap((r) => (r.loaded ? [r.loaded] : [])),
    register: rows.register,
    revisions: rows.revisions.flatMap((r) => (r.loaded ? [r.loaded] : [])),
    unreadable: rows.processes.filter((r) => !r.loaded).map((r) => titleOf(r.entry)),
    unreadableRevisionIds: rows.revisions.filter((r) => !r.loaded).map((r) => r.entry.id),
  };
}

export interface RestoreOptions {
  /** Appended to the title of a process that comes in beside one of the same id. */
  copySuffix: string;
}

/** What restoring would change, without changing anything. */
export async function previewRestore(
  backup: Workspace,
  mode: RestoreMode,
  options: RestoreOptions,
): Promise<RestorePreview> {
  const db = database();
  const rows = await db.transaction('r', db.processes, db.revisions, db.register, readRows);
  return planRestore(currentWorkspace(rows), backup, mode, { newId, ...options }).preview;
}

/**
 * Restores a backup in one transaction. Replace: the workspace becomes the backup. Merge:
 * nothing here is overwritten; see domain/backup/restorePlan. Returns what was done.
 */
export async function restoreWorkspace(
  backup: Workspace,
  mode: RestoreMode,
  options: RestoreOptions & { backupCreatedAt?: string },
): Promise<RestorePreview> {
  const db = database();
  const tables = [db.processes, db.summaries, db.register, db.revisions, db.meta];
  const { plan, written } = await db.transaction('rw', tables, async () => {
    const plan = planRestore(currentWorkspace(await readRows()), backup, mode, {
      newId,
      ...options,
    });
    if (plan.preview.refused) throw new Error(`Restore refused: ${plan.preview.refused}`);
    if (mode === 'replace') await keepSafetyCopy();
    const rows = plan.putProcesses.map((p) => toRow(p));
    await putProcessRows(rows);
    await db.processes.bulkDelete(plan.deleteProcessIds);
    await db.summaries.bulkDelete(plan.deleteProcessIds);
    await db.register.bulkDelete(plan.deleteRegisterIds);
    await db.register.bulkPut(plan.putRegister);
    await db.revisions.bulkDelete(plan.deleteRevisionIds);
    await db.revisions.bulkPut(plan.putRevisions.map(toRevisionRow));
    // After a replace the workspace is what the file holds: that file is a backup of it.
    if (mode === 'replace' && options.backupCreatedAt) {
      const last = await db.meta.get(META_LAST_BACKUP);
      if (!last || last.value < options.backupCreatedAt)
        await db.meta.put({ key: META_LAST_BACKUP, value: options.backupCreatedAt });
    }
    return { plan, written: rows };
  });
  // Other tabs with one of these processes open take the change in (or learn it is gone).
  for (const row of written) announceWrite({ id: row.id, writeId: row.writeId! });
  for (const id of plan.deleteProcessIds) announceWrite({ id, writeId: null });
  return plan.preview;
}

interface SafetyCopy {
  takenAt: string;
  processes: StoredProcess[];
  register: RegisterEntry[];
  revisions: StoredRevision[];
}

/** Inside a transaction over processes, register, revisions and meta. */
async function keepSafetyCopy(): Promise<void> {
  const db = database();
  const [processes, register, revisions] = await Promise.all([
    db.processes.toArray(),
    db.register.toArray(),
    db.revisions.toArray(),
  ]);
  const copy: SafetyCopy = { takenAt: new Date().toISOString(), processes, register, revisions };
  await db.meta.bulkPut([
    { key: META_SAFETY_COPY, value: JSON.stringify(copy) },
    { key: META_SAFETY_COPY_AT, value: copy.takenAt },
  ]);
}

/**
 * Puts back the workspace the last replace took away, exactly as it was stored, and keeps the
 * one it takes away in its place (so this can be undone the same way). False when there is none.
 */
export async function swapSafetyCopy(): Promise<boolean> {
  const db = database();
  const tables = [db.processes, db.summaries, db.register, db.revisions, db.meta];
  const done = await db.transaction('rw', tables, async () => {
    const stored = await db.meta.get(META_SAFETY_COPY);
    if (!stored) return null;
    const copy = JSON.parse(stored.value) as SafetyCopy;
    const before = await db.processes.toCollection().primaryKeys();
    await keepSafetyCopy();
    await Promise.all([db.processes.clear(), db.summaries.clear()]);
    await Promise.all([db.register.clear(), db.revisions.clear()]);
    const rows = copy.processes.map((row) => ({ ...row, writeId: newId('w') }));
    await putProcessRows(rows);
    await db.register.bulkPut(copy.register);
    await db.revisions.bulkPut(copy.revisions);
    return { rows, before };
  });
  if (!done) return false;
  const back = new Set(done.rows.map((r) => r.id));
  for (const row of done.rows) announceWrite({ id: row.id, writeId: row.writeId });
  for (const id of done.before) if (!back.has(id)) announceWrite({ id, writeId: null });
  return true;
}

function toRow(process: Process): StoredProcess {
  return { ...storable(process), formatVersion: CURRENT_FORMAT_VERSION, writeId: newId('w') };
}

function toRevisionRow(revision: WorkspaceRevision): StoredRevision {
  return { ...revision, process: { ...revision.process, formatVersion: CURRENT_FORMAT_VERSION } };
}

export async function readMeta(key: string): Promise<string | null> {
  return (await database().meta.get(key))?.value ?? null;
}

export async function writeMeta(key: string, value: string): Promise<void> {
  await database().meta.put({ key, value });
}

/** Calls back with the values of these keys now and after every change, in any tab. */
export function observeMeta(
  keys: readonly string[],
  onChange: (values: Record<string, string | null>) => void,
  onError: (e: unknown) => void,
): () => void {
  const read = async () => {
    const rows = await database().meta.bulkGet([...keys]);
    return Object.fromEntries(keys.map((k, i) => [k, rows[i]?.value ?? null]));
  };
  const sub = liveQuery(read).subscribe({ next: onChange, error: onError });
  return () => sub.unsubscribe();
}
