// The operations that turn one document into another: how an undo step is made (the change
// from after to before an edit, worked out once when the edit is applied) and how a snapshot
// taken in from elsewhere is told as operations. Only what differs is in them, so an undo step
// holds the few entities an edit touched, not a copy of the document. Every update carries
// `expect` (the value it replaces), so applying the ops later to a document someone else has
// changed since leaves their changes alone.
import type { Connection, Lane, ListItem, Measure, Process, Step } from '../model/types';
import { same } from './guard';
import { PROCESS_SCALARS } from './types';
import type {
  ConnectionPatch,
  ItemList,
  LanePatch,
  Operation,
  ProcessScalars,
  StepPatch,
  ValueSet,
} from './types';

type Fields = Record<string, unknown>;

/** `to`'s fields that differ from `from`'s, and `from`'s values for them. */
function fieldDiff<T extends object>(from: T, to: T, skip: string[] = []) {
  const a = from as Fields;
  const b = to as Fields;
  const patch: Fields = {};
  const expect: Fields = {};
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (skip.includes(k) || same(a[k], b[k])) continue;
    patch[k] = b[k];
    expect[k] = a[k];
  }
  return Object.keys(patch).length ? { patch, expect } : null;
}

function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((x) => [x.id, x]));
}

/** Entities added, removed and changed between two lists (identity first: most are shared). */
function listDiff<T extends { id: string }>(from: readonly T[], to: readonly T[]) {
  const added: T[] = [];
  const removed: T[] = [];
  const changed: [T, T][] = [];
  if (from === to) return { added, removed, changed };
  const sameIds = from.length === to.length && from.every((x, i) => x.id === to[i]!.id);
  if (sameIds) {
    from.forEach((x, i) => x !== to[i] && changed.push([x, to[i]!]));
    return { added, removed, changed };
  }
  const a = byId(from);
  const b = byId(to);
  for (const x of to) {
    const old = a.get(x.id);
    if (!old) added.push(x);
    else if (old !== x) changed.push([old, x]);
  }
  for (const x of from) if (!b.has(x.id)) removed.push(x);
  return { added, removed, changed };
}

function stepChange(from: Step, to: Step): Operation | null {
  const top = fieldDiff(from, to, ['properties']);
  const props = fieldDiff(from.properties, to.properties);
  if (!top && !props) return null;
  const patch = (top?.patch ?? {}) as StepPatch;
  const expect = (top?.expect ?? {}) as StepPatch;
  if (props) {
    patch.properties = props.patch as StepPatch['properties'];
    expect.properties = props.expect as StepPatch['properties'];
  }
  return { type: 'step.update', id: from.id, patch, expect };
}

function itemOps(list: ItemList, from: ListItem[], to: ListItem[], ops: Operation[]) {
  const d = listDiff(from, to);
  for (const x of d.removed) ops.push({ type: 'item.remove', list, id: x.id });
  for (const [a, b] of d.changed) {
    const f = fieldDiff(a, b, ['id']);
    if (f) ops.push({ type: 'item.update', list, id: a.id, patch: f.patch, expect: f.expect });
  }
  for (const x of d.added) ops.push({ type: 'item.add', list, item: x });
}

function measureOps(from: Measure[], to: Measure[], ops: Operation[]) {
  const d = listDiff(from, to);
  for (const x of d.removed) ops.push({ type: 'measure.remove', id: x.id });
  for (const [a, b] of d.changed) {
    const f = fieldDiff(a, b, ['id']);
    if (f) ops.push({ type: 'measure.update', id: a.id, patch: f.patch, expect: f.expect });
  }
  for (const x of d.added) ops.push({ type: 'measure.add', measure: x });
}

function setOps(set: ValueSet, from: string[], to: string[], ops: Operation[]) {
  if (from === to) return;
  for (const v of from) if (!to.includes(v)) ops.push({ type: 'set.remove', set, value: v });
  for (const v of to) if (!from.includes(v)) ops.push({ type: 'set.add', set, value: v });
}

function hukiOps(from: Process['huki'], to: Process['huki'], ops: Operation[]) {
  if (from === to) return;
  const cell = (h: Process['huki'], s: string, r: string) =>
    Object.hasOwn(h, s) && Object.hasOwn(h[s]!, r) ? h[s]![r]! : null;
  for (const stepId of new Set([...Object.keys(from), ...Object.keys(to)])) {
    const a = Object.hasOwn(from, stepId) ? from[stepId]! : {};
    const b = Object.hasOwn(to, stepId) ? to[stepId]! : {};
    if (a === b) continue;
    for (const registerId of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const x = cell(from, stepId, registerId);
      const y = cell(to, stepId, registerId);
      if (x !== y) ops.push({ type: 'huki.set', stepId, registerId, value: y, expect: x });
    }
  }
}

/**
 * Operations that turn `from` into `to`, each guarded by `from`'s values. Order matters and is
 * the one that applies: lanes come before the steps that go into them, steps before their
 * connections and HUKI cells; removals of connections and steps before their lanes.
 */
export function diffOps(from: Process, to: Process): Operation[] {
  if (from === to) return [];
  const ops: Operation[] = [];
  const scalars = fieldDiff(pick(from), pick(to));
  if (scalars)
    ops.push({
      type: 'process.update',
      patch: scalars.patch as ProcessScalars,
      expect: scalars.expect as ProcessScalars,
    });

  const lanes = listDiff<Lane>(from.lanes, to.lanes);
  const steps = listDiff<Step>(from.steps, to.steps);
  const connections = listDiff<Connection>(from.connections, to.connections);

  for (const lane of lanes.added) ops.push({ type: 'lane.add', lane });
  for (const [a, b] of lanes.changed) {
    const f = fieldDiff(a, b, ['id']);
    if (f)
      ops.push({
        type: 'lane.update',
        laneId: a.id,
        patch: f.patch as LanePatch,
        expect: f.expect as LanePatch,
      });
  }
  if (connections.removed.length)
    ops.push({ type: 'connection.remove', ids: connections.removed.map((c) => c.id) });
  if (steps.removed.length) ops.push({ type: 'step.remove', ids: steps.removed.map((s) => s.id) });
  if (steps.added.length)
    ops.push({ type: 'step.add', steps: steps.added, after: predecessors(to.steps, steps.added) });
  for (const [a, b] of steps.changed) {
    const op = stepChange(a, b);
    if (op) ops.push(op);
  }
  const connectionAfter = predecessors(to.connections, connections.added);
  for (const c of connections.added)
    ops.push({ type: 'connection.add', connection: c, after: connectionAfter[c.id] ?? null });
  for (const [a, b] of connections.changed) {
    const f = fieldDiff(a, b, ['id']);
    if (f)
      ops.push({
        type: 'connection.update',
        id: a.id,
        patch: f.patch as ConnectionPatch,
        expect: f.expect as ConnectionPatch,
      });
  }
  // A lane goes last, and only if nobody has put a step into it meanwhile.
  for (const lane of lanes.removed)
    ops.push({ type: 'lane.remove', laneId: lane.id, moveStepsTo: null, ifEmpty: true });

  itemOps('parkingLot', from.parkingLot, to.parkingLot, ops);
  itemOps('objectsIn', from.objectsIn, to.objectsIn, ops);
  itemOps('objectsOut', from.objectsOut, to.objectsOut, ops);
  measureOps(from.measures, to.measures, ops);
  setOps('tags', from.tags, to.tags, ops);
  setOps('customerGroupIds', from.customerGroupIds, to.customerGroupIds, ops);
  hukiOps(from.huki, to.huki, ops);
  return ops;
}

/** For each added entry, the id it follows in `list` (null: it is first). */
function predecessors<T extends { id: string }>(list: readonly T[], added: readonly T[]) {
  const want = new Set(added.map((x) => x.id));
  const out: Record<string, string | null> = {};
  list.forEach((x, i) => {
    // An id is data from a file: `__proto__` must stay an own key.
    if (want.has(x.id))
      Object.defineProperty(out, x.id, {
        value: i === 0 ? null : list[i - 1]!.id,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  });
  return out;
}

function pick(p: Process): Fields {
  const out: Fields = {};
  for (const k of PROCESS_SCALARS) if (p[k] !== undefined) out[k] = p[k];
  return out;
}
