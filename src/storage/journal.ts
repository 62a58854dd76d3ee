// A synchronous journal of this tab's changes that IndexedDB does not have yet. IndexedDB writes
// are asynchronous and an unloading or crashing page never finishes them; localStorage writes
// are done when setItem returns. So every change's operations (and the text of a field not yet
// committed, as a draft) are written here at once, dropped when IndexedDB has them, and replayed
// on the next start if the tab that wrote them is gone. Operations rather than snapshots, so the
// journal keeps working when every change carries its operations and origin.
//
// One key per tab and process. A tab holds a Web Lock named after its tab id for its lifetime;
// a journal whose lock nobody holds is orphaned.
import { applyOperation } from '../domain/operations/applyOperation';
import type { Operation } from '../domain/operations/types';
import type { Process } from '../domain/model/types';
import { newId } from '../domain/model/ids';

const PREFIX = 'fv.journal.';
/** Past this, the pending changes are written as one snapshot instead (localStorage is small). */
export const JOURNAL_MAX_CHARS = 400_000;
/** Without Web Locks: a journal untouched this long is orphaned (a live tab's is cleared by its
 * next save, within a second or so, unless saving fails). */
const STALE_MS = 30_000;
const PREVIOUS_TAB = 'fv.journal.previousTab';

interface Entry {
  seq: number;
  ops: Operation[];
}

export interface JournalRecord {
  v: 1;
  tab: string;
  processId: string;
  /** The stored version the first entry applies on. */
  baseWriteId: string | null;
  entries: Entry[];
  /** A write under way: it stores `writeId` and holds every entry up to `upTo`. */
  writing: { writeId: string; upTo: number } | null;
  /** What each field with focus would commit now. */
  drafts: Record<string, Operation[]>;
  /** When the tab last wrote this (the orphan test without Web Locks). */
  at: number;
}

export interface Journal {
  readonly tabId: string;
  /** Appends a change of `process` (the document after it) made of `ops`. */
  record(
    process: Process,
    baseWriteId: string | null,
    ops: Operation[],
    group: string | null,
  ): void;
  draft(
    processId: string,
    baseWriteId: string | null,
    group: string,
    ops: Operation[] | null,
  ): void;
  /** The last entry so far: a write of the current document holds everything up to it. */
  lastSeq(processId: string): number;
  /** Called before a write starts, with the id it will store. */
  writing(processId: string, writeId: string, upTo: number): void;
  /** Called when the write has committed. */
  written(processId: string, writeId: string, upTo: number): void;
}

export interface JournalOptions {
  storage: Storage | null;
  locks: LockManager | null;
  tabId?: string;
  now?: () => number;
}

const keyOf = (tab: string, processId: string) => `${PREFIX}${tab}.${processId}`;
const lockOf = (tab: string) => `${PREFIX}${tab}`;

/** localStorage may be missing, disabled or throw on access (privacy settings). */
export function journalStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function createJournal({
  storage,
  locks,
  tabId = newId('tab'),
  now = Date.now,
}: JournalOptions): Journal {
  const records = new Map<string, JournalRecord & { seq: number }>();
  // Held until the page is gone: that is what tells other tabs this journal is alive.
  void locks?.request(lockOf(tabId), () => new Promise<void>(() => undefined)).catch(() => {});
  if (!locks && storage) {
    // So that this tab, reloaded, knows the journal of its former self at once.
    try {
      storage.setItem(PREVIOUS_TAB, tabId);
    } catch {
      // Only the age test then.
    }
  }

  const persist = (record: JournalRecord & { seq: number }, snapshot?: Process) => {
    if (!storage) return;
    const key = keyOf(tabId, record.processId);
    try {
      if (record.entries.length === 0 && Object.keys(record.drafts).length === 0) {
        storage.removeItem(key);
        return;
      }
      const { seq: _seq, ...stored } = record;
      let text = JSON.stringify({ ...stored, at: now() });
      if (text.length > JOURNAL_MAX_CHARS && snapshot && record.entries.length > 1) {
        record.entries = [
          { seq: record.seq, ops: [{ type: 'process.restore', process: snapshot }] },
        ];
        text = JSON.stringify({ ...stored, entries: record.entries, at: now() });
      }
      storage.setItem(key, text);
    } catch {
      // Full or refused: the journal falls back to what autosave alone gives. The whole record
      // is written each time, so the next change that fits makes it complete again.
    }
  };

  const recordFor = (processId: string, baseWriteId: string | null) => {
    let record = records.get(processId);
    if (!record) {
      record = {
        v: 1,
        tab: tabId,
        processId,
        baseWriteId,
        entries: [],
        writing: null,
        // Keyed by field ids that hold user ids: no prototype to collide with.
        drafts: Object.create(null) as Record<string, Operation[]>,
        at: now(),
        seq: 0,
      };
      records.set(processId, record);
    }
    return record;
  };

  return {
    tabId,
    record(process, baseWriteId, ops, group) {
      const record = recordFor(process.id, baseWriteId);
      if (group !== null) delete record.drafts[group];
      record.seq += 1;
      record.entries.push({ seq: record.seq, ops });
      persist(record, process);
    },
    draft(processId, baseWriteId, group, ops) {
      const record = recordFor(processId, baseWriteId);
      if (ops && ops.length) record.drafts[group] = ops;
      else if (Object.hasOwn(record.drafts, group)) delete record.drafts[group];
      else return;
      persist(record);
    },
    lastSeq: (processId) => records.get(processId)?.seq ?? 0,
    writing(processId, writeId, upTo) {
      const record = records.get(processId);
      if (!record || record.entries.length === 0) return;
      record.writing = { writeId, upTo };
      persist(record);
    },
    written(processId, writeId, upTo) {
      const record = records.get(processId);
      if (!record) return;
      record.entries = record.entries.filter((e) => e.seq > upTo);
      record.baseWriteId = writeId;
      record.writing = null;
      persist(record);
    },
  };
}

export interface Recovered {
  processId: string;
  title: string;
  /** Changes put back. */
  applied: number;
  /** Operations that no longer fit the stored process (it changed meanwhile). */
  skipped: number;
}

export interface ReplayOptions {
  storage: Storage | null;
  locks: LockManager | null;
  ownTab: string;
  read(
    id: string,
  ): Promise<
    { ok: true; process: Process; writeId: string | null } | { ok: false; reason: string }
  >;
  write(process: Process): Promise<unknown>;
  now?: () => number;
}

const parse = (text: string | null): JournalRecord | null => {
  try {
    const r = text ? (JSON.parse(text) as JournalRecord) : null;
    return r && r.v === 1 && typeof r.processId === 'string' && Array.isArray(r.entries) ? r : null;
  } catch {
    return null;
  }
};

/** Content without the change time, to tell whether a replayed change changed anything. */
const content = (p: Process) => JSON.stringify({ ...p, changedAt: '' });

/**
 * Applies what orphaned journals hold that the stored rows do not, writes the result and
 * removes the journals. Never throws: a journal that cannot be replayed is left for next time.
 */
export async function replayOrphans({
  storage,
  locks,
  ownTab,
  read,
  write,
  now = Date.now,
}: ReplayOptions): Promise<Recovered[]> {
  if (!storage) return [];
  let keys: string[];
  try {
    keys = Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '').filter(
      (k) => k.startsWith(PREFIX) && k !== PREVIOUS_TAB,
    );
  } catch {
    return [];
  }
  let previousTab: string | null = null;
  try {
    previousTab = storage.getItem(PREVIOUS_TAB);
  } catch {
    // Only the age test then.
  }
  const out: Recovered[] = [];
  for (const key of keys) {
    const record = parse(storage.getItem(key));
    if (!record) {
      storage.removeItem(key);
      continue;
    }
    if (record.tab === ownTab) continue;
    const replay = async () => {
      // Another starting tab may have replayed it while this one waited.
      const current = parse(storage.getItem(key));
      if (!current) return;
      const result = await replayOne(current, read, write);
      if (result === 'keep') return;
      storage.removeItem(key);
      if (result) out.push(result);
    };
    try {
      if (locks) {
        // Taking the dead tab's lock both proves it dead and keeps two starting tabs from
        // replaying the same journal.
        await locks.request(lockOf(record.tab), { ifAvailable: true }, (lock) =>
          lock ? replay() : undefined,
        );
      } else if (record.tab === previousTab || now() - record.at > STALE_MS) {
        await replay();
      }
    } catch (e) {
      console.error(e);
    }
  }
  return out;
}

async function replayOne(
  record: JournalRecord,
  read: ReplayOptions['read'],
  write: ReplayOptions['write'],
): Promise<Recovered | null | 'keep'> {
  const row = await read(record.processId);
  if (!row.ok) return row.reason === 'missing' ? null : 'keep';
  // The write under way may have committed before the page died: then the row has its entries.
  const contained = record.writing?.writeId === row.writeId ? record.writing.upTo : 0;
  const changes = [
    ...record.entries.filter((e) => e.seq > contained).map((e) => e.ops),
    ...Object.values(record.drafts),
  ];
  let doc = row.process;
  let applied = 0;
  let skipped = 0;
  for (const ops of changes) {
    const before = content(doc);
    for (const op of ops) {
      // Operations never throw: one that no longer fits (its step is gone) changes nothing.
      // An entry changed the document when it was made, so a no-op here is one that was lost.
      const next = applyOperation(doc, op);
      if (next === doc) skipped += 1;
      doc = next;
    }
    if (content(doc) !== before) applied += 1;
  }
  if (applied === 0) return null;
  await write(doc);
  return { processId: doc.id, title: doc.title, applied, skipped };
}
