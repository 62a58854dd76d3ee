// Deleting steps the way a person means it: a step taken out of the middle of a flow leaves the
// flow whole (its one predecessor is joined to its one successor), and the problems, ideas,
// notes, underlag and IT-stöd hanging only on it go with it rather than float free.
import { newConnection } from '../model/factories';
import { STEP_KIND_INFO } from '../model/stepKinds';
import type { Connection, Process } from '../model/types';
import type { Operation } from './types';

export interface StepRemovalPlan {
  /** Applied together: one undo step. Empty when there is nothing to remove. */
  ops: Operation[];
  /** Every step removed: the ones asked for and the items attached only to them. */
  removedIds: string[];
  /** Attached items taken along (not asked for by name). */
  attachedIds: string[];
  /** New flow connections that close the gaps, predecessor → successor. */
  joined: Connection[];
}

/**
 * What removing `ids` does. Removed flow steps that hang together count as one gap: when the
 * gap has exactly one flow in and one flow out, and its two neighbours are not already joined,
 * they are joined, keeping the incoming label (a decision's "Ja" still names its branch).
 * More than one way in or out is a branch or a merge: guessing which ends belong together would
 * draw a flow nobody drew, so those stay for the person to connect.
 */
export function planStepRemoval(doc: Process, ids: readonly string[]): StepRemovalPlan {
  const asked = new Set(ids.filter((id) => doc.steps.some((s) => s.id === id)));
  if (asked.size === 0) return { ops: [], removedIds: [], attachedIds: [], joined: [] };
  const attachedIds = attachedOnlyTo(doc, asked);
  const removed = new Set([...asked, ...attachedIds]);
  const joined = joinGaps(doc, removed);
  const ops: Operation[] = [{ type: 'step.remove', ids: [...removed] }];
  for (const connection of joined) ops.push({ type: 'connection.add', connection });
  return { ops, removedIds: [...removed], attachedIds, joined };
}

/** Non-flow steps whose every connection is to a step being removed (and that have one). */
function attachedOnlyTo(doc: Process, removed: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const step of doc.steps) {
    if (removed.has(step.id) || STEP_KIND_INFO[step.kind].inFlow) continue;
    const others = doc.connections
      .filter((c) => c.from === step.id || c.to === step.id)
      .map((c) => (c.from === step.id ? c.to : c.from));
    if (others.length > 0 && others.every((id) => removed.has(id))) out.push(step.id);
  }
  return out;
}

function joinGaps(doc: Process, removed: ReadonlySet<string>): Connection[] {
  const flows = doc.connections.filter((c) => c.kind === 'flow');
  const joined: Connection[] = [];
  const seen = new Set<string>();
  const exists = (from: string, to: string) =>
    [...flows, ...joined].some((c) => c.from === from && c.to === to);
  for (const start of removed) {
    if (seen.has(start)) continue;
    const gap = gapAround(start, flows, removed);
    gap.forEach((id) => seen.add(id));
    const ins = flows.filter((c) => gap.has(c.to) && !removed.has(c.from));
    const outs = flows.filter((c) => gap.has(c.from) && !removed.has(c.to));
    if (ins.length !== 1 || outs.length !== 1) continue;
    const [incoming, outgoing] = [ins[0]!, outs[0]!];
    if (incoming.from === outgoing.to || exists(incoming.from, outgoing.to)) continue;
    joined.push({ ...newConnection(incoming.from, outgoing.to), label: incoming.label });
  }
  return joined;
}

/** The removed steps reachable from `start` over flows between removed steps. */
function gapAround(start: string, flows: Connection[], removed: ReadonlySet<string>): Set<string> {
  const gap = new Set([start]);
  const queue = [start];
  while (queue.length) {
    const id = queue.pop()!;
    for (const c of flows) {
      const other = c.from === id ? c.to : c.to === id ? c.from : null;
      if (other && removed.has(other) && !gap.has(other)) {
        gap.add(other);
        queue.push(other);
      }
    }
  }
  return gap;
}
