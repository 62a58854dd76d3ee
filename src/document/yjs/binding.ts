// Binds the one DocumentSession to a Y.Doc (collaboration.md §4–§6). This person's changes (an
// edit, an undo or a redo; origins local, restore, import) go into the Y.Doc as a diff in one
// transaction with LOCAL_ORIGIN. Every other Y transaction (a provider, another doc's update) is
// projected, repaired and validated through the load gate (incrementally: only the entities the
// transaction touched are read and checked again, incremental.ts) and handed to the session with
// applyRemote: it never enters this person's undo history, so undo takes back only their own
// changes (the session's undo per origin, with expect guards). A projection that fails
// validation is not shown. Drafts (typing in progress) never reach the Y.Doc: they arrive as an
// ordinary edit when committed.
import type * as Y from 'yjs';
import type { Process } from '../../domain/model/types';
import { sameContent } from '../../domain/revisions/sameContent';
import type { Change, DocumentSession } from '../session';
import { createChecker } from './incrementalCheck';
import { createProjector } from './incremental';
import { isEmpty, writeDiff, writeProcess } from './mapping';
import { warmRemotePath } from './warmUp';

/** The origin of this session's own Y transactions, compared by identity. */
export const LOCAL_ORIGIN: unique symbol = Symbol('flodesverkstan.local');

export interface BindOptions {
  /** Told when a remote projection failed validation (it is not shown). */
  onInvalid?: () => void;
  /** The Y origin of this binding's writes; LOCAL_ORIGIN unless several bindings share a doc. */
  origin?: unknown;
  /** Write the session's process into the doc if the doc holds none (the one who shares it). */
  seed?: boolean;
  /**
   * When to take remote updates in: at once by default; pass e.g. `requestAnimationFrame` or
   * `queueMicrotask` so a burst of updates is projected once (a small change costs about a
   * millisecond at 1,000 steps, but the first projection, or one the load gate must repair,
   * tens of milliseconds). Own edits are written at once either way.
   */
  schedule?: (run: () => void) => void;
  /** When the page is idle: a few milliseconds of warming the remote path run there (warmUp.ts). */
  idle?: (run: () => void) => void;
}

const OWN_KINDS = new Set<Change['kind']>(['edit', 'undo', 'redo']);
const OWN_ORIGINS = new Set<Change['origin']>(['local', 'restore', 'import']);

/** The later of two ISO times (changedAt is derived: Y holds only the creator's). */
const later = (a: string, b: string) => (a > b ? a : b);

/**
 * Starts the binding; returns what stops it. The session should hold the doc's process (or a
 * version of it) already; when the doc has one that differs, the session takes it in now. An
 * empty doc is left alone (a provider may not have synced yet) unless `seed` is set.
 */
export function bindSession(
  session: DocumentSession,
  ydoc: Y.Doc,
  opts: BindOptions = {},
): () => void {
  const origin = opts.origin ?? LOCAL_ORIGIN;
  // project + validateProjection, redone only for the entities a transaction touched.
  const projector = createProjector(ydoc);
  const checker = createChecker();

  const fromSession = (change: Change) => {
    if (!OWN_KINDS.has(change.kind) || !OWN_ORIGINS.has(change.origin)) return;
    const after = change.after;
    if (!after) return;
    ydoc.transact(() => writeDiff(ydoc, change.before, after), origin);
  };

  const takeIn = () => {
    const current = session.doc;
    if (!current || isEmpty(ydoc)) return;
    const projected = checker.check(projector.project());
    if (!projected) {
      opts.onInvalid?.();
      return;
    }
    if (projected.id !== current.id || sameContent(projected, current)) return;
    const next: Process = {
      ...projected,
      changedAt: later(projected.changedAt, current.changedAt),
    };
    session.applyRemote(next, 'remote');
  };

  let queued = false;
  let stopped = false;
  const fromY = (_update: Uint8Array, txOrigin: unknown) => {
    if (txOrigin === origin) return;
    if (!opts.schedule) return takeIn();
    if (queued) return;
    queued = true;
    opts.schedule(() => {
      queued = false;
      if (!stopped) takeIn();
    });
  };

  const offSession = session.subscribe(fromSession);
  ydoc.on('update', fromY);
  if (opts.seed && session.doc && isEmpty(ydoc)) writeProcess(ydoc, session.doc, origin);
  else takeIn();
  // After the opening frame, not in it: the first remote change then finds its code warm.
  opts.idle?.(() => warmRemotePath(session.doc));
  return () => {
    stopped = true;
    offSession();
    ydoc.off('update', fromY);
    projector.stop();
  };
}
export { ydocState } from './mapping';
