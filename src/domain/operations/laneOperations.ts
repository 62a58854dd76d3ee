// Lane edits. A lane is a band bound to an organisation register entry.
import { fitLanes } from '../model/geometry';
import type { Process } from '../model/types';
import { clampNumber, fitLane } from '../schema/fitToLimits';
import { LIMITS } from '../schema/limits';
import { OperationError, type Operation } from './types';

type LaneOp<T extends Operation['type']> = Extract<Operation, { type: T }>;

function laneIndex(doc: Process, laneId: string): number {
  const i = doc.lanes.findIndex((l) => l.id === laneId);
  if (i < 0) throw new OperationError(`No lane ${laneId}`);
  return i;
}

export function addLane(doc: Process, op: LaneOp<'lane.add'>): Process {
  if (doc.lanes.some((l) => l.id === op.lane.id)) throw new OperationError('Duplicate lane id');
  const lanes = [...doc.lanes];
  const at = op.index === undefined ? lanes.length : Math.max(0, Math.min(op.index, lanes.length));
  lanes.splice(at, 0, fitLane(op.lane));
  // Never lower than the minimum: the load gate would otherwise grow it on reload.
  return fitLanes({ ...doc, lanes });
}

export function rebindLane(doc: Process, op: LaneOp<'lane.rebind'>): Process {
  const i = laneIndex(doc, op.laneId);
  const lanes = doc.lanes.map((l, j) => (j === i ? { ...l, registerId: op.registerId } : l));
  return { ...doc, lanes };
}

export function moveLane(doc: Process, op: LaneOp<'lane.move'>): Process {
  const from = laneIndex(doc, op.laneId);
  const to = Math.max(0, Math.min(op.toIndex, doc.lanes.length - 1));
  if (from === to) return doc;
  const lanes = [...doc.lanes];
  const [lane] = lanes.splice(from, 1);
  lanes.splice(to, 0, lane!);
  return { ...doc, lanes };
}

export function resizeLane(doc: Process, op: LaneOp<'lane.resize'>): Process {
  const i = laneIndex(doc, op.laneId);
  const height = clampNumber(Math.round(op.height), LIMITS.laneMinHeight, LIMITS.laneMaxHeight);
  const lanes = doc.lanes.map((l, j) => (j === i ? { ...l, height } : l));
  // Never smaller than its steps need: a step must not stick out of its lane.
  return fitLanes({ ...doc, lanes });
}

export function removeLane(doc: Process, op: LaneOp<'lane.remove'>): Process {
  laneIndex(doc, op.laneId);
  const lanes = doc.lanes.filter((l) => l.id !== op.laneId);
  if (op.moveStepsTo !== null) {
    if (op.moveStepsTo === op.laneId || !lanes.some((l) => l.id === op.moveStepsTo)) {
      throw new OperationError('Steps must move to another existing lane');
    }
    const target = op.moveStepsTo;
    const steps = doc.steps.map((s) => (s.laneId === op.laneId ? { ...s, laneId: target } : s));
    return fitLanes({ ...doc, lanes, steps });
  }
  const removed = new Set(doc.steps.filter((s) => s.laneId === op.laneId).map((s) => s.id));
  return {
    ...doc,
    lanes,
    steps: doc.steps.filter((s) => !removed.has(s.id)),
    connections: doc.connections.filter((c) => !removed.has(c.from) && !removed.has(c.to)),
  };
}
