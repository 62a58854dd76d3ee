// The canvas is a projection of the model: lanes and steps become React Flow nodes, connections
// become edges. React Flow's Node/Edge types stay inside editor/.
import { Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import { cachedRoutes } from '../../domain/layout/routeCache';
import type { RoutedConnection, Routes } from '../../domain/layout/routing';
import { laneBands, laneTops } from '../../domain/layout/projection';
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

/** Size of a connection handle on a step's side (as drawn by the .handle style). */
export const HANDLE_SIZE = 10;

/**
 * Where a step's four handles are, from its size: React Flow draws the step's connections from
 * these until it has measured the step in the DOM (StepNode renders handle marks for that).
 */
export function stepHandles(width: number, height: number): NodeHandle[] {
  // Steps of one size share one array (most steps have one of a few sizes).
  const key = `${width}x${height}`;
  let found = handlesBySize.get(key);
  if (!found) handlesBySize.set(key, (found = handlesFor(width, height)));
  return found;
}
const handlesBySize = new Map<string, NodeHandle[]>();

function handlesFor(width: number, height: number): NodeHandle[] {
  const h = HANDLE_SIZE / 2;
  return [
    { id: 't', type: 'source', position: Position.Top, x: width / 2 - h, y: -h },
    { id: 'r', type: 'source', position: Position.Right, x: width - h, y: height / 2 - h },
    { id: 'b', type: 'source', position: Position.Bottom, x: width / 2 - h, y: height - h },
    { id: 'l', type: 'source', position: Position.Left, x: -h, y: height / 2 - h },
  ].map((handle) => ({ ...handle, width: HANDLE_SIZE, height: HANDLE_SIZE }) as NodeHandle);
}

/** The id of the element that names a step for screen readers (rendered by StepNode). */
export const stepNameId = (stepId: string) => `step-name-${stepId}`;

/**
 * The nodes of the previous version, so a step that did not change keeps its node object:
 * React Flow then skips it, instead of re-adopting and re-rendering every node on each edit.
 */
export type NodeCache = Map<string, StepNode>;

export function toNodes(
  doc: Process,
  register: ReadonlyMap<string, RegisterEntry>,
  selected: ReadonlySet<string>,
  unknownLabel: string,
  cache: NodeCache = new Map(),
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
      measured: { width: width - BAND_LEFT, height: b.height },
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
  const steps: StepNode[] = doc.steps.map((step) => {
    const y = (tops.get(step.laneId) ?? 0) + step.y;
    const isSelected = selected.has(step.id);
    const previous = cache.get(step.id);
    if (
      previous &&
      previous.data.step === step &&
      previous.position.y === y &&
      !!previous.selected === isSelected
    )
      return previous;
    const node: StepNode = {
      id: step.id,
      type: 'step',
      // The name (kind, label, lane, place in the flow) is rendered inside the node, so it is
      // worked out only for the steps in view.
      domAttributes: { 'aria-labelledby': stepNameId(step.id) },
      position: { x: step.x, y },
      width: step.width,
      height: step.height,
      // Sizes come from the model, so they are known: without `measured`, every new version of
      // the document made React Flow hide and re-measure each rendered node through
      // ResizeObserver (450 ms of a 700 ms task after a drop at 1,000 steps).
      measured: { width: step.width, height: step.height },
      handles: stepHandles(step.width, step.height),
      selected: isSelected,
      zIndex: 1,
      data: { step },
    };
    cache.set(step.id, node);
    return node;
  });
  if (cache.size > steps.length) {
    const ids = new Set(doc.steps.map((s) => s.id));
    for (const id of cache.keys()) if (!ids.has(id)) cache.delete(id);
  }
  return [...lanes, ...steps];
}

export interface FlowEdgeData extends Record<string, unknown> {
  kind: string;
  /** The route drawn while both steps are where the routing saw them (not while one is dragged). */
  route: RoutedConnection | undefined;
  /** Where the routing saw the two steps (top-left corners). */
  seen: readonly [number, number, number, number] | undefined;
}

interface CachedEdge {
  inputs: unknown[];
  edge: Edge;
}
/** Edges of the previous version, reused while their connection and both steps are unchanged. */
export type EdgeCache = Map<string, CachedEdge>;

export function toEdges(
  doc: Process,
  selected: ReadonlySet<string>,
  /** Handovers to highlight (the key figures' "show handovers"). */
  handovers: ReadonlySet<string> = new Set(),
  /** The accessible name of a connection (React Flow's default is English with ids). */
  connectionName?: (from: string, to: string, label: string) => string,
  cache: EdgeCache = new Map(),
  routing?: { doc: Process; routes: Routes },
): Edge[] {
  const byId = new Map(doc.steps.map((s) => [s.id, s]));
  const tops = laneTops(doc);
  const centre = (s: Step) => ({
    x: s.x + s.width / 2,
    y: (tops.get(s.laneId) ?? 0) + s.y + s.height / 2,
  });
  // One routing for all connections (they keep clear of each other), the same as the exports'.
  // It may be for an earlier version of the document (a large flow is routed in a worker): each
  // route then says where its steps were, and the edge draws it only if they are still there.
  const routedDoc = routing?.doc ?? doc;
  const routes = routing?.routes ?? cachedRoutes(doc);
  const routedById = routedDoc === doc ? byId : new Map(routedDoc.steps.map((s) => [s.id, s]));
  const routedTops = routedDoc === doc ? tops : laneTops(routedDoc);
  const edges = doc.connections.map((c) => {
    const from = byId.get(c.from);
    const to = byId.get(c.to);
    const found = routes.get(c.id);
    const route = found && found.from === c.from && found.to === c.to ? found : undefined;
    const inputs = [
      route,
      c,
      from,
      to,
      routedById.get(c.from),
      routedById.get(c.to),
      routedTops.get(routedById.get(c.from)?.laneId ?? ''),
      routedTops.get(routedById.get(c.to)?.laneId ?? ''),
      from && tops.get(from.laneId),
      to && tops.get(to.laneId),
      selected.has(c.id),
      handovers.has(c.id),
      connectionName,
    ];
    const previous = cache.get(c.id);
    if (previous && previous.inputs.every((v, i) => v === inputs[i])) return previous.edge;
    const sides =
      from && to ? chooseSides(centre(from), centre(to), from, to) : { source: 'r', target: 'l' };
    const edge = {
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
      markerEnd: ARROW,
      data: {
        kind: c.kind,
        route,
        seen: seenAt(routedById.get(c.from), routedById.get(c.to), routedTops),
      } satisfies FlowEdgeData,
    } satisfies Edge;
    cache.set(c.id, { inputs, edge });
    return edge;
  });
  if (cache.size > edges.length) {
    const ids = new Set(doc.connections.map((c) => c.id));
    for (const id of cache.keys()) if (!ids.has(id)) cache.delete(id);
  }
  return edges;
}

/** Where the routing saw a connection's two steps (their top-left corners on the canvas). */
function seenAt(
  from: Step | undefined,
  to: Step | undefined,
  tops: ReadonlyMap<string, number>,
): FlowEdgeData['seen'] {
  if (!from || !to) return undefined;
  return [from.x, (tops.get(from.laneId) ?? 0) + from.y, to.x, (tops.get(to.laneId) ?? 0) + to.y];
}

/** One marker object for every edge: React Flow collects marker ids per edge on each change. */
const ARROW = { type: 'arrowclosed' as const, width: 18, height: 18 };

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
