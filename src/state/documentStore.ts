// The open document, its one edit door apply(), and undo/redo.
import { create } from 'zustand';
import { applyOperation } from '../domain/operations/applyOperation';
import type { Operation } from '../domain/operations/types';
import type { Process } from '../domain/model/types';
import { pushHistory, type HistoryIntent } from './history';

const ADOPT_HISTORY = 50;

export interface DocumentState {
  doc: Process | null;
  past: Process[];
  future: Process[];
  /** Increases with each change, so autosave can tell what it has written. */
  revision: number;
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
}

export const useDocumentStore = create<DocumentState>()((set, get) => ({
  doc: null,
  past: [],
  future: [],
  revision: 0,
  open(doc) {
    set((s) => ({ doc, past: [], future: [], revision: s.revision + 1 }));
  },
  apply(op, intent = 'record') {
    const { doc } = get();
    if (!doc) return;
    const ops = Array.isArray(op) ? op : [op];
    // Several operations form one undo step; if any fails, none applies.
    const next = ops.reduce((d, o) => applyOperation(d, o), doc);
    if (next === doc) return;
    set((s) => ({ doc: next, ...pushHistory(s, doc, intent), revision: s.revision + 1 }));
  },
  adopt(doc, rebase) {
    // Rebasing costs a merge per snapshot; the most recent steps are the ones people undo.
    set((s) => ({
      doc,
      past: s.past.slice(-ADOPT_HISTORY).map(rebase),
      future: s.future.slice(0, ADOPT_HISTORY).map(rebase),
      revision: s.revision + 1,
    }));
  },
  undo() {
    const { doc, past, future } = get();
    const previous = past[past.length - 1];
    if (!doc || !previous) return;
    set((s) => ({
      doc: previous,
      past: past.slice(0, -1),
      future: [doc, ...future],
      revision: s.revision + 1,
    }));
  },
  redo() {
    const { doc, past, future } = get();
    const next = future[0];
    if (!doc || !next) return;
    set((s) => ({
      doc: next,
      past: [...past, doc],
      future: future.slice(1),
      revision: s.revision + 1,
    }));
  },
}));
