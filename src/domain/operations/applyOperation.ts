// The one door: (document, operation) → new document. Pure; throws OperationError when the
// operation does not fit the document, leaving the input untouched.
import { fitLanes } from '../model/geometry';
import type { Process } from '../model/types';
import { fitProcessToLimits } from '../schema/fitToLimits';
import { LIMITS } from '../schema/limits';
import { addConnection, removeConnections, updateConnection } from './connectionOperations';
import { addLane, moveLane, rebindLane, removeLane, resizeLane } from './laneOperations';
import { addSteps, moveSteps, removeSteps, updateStep } from './stepOperations';
import { restoreContent } from '../revisions/restoreContent';
import { OperationError, type Operation } from './types';

export function applyOperation(doc: Process, op: Operation, now: Date = new Date()): Process {
  const next = dispatch(doc, op);
  if (next === doc) return doc;
  refuseOverCount(doc, next);
  // Whatever an edit brought in (typed, pasted, restored) is cut to the schema's limits here,
  // so the document in memory is always one the next read accepts. fitLanes again when
  // something was clamped (a step's size changes how it sits in its lane) or a whole version
  // came in; the other edits fitted their lanes already, and a second pass costs a keystroke
  // in a 5,000-step process half a millisecond.
  const clamped = fitProcessToLimits(next, doc);
  const within = clamped === next && op.type !== 'process.restore' ? next : fitLanes(clamped);
  return { ...within, changedAt: now.toISOString() };
}

/** More steps, lanes or connections than a file may hold is refused, not cut. */
function refuseOverCount(doc: Process, next: Process): void {
  const over = (key: 'steps' | 'lanes' | 'connections') =>
    next[key].length > LIMITS[key] && next[key].length > doc[key].length;
  if (over('steps')) throw new OperationError(`More than ${LIMITS.steps} steps`);
  if (over('lanes')) throw new OperationError(`More than ${LIMITS.lanes} lanes`);
  if (over('connections')) throw new OperationError(`More than ${LIMITS.connections} connections`);
}

function dispatch(doc: Process, op: Operation): Process {
  switch (op.type) {
    case 'process.update':
      return { ...doc, ...op.patch };
    case 'lane.add':
      return addLane(doc, op);
    case 'lane.rebind':
      return rebindLane(doc, op);
    case 'lane.move':
      return moveLane(doc, op);
    case 'lane.resize':
      return resizeLane(doc, op);
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
    case 'process.restore':
      return restoreContent(doc, op.process);
  }
}
