// The first remote change after opening a shared process took 17–35 ms where every later one
// takes 6–10: the incremental projection, the check and the diff ran for the first time (V8
// compiles a function when it is first called). Running that same path once on a two-step doc of
// our own costs a few milliseconds and leaves nothing behind, so the first real change is warm.
import * as Y from 'yjs';
import { newStartedProcess } from '../../domain/model/factories';
import type { Process } from '../../domain/model/types';
import { normalise } from '../../domain/model/normalise';
import { diffOps } from '../../domain/operations/diff';
import { sameContent } from '../../domain/revisions/sameContent';
import { createChecker } from './incrementalCheck';
import { createProjector } from './incremental';
import { createYDoc, writeDiff } from './mapping';

let warmed = false;

/**
 * Once per page: a remote-looking change through projector, checker, diff and normaliser.
 * Returns whether it went the whole way (false when already done, or if a step refused it).
 */
export function warmRemotePath(open?: Process | null): boolean {
  if (warmed) return false;
  warmed = true;
  // The diff, comparison and normaliser walk the whole process: warm them on the open one's
  // size too (a few milliseconds at 1,000 steps), on a copy that is thrown away.
  if (open && open.steps.length > 0) {
    const relabelled = {
      ...open,
      steps: open.steps.map((s, i) => (i === 0 ? { ...s, label: `${s.label} ` } : s)),
    };
    sameContent(relabelled, open);
    diffOps(open, relabelled);
    normalise(relabelled);
  }
  const source = newStartedProcess('warm', 'r-warm', { need: 'a', outcome: 'b' });
  const doc = createYDoc(source);
  const other = new Y.Doc();
  const projector = createProjector(other);
  const checker = createChecker();
  try {
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const before = checker.check(projector.project());
    if (!before) return false;
    const after = {
      ...before,
      steps: before.steps.map((s, i) => (i === 0 ? { ...s, label: 'c' } : s)),
    };
    doc.transact(() => writeDiff(doc, before, after));
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(other)), 'warm-up');
    const seen = checker.check(projector.project());
    if (!seen || sameContent(seen, before)) return false;
    normalise(seen);
    return diffOps(before, seen).length === 1;
  } finally {
    projector.stop();
    other.destroy();
    doc.destroy();
  }
}
