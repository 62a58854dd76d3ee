// Undo history as immutable snapshots. Every update declares its intent: `record` makes one undo
// step, `merge` folds into the last one, `skip` is not undoable (load, remote). The document
// store merges only a field's commits within one visit to it (its edit group), so a merge never
// folds into an unrelated edit.
export type HistoryIntent = 'record' | 'merge' | 'skip';

export const HISTORY_LIMIT = 300;

export interface History<T> {
  past: T[];
  future: T[];
}

export function pushHistory<T>(h: History<T>, previous: T, intent: HistoryIntent): History<T> {
  if (intent === 'skip') return { past: h.past, future: h.future };
  if (intent === 'merge' && h.past.length > 0) return { past: h.past, future: [] };
  const past = [...h.past, previous];
  if (past.length > HISTORY_LIMIT) past.shift();
  return { past, future: [] };
}
