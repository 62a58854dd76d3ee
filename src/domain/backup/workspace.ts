// The whole workspace as a backup carries it: every process, the organisation register and the
// saved versions (revisions) of processes. Device facts (last backup time…) are not part of it.
import type { Process, RegisterEntry } from '../model/types';

export type RevisionKind = 'auto' | 'named' | 'restore';

export interface WorkspaceRevision {
  id: string;
  processId: string;
  createdAt: string;
  kind: RevisionKind;
  name: string;
  process: Process;
}

export interface Workspace {
  processes: Process[];
  register: RegisterEntry[];
  revisions: WorkspaceRevision[];
}

/**
 * A stored process or revision as it goes into a backup: loaded through the load gate when it
 * can be (then at the current format version), otherwise as it is stored, so a backup leaves
 * nothing behind that a later version might still be able to read.
 */
export interface ProcessEntry {
  formatVersion: unknown;
  process: unknown;
}
export type RevisionEntry = Omit<WorkspaceRevision, 'process'> & ProcessEntry;

export interface WorkspaceEntries {
  processes: ProcessEntry[];
  register: RegisterEntry[];
  revisions: RevisionEntry[];
}

/** Deep equality of plain data (JSON-like), key order aside. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const rb = b as Record<string, unknown>;
  const ra = a as Record<string, unknown>;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && sameData(ra[k], rb[k]));
}
