// Step edits. Each is total: a step or lane that is gone (someone else removed it meanwhile)
// makes that part of the edit do nothing. Lanes grow to hold their steps in the normaliser.
import { clampYInLane } from '../model/geometry';
import type { Connection, Process, Step } from '../model/types';
import { clampNumber, fitStep } from '../schema/fitToLimits';
import { LIMITS } from '../schema/limits';
import { changesNothing, guarded, same } from './guard';
import type { Operation, StepPatch } from './types';

type StepOp<T extends Operation['type']> = Extract<Operation, { type: T }>;

/** A whole-pixel x within the canvas's limits; never -0, which JSON would turn into 0. */
function placeX(x: number): number {
  return clampNumber(Math.round(x), -LIMITS.coordinate, LIMITS.coordinate, 0);
}

const place = (s: Step): Step => fitStep({ ...s, x: placeX(s.x), y: clampYInLane(s.y) });

export function addSteps(doc: Process, op: StepOp<'step.add'>): Process {
  const lanes = new Set(doc.lanes.map((l) => l.id));
  const ids = new Set(doc.steps.map((s) => s.id));
  const added: Step[] = [];
  for (const s of op.steps) {
    // A lane removed meanwhile: the step still goes in (it is someone's work), into the first
    // lane, as the load gate places a step whose lane is gone. No lane at all: nowhere to go.
    const laneId = lanes.has(s.laneId) ? s.laneId : doc.lanes[0]?.id;
    if (!laneId || ids.has(s.id)) continue;
    if (doc.steps.length + added.length >= LIMITS.steps) break;
    ids.add(s.id);
    added.push(place({ ...s, laneId }));
  }
  const connections = addable(doc.connections, op.connections ?? [], ids);
  if (added.length === 0 && connections === doc.connections) return doc;
  const steps = added.length ? placeInList(doc.steps, added, op.after) : doc.steps;
  return { ...doc, steps, connections };
}

/**
 * `list` with `added` put after the entries `after` names (null: first), in order, else at the
 * end. The list's order is what a file holds and what ties in a tidy-up follow, so an undo
 * restores it exactly.
 */
export function placeInList<T extends { id: string }>(
  list: readonly T[],
  added: readonly T[],
  after?: Record<string, string | null>,
): T[] {
  const out = [...list];
  for (const item of added) {
    const prev = after && Object.hasOwn(after, item.id) ? after[item.id] : undefined;
    if (prev === undefined) {
      out.push(item);
      continue;
    }
    const at = prev === null ? 0 : out.findIndex((x) => x.id === prev) + 1;
    if (prev !== null && at === 0) out.push(item);
    else out.splice(at, 0, item);
  }
  return out;
}

/** `extra` appended where both ends exist, the id is new and the limit allows. */
export function addable(
  existing: Connection[],
  extra: readonly Connection[],
  stepIds: ReadonlySet<string>,
): Connection[] {
  if (extra.length === 0) return existing;
  const ids = new Set(existing.map((c) => c.id));
  const out = [...existing];
  for (const c of extra) {
    if (out.length >= LIMITS.connections) break;
    if (ids.has(c.id) || c.from === c.to || !stepIds.has(c.from) || !stepIds.has(c.to)) continue;
    ids.add(c.id);
    out.push(c);
  }
  return out.length === existing.length ? existing : out;
}

export function updateStep(doc: Process, op: StepOp<'step.update'>): Process {
  const i = doc.steps.findIndex((s) => s.id === op.id);
  const step = doc.steps[i];
  if (!step) return doc;
  const next = patchedStep(doc, step, op.patch, op.expect);
  if (next === step) return doc;
  const steps = [...doc.steps];
  steps[i] = next;
  return { ...doc, steps };
}

/**
 * A run of step.update operations in one pass over the steps: the same result as applying them
 * one by one (each step's own updates in order), without copying the step list once per
 * operation — an undo of a tidy-up is a thousand of them.
 */
export function updateStepsTogether(doc: Process, ops: readonly StepOp<'step.update'>[]): Process {
  const byId = new Map<string, StepOp<'step.update'>[]>();
  for (const op of ops) {
    const list = byId.get(op.id);
    if (list) list.push(op);
    else byId.set(op.id, [op]);
  }
  let changed = false;
  const steps = doc.steps.map((s) => {
    const list = byId.get(s.id);
    if (!list) return s;
    let next = s;
    for (const op of list) next = patchedStep(doc, next, op.patch, op.expect);
    if (next !== s) changed = true;
    return next;
  });
  return changed ? { ...doc, steps } : doc;
}

function patchedStep(doc: Process, step: Step, patch: StepPatch, expect?: StepPatch): Step {
  const { properties, ...rest } = patch;
  const fields = guarded<Omit<StepPatch, 'properties'>>(step, rest, expect);
  if (fields.laneId !== undefined && !doc.lanes.some((l) => l.id === fields.laneId))
    delete fields.laneId;
  const props = properties ? guarded(step.properties, properties, expect?.properties) : undefined;
  const propsChange = props && !changesNothing(step.properties, props);
  if (changesNothing(step, fields) && !propsChange) return step;
  const next = { ...step, ...fields };
  if (propsChange) next.properties = { ...step.properties, ...props };
  return 'x' in fields || 'y' in fields ? place(next) : fitStep(next);
}

export function moveSteps(doc: Process, op: StepOp<'step.move'>): Process {
  const lanes = new Set(doc.lanes.map((l) => l.id));
  const byId = new Map(op.placements.filter((p) => lanes.has(p.laneId)).map((p) => [p.id, p]));
  if (byId.size === 0) return doc;
  let changed = false;
  const steps = doc.steps.map((s) => {
    const p = byId.get(s.id);
    if (!p) return s;
    const next = place({ ...s, laneId: p.laneId, x: p.x, y: p.y });
    if (same(next, s)) return s;
    changed = true;
    return next;
  });
  return changed ? { ...doc, steps } : doc;
}

export function removeSteps(doc: Process, op: StepOp<'step.remove'>): Process {
  const gone = new Set(op.ids);
  const steps = doc.steps.filter((s) => !gone.has(s.id));
  if (steps.length === doc.steps.length) return doc;
  return {
    ...doc,
    steps,
    connections: doc.connections.filter((c) => !gone.has(c.from) && !gone.has(c.to)),
  };
}
