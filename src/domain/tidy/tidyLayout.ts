// "Städa upp": the flow laid out left to right, every step kept in its own lane, lanes in their
// order. ELK (layered) decides the columns and the order within them — it is good at the hard
// part, few crossings and loops that do not blow up the drawing — and this file decides the rows
// inside each lane, because ELK knows nothing about lanes. Pure: the ELK run itself happens
// elsewhere (in a worker in the browser), with the graph built here.
import { attachments } from '../layout/attached';
import { LANE_PADDING } from '../model/geometry';
import { laneTops } from '../layout/projection';
import { STEP_KIND_INFO } from '../model/stepKinds';
import type { Process, Step } from '../model/types';
import type { Operation, StepPlacement } from '../operations/types';
import { itemBox, NEARER, zoneAt } from './itemStack';
import { CLEARANCE, placeLane, snapUp, type Placed, type TopItem } from './laneRows';

/** The subset of ELK's JSON graph we use; kept here so the domain does not depend on elkjs. */
export interface LayoutGraph {
  id: string;
  layoutOptions: Record<string, string>;
  children: { id: string; width: number; height: number; x?: number; y?: number }[];
  edges: { id: string; sources: string[]; targets: string[] }[];
}

const LEFT_MARGIN = 48;
const COLUMN_GAP = 72;

const ELK_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.layered.spacing.nodeNodeBetweenLayers': String(COLUMN_GAP),
  'elk.spacing.nodeNode': '24',
  'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
  // Keep the order the user already has where the graph leaves a choice: tidying twice is calm.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.separateConnectedComponents': 'false',
  // A loop back (a completion, a new round) is reversed where the user drew it backwards, not
  // wherever ELK's greedy choice falls: otherwise a decision can land left of the flow it ends.
  'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
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
  const tops = laneTops(process);
  const byPosition = [...flowSteps].sort(
    (a, b) => a.x - b.x || (tops.get(a.laneId) ?? 0) + a.y - ((tops.get(b.laneId) ?? 0) + b.y),
  );
  const ordered = inFlowOrder(byPosition, process.connections, ids);
  return {
    id: 'root',
    layoutOptions: ELK_OPTIONS,
    children: ordered.map((s) => ({ id: s.id, width: s.width, height: s.height })),
    edges: process.connections
      .filter((c) => c.kind === 'flow' && ids.has(c.from) && ids.has(c.to) && c.from !== c.to)
      .map((c) => ({ id: c.id, sources: [c.from], targets: [c.to] })),
  };
}

/**
 * Turns ELK's result into operations: x from ELK's columns, and inside each lane the first free
 * row, rows centred so that flows between steps of the same row run straight. Attached items
 * (problems, ideas, notes, underlag, IT-stöd) are stacked against the step they hang on, in its
 * column, never nearer another step. With a selection, only the selected steps move, into the
 * x-range they came from, around the steps left in place.
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
  const byId = new Map(process.steps.map((s) => [s.id, s]));

  // Columns: ELK's x, shifted to start where the tidied steps started (or at the left margin).
  const origin = partial ? Math.min(...steps.map((s) => s.x)) : LEFT_MARGIN;
  const elkXs = laid.children.map((c) => c.x ?? 0);
  const elkLeft = elkXs.length ? Math.min(...elkXs) : 0;
  const x = new Map<string, number>();
  for (const s of steps) {
    const e = elk.get(s.id);
    if (e && inFlow(s)) x.set(s.id, snapUp(origin + (e.x ?? 0) - elkLeft));
  }
  // An item hangs on the first flow step it is connected to that is tidied with it.
  const anchorOf = new Map<string, Step>();
  for (const [item, anchors] of attachments(process)) {
    const anchor = anchors.find((id) => x.has(id));
    if (moving.has(item) && anchor) anchorOf.set(item, byId.get(anchor)!);
  }
  // Loose notes go after the flow, one column each.
  let right = Math.max(origin, ...[...x].map(([id, v]) => v + byId.get(id)!.width));
  for (const s of steps) {
    if (x.has(s.id) || anchorOf.has(s.id)) continue;
    x.set(s.id, snapUp(right + COLUMN_GAP));
    right = x.get(s.id)! + s.width;
  }

  // Rows: one row height for the whole flow, so rows line up across lanes.
  const rowHeight = Math.max(...steps.map((s) => s.height));
  const elkY = (s: Step) => elk.get(s.id)?.y ?? Number.MAX_SAFE_INTEGER;
  const laneIndex = new Map(process.lanes.map((l, i) => [l.id, i]));
  const results = new Map<string, { placed: Placed[]; height: number }>();
  const boxIn = (id: string) =>
    [...results.values()].flatMap((r) => r.placed).find((p) => p.id === id)?.box;
  /** Sum of the heights of the lanes strictly between two lanes (by index). */
  const between = (a: number, b: number) =>
    process.lanes.slice(a + 1, b).reduce((h, l) => h + (results.get(l.id)?.height ?? l.height), 0);
  const edge = (anchor: Step) => {
    let pull = 0;
    for (const [item, a] of anchorOf) {
      if (a.id !== anchor.id) continue;
      const d = laneIndex.get(byId.get(item)!.laneId)! - laneIndex.get(a.laneId)!;
      pull += Math.sign(d);
    }
    return Math.sign(pull);
  };
  for (const [i, lane] of process.lanes.entries()) {
    const mine = steps.filter((s) => s.laneId === lane.id);
    const itemsOf = new Map<string, Step[]>();
    const top: TopItem[] = [];
    for (const s of mine) {
      const anchor = anchorOf.get(s.id);
      if (!anchor) continue;
      const k = laneIndex.get(anchor.laneId)!;
      if (k === i) itemsOf.set(anchor.id, [...(itemsOf.get(anchor.id) ?? []), s]);
      else if (k < i) {
        const a = boxIn(anchor.id)!;
        const ax = itemBox(a, s, 0).x;
        const above = results.get(anchor.laneId)!.height - (a.y + a.height) + between(k, i);
        top.push({ item: s, x: ax, above });
      }
    }
    results.set(
      lane.id,
      placeLane({
        lane,
        fixed: partial
          ? process.steps.filter((s) => s.laneId === lane.id && !moving.has(s.id))
          : [],
        // Flow steps in ELK's vertical order (its crossing minimisation), except that a step
        // with items in a lane above comes first (the top row), one with items below last.
        flow: mine
          .filter(inFlow)
          .sort((a, b) => edge(a) - edge(b) || elkY(a) - elkY(b) || a.x - b.x),
        itemsOf,
        down: new Set(mine.filter((s) => edge(s) > 0).map((s) => s.id)),
        loose: mine.filter((s) => !inFlow(s) && !anchorOf.has(s.id)),
        top,
        x,
        rowHeight,
        partial,
        isFlow: inFlow,
      }),
    );
  }
  // Items for a step in a lane below: against their lane's bottom edge, bottom lanes first so
  // the lanes in between already have their final heights.
  const belowItems = steps
    .filter((s) => {
      const a = anchorOf.get(s.id);
      return a && laneIndex.get(a.laneId)! > laneIndex.get(s.laneId)!;
    })
    .sort((a, b) => laneIndex.get(b.laneId)! - laneIndex.get(a.laneId)!);
  for (const s of belowItems) {
    const anchor = anchorOf.get(s.id)!;
    const result = results.get(s.laneId)!;
    const a = boxIn(anchor.id)!;
    const reach =
      LANE_PADDING + between(laneIndex.get(s.laneId)!, laneIndex.get(anchor.laneId)!) + a.y;
    result.placed.push(placeAtBottom(result, s, itemBox(a, s, 0).x, reach));
  }

  const placements: StepPlacement[] = [];
  const ops: Operation[] = [];
  for (const lane of process.lanes) {
    const { placed, height } = results.get(lane.id)!;
    for (const p of placed)
      if (!p.fixed) placements.push({ id: p.id, laneId: lane.id, x: p.box.x, y: p.box.y });
    if (height !== lane.height) ops.push({ type: 'lane.resize', laneId: lane.id, height });
  }
  // Steps first: a lane only shrinks once its steps have moved up (lanes never cut a step off).
  return [{ type: 'step.move', placements }, ...ops];
}

/**
 * An item against the lane's bottom edge, below everything in its column, with room above it
 * as deep as its reach down to its step; the lane grows when it has to.
 */
function placeAtBottom(
  lane: { placed: Placed[]; height: number },
  item: Step,
  x: number,
  reach: number,
): Placed {
  const zoneMargin = reach + NEARER;
  let y = LANE_PADDING;
  for (const p of lane.placed) {
    const margin = p.flow ? zoneMargin : CLEARANCE;
    if (p.box.x < x + item.width + margin && x < p.box.x + p.box.width + margin)
      y = Math.max(y, p.box.y + p.box.height + margin);
  }
  lane.height = Math.max(lane.height, snapUp(y + item.height + LANE_PADDING));
  const box = {
    x,
    y: lane.height - LANE_PADDING - item.height,
    width: item.width,
    height: item.height,
  };
  return { id: item.id, box, flow: false, fixed: false, zone: zoneAt(box, reach) };
}

/**
 * The steps in the order the flow is told: from the needs (or, without one, the steps nothing
 * leads to) along the flow, breadth first; what the flow never reaches follows by position.
 * ELK reverses the connections that go back in this order, so a loop back stays a loop back
 * however tangled the drawing was before.
 */
function inFlowOrder(
  byPosition: readonly Step[],
  connections: Process['connections'],
  ids: ReadonlySet<string>,
): Step[] {
  const next = new Map<string, string[]>();
  const entered = new Set<string>();
  for (const c of connections) {
    if (c.kind !== 'flow' || !ids.has(c.from) || !ids.has(c.to) || c.from === c.to) continue;
    next.set(c.from, [...(next.get(c.from) ?? []), c.to]);
    entered.add(c.to);
  }
  const byId = new Map(byPosition.map((s) => [s.id, s]));
  const rank = new Map(byPosition.map((s, i) => [s.id, i]));
  const needs = byPosition.filter((s) => s.kind === 'need');
  const roots = needs.length ? needs : byPosition.filter((s) => !entered.has(s.id));
  const seen = new Set<string>();
  const order: Step[] = [];
  const visitFrom = (start: readonly Step[]) => {
    const queue = start.filter((s) => !seen.has(s.id));
    for (const s of queue) seen.add(s.id);
    for (let head = 0; head < queue.length; head++) {
      const step = queue[head]!;
      order.push(step);
      const targets = (next.get(step.id) ?? []).sort((a, b) => rank.get(a)! - rank.get(b)!);
      for (const id of targets) {
        if (seen.has(id)) continue;
        seen.add(id);
        queue.push(byId.get(id)!);
      }
    }
  };
  visitFrom(roots);
  for (const s of byPosition) if (!seen.has(s.id)) visitFrom([s]);
  return order;
}
