// Lane edits. A lane is a band bound to an organisation register entry. Lane heights that
// must grow to hold their steps are the normaliser's work (domain/model/normalise), not these.
import type { Lane, Process } from '../model/types';
import { clampNumber, fitLane } from '../schema/fitToLimits';
import { LIMITS } from '../schema/limits';
import { changesNothing, guarded } from './guard';
import { compareOrder, isOrderKey, laneOrderAfterLast } from './laneOrder';
import type { LanePatch, Operation } from './types';

type LaneOp<T extends Operation['type']> = Extract<Operation, { type: T }>;

function updateLane(doc: Process, laneId: string, patch: LanePatch, expect?: LanePatch): Process {
  const lane = doc.lanes.find((l) => l.id === laneId);
  if (!lane) return doc;
  const { order, ...rest } = guarded<LanePatch>(lane, patch, expect);
  const fields: LanePatch = rest;
  // An order key that is not one (a hostile file, a stale client) is left out, not stored.
  if (order !== undefined && isOrderKey(order)) fields.order = order;
  if (fields.height !== undefined)
    fields.height = clampNumber(
      Math.round(fields.height),
      LIMITS.laneMinHeight,
      LIMITS.laneMaxHeight,
    );
  if (changesNothing(lane, fields)) return doc;
  const lanes = doc.lanes.map((l) => (l.id === laneId ? fitLane({ ...l, ...fields }) : l));
  return { ...doc, lanes: fields.order === undefined ? lanes : sortLanes(lanes) };
}

/** Lanes in display order: by key, then id (equal keys from two people at once). */
export const sortLanes = (lanes: Lane[]): Lane[] => [...lanes].sort(compareOrder);

export function addLane(doc: Process, op: LaneOp<'lane.add'>): Process {
  if (doc.lanes.length >= LIMITS.lanes) return doc;
  if (doc.lanes.some((l) => l.id === op.lane.id)) return doc;
  const order = isOrderKey(op.lane.order) ? op.lane.order : laneOrderAfterLast(doc.lanes);
  const lane: Lane = fitLane({
    ...op.lane,
    order,
    height: clampNumber(Math.round(op.lane.height), LIMITS.laneMinHeight, LIMITS.laneMaxHeight),
  });
  return { ...doc, lanes: sortLanes([...doc.lanes, lane]) };
}

export const rebindLane = (doc: Process, op: LaneOp<'lane.rebind'>): Process =>
  updateLane(doc, op.laneId, { registerId: op.registerId });

export const moveLane = (doc: Process, op: LaneOp<'lane.move'>): Process =>
  updateLane(doc, op.laneId, { order: op.order });

export const resizeLane = (doc: Process, op: LaneOp<'lane.resize'>): Process =>
  updateLane(doc, op.laneId, { height: op.height });

export const patchLane = (doc: Process, op: LaneOp<'lane.update'>): Process =>
  updateLane(doc, op.laneId, op.patch, op.expect);

export function removeLane(doc: Process, op: LaneOp<'lane.remove'>): Process {
  if (!doc.lanes.some((l) => l.id === op.laneId)) return doc;
  const inLane = doc.steps.filter((s) => s.laneId === op.laneId);
  if (op.ifEmpty && inLane.length > 0) return doc;
  const lanes = doc.lanes.filter((l) => l.id !== op.laneId);
  if (op.moveStepsTo !== null) {
    // The lane the steps were to go to was removed meanwhile: the first lane takes them, as
    // the load gate does with a step whose lane is gone. With no lane left they go too.
    const target = lanes.find((l) => l.id === op.moveStepsTo) ?? lanes[0];
    if (target) {
      const steps = doc.steps.map((s) =>
        s.laneId === op.laneId ? { ...s, laneId: target.id } : s,
      );
      return { ...doc, lanes, steps };
    }
  }
  const removed = new Set(inLane.map((s) => s.id));
  return {
    ...doc,
    lanes,
    steps: doc.steps.filter((s) => !removed.has(s.id)),
    connections: doc.connections.filter((c) => !removed.has(c.from) && !removed.has(c.to)),
  };
}
