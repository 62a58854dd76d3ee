// The one door: (document, operation) → new document. Pure; throws OperationError when the
// operation does not fit the document, leaving the input untouched.
import type { Process } from '../model/types';
import { addConnection, removeConnections, updateConnection } from './connectionOperations';
import { addLane, moveLane, rebindLane, removeLane, resizeLane } from './laneOperations';
import { addSteps, moveSteps, removeSteps, updateStep } from './stepOperations';
import { restoreContent } from '../revisions/restoreContent';
import type { Operation } from './types';

export function applyOperation(doc: Process, op: Operation, now: Date = new Date()): Process {
  const next = dispatch(doc, op);
  return next === doc ? doc : { ...next, changedAt: now.toISOString() };
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
