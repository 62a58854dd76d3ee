// Coarse culling with slack. React Flow's own culling (onlyRenderVisibleElements) still walks
// every node and every edge on each pan, zoom and drag frame, so its cost per frame grows with
// the process (bench: culled baseline 3.7 ms/frame at 100 steps, 9.5 at 5,000). The canvas
// instead hands React Flow only what lies in a window around the view, a grid lookup away, and
// picks a new window only when the view leaves the old one: per frame the work then depends on
// what is in view, not on the size of the process.

import type { Box } from '../../domain/model/route';

interface Placed {
  id: string;
  box: Box;
}
export interface PlacedConnection extends Placed {
  source: string;
  target: string;
}

/** What lies in a window: the steps to give React Flow and the connections between them. */
export interface InWindow {
  steps: ReadonlySet<string>;
  connections: ReadonlySet<string>;
}

/** Steps (about 160 × 80) and a few columns of them per cell. */
const CELL = 1024;
/** A connection's route may leave its steps' boxes (a loop runs below both; a label). */
const ROUTE_SLACK = 48;

export interface FlowIndex {
  steps: Map<string, Placed[]>;
  connections: Map<string, PlacedConnection[]>;
  /** Each step's connections, for steps kept wherever the view is (the selection). */
  byStep: Map<string, PlacedConnection[]>;
}

const cellKey = (cx: number, cy: number) => `${cx},${cy}`;

function eachCell(box: Box, visit: (key: string) => void) {
  const x0 = Math.floor(box.x / CELL);
  const x1 = Math.floor((box.x + box.width) / CELL);
  const y0 = Math.floor(box.y / CELL);
  const y1 = Math.floor((box.y + box.height) / CELL);
  for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) visit(cellKey(cx, cy));
}

function insert<T extends Placed>(cells: Map<string, T[]>, item: T) {
  eachCell(item.box, (key) => {
    const list = cells.get(key);
    if (list) list.push(item);
    else cells.set(key, [item]);
  });
}

/** A connection's box: both steps' boxes and the room its route and label may take. */
export function connectionBox(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x) - ROUTE_SLACK;
  const y = Math.min(a.y, b.y) - ROUTE_SLACK;
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) + ROUTE_SLACK - x,
    height: Math.max(a.y + a.height, b.y + b.height) + ROUTE_SLACK - y,
  };
}

export function indexFlow(steps: readonly Placed[], connections: readonly PlacedConnection[]) {
  const index: FlowIndex = { steps: new Map(), connections: new Map(), byStep: new Map() };
  for (const step of steps) insert(index.steps, step);
  for (const connection of connections) {
    insert(index.connections, connection);
    for (const end of [connection.source, connection.target]) {
      const list = index.byStep.get(end);
      if (list) list.push(connection);
      else index.byStep.set(end, [connection]);
    }
  }
  return index;
}

/** The canvas's steps (nodes of type "step") and connections, as the document places them. */
export function indexCanvas(
  nodes: readonly {
    id: string;
    type?: string;
    position: { x: number; y: number };
    width?: number;
    height?: number;
  }[],
  edges: readonly { id: string; source: string; target: string }[],
): FlowIndex {
  const boxes = new Map<string, Box>();
  const steps: Placed[] = [];
  for (const n of nodes) {
    if (n.type !== 'step') continue;
    const box = { x: n.position.x, y: n.position.y, width: n.width ?? 0, height: n.height ?? 0 };
    boxes.set(n.id, box);
    steps.push({ id: n.id, box });
  }
  const connections: PlacedConnection[] = [];
  for (const e of edges) {
    const a = boxes.get(e.source);
    const b = boxes.get(e.target);
    if (a && b)
      connections.push({ id: e.id, source: e.source, target: e.target, box: connectionBox(a, b) });
  }
  return indexFlow(steps, connections);
}

type IndexedNode = Parameters<typeof indexCanvas>[0][number];
type IndexedEdge = Parameters<typeof indexCanvas>[1][number];

/**
 * Whether an index of `before` serves `after` too: the same steps in the same boxes and the same
 * connections between the same steps. A renamed step (a new node object in the same place) keeps
 * the index, which otherwise is built again on each version (2 ms at 1,000 steps).
 */
export function samePlaces(
  before: { nodes: readonly IndexedNode[]; edges: readonly IndexedEdge[] },
  after: { nodes: readonly IndexedNode[]; edges: readonly IndexedEdge[] },
): boolean {
  const [a, b] = [before.nodes, after.nodes];
  if (a.length !== b.length || before.edges.length !== after.edges.length) return false;
  for (let i = 0; i < a.length; i++) {
    const [m, n] = [a[i]!, b[i]!];
    if (m === n) continue;
    if (m.id !== n.id || m.type !== n.type || m.width !== n.width || m.height !== n.height)
      return false;
    if (m.position.x !== n.position.x || m.position.y !== n.position.y) return false;
  }
  return before.edges.every((e, i) => {
    const f = after.edges[i]!;
    return e === f || (e.id === f.id && e.source === f.source && e.target === f.target);
  });
}

const overlaps = (a: Box, b: Box) =>
  a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;

/**
 * The steps and connections that overlap the window, and both ends of every such connection
 * (React Flow draws a connection only between steps it has); pinned steps (the selection, which
 * a drag may carry anywhere) come with all their connections wherever they are.
 */
export function queryWindow(
  index: FlowIndex,
  window: Box,
  pinned: readonly string[] = [],
): InWindow {
  const steps = new Set<string>(pinned);
  const connections = new Set<string>();
  const take = (c: PlacedConnection) => {
    connections.add(c.id);
    steps.add(c.source);
    steps.add(c.target);
  };
  eachCell(window, (key) => {
    for (const step of index.steps.get(key) ?? [])
      if (overlaps(step.box, window)) steps.add(step.id);
    for (const c of index.connections.get(key) ?? [])
      if (!connections.has(c.id) && overlaps(c.box, window)) take(c);
  });
  for (const id of pinned) for (const c of index.byStep.get(id) ?? []) take(c);
  return { steps, connections };
}

/** The view in canvas units, from React Flow's transform and the canvas's size on screen. */
export function viewRect(transform: readonly [number, number, number], size: Size): Box {
  const [tx, ty, zoom] = transform;
  return { x: -tx / zoom, y: -ty / zoom, width: size.width / zoom, height: size.height / zoom };
}
interface Size {
  width: number;
  height: number;
}

/** Half a view of slack on every side: a pan of up to half a screen needs no new window. */
export function windowAround(view: Box): Box {
  return {
    x: view.x - view.width / 2,
    y: view.y - view.height / 2,
    width: view.width * 2,
    height: view.height * 2,
  };
}

/**
 * Whether the window still serves the view: it holds the view, and is not so much larger
 * (after zooming in from an overview) that React Flow walks many times what is in sight.
 */
export function windowServes(window: Box, view: Box): boolean {
  const holds =
    view.x >= window.x &&
    view.y >= window.y &&
    view.x + view.width <= window.x + window.width &&
    view.y + view.height <= window.y + window.height;
  return holds && window.width * window.height <= 16 * view.width * view.height;
}
