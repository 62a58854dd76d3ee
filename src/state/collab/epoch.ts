// Compaction epochs on the client (collaboration.md §8). The server may replace a room's Y document
// with a fresh one (room `process:<id>@<epoch>`); a device whose stored doc is from an older epoch
// must not push that old history into the new room. It reads the old epoch's final state, merges
// what it typed offline against it (the three-way merge of the HTTP sync) and writes the result
// into the new room as ordinary edits.
import * as Y from 'yjs';
import { project, validateProjection } from '../../document/yjs/mapping';
import type { Process } from '../../domain/model/types';
import { mergeProcessWithConflicts } from '../../domain/sync/mergeProcess';

/** No fields, entities or list entries: with it as the base, everything either side has is kept
 * and a field both hold differently is a conflict the device's value wins. */
const emptied = (p: Process): Process =>
  ({
    id: p.id,
    changedAt: p.changedAt,
    lanes: [],
    steps: [],
    connections: [],
    parkingLot: [],
    objectsIn: [],
    objectsOut: [],
    measures: [],
    tags: [],
    customerGroupIds: [],
  }) as Partial<Process> as Process;

export interface Rebased {
  process: Process;
  conflicts: number;
}

/**
 * What to write into the new epoch: the device's old doc (`local`, with its offline edits) joined
 * with the old epoch's final state (`final`: what the server had when it compacted), merged with
 * the new epoch's current `remote`, re-gated. The base is the final state's projection, the
 * common ancestor of both sides. Without it (the retired epoch is no longer kept) the base is the
 * copy last synced over HTTP, else nothing: then every entity either side has is kept and a field
 * the two hold differently keeps this device's value (others' changes to it are then undone, but
 * nothing typed here is lost). Null when the device's doc holds no valid process.
 */
export function rebase(input: {
  local: Y.Doc;
  final: Y.Doc | null;
  remote: Process;
  fallbackBase: Process | null;
}): Rebased | null {
  const joined = new Y.Doc();
  try {
    Y.applyUpdate(joined, Y.encodeStateAsUpdate(input.local));
    if (input.final) Y.applyUpdate(joined, Y.encodeStateAsUpdate(input.final));
    const local = validateProjection(project(joined));
    if (local === null) return null;
    const final = input.final ? validateProjection(project(input.final)) : null;
    const base = final ?? input.fallbackBase ?? emptied(local);
    const merged = mergeProcessWithConflicts(base, local, input.remote);
    const process = validateProjection(merged.process);
    return process === null ? null : { process, conflicts: merged.conflicts.length };
  } finally {
    joined.destroy();
  }
}
