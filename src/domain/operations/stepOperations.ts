// Step edits. Invariant kept here: every step lies in an existing lane, inside its band.
import { clampYInLane, fitLanes } from '../model/geometry';
import type { Process } from '../model/types';
import { clampNumber, fitStep } from '../schema/fitToLimits';
import { LIMITS } from '../schema/limits';
import { OperationError, type Operation } from './types';

type StepOp<T extends Operation['type']> = Extract<Operation, { type: T }>;

function requireLane(doc: Process, laneId: string): void {
  if (!doc.lanes.some((l) => l.id === laneId)) throw new OperationError(`No lane ${laneId}`);
}

/** A whole-pixel x within the canvas's limits; never -0, which JSON would turn into 0. */
function placeX(x: number): number {
  return clampNumber(Math.round(x), -LIMITS.coordinate, LIMITS.coordinate, 0);
}

export function addSteps(doc: Process, op: StepOp<'step.add'>): Process {
  const ids = new Set(doc.steps.map((s) => s.id));
  for (const s of op.steps) {
    requireLane(doc, s.laneId);
    if (ids.has(s.id)) throw new OperationError('Duplicate step id');
    ids.add(s.id);
  }
  // Whole pixels and never -0, as step.move keeps them: JSON would turn -0 into 0 on a round trip.
  const steps = [
    ...doc.steps,
    ...op.steps.map((s) => fitStep({ ...s, x: placeX(s.x), y: clampYInLane(s.y) })),
  ];
  let connections = doc.connections;
  if (op.connections?.length) {
    const connectionIds = new Set(doc.connections.map((c) => c.id));
    for (const c of op.connections) {
      if (!ids.has(c.from) || !ids.has(c.to))
        throw new OperationError('Connection to unknown step');
      if (c.from === c.to) throw new OperationError('A step cannot connect to itself');
      if (connectionIds.has(c.id)) throw new OperationError('Duplicate connection id');
      connectionIds.add(c.id);
    }
    connections = [...connections, ...op.connections];
  }
  return fitLanes({ ...doc, steps, connections });
}

export function updateStep(doc: Process, op: StepOp<'step.update'>): Process {
  if (!doc.steps.some((s) => s.id === op.id)) throw new OperationError(`No step ${op.id}`);
  const { properties, ...rest } = op.patch;
  const steps = doc.steps.map((s) =>
    s.id === op.id
      ? fitStep({
          ...s,
          ...rest,
          properties: properties ? { ...s.properties, ...properties } : s.properties,
        })
      : s,
  );
  return fitLanes({ ...doc, steps });
}

export function moveSteps(doc: Process, op: StepOp<'step.move'>): Process {
  const byId = new Map(op.placements.map((p) => [p.id, p]));
  for (const p of op.placements) {
    requireLane(doc, p.laneId);
    if (!doc.steps.some((s) => s.id === p.id)) throw new OperationError(`No step ${p.id}`);
  }
  const steps = doc.steps.map((s) => {
    const p = byId.get(s.id);
    return p ? fitStep({ ...s, laneId: p.laneId, x: placeX(p.x), y: clampYInLane(p.y) }) : s;
  });
  return fitLanes({ ...doc, steps });
}

export function removeSteps(doc: Process, op: StepOp<'step.remove'>): Process {
  const gone = new Set(op.ids);
  return {
    ...doc,
    steps: doc.steps.filter((s) => !gone.has(s.id)),
    connections: doc.connections.filter((c) => !gone.has(c.from) && !gone.has(c.to)),
  };
}
