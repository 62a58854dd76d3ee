// Every connection of a process routed together, so that the routes can take each other into
// account: ports spread along a step's side, lines that go round steps and never run on top of
// one another, and a label on a stretch of line its connection has to itself. One routing for the
// canvas, SVG, PNG, PDF and BPMN DI, so a flow reads the same wherever it is read.
import { laneTops, stepBox } from './projection';
import { orthogonalRoute, type Box, type Point } from '../model/route';
import type { Connection, Process } from '../model/types';
import { gridSearch, UsedLines } from './gridSearch';
import { placeLabels } from './labels';
import { nudge } from './nudge';
import { SpatialIndex } from './spatial';
import { chooseSides, outlinePoint, portOffsets, type Side } from './ports';

export interface RoutedConnection {
  id: string;
  from: string;
  to: string;
  kind: Connection['kind'];
  points: Point[];
  /** Where the label plate goes (its box, centred on the route), or null without a label. */
  label: Box | null;
}

export type Routes = ReadonlyMap<string, RoutedConnection>;

export { labelSize } from './labels';

/** Each step's box in canvas units (its lane's top added). */
export function stepBoxes(process: Process): Map<string, Box> {
  const tops = laneTops(process);
  return new Map(process.steps.map((s) => [s.id, stepBox(process, s, tops)]));
}

/** The length of the straight bit out of (and into) a step before a line may turn. */
const STUB = 14;
/** The room a line keeps from a step it passes. */
const CLEARANCE = 8;
/** How far round the two ends a line may look for a way, before looking everywhere. */
const REGIONS = [120, 480];

interface Draft {
  c: Connection;
  a: Box;
  b: Box;
  from: Side;
  to: Side;
  fromOffset: number;
  toOffset: number;
}

const DIR_INDEX: Record<Side, number> = { r: 0, b: 1, l: 2, t: 3 };

export function routeProcess(process: Process): Map<string, RoutedConnection> {
  const boxes = stepBoxes(process);
  const steps = new Map(process.steps.map((s) => [s.id, s]));
  const drafts: Draft[] = [];
  for (const c of process.connections) {
    const a = boxes.get(c.from);
    const b = boxes.get(c.to);
    const fromStep = steps.get(c.from);
    if (!a || !b || !fromStep || c.from === c.to) continue;
    const sides = chooseSides(a, b, fromStep.kind);
    drafts.push({ c, a, b, ...sides, fromOffset: 0, toOffset: 0 });
  }
  fanOutDecisions(drafts, steps);
  spreadPorts(drafts);
  alignFacing(drafts, steps);

  const boxIndex = new SpatialIndex<Box>((b) => b);
  for (const b of boxes.values()) boxIndex.add(b);
  const obstacles = [...boxes.values()].map((b) => grow(b));
  const obstacleIndex = new SpatialIndex<Box>((b) => b);
  for (const o of obstacles) obstacleIndex.add(o);
  const used = new UsedLines();
  const routed = new Map<string, Point[]>();
  // Short connections first: they get the straight lines, long ones go round them.
  // Every stub is known before any line is drawn, so no line runs into another's way in or out.
  const ends = new Map<string, [Point, Point, Point, Point]>();
  for (const d of drafts) {
    const start = outlinePoint(steps.get(d.c.from)!.kind, d.a, d.from, d.fromOffset);
    const end = outlinePoint(steps.get(d.c.to)!.kind, d.b, d.to, d.toOffset);
    const s = sideTip(d.a, d.from, start, room(d.a, d.from, start, boxIndex));
    const e = sideTip(d.b, d.to, end, room(d.b, d.to, end, boxIndex));
    ends.set(d.c.id, [start, s, e, end]);
    used.add([start, s], d.c.id);
    used.add([e, end], d.c.id);
  }
  const order = [...drafts].sort((p, q) => span(p) - span(q) || (p.c.id < q.c.id ? -1 : 1));
  for (const d of order) {
    const [start, s, e, end] = ends.get(d.c.id)!;
    const points =
      routeBetween(d, start, s, e, end, obstacleIndex, used) ?? fallback(d, start, end);
    const clean = simplify(points);
    used.add(clean, d.c.id);
    routed.set(d.c.id, clean);
  }
  const nudged = nudge(routed, obstacles);
  const result = new Map<string, RoutedConnection>();
  for (const d of drafts) {
    result.set(d.c.id, {
      id: d.c.id,
      from: d.c.from,
      to: d.c.to,
      kind: d.c.kind,
      points: nudged.get(d.c.id)!,
      label: null,
    });
  }
  placeLabels(result, process.connections, [...boxes.values()]);
  return result;
}

function grow(b: Box, by = CLEARANCE): Box {
  return { x: b.x - by, y: b.y - by, width: b.width + 2 * by, height: b.height + 2 * by };
}

/** How far a stub's tip lies from its own step. */
function gapTo(box: Box, side: Side, tip: Point): number {
  if (side === 't') return box.y - tip[1];
  if (side === 'b') return tip[1] - (box.y + box.height);
  if (side === 'l') return box.x - tip[0];
  return tip[0] - (box.x + box.width);
}

function span(d: Draft): number {
  return Math.abs(d.a.x - d.b.x) + Math.abs(d.a.y - d.b.y);
}

/**
 * How long the straight bit out of a side can be: the full stub, or half the gap to the next
 * step in that direction, so that two steps close together still get a line between them.
 */
function room(box: Box, side: Side, p: Point, boxes: SpatialIndex<Box>): number {
  const reach = 2 * (STUB + CLEARANCE);
  const probe: Box =
    side === 't'
      ? { x: p[0] - 1, y: box.y - reach, width: 2, height: reach }
      : side === 'b'
        ? { x: p[0] - 1, y: box.y + box.height, width: 2, height: reach }
        : side === 'l'
          ? { x: box.x - reach, y: p[1] - 1, width: reach, height: 2 }
          : { x: box.x + box.width, y: p[1] - 1, width: reach, height: 2 };
  let free = Infinity;
  for (const o of boxes.near(probe)) {
    if (o === box || !intersects(o, probe)) continue;
    const gap =
      side === 't'
        ? box.y - (o.y + o.height)
        : side === 'b'
          ? o.y - (box.y + box.height)
          : side === 'l'
            ? box.x - (o.x + o.width)
            : o.x - (box.x + box.width);
    if (gap >= 0) free = Math.min(free, gap);
  }
  return Math.max(2, Math.min(STUB, (free - 1) / 2));
}

function sideTip(box: Box, side: Side, p: Point, stub: number): Point {
  // The stub ends the same distance outside the box whatever the outline's shape.
  switch (side) {
    case 't':
      return [p[0], box.y - stub];
    case 'b':
      return [p[0], box.y + box.height + stub];
    case 'l':
      return [box.x - stub, p[1]];
    case 'r':
      return [box.x + box.width + stub, p[1]];
  }
}

function routeBetween(
  d: Draft,
  start: Point,
  s: Point,
  e: Point,
  end: Point,
  obstacles: SpatialIndex<Box>,
  used: UsedLines,
): Point[] | null {
  for (const pad of [...REGIONS, Infinity]) {
    const region = {
      x: Math.min(s[0], e[0]) - pad,
      y: Math.min(s[1], e[1]) - pad,
      width: Math.abs(s[0] - e[0]) + 2 * pad,
      height: Math.abs(s[1] - e[1]) + 2 * pad,
    };
    let near =
      pad === Infinity
        ? obstacles.all()
        : obstacles.near(region).filter((o) => intersects(o, region));
    // Between two steps closer than the usual clearance, the line keeps half the gap instead.
    const tight = Math.min(gapTo(d.a, d.from, s), gapTo(d.b, d.to, e));
    if (tight < CLEARANCE) near = near.map((o) => grow(o, tight - CLEARANCE - 0.5));
    const path = gridSearch({
      from: s,
      fromDir: DIR_INDEX[d.from],
      to: e,
      toDir: (DIR_INDEX[d.to] + 2) % 4,
      obstacles: near,
      used,
      owner: d.c.id,
    });
    if (path) return [start, ...path, end];
  }
  return null;
}

function fallback(d: Draft, start: Point, end: Point): Point[] {
  const plain = orthogonalRoute(d.a, d.b);
  return plain.length ? plain : [start, end];
}

function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Points without repeats and without points in the middle of a straight stretch. */
export function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && Math.abs(last[0] - p[0]) < 0.01 && Math.abs(last[1] - p[1]) < 0.01) continue;
    const before = out[out.length - 2];
    if (
      last &&
      before &&
      ((Math.abs(before[0] - last[0]) < 0.01 && Math.abs(last[0] - p[0]) < 0.01) ||
        (Math.abs(before[1] - last[1]) < 0.01 && Math.abs(last[1] - p[1]) < 0.01))
    ) {
      out[out.length - 1] = p;
      continue;
    }
    out.push(p);
  }
  return out;
}

/**
 * A decision's outcomes leave by different corners where they can: the uppermost by the top if
 * its step lies higher, the lowest by the bottom if its step lies lower, the rest to the right.
 * A reader then sees separate branches from the diamond instead of one trunk.
 */
function fanOutDecisions(drafts: Draft[], steps: ReadonlyMap<string, { kind: string }>) {
  const bySource = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (steps.get(d.c.from)?.kind !== 'decision' || d.c.kind !== 'flow') continue;
    if (d.b.x < d.a.x + d.a.width + 16) continue;
    bySource.set(d.c.from, [...(bySource.get(d.c.from) ?? []), d]);
  }
  for (const list of bySource.values()) {
    if (list.length < 2) continue;
    const cy = (b: Box) => b.y + b.height / 2;
    list.sort((p, q) => cy(p.b) - cy(q.b));
    const middle = cy(list[0]!.a);
    list.forEach((d) => (d.from = 'r'));
    if (cy(list[0]!.b) < middle - 1) list[0]!.from = 't';
    if (cy(list[list.length - 1]!.b) > middle + 1) list[list.length - 1]!.from = 'b';
  }
}

/**
 * Ports: the connections on one side of a step share it out, ordered by where their other end
 * lies so that they do not cross on the way out.
 */
function spreadPorts(drafts: Draft[]) {
  const groups = new Map<string, { d: Draft; end: 'from' | 'to' }[]>();
  for (const d of drafts) {
    for (const end of ['from', 'to'] as const) {
      const key = `${end === 'from' ? d.c.from : d.c.to}:${d[end]}`;
      const list = groups.get(key) ?? [];
      list.push({ d, end });
      groups.set(key, list);
    }
  }
  for (const list of groups.values()) {
    const side = list[0]!.d[list[0]!.end];
    const own = list[0]!.end === 'from' ? list[0]!.d.a : list[0]!.d.b;
    const horizontalSide = side === 't' || side === 'b';
    // By the angle towards the other end, so lines leave in the order they fan out and do not cross.
    const key = ({ d, end }: { d: Draft; end: 'from' | 'to' }) => {
      const other = end === 'from' ? d.b : d.a;
      const dx = other.x + other.width / 2 - (own.x + own.width / 2);
      const dy = other.y + other.height / 2 - (own.y + own.height / 2);
      if (side === 'r') return Math.atan2(dy, dx);
      if (side === 'l') return Math.atan2(dy, -dx);
      if (side === 'b') return Math.atan2(dx, dy);
      return Math.atan2(dx, -dy);
    };
    list.sort((p, q) => key(p) - key(q) || (p.d.c.id < q.d.c.id ? -1 : 1));
    const offsets = portOffsets(list.length, horizontalSide ? own.width : own.height);
    list.forEach((entry, i) => {
      if (entry.end === 'from') entry.d.fromOffset = offsets[i]!;
      else entry.d.toOffset = offsets[i]!;
    });
  }
}

const FACING: Record<Side, Side> = { t: 'b', b: 't', l: 'r', r: 'l' };
/** Kept clear of a box's corners, so the line visibly meets its side. */
const CORNER = 12;

/**
 * Two steps close together whose facing sides overlap, each end alone on its side: the ports
 * move to a common line, so the connection is one short straight stroke instead of a jog or a
 * detour round one of the steps. A decision's port stays at its tip.
 */
function alignFacing(drafts: Draft[], steps: ReadonlyMap<string, { kind: string }>) {
  const onSide = new Map<string, number>();
  const key = (id: string, side: Side) => `${id}:${side}`;
  for (const d of drafts) {
    onSide.set(key(d.c.from, d.from), (onSide.get(key(d.c.from, d.from)) ?? 0) + 1);
    onSide.set(key(d.c.to, d.to), (onSide.get(key(d.c.to, d.to)) ?? 0) + 1);
  }
  for (const d of drafts) {
    if (FACING[d.from] !== d.to) continue;
    if (onSide.get(key(d.c.from, d.from)) !== 1 || onSide.get(key(d.c.to, d.to)) !== 1) continue;
    const along = d.from === 't' || d.from === 'b';
    // Only where there is too little room between the steps for a jog: elsewhere the ports stay
    // in the middle, where the routing keeps lines of other connections apart.
    const gap = along
      ? Math.max(d.b.y - (d.a.y + d.a.height), d.a.y - (d.b.y + d.b.height))
      : Math.max(d.b.x - (d.a.x + d.a.width), d.a.x - (d.b.x + d.b.width));
    if (gap > 4 * CLEARANCE) continue;
    const range = (box: Box, id: string): [number, number] => {
      const start = along ? box.x : box.y;
      const length = along ? box.width : box.height;
      const middle = start + length / 2;
      if (steps.get(id)?.kind === 'decision') return [middle, middle];
      const margin = Math.min(CORNER, length / 2);
      return [start + margin, start + length - margin];
    };
    const [a0, a1] = range(d.a, d.c.from);
    const [b0, b1] = range(d.b, d.c.to);
    const low = Math.max(a0, b0);
    const high = Math.min(a1, b1);
    if (low > high) continue;
    const middle = (box: Box) => (along ? box.x + box.width / 2 : box.y + box.height / 2);
    // The common line nearest to both middles.
    const want = (middle(d.a) + middle(d.b)) / 2;
    const line = Math.max(low, Math.min(high, want));
    d.fromOffset = line - middle(d.a);
    d.toOffset = line - middle(d.b);
  }
}
