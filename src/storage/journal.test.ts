import { beforeEach, describe, expect, it } from 'vitest';
import { applyOperation } from '../domain/operations/applyOperation';
import type { Operation } from '../domain/operations/types';
import type { Process } from '../domain/model/types';
import { aSmallProcess, aStep } from '../test/builders';
import { createJournal, JOURNAL_MAX_CHARS, replayOrphans, type Journal } from './journal';

/** localStorage as the browser has it: synchronous, and full at `limit` characters. */
class MemoryStorage implements Storage {
  map = new Map<string, string>();
  constructor(private limit = Infinity) {}
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    const used = [...this.map].reduce((n, [key, val]) => n + (key === k ? 0 : val.length), 0);
    if (used + v.length > this.limit) throw new DOMException('full', 'QuotaExceededError');
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  clear() {
    this.map.clear();
  }
}

/** Web Locks in one process: a lock is held until its callback's promise settles. */
function memoryLocks() {
  const held = new Set<string>();
  const request = (name: string, a: unknown, b?: unknown) => {
    const callback = (typeof a === 'function' ? a : b) as (l: unknown) => unknown;
    const options = (typeof a === 'function' ? {} : a) as { ifAvailable?: boolean };
    if (held.has(name))
      return options.ifAvailable ? Promise.resolve(callback(null)) : new Promise(() => {});
    held.add(name);
    return Promise.resolve(callback({ name })).finally(() => held.delete(name));
  };
  return { held, locks: { request } as unknown as LockManager };
}

const addStep = (id: string): Operation => ({
  type: 'step.add',
  steps: [aStep(id, 'l1', { label: `Nytt ${id}` })],
});
const label = (text: string): Operation => ({
  type: 'step.update',
  id: 's1',
  patch: { label: text },
});

const PID = aSmallProcess().id;

let storage: MemoryStorage;
let lockState: ReturnType<typeof memoryLocks>;
let rows: Map<string, { process: Process; writeId: string | null }>;
let writes: number;

const repository = {
  read: async (id: string) => {
    const row = rows.get(id);
    return row ? { ok: true as const, ...row } : { ok: false as const, reason: 'missing' };
  },
  write: async (p: Process) => {
    writes += 1;
    rows.set(p.id, { process: p, writeId: `w-replay-${writes}` });
  },
};
const stored = () => rows.get(PID)!.process;
const labels = () => stored().steps.map((s) => s.label);

/** A tab edits `doc` through the journal, as persistence does; returns the document after. */
function edit(journal: Journal, doc: Process, ops: Operation[], group: string | null = null) {
  const next = ops.reduce((d, o) => applyOperation(d, o), doc);
  journal.record(next, 'w0', ops, group);
  return next;
}
const killTab = (journal: Journal) => lockState.held.delete(`fv.journal.${journal.tabId}`);
const replay = (ownTab = 'tab-new', locks: LockManager | null = lockState.locks) =>
  replayOrphans({ storage, locks, ownTab, ...repository });

beforeEach(() => {
  storage = new MemoryStorage();
  lockState = memoryLocks();
  rows = new Map([[PID, { process: aSmallProcess(), writeId: 'w0' }]]);
  writes = 0;
});

describe('journal', () => {
  it('puts back the changes of a tab that died before saving them, and says how many', async () => {
    const journal = createJournal({ storage, locks: lockState.locks });
    let doc = stored();
    doc = edit(journal, doc, [addStep('a')]);
    doc = edit(journal, doc, [label('Omdöpt')]);
    killTab(journal);

    const recovered = await replay();
    expect(recovered).toEqual([{ processId: PID, title: doc.title, applied: 2, skipped: 0 }]);
    expect(labels()).toEqual(['Omdöpt', 'Steg s2', 'Steg s3', 'Nytt a']);
    expect(storage.length).toBe(0);
    expect(await replay()).toEqual([]);
  });

  it('leaves alone the journal of a tab that is still open', async () => {
    const journal = createJournal({ storage, locks: lockState.locks });
    edit(journal, stored(), [addStep('a')]);
    expect(await replay()).toEqual([]);
    expect(labels()).not.toContain('Nytt a');
    expect(storage.length).toBe(1);
  });

  it('is empty once IndexedDB has the changes', async () => {
    const journal = createJournal({ storage, locks: lockState.locks });
    const doc = edit(journal, stored(), [addStep('a')]);
    const upTo = journal.lastSeq(doc.id);
    journal.writing(doc.id, 'w1', upTo);
    rows.set(doc.id, { process: doc, writeId: 'w1' });
    journal.written(doc.id, 'w1', upTo);
    expect(storage.length).toBe(0);
  });

  it('does not apply twice what a write stored just before the page died', async () => {
    const journal = createJournal({ storage, locks: lockState.locks });
    let doc = edit(journal, stored(), [addStep('a')]);
    const upTo = journal.lastSeq(doc.id);
    journal.writing(doc.id, 'w1', upTo);
    rows.set(doc.id, { process: doc, writeId: 'w1' });
    // Committed in IndexedDB, but the page died before written() ran; one more edit after it.
    doc = edit(journal, doc, [label('Efter')]);
    // Another tab renamed the new step meanwhile: replaying the add again would undo that.
    rows.set(doc.id, {
      process: applyOperation(rows.get(doc.id)!.process, {
        type: 'step.update',
        id: 'a',
        patch: { label: 'Från andra fliken' },
      }),
      writeId: 'w1',
    });
    killTab(journal);

    expect(await replay()).toEqual([expect.objectContaining({ applied: 1, skipped: 0 })]);
    expect(labels()).toEqual(['Efter', 'Steg s2', 'Steg s3', 'Från andra fliken']);
  });

  it('skips and counts an operation that no longer fits, and applies the rest', async () => {
    const journal = createJournal({ storage, locks: lockState.locks });
    let doc = edit(journal, stored(), [{ type: 'step.update', id: 's3', patch: { label: 'x' } }]);
    doc = edit(journal, doc, [label('Kvar')]);
    rows.set(doc.id, {
      process: applyOperation(stored(), { type: 'step.remove', ids: ['s3'] }),
      writeId: 'w-other',
    });
    killTab(journal);

    expect(await replay()).toEqual([expect.objectContaining({ applied: 1, skipped: 1 })]);
    expect(labels()).toEqual(['Kvar', 'Steg s2']);
  });

  it('keeps the text of a field not yet committed, and drops it once committed', async () => {
    const journal = createJournal({ storage, locks: lockState.locks });
    journal.draft(PID, 'w0', 'field-1', [label('Halvskr')]);
    journal.draft(PID, 'w0', 'field-1', [label('Halvskrivet')]);
    const tab = createJournal({ storage, locks: lockState.locks });
    tab.draft(PID, 'w0', 'field-2', [label('Committad')]);
    edit(tab, stored(), [label('Committad')], 'field-2');
    expect(JSON.parse(storage.getItem(`fv.journal.${tab.tabId}.${PID}`)!).drafts).toEqual({});
    killTab(journal);

    expect(await replay()).toEqual([expect.objectContaining({ applied: 1 })]);
    expect(labels()[0]).toBe('Halvskrivet');
  });

  it('writes one snapshot instead of operations when the journal grows too large', async () => {
    const journal = createJournal({ storage, locks: lockState.locks });
    let doc = stored();
    const long = 'x'.repeat(400);
    for (let i = 0; i * 400 < JOURNAL_MAX_CHARS; i++)
      doc = edit(journal, doc, [label(`${i} ${long}`)]);
    const text = storage.getItem(`fv.journal.${journal.tabId}.${PID}`)!;
    const entries = (JSON.parse(text) as { entries: { ops: Operation[] }[] }).entries;
    // Compacted once past the cap; the edits since are operations again.
    expect(entries[0]!.ops.map((o) => o.type)).toEqual(['process.restore']);
    expect(entries.length).toBeLessThan(JOURNAL_MAX_CHARS / 400);
    expect(text.length).toBeLessThan(JOURNAL_MAX_CHARS);
    killTab(journal);
    await replay();
    expect(stored().steps[0]!.label).toBe(doc.steps[0]!.label);
  });

  it('never breaks editing when localStorage is full or missing', () => {
    storage = new MemoryStorage(10);
    for (const s of [storage, null]) {
      const journal = createJournal({ storage: s, locks: null });
      expect(() => edit(journal, aSmallProcess(), [addStep('a')])).not.toThrow();
      expect(() => journal.written(PID, 'w1', 1)).not.toThrow();
    }
  });

  it('without Web Locks, replays the journal of the tab this one was before a reload, or a stale one', async () => {
    let now = 1_000_000;
    const journal = createJournal({ storage, locks: null, now: () => now });
    edit(journal, stored(), [addStep('a')]);
    // A fresh tab: the journal is young and not its own former self.
    storage.setItem('fv.journal.previousTab', 'someone-else');
    expect(
      await replayOrphans({ storage, locks: null, ownTab: 't', now: () => now, ...repository }),
    ).toEqual([]);
    now += 60_000;
    expect(
      await replayOrphans({ storage, locks: null, ownTab: 't', now: () => now, ...repository }),
    ).toHaveLength(1);
    expect(labels()).toContain('Nytt a');

    const reloaded = createJournal({ storage, locks: null, now: () => now });
    edit(reloaded, stored(), [addStep('b')]);
    storage.setItem('fv.journal.previousTab', reloaded.tabId);
    expect(
      await replayOrphans({ storage, locks: null, ownTab: 't2', now: () => now, ...repository }),
    ).toHaveLength(1);
    expect(labels()).toContain('Nytt b');
  });
});
