// How far a drawn flow can be trusted, in counts: every number but crossings should be zero, because
// each one is a place where a reader could see a flow that is not there (two connections on one
// line, a line through a step, a label on someone else's branch, a note beside the wrong step).
// Pure: the routes come from routeProcess, so the check sees exactly what the canvas and exports draw.
import { laneBands } from './projection';
import type { Box, Point } from '../model/route';
import { STEP_KIND_INFO } from '../model/stepKinds';
import type { Process } from '../model/types';
import { routeProcess, stepBoxes, type RoutedConnection, type Routes } from './routing';

export interface LayoutQuality {
  /** Pairs of connections with another source and another target that share a stretch of line. */
  overlappingSegments: number;
  /** Connections that pass through a step (their own steps' outline excepted). */
  throughSteps: number;
  /** Labels not on a stretch of line that their connection has to itself. */
  labelsOffOwnSegment: number;
  /** Label plates over a step or over another label. */
  labelOverlaps: number;
  /**
   * Attached items (problems, ideas, notes, underlag, IT-stöd) nearer another flow step. An item
   * the user keeps in another lane than its step cannot be nearer it than that lane's own steps;
   * it counts here only when it is not in its step's column either.
   */
  attachedNearerOther: number;
  /** Items in another lane than their step, in its column: counted, as crossings are, not wrong. */
  attachedAcrossLanes: number;
  stepsOutsideLane: number;
  overlappingSteps: number;
  crossings: number;
}

export const QUALITY_KEYS: readonly (keyof LayoutQuality)[] = [
  'overlappingSegments',
  'throughSteps',
  'labelsOffOwnSegment',
  'labelOverlaps',
  'attachedNearerOther',
  'attachedAcrossLanes',
  'stepsOutsideLane',
  'overlappingSteps',
  'crossings',
];

/** Below this a touch is a rounding, not a shared line. */
const EPS = 0.5;

interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

function segmentsOf(points: readonly Point[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [x1, y1] = points[i]!;
    const [x2, y2] = points[i + 1]!;
    if (Math.abs(x1 - x2) + Math.abs(y1 - y2) > EPS) out.push({ x1, y1, x2, y2 });
  }
  return out;
}

const horizontal = (s: Segment) => Math.abs(s.y1 - s.y2) <= EPS;
const vertical = (s: Segment) => Math.abs(s.x1 - s.x2) <= EPS;

/** Length of the stretch two axis-parallel segments share (0 when they only cross or touch). */
export function sharedLength(a: Segment, b: Segment): number {
  if (horizontal(a) && horizontal(b) && Math.abs(a.y1 - b.y1) <= EPS) {
    return overlap1d(a.x1, a.x2, b.x1, b.x2);
  }
  if (vertical(a) && vertical(b) && Math.abs(a.x1 - b.x1) <= EPS) {
    return overlap1d(a.y1, a.y2, b.y1, b.y2);
  }
  return 0;
}

function overlap1d(a1: number, a2: number, b1: number, b2: number): number {
  const lo = Math.max(Math.min(a1, a2), Math.min(b1, b2));
  const hi = Math.min(Math.max(a1, a2), Math.max(b1, b2));
  return Math.max(0, hi - lo);
}

/** A proper crossing: one horizontal and one vertical segment meeting inside both. */
function crosses(a: Segment, b: Segment): boolean {
  const [h, v] = horizontal(a) && vertical(b) ? [a, b] : horizontal(b) && vertical(a) ? [b, a] : [];
  if (!h || !v) return false;
  const x = v.x1;
  const y = h.y1;
  return (
    x > Math.min(h.x1, h.x2) + EPS &&
    x < Math.max(h.x1, h.x2) - EPS &&
    y > Math.min(v.y1, v.y2) + EPS &&
    y < Math.max(v.y1, v.y2) - EPS
  );
}

/** Does the segment run through the box's inside (its border excepted)? */
export function segmentThroughBox(s: Segment, b: Box, inset = 1): boolean {
  const x0 = b.x + inset;
  const x1 = b.x + b.width - inset;
  const y0 = b.y + inset;
  const y1 = b.y + b.height - inset;
  if (x0 >= x1 || y0 >= y1) return false;
  const sx0 = Math.min(s.x1, s.x2);
  const sx1 = Math.max(s.x1, s.x2);
  const sy0 = Math.min(s.y1, s.y2);
  const sy1 = Math.max(s.y1, s.y2);
  return sx1 > x0 && sx0 < x1 && sy1 > y0 && sy0 < y1;
}

export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return (
    a.x < b.x + b.width + gap &&
    b.x < a.x + a.width + gap &&
    a.y < b.y + b.height + gap &&
    b.y < a.y + a.height + gap
  );
}

export function boxDistance(a: Box, b: Box): number {
  const dx = Math.max(0, a.x - (b.x + b.width), b.x - (a.x + a.width));
  const dy = Math.max(0, a.y - (b.y + b.height), b.y - (a.y + a.height));
  return Math.hypot(dx, dy);
}

function onSegment([x, y]: Point, s: Segment): boolean {
  if (horizontal(s)) {
    return (
      Math.abs(y - s.y1) <= EPS &&
      x >= Math.min(s.x1, s.x2) - EPS &&
      x <= Math.max(s.x1, s.x2) + EPS
    );
  }
  return (
    Math.abs(x - s.x1) <= EPS && y >= Math.min(s.y1, s.y2) - EPS && y <= Math.max(s.y1, s.y2) + EPS
  );
}

/** The flow step each attached item belongs to: the flow steps it is connected with. */
export function anchorsOf(process: Process): Map<string, string[]> {
  const kinds = new Map(process.steps.map((s) => [s.id, s.kind]));
  const anchors = new Map<string, string[]>();
  for (const c of process.connections) {
    for (const [item, other] of [
      [c.from, c.to],
      [c.to, c.from],
    ] as const) {
      const itemKind = kinds.get(item);
      const otherKind = kinds.get(other);
      if (!itemKind || !otherKind) continue;
      if (STEP_KIND_INFO[itemKind].inFlow || !STEP_KIND_INFO[otherKind].inFlow) continue;
      anchors.set(item, [...(anchors.get(item) ?? []), other]);
    }
  }
  return anchors;
}

export function layoutQuality(
  process: Process,
  routes: Routes = routeProcess(process),
): LayoutQuality {
  const boxes = stepBoxes(process);
  const all = [...routes.values()];
  const segs = new Map(all.map((r) => [r.id, segmentsOf(r.points)]));
  const q: LayoutQuality = {
    overlappingSegments: 0,
    throughSteps: 0,
    labelsOffOwnSegment: 0,
    labelOverlaps: 0,
    attachedNearerOther: 0,
    attachedAcrossLanes: 0,
    stepsOutsideLane: 0,
    overlappingSteps: 0,
    crossings: 0,
  };

  for (let i = 0; i < all.length; i++) {
    const a = all[i]!;
    for (let j = i + 1; j < all.length; j++) {
      const b = all[j]!;
      if (!near(a, b)) continue;
      let shared = false;
      let crossings = 0;
      for (const sa of segs.get(a.id)!) {
        for (const sb of segs.get(b.id)!) {
          if (sharedLength(sa, sb) > 1) shared = true;
          else if (crosses(sa, sb)) crossings++;
        }
      }
      if (shared && a.from !== b.from && a.to !== b.to) q.overlappingSegments++;
      q.crossings += crossings;
    }
  }

  const steps = [...boxes];
  for (const r of all) {
    const own = segs.get(r.id)!;
    const through = own.some((s, k) =>
      steps.some(([id, box]) => {
        // A route starts and ends on its steps' outline (inside the box for a diamond or pill).
        if (id === r.from && k === 0) return false;
        if (id === r.to && k === own.length - 1) return false;
        return segmentThroughBox(s, box);
      }),
    );
    if (through) q.throughSteps++;
    if (r.label) {
      const centre: Point = [r.label.x + r.label.width / 2, r.label.y + r.label.height / 2];
      const host = own.find((s) => onSegment(centre, s));
      const shared =
        !host ||
        all.some((o) => o.id !== r.id && segs.get(o.id)!.some((s) => onSegment(centre, s)));
      if (shared) q.labelsOffOwnSegment++;
      const label = r.label;
      const overStep = steps.some(([, box]) => boxesOverlap(label, box));
      const overLabel = all.some((o) => o.id !== r.id && o.label && boxesOverlap(label, o.label));
      if (overStep || overLabel) q.labelOverlaps++;
    }
  }

  const stepById = new Map(process.steps.map((s) => [s.id, s]));
  for (const [item, anchors] of anchorsOf(process)) {
    const box = boxes.get(item);
    if (!box) continue;
    const laneOf = (id: string) => stepById.get(id)?.laneId;
    if (!anchors.some((a) => laneOf(a) === laneOf(item))) {
      const inColumn = anchors.some((a) => {
        const b = boxes.get(a)!;
        return box.x < b.x + b.width && b.x < box.x + box.width;
      });
      if (inColumn) {
        q.attachedAcrossLanes++;
        continue;
      }
    }
    const nearestAnchor = Math.min(...anchors.map((a) => boxDistance(box, boxes.get(a)!)));
    const flowSteps = process.steps.filter(
      (s) => STEP_KIND_INFO[s.kind].inFlow && !anchors.includes(s.id),
    );
    if (flowSteps.some((s) => boxDistance(box, boxes.get(s.id)!) < nearestAnchor - EPS)) {
      q.attachedNearerOther++;
    }
  }

  const lanes = new Map(laneBands(process.lanes).map((b) => [b.lane.id, b]));
  for (const s of process.steps) {
    const band = lanes.get(s.laneId);
    if (!band || s.y < 0 || s.y + s.height > band.height) q.stepsOutsideLane++;
  }
  for (let i = 0; i < steps.length; i++) {
    for (let j = i + 1; j < steps.length; j++) {
      if (boxesOverlap(steps[i]![1], steps[j]![1])) q.overlappingSteps++;
    }
  }
  return q;
}

/** Cheap rejection: routes whose bounding boxes are apart cannot share or cross a line. */
function near(a: RoutedConnection, b: RoutedConnection): boolean {
  return boxesOverlap(bounds(a.points), bounds(b.points), 1);
}

const boundsCache = new WeakMap<readonly Point[], Box>();
function bounds(points: readonly Point[]): Box {
  let found = boundsCache.get(points);
  if (!found) {
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const x = Math.min(...xs);
    const y = Math.min(...ys);
    found = { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
    boundsCache.set(points, found);
  }
  return found;
}
