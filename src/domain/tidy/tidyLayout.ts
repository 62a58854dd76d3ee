// "Städa upp": the flow laid out left to right, every step kept in its own lane, lanes in their
// order. ELK (layered) decides the columns and the order within them — it is good at the hard
// part, few crossings and loops that do not blow up the drawing — and this file decides the rows
// inside each lane, because ELK knows nothing about lanes. Pure: the ELK run itself happens
// elsewhere (in a worker in the browser), with the graph built here.
import { GRID, LANE_MIN_HEIGHT, LANE_PADDING, laneBands } from '../model/geometry';
import { STEP_KIND_INFO } from '../model/stepKinds';
import type { Process, Step } from '../model/types';
import type { Operation, StepPlacement } from '../operations/types';

/** The subset of ELK's JSON graph we use; kept here so the domain does not depend on elkjs. */
export interface LayoutGraph {
  id: string;
  layoutOptions: Record<string, string>;
  children: { id: string; width: number; height: number; x?: number; y?: number }[];
  edges: { id: string; sources: string[]; targets: string[] }[];
}

const LEFT_MARGIN = 48;
const COLUMN_GAP = 72;
const ROW_GAP = 32;
/** Room kept between the tidied selection and steps left where they were. */
const CLEARANCE = 16;

const ELK_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.layered.spacing.nodeNodeBetweenLayers': String(COLUMN_GAP),
  'elk.spacing.nodeNode': '24',
  'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
  // Keep the order the user already has where the graph leaves a choice: tidying twice is calm.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.separateConnectedComponents': 'false',
};

/** Steps that make up the flow; annotations (problems, objects, notes) follow the step they mark. */
function inFlow(step: Step): boolean {
  return STEP_KIND_INFO[step.kind].inFlow;
}

function chosen(process: Process, selection?: readonly string[]): Step[] {
  if (!selection || selection.length === 0) return process.steps;
  const wanted = new Set(selection);
  return process.steps.filter((s) => wanted.has(s.id));
}

/** The graph ELK lays out: the chosen flow steps (in their current reading order) and flows. */
export function layoutGraph(process: Process, selection?: readonly string[]): LayoutGraph {
  const steps = chosen(process, selection);
  const flowSteps = steps.filter(inFlow);
  const ids = new Set(flowSteps.map((s) => s.id));
  const tops = new Map(laneBands(process.lanes).map((b) => [b.lane.id, b.top]));
  const ordered = [...flowSteps].sort(
    (a, b) => a.x - b.x || (tops.get(a.laneId) ?? 0) + a.y - ((tops.get(b.laneId) ?? 0) + b.y),
  );
  return {
    id: 'root',
    layoutOptions: ELK_OPTIONS,
    children: ordered.map((s) => ({ id: s.id, width: s.width, height: s.height })),
    edges: process.connections
      .filter((c) => c.kind === 'flow' && ids.has(c.from) && ids.has(c.to) && c.from !== c.to)
      .map((c) => ({ id: c.id, sources: [c.from], targets: [c.to] })),
  };
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function collides(a: Box, b: Box): boolean {
  return (
    a.x < b.x + b.width + CLEARANCE &&
    b.x < a.x + a.width + CLEARANCE &&
    a.y < b.y + b.height + CLEARANCE &&
    b.y < a.y + a.height + CLEARANCE
  );
}

const snapUp = (v: number) => Math.ceil(v / GRID) * GRID;

/**
 * Turns ELK's result into operations: x from ELK's columns, and inside each lane the first free
 * row, rows centred so that flows between steps of the same row run straight. With a selection,
 * only the selected steps move, into the x-range they came from, around the steps left in place.
 */
export function tidyOperations(
  process: Process,
  laid: Pick<LayoutGraph, 'children'>,
  selection?: readonly string[],
): Operation[] {
  const steps = chosen(process, selection);
  if (steps.length === 0) return [];
  const partial = steps.length < process.steps.length;
  const moving = new Set(steps.map((s) => s.id));
  const elk = new Map(laid.children.map((c) => [c.id, c]));

  // Columns: ELK's x, shifted to start where the tidied steps started (or at the left margin).
  const origin = partial ? Math.min(...steps.map((s) => s.x)) : LEFT_MARGIN;
  const elkXs = laid.children.map((c) => c.x ?? 0);
  const elkLeft = elkXs.length ? Math.min(...elkXs) : 0;
  const x = new Map<string, number>();
  for (const s of steps) {
    const e = elk.get(s.id);
    if (e) x.set(s.id, snapUp(origin + (e.x ?? 0) - elkLeft));
  }
  // Annotations sit in the column of the step they are connected to, else after the flow.
  let right = Math.max(origin, ...[...x].map(([id, v]) => v + widthOf(process, id)));
  for (const s of steps) {
    if (x.has(s.id)) continue;
    const anchor = process.connections
      .map((c) => (c.from === s.id ? c.to : c.to === s.id ? c.from : null))
      .find((id) => id !== null && x.has(id));
    if (anchor) x.set(s.id, x.get(anchor)!);
    else {
      x.set(s.id, snapUp(right + COLUMN_GAP));
      right = x.get(s.id)! + s.width;
    }
  }

  // Rows: one row height for the whole flow, so rows line up across lanes.
  const rowHeight = Math.max(...steps.map((s) => s.height));
  const elkY = (s: Step) => elk.get(s.id)?.y ?? Number.MAX_SAFE_INTEGER;
  const placements: StepPlacement[] = [];
  const ops: Operation[] = [];
  for (const lane of process.lanes) {
    const fixed: Box[] = partial
      ? process.steps.filter((s) => s.laneId === lane.id && !moving.has(s.id))
      : [];
    const mine = steps
      .filter((s) => s.laneId === lane.id)
      // Flow steps first in ELK's vertical order (its crossing minimisation), then annotations.
      .sort((a, b) => Number(!inFlow(a)) - Number(!inFlow(b)) || elkY(a) - elkY(b) || a.x - b.x);
    const placed: Box[] = [];
    let rows = 0;
    for (const s of mine) {
      const sx = x.get(s.id)!;
      let row = 0;
      let box: Box;
      for (;;) {
        const rowTop = LANE_PADDING + row * (rowHeight + ROW_GAP);
        box = {
          x: sx,
          y: rowTop + Math.round((rowHeight - s.height) / 2),
          width: s.width,
          height: s.height,
        };
        const b = box;
        if (![...fixed, ...placed].some((o) => collides(b, o))) break;
        row++;
      }
      placed.push(box);
      rows = Math.max(rows, row + 1);
      placements.push({ id: s.id, laneId: lane.id, x: box.x, y: box.y });
    }
    const bottom = Math.max(
      LANE_PADDING + rows * rowHeight + Math.max(0, rows - 1) * ROW_GAP,
      ...fixed.map((f) => f.y + f.height),
    );
    const needed = snapUp(Math.max(LANE_MIN_HEIGHT, bottom + LANE_PADDING));
    if (!partial) {
      // A lane taller than its rows: centre the rows so the lane does not look half empty.
      const spare = Math.floor((needed - LANE_PADDING - bottom) / 2);
      if (spare > 0) {
        for (const p of placements) if (p.laneId === lane.id) p.y += spare;
      }
      if (needed !== lane.height)
        ops.push({ type: 'lane.resize', laneId: lane.id, height: needed });
    } else if (needed > lane.height) {
      ops.push({ type: 'lane.resize', laneId: lane.id, height: needed });
    }
  }
  // Steps first: a lane only shrinks once its steps have moved up (lanes never cut a step off).
  return [{ type: 'step.move', placements }, ...ops];
}

function widthOf(process: Process, id: string): number {
  return process.steps.find((s) => s.id === id)?.width ?? 0;
}
