// Reading and writing processes. Every row read passes the same load gate as an imported file,
// so an old or damaged row is migrated or reported, never trusted blindly.
import { liveQuery } from 'dexie';
import { loadDocument } from '../domain/load/loadDocument';
import { prepareForWrite } from '../domain/load/prepareForWrite';
import { reconcileRegister } from '../domain/register/register';
import type { Process } from '../domain/model/types';
import type { ProcessSummary } from '../domain/model/summary';

export type { ProcessSummary };
import { CURRENT_FORMAT_VERSION } from '../domain/schema/process';
import { mergeProcessWithConflicts, type MergeConflict } from '../domain/sync/mergeProcess';
import { newId } from '../domain/model/ids';
import { announceWrite } from './changeFeed';
import { database, summarizeRow, type StoredProcess } from './db';

export type ReadResult =
  | { ok: true; process: Process; writeId: string | null }
  /** `row`: what is stored, for the recovery view, when it is there but cannot be read. */
  | { ok: false; reason: 'missing' | 'unreadable'; row?: StoredProcess };

function loadRow(row: StoredProcess): Process | null {
  const { formatVersion, writeId: _writeId, ...process } = row;
  const result = loadDocument({ formatVersion, process, register: [] });
  return result.ok ? result.file.process : null;
}

export async function readProcess(id: string): Promise<ReadResult> {
  const row = await database().processes.get(id);
  if (!row) return { ok: false, reason: 'missing' };
  const writeId = row.writeId ?? null;
  const { formatVersion, writeId: _writeId, ...process } = row;
  const result = loadDocument({ formatVersion, process, register: [] });
  if (!result.ok) return { ok: false, reason: 'unreadable', row };
  // A migrated row may bring register entries (v1 lanes carried their own names): keep them.
  const loaded = result.file.process;
  const { add, idMap } = reconcileRegister(
    await database().register.toArray(),
    result.file.register,
    [],
  );
  if (add.length) await database().register.bulkPut(add);
  if (idMap.size === 0) return { ok: true, process: loaded, writeId };
  const lanes = loaded.lanes.map((l) => ({
    ...l,
    registerId: idMap.get(l.registerId) ?? l.registerId,
  }));
  return { ok: true, process: { ...loaded, lanes }, writeId };
}

/** `writeId` may be chosen beforehand, so a journal can tell later whether this write landed. */
function toRow(process: Process, writeId = newId('w')): StoredProcess {
  return { ...storable(process), formatVersion: CURRENT_FORMAT_VERSION, writeId };
}

/** A write the load gate would refuse on the next read; it is not stored. */
export class WriteRefusedError extends Error {
  override name = 'WriteRefusedError';
}

/**
 * The process as it may be stored: checked with the schema every read uses and repaired within
 * its limits if need be. What cannot be repaired throws, so the save fails visibly instead of
 * storing a row that makes the whole process unreadable while the status says "Sparat".
 */
export function storable(process: Process): Process {
  const check = prepareForWrite(process);
  if (!check.ok) throw new WriteRefusedError(`Not stored: refused at ${check.detail}`);
  return check.process;
}

/**
 * Puts process rows with their library summaries, in the caller's transaction if there is one.
 * Every write of the processes table goes through here (or keeps summaries equal some other way).
 */
export async function putProcessRows(rows: StoredProcess[]): Promise<void> {
  const db = database();
  await db.transaction('rw', db.processes, db.summaries, async () => {
    await db.processes.bulkPut(rows);
    await db.summaries.bulkPut(rows.map(summarizeRow));
  });
}

/** Writes a process as it is (new, imported, renamed from the library). */
export async function writeProcess(process: Process, writeId?: string): Promise<string> {
  const row = toRow(process, writeId);
  await putProcessRows([row]);
  announceWrite({ id: row.id, writeId: row.writeId! });
  return row.writeId!;
}

/** What a tab last read or wrote of the process it has open. */
export interface SeenVersion {
  process: Process;
  writeId: string | null;
}

export interface SaveResult {
  /** What is stored now: `local`, or `local` merged with a version written elsewhere. */
  saved: Process;
  writeId: string;
  merged: boolean;
  /** Fields both sides changed to different values (`local` was kept). */
  conflicts: MergeConflict[];
}

/**
 * Saves the open process without overwriting a version this tab has not seen: if the row
 * changed since `seen` (another tab, the library), the two are merged three-way in the same
 * transaction, so neither side's change is lost.
 */
export async function saveOpenProcess(
  local: Process,
  seen: SeenVersion,
  writeId?: string,
): Promise<SaveResult> {
  const db = database();
  const result = await db.transaction('rw', db.processes, db.summaries, async () => {
    // The small summary row tells whether someone else wrote; the whole row only if so.
    const head = await db.summaries.get(local.id);
    const changed = head && (head.writeId ?? null) !== seen.writeId;
    const row = changed ? await db.processes.get(local.id) : undefined;
    const stored = row ? loadRow(row) : null;
    const merge = stored ? mergeProcessWithConflicts(seen.process, local, stored) : null;
    const saved = merge ? merge.process : local;
    const next = toRow(saved, writeId);
    await putProcessRows([next]);
    return { saved, writeId: next.writeId!, merged: !!merge, conflicts: merge?.conflicts ?? [] };
  });
  announceWrite({ id: local.id, writeId: result.writeId });
  return result;
}

/** Removes a process and returns the row, so the caller can offer undo. */
export async function deleteProcess(id: string): Promise<StoredProcess | undefined> {
  const db = database();
  return db
    .transaction('rw', db.processes, db.summaries, async () => {
      const row = await db.processes.get(id);
      await db.processes.delete(id);
      await db.summaries.delete(id);
      return row;
    })
    .then((row) => {
      announceWrite({ id, writeId: null });
      return row;
    });
}

export async function restoreProcess(row: StoredProcess): Promise<void> {
  const next = { ...row, writeId: newId('w') };
  await putProcessRows([next]);
  announceWrite({ id: row.id, writeId: next.writeId });
}

export async function processExists(id: string): Promise<boolean> {
  return (await database().processes.where('id').equals(id).count()) > 0;
}

export async function listProcesses(): Promise<ProcessSummary[]> {
  const rows = await database().summaries.orderBy('changedAt').reverse().toArray();
  return rows.map(({ writeId: _writeId, ...summary }) => summary);
}

/** Calls back with the list now and after every change, in this tab or another. */
export function observeProcesses(
  onChange: (list: ProcessSummary[]) => void,
  onError: (e: unknown) => void,
): () => void {
  const sub = liveQuery(listProcesses).subscribe({ next: onChange, error: onError });
  return () => sub.unsubscribe();
}
