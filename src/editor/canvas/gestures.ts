// What a gesture on the canvas means for the document: React Flow's event data in, the
// operation to apply out (null: the gesture changes nothing). The canvas only forwards events
// here and applies the result, so what a drop or a connection does can be tested without a
// browser. Positions are canvas coordinates (React Flow's flow positions).
import { newConnection } from '../../domain/model/factories';
import { laneAtY, laneBands } from '../../domain/model/geometry';
import type { Process, StepKind } from '../../domain/model/types';
import type { Operation } from '../../domain/operations/types';
import { withAttachedItems } from '../../domain/layout/attached';
import { addStepOperation } from '../actions/addStep';

/** A node as React Flow reports it at the end of a drag. */
export interface DroppedNode {
  id: string;
  type?: string;
  position: { x: number; y: number };
}

/** The ends of a connection as React Flow reports them; null while an end is not on a handle. */
export interface ConnectionEnds {
  source: string | null;
  target: string | null;
}

// Information objects and IT systems carry information, not the flow of work.
const INFORMATION_KINDS = new Set<string>(['informationObject', 'itSystem']);

/**
 * A drag ended. Each dropped step belongs to the lane its centre lands in (membership is
 * semantic), with y relative to that lane's top; the lane is looked up in the document as it is
 * now, so a drop where a lane was removed meanwhile lands in the lane there now (above the first
 * lane → the first, below the last → the last; see laneAtY). Steps that no longer exist, and
 * drops in a process without lanes, are left out. Attached problems, ideas and notes travel with
 * their step (domain/layout/attached).
 */
export function dropSteps(doc: Process, dropped: readonly DroppedNode[]): Operation | null {
  const tops = new Map(laneBands(doc.lanes).map((b) => [b.lane.id, b.top]));
  const placements = dropped
    .filter((n) => n.type === 'step')
    .flatMap((n) => {
      const step = doc.steps.find((s) => s.id === n.id);
      if (!step) return [];
      const lane = laneAtY(doc.lanes, n.position.y + step.height / 2);
      if (!lane) return [];
      return [
        {
          id: n.id,
          laneId: lane.id,
          x: Math.max(0, n.position.x),
          y: n.position.y - (tops.get(lane.id) ?? 0),
        },
      ];
    });
  if (!placements.length) return null;
  return { type: 'step.move', placements: withAttachedItems(doc, placements) };
}

const hasStep = (doc: Process, id: string) => doc.steps.some((s) => s.id === id);

/** Both ends on existing, different steps; a step never connects to itself. */
function validEnds(doc: Process, c: ConnectionEnds): { from: string; to: string } | null {
  if (!c.source || !c.target || c.source === c.target) return null;
  if (!hasStep(doc, c.source) || !hasStep(doc, c.target)) return null;
  return { from: c.source, to: c.target };
}

/** A new connection drawn between two steps; it carries information when either end does. */
export function connectSteps(doc: Process, c: ConnectionEnds): Operation | null {
  const ends = validEnds(doc, c);
  if (!ends) return null;
  const kindOf = (id: string) => doc.steps.find((s) => s.id === id)?.kind ?? 'activity';
  const information =
    INFORMATION_KINDS.has(kindOf(ends.from)) || INFORMATION_KINDS.has(kindOf(ends.to));
  return {
    type: 'connection.add',
    connection: newConnection(ends.from, ends.to, information ? 'information' : 'flow'),
  };
}

/** An end of an existing connection dragged onto another step. */
export function reconnect(doc: Process, connectionId: string, c: ConnectionEnds): Operation | null {
  const ends = validEnds(doc, c);
  if (!ends || !doc.connections.some((x) => x.id === connectionId)) return null;
  return { type: 'connection.update', id: connectionId, patch: ends };
}

/**
 * A new step of a kind at a canvas point (palette drop, double-click on empty ground), in the
 * lane under it. Outside every lane, or left of the canvas's start, adds nothing.
 */
export function addStepAt(
  doc: Process,
  kind: StepKind,
  p: { x: number; y: number },
): { op: Operation; stepId: string } | null {
  const band = laneBands(doc.lanes).find((b) => p.y >= b.top && p.y < b.top + b.height);
  if (!band || p.x < 0) return null;
  return addStepOperation(doc, { kind, laneId: band.lane.id, at: { x: p.x, y: p.y - band.top } });
}
