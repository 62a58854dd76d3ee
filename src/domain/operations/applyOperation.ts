// The one door: (document, operation) → new document. Pure and total: an operation whose target
// is gone (removed by someone else meanwhile), or that would pass a count limit, changes nothing
// and returns the same document. Lane heights fitted to their steps, and other derived state,
// are not written here but by normalise() after every change (domain/model/normalise).
import type { Process } from '../model/types';
import { restoreContent } from '../revisions/restoreContent';
import { fitProcessToLimits } from '../schema/fitToLimits';
import { addConnection, removeConnections, updateConnection } from './connectionOperations';
import { guarded } from './guard';
import { addLane, moveLane, patchLane, rebindLane, removeLane, resizeLane } from './laneOperations';
import {
  addItem,
  addMeasure,
  addToSet,
  removeFromSet,
  removeItem,
  removeMeasure,
  setHuki,
  updateItem,
  updateMeasure,
} from './listOperations';
import {
  addSteps,
  moveSteps,
  removeSteps,
  updateStep,
  updateStepsTogether,
} from './stepOperations';
import type { Operation } from './types';

export function applyOperation(doc: Process, op: Operation, now: Date = new Date()): Process {
  const next = dispatch(doc, op);
  if (next === doc) return doc;
  // Whatever an edit brought in (typed, pasted, restored) is cut to the schema's limits here,
  // so the document in memory is always one the next read accepts.
  return { ...fitProcessToLimits(next, doc), changedAt: now.toISOString() };
}

/** Applies the operations in order (each to the result of the one before). */
export function applyOperations(
  doc: Process,
  ops: readonly Operation[],
  now: Date = new Date(),
): Process {
  let out = doc;
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!;
    if (op.type !== 'step.update' || ops[i + 1]?.type !== 'step.update') {
      out = applyOperation(out, op, now);
      continue;
    }
    // A run of step updates (an undo of a tidy-up): one pass, same result as one by one.
    let end = i;
    while (ops[end + 1]?.type === 'step.update') end++;
    const run = ops.slice(i, end + 1) as Extract<Operation, { type: 'step.update' }>[];
    const next = updateStepsTogether(out, run);
    if (next !== out) out = { ...fitProcessToLimits(next, out), changedAt: now.toISOString() };
    i = end;
  }
  return out;
}

function updateProcess(doc: Process, op: Extract<Operation, { type: 'process.update' }>) {
  const patch = guarded(doc, op.patch, op.expect);
  const keys = Object.keys(patch) as (keyof typeof patch)[];
  if (keys.every((k) => doc[k] === patch[k])) return doc;
  const next = { ...doc, ...patch };
  // An as-is link taken away is an absent field, not an undefined one (JSON drops it anyway).
  if ('asIsId' in patch && patch.asIsId === undefined) delete next.asIsId;
  return next;
}

function dispatch(doc: Process, op: Operation): Process {
  switch (op.type) {
    case 'process.update':
      return updateProcess(doc, op);
    case 'lane.add':
      return addLane(doc, op);
    case 'lane.rebind':
      return rebindLane(doc, op);
    case 'lane.move':
      return moveLane(doc, op);
    case 'lane.resize':
      return resizeLane(doc, op);
    case 'lane.update':
      return patchLane(doc, op);
    case 'lane.remove':
      return removeLane(doc, op);
    case 'step.add':
      return addSteps(doc, op);
    case 'step.update':
      return updateStep(doc, op);
    case 'step.move':
      return moveSteps(doc, op);
    case 'step.remove':
      return removeSteps(doc, op);
    case 'connection.add':
      return addConnection(doc, op);
    case 'connection.update':
      return updateConnection(doc, op);
    case 'connection.remove':
      return removeConnections(doc, op);
    case 'item.add':
      return addItem(doc, op);
    case 'item.update':
      return updateItem(doc, op);
    case 'item.remove':
      return removeItem(doc, op);
    case 'measure.add':
      return addMeasure(doc, op);
    case 'measure.update':
      return updateMeasure(doc, op);
    case 'measure.remove':
      return removeMeasure(doc, op);
    case 'set.add':
      return addToSet(doc, op);
    case 'set.remove':
      return removeFromSet(doc, op);
    case 'huki.set':
      return setHuki(doc, op);
    case 'process.restore':
      return restoreContent(doc, op.process);
    default:
      // An operation this version does not know (a newer tab's journal): nothing to do.
      return doc;
  }
}
