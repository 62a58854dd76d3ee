// An in-memory stand-in for the revision repository, with the same ordering and pruning.
import type { Process } from '../domain/model/types';
import { contentFingerprint } from '../domain/revisions/fingerprint';
import { revisionsToPrune, summarizeRevision, type RevisionKind } from '../domain/revisions/policy';
import type { RevisionEntry } from '../storage/revisionRepository';
import type { VersionStore } from './recorder';

type Row = RevisionEntry & { process: Process };

export function memoryVersions() {
  const rows: Row[] = [];
  let seq = 0;
  const newestFirst = (id: string) =>
    rows
      .filter((r) => r.processId === id)
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  const store: VersionStore & { list(id: string): Promise<Row[]> } = {
    async addRevision(input: {
      process: Process;
      kind: RevisionKind;
      name?: string;
      now?: Date;
      fingerprint?: string;
    }) {
      const row: Row = {
        id: `r-${++seq}`,
        processId: input.process.id,
        createdAt: (input.now ?? new Date()).toISOString(),
        kind: input.kind,
        name: input.name ?? '',
        ...summarizeRevision(input.process),
        fingerprint: input.fingerprint ?? contentFingerprint(input.process),
        process: structuredClone(input.process),
      };
      rows.push(row);
      const { process: _process, ...entry } = row;
      return entry;
    },
    async newestFingerprint(id: string) {
      return newestFirst(id)[0]?.fingerprint ?? null;
    },
    async pruneRevisions(id: string, now: number = Date.now()) {
      const drop = new Set(revisionsToPrune(newestFirst(id), now));
      for (let i = rows.length - 1; i >= 0; i--) if (drop.has(rows[i]!.id)) rows.splice(i, 1);
      return drop.size;
    },
    async list(id: string) {
      return newestFirst(id);
    },
  };
  return store;
}
