// The one owner of the open document (docs/architecture.md, "the document session"). Every
// change goes through it and comes out as one event that says which operations, from whom, with
// the document before and after: autosave and the journal, the revision recorder, the screen
// reader announcer and tab sync listen to these events instead of comparing snapshots. Undo is
// per origin: it takes back only this person's own changes, by applying operations worked out
// when the change was made (domain/operations/diff), never by swapping in an old snapshot.
import type { Process, RegisterEntry } from '../domain/model/types';
import type { Operation } from '../domain/operations/types';

/**
 * Who made a change. This person: `local` (an edit), `restore` (an earlier version brought
 * back), `import` (content brought in from a file into the open process) — all undoable.
 * Elsewhere: `tab` (another tab of this browser), `remote` (another person, later) — never
 * undone here. `load`: the document was opened.
 */
export type Origin = 'local' | 'restore' | 'import' | 'tab' | 'remote' | 'load';
export type LocalOrigin = Extract<Origin, 'local' | 'restore' | 'import'>;
export type RemoteOrigin = Extract<Origin, 'tab' | 'remote'>;

/** Register entries an edit adds or changes; they undo with the edit (see RegisterPort). */
export type RegisterChange = { put: RegisterEntry[]; remove: string[] };

export interface Change {
  /** What was done, as operations (for `load`: none; for a remote snapshot: the difference). */
  ops: Operation[];
  origin: Origin;
  /** `edit` for a new change, `undo`/`redo` for one taken back or done again. */
  kind: 'edit' | 'undo' | 'redo' | 'remote' | 'load';
  /** Normalised documents; `before` is null when a document was opened, `after` when closed. */
  before: Process | null;
  after: Process | null;
  /** The edit group it was made in (a field's commits while it has focus), if any. */
  group: string | null;
  register: RegisterChange | null;
}

export interface ApplyOptions {
  origin?: LocalOrigin;
  /** `merge`: fold into the last undo step; `skip`: not undoable. */
  intent?: 'record' | 'merge' | 'skip';
  /** Register entries this edit adds or changes (the lane a quick entry names, …). */
  register?: RegisterEntry[];
}

/** Where the register lives (state/ provides it): the session only asks and tells. */
export interface RegisterPort {
  entries(): readonly RegisterEntry[];
  put(entries: RegisterEntry[]): void;
  remove(ids: string[]): void;
}

export interface DocumentSession {
  /** The open document, normalised (lane heights fitted, lists in order). */
  readonly doc: Process | null;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Applies this person's edit; several operations are one undo step. False if nothing changed. */
  apply(ops: Operation | Operation[], opts?: ApplyOptions): boolean;
  /** Takes in a change made elsewhere: operations, or a whole (merged) document. Not undoable. */
  applyRemote(change: Operation[] | Process, origin: RemoteOrigin): void;
  /** Opens a document (or closes it with null); the undo history starts empty. */
  load(doc: Process | null): void;
  undo(): void;
  redo(): void;
  /** Consecutive edits in one group (a field's commits during one visit) are one undo step. */
  inGroup(group: string, edit: () => void): void;
  /** Tells draft listeners what `edit` would apply now, without applying it; null drops it. */
  draft(group: string, edit: (() => void) | null): void;
  subscribe(listener: (change: Change) => void): () => void;
  subscribeDrafts(listener: (group: string, ops: Operation[] | null) => void): () => void;
}
