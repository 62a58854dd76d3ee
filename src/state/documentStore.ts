// The open document, its one edit door apply(), and undo/redo. Every change says which
// operations it was made of (lastChange), so the journal can write them down synchronously.
import { create } from 'zustand';
import { applyOperation } from '../domain/operations/applyOperation';
import type { Operation } from '../domain/operations/types';
import type { Process } from '../domain/model/types';
import { pushHistory, type HistoryIntent } from './history';

const ADOPT_HISTORY = 50;

/** What the last change of the document was made of. Undo and redo are snapshot-based, so they
 * are told as a `process.restore` of the resulting document. */
export interface DocumentChange {
  ops: Operation[];
  /** The edit group it was made in (a field's commits while it has focus), if any. */
  group: string | null;
}

type DraftListener = (group: string, ops: Operation[] | null) => void;
const draftListeners = new Set<DraftListener>();

/** Hears of drafts: what a field would commit now (null when the draft is gone). */
export function subscribeDrafts(listener: DraftListener): () => void {
  draftListeners.add(listener);
  return () => draftListeners.delete(listener);
}

// Module state, not store state: which group apply() is running in, the group of the last undo
// step, and ops being captured instead of applied (a draft).
let currentGroup: string | null = null;
let lastGroup: string | null = null;
let capturing: Operation[] | null = null;

export interface DocumentState {
  doc: Process | null;
  past: Process[];
  future: Process[];
  /** Increases with each change, so autosave can tell what it has written. */
  revision: number;
  /** The operations of the last change made here (null after open, or another tab's change). */
  lastChange: DocumentChange | null;
  /** Opens a document (not undoable). */
  open(doc: Process | null): void;
  apply(op: Operation | Operation[], intent?: HistoryIntent): void;
  /**
   * Takes in a version merged with changes made elsewhere (another tab). Not an undo step: the
   * undo history is carried over through `rebase`, so undoing never takes back the other
   * tab's change.
   */
  adopt(doc: Process, rebase: (snapshot: Process) => Process): void;
  undo(): void;
  redo(): void;
  /**
   * Runs `edit` (which calls apply) as part of the edit group `group`: consecutive changes in
   * one group are one undo step; any other change in between starts a new one.
   */
  inGroup(group: string, edit: () => void): void;
  /**
   * Tells draft listeners what `edit` would apply now, without applying it (a field's text
   * not yet committed); `edit` null drops the group's draft.
   */
  draft(group: string, edit: (() => void) | null): void;
}

export const useDocumentStore = create<DocumentState>()((set, get) => ({
  doc: null,
  past: [],
  future: [],
  revision: 0,
  lastChange: null,
  open(doc) {
    lastGroup = null;
    set((s) => ({ doc, past: [], future: [], revision: s.revision + 1, lastChange: null }));
  },
  apply(op, intent = 'record') {
    const ops = Array.isArray(op) ? op : [op];
    if (capturing) {
      capturing.push(...ops);
      return;
    }
    const { doc } = get();
    if (!doc) return;
    // Several operations form one undo step; if any fails, none applies.
    const next = ops.reduce((d, o) => applyOperation(d, o), doc);
    if (next === doc) return;
    const group = currentGroup;
    const folded = group !== null && group === lastGroup && intent === 'record' ? 'merge' : intent;
    lastGroup = group;
    set((s) => ({
      doc: next,
      ...pushHistory(s, doc, folded),
      revision: s.revision + 1,
      lastChange: { ops, group },
    }));
  },
  adopt(doc, rebase) {
    // Rebasing costs a merge per snapshot; the most recent steps are the ones people undo.
    set((s) => ({
      doc,
      past: s.past.slice(-ADOPT_HISTORY).map(rebase),
      future: s.future.slice(0, ADOPT_HISTORY).map(rebase),
      revision: s.revision + 1,
      lastChange: null,
    }));
  },
  undo() {
    const { doc, past, future } = get();
    const previous = past[past.length - 1];
    if (!doc || !previous) return;
    lastGroup = null;
    set((s) => ({
      doc: previous,
      lastChange: restoreTo(previous),
      past: past.slice(0, -1),
      future: [doc, ...future],
      revision: s.revision + 1,
    }));
  },
  redo() {
    const { doc, past, future } = get();
    const next = future[0];
    if (!doc || !next) return;
    lastGroup = null;
    set((s) => ({
      doc: next,
      lastChange: restoreTo(next),
      past: [...past, doc],
      future: future.slice(1),
      revision: s.revision + 1,
    }));
  },
  inGroup(group, edit) {
    const outer = currentGroup;
    currentGroup = group;
    try {
      edit();
    } finally {
      currentGroup = outer;
    }
  },
  draft(group, edit) {
    let ops: Operation[] | null = null;
    if (edit) {
      const outer = capturing;
      capturing = [];
      try {
        edit();
        ops = capturing;
      } finally {
        capturing = outer;
      }
    }
    for (const listener of draftListeners) listener(group, ops);
  },
}));

const restoreTo = (process: Process): DocumentChange => ({
  ops: [{ type: 'process.restore', process }],
  group: null,
});
