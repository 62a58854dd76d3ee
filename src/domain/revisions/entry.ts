// A saved version as a list shows it: everything but the process itself. Here, below storage
// and the features, so both name the same thing (storage/revisionRepository writes it).
import type { Process } from '../model/types';
import type { RevisionKind, RevisionSummary } from './policy';

export interface RevisionEntry extends RevisionSummary {
  id: string;
  processId: string;
  createdAt: string;
  kind: RevisionKind;
  name: string;
  /** contentFingerprint of the version: "same as the newest?" without loading it. */
  fingerprint: string;
}

export type RevisionRead =
  | { ok: true; entry: RevisionEntry; process: Process }
  | { ok: false; reason: 'missing' | 'unreadable' };
