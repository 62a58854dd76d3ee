// The canvas is a projection of the model: lanes and steps become React Flow nodes, connections
// become edges. React Flow's Node/Edge types stay inside editor/.
import type { Edge, Node } from '@xyflow/react';
import { flowOrder } from '../../domain/analysis/flowOrder';
import { laneBands } from '../../domain/model/geometry';
import type { Process, RegisterEntry, Step } from '../../domain/model/types';

/** Bands reach a little left of x = 0, under the fixed header column. */
export const BAND_LEFT = -400;
/** Room to the right of the last step, so there is always space to continue the flow. */
const TRAILING_SPACE = 600;
const MIN_CONTENT_WIDTH = 1400;

export interface LaneNodeData extends Record<string, unknown> {
  laneId: string;
  name: string;
  color: string;
  customer: boolean;
  index: number;
  count: number;
  height: number;
}
export interface StepNodeData extends Record<string, unknown> {
  step: Step;
}
export type LaneNode = Node<LaneNodeData, 'lane'>;
export type StepNode = Node<StepNodeData, 'step'>;
export type FlowNode = LaneNode | StepNode;

export function contentWidth(doc: Process): number {
  const right = doc.steps.reduce((max, s) => Math.max(max, s.x + s.width), 0);
  return Math.max(MIN_CONTENT_WIDTH, right + TRAILING_SPACE);
}

export function laneName(entry: RegisterEntry | undefined, unknownLabel: string): string {
  return entry?.name ?? unknownLabel;
}

/** The accessible name of a step: kind, label, lane, and its place in the flow. */
export type StepName = (step: Step, lane: string, index: number, count: number) => string;

export function toNodes(
  doc: Process,
  register: ReadonlyMap<string, RegisterEntry>,
  selected: ReadonlySet<string>,
  unknownLabel: string,
  stepName?: StepName,
): FlowNode[] {
  const width = contentWidth(doc);
  const bands = laneBands(doc.lanes);
  const tops = new Map(bands.map((b) => [b.lane.id, b.top]));
  const lanes: LaneNode[] = bands.map((b) => {
    const entry = register.get(b.lane.registerId);
    return {
      id: `lane:${b.lane.id}`,
      type: 'lane',
      position: { x: BAND_LEFT, y: b.top },
      width: width - BAND_LEFT,
      height: b.height,
      draggable: false,
      selectable: false,
      focusable: false,
      connectable: false,
      // Lanes under the connections, connections under the steps (so a step is always clickable).
      zIndex: -1,
      data: {
        laneId: b.lane.id,
        name: laneName(entry, unknownLabel),
        color: entry?.color ?? '#e2e8f0',
        customer: entry?.kind === 'kundgrupp',
        index: b.index,
        count: bands.length,
        height: b.height,
      },
    };
  });
  const laneNames = new Map(
    doc.lanes.map((l) => [l.id, laneName(register.get(l.registerId), unknownLabel)]),
  );
  const position = stepName
    ? new Map(flowOrder(doc).map((s, i) => [s.id, i + 1]))
    : new Map<string, number>();
  const count = doc.steps.length;
  const steps: StepNode[] = doc.steps.map((step) => ({
    id: step.id,
    type: 'step',
    ariaLabel: stepName?.(
      step,
      laneNames.get(step.laneId) ?? unknownLabel,
      position.get(step.id) ?? 0,
      count,
    ),
    position: { x: step.x, y: (tops.get(step.laneId) ?? 0) + step.y },
    width: step.width,
    height: step.height,
    selected: selected.has(step.id),
    zIndex: 1,
    data: { step },
  }));
  return [...lanes, ...steps];
}

export function toEdges(
  doc: Process,
  selected: ReadonlySet<string>,
  /** Handovers to highlight (the key figures' "show handovers"). */
  handovers: ReadonlySet<string> = new Set(),
  /** The accessible name of a connection (React Flow's default is English with ids). */
  connectionName?: (from: string, to: string, label: string) => string,
): Edge[] {
  const byId = new Map(doc.steps.map((s) => [s.id, s]));
  const tops = new Map(laneBands(doc.lanes).map((b) => [b.lane.id, b.top]));
  const centre = (s: Step) => ({
    x: s.x + s.width / 2,
    y: (tops.get(s.laneId) ?? 0) + s.y + s.height / 2,
  });
  return doc.connections.map((c) => {
    const from = byId.get(c.from);
    const to = byId.get(c.to);
    const sides =
      from && to ? chooseSides(centre(from), centre(to), from, to) : { source: 'r', target: 'l' };
    return {
      id: c.id,
      source: c.from,
      target: c.to,
      sourceHandle: sides.source,
      targetHandle: sides.target,
      type: 'flow',
      label: c.label || undefined,
      ariaLabel: connectionName?.(from?.label ?? '', to?.label ?? '', c.label),
      selected: selected.has(c.id),
      className:
        (c.kind === 'information' ? 'edge-information' : 'edge-flow') +
        (handovers.has(c.id) ? ' edge-handover' : ''),
      markerEnd: { type: 'arrowclosed' as const, width: 18, height: 18 },
      data: { kind: c.kind },
    } satisfies Edge;
  });
}

/** Orthogonal routes read best leaving the side that faces the other step. */
function chooseSides(
  a: { x: number; y: number },
  b: { x: number; y: number },
  from: Step,
  to: Step,
) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const horizontalGap = Math.abs(dx) - (from.width + to.width) / 2;
  if (horizontalGap > 20)
    return dx > 0 ? { source: 'r', target: 'l' } : { source: 'l', target: 'r' };
  return dy > 0 ? { source: 'b', target: 't' } : { source: 't', target: 'b' };
}
