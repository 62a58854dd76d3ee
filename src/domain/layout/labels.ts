// Where a connection's label goes: on a stretch of line that the connection has to itself (after
// a decision's branches split, never on a shared trunk), as near its start as reads well (an
// outcome is read from the decision), never over a step or another label, and preferably not
// over someone else's line, where it could be read as theirs.
import type { Box, Point } from '../model/route';
import type { Connection } from '../model/types';
import type { RoutedConnection } from './routing';
import { SpatialIndex } from './spatial';

const SPOTS = [0.5, 0.3, 0.7, 0.15, 0.85];
const REJECT = 10_000;

export function labelSize(text: string): { width: number; height: number } {
  return { width: Math.min(40, [...text].length) * 6.4 + 12, height: 16 };
}

const overlaps = (a: Box, b: Box, gap = 0) =>
  a.x < b.x + b.width + gap &&
  b.x < a.x + a.width + gap &&
  a.y < b.y + b.height + gap &&
  b.y < a.y + a.height + gap;

interface Seg {
  id: string;
  a: Point;
  b: Point;
}

function segmentBox(s: Seg): Box {
  const x = Math.min(s.a[0], s.b[0]);
  const y = Math.min(s.a[1], s.b[1]);
  return { x, y, width: Math.abs(s.a[0] - s.b[0]), height: Math.abs(s.a[1] - s.b[1]) };
}

function onLine(p: Point, s: Seg): boolean {
  const box = segmentBox(s);
  return (
    p[0] >= box.x - 0.5 &&
    p[0] <= box.x + box.width + 0.5 &&
    p[1] >= box.y - 0.5 &&
    p[1] <= box.y + box.height + 0.5
  );
}

export function placeLabels(
  routes: Map<string, RoutedConnection>,
  connections: readonly Connection[],
  steps: readonly Box[],
): void {
  const segs: Seg[] = [];
  for (const r of routes.values()) {
    for (let k = 0; k < r.points.length - 1; k++)
      segs.push({ id: r.id, a: r.points[k]!, b: r.points[k + 1]! });
  }
  const segIndex = new SpatialIndex<Seg>(segmentBox);
  for (const s of segs) segIndex.add(s);
  const stepIndex = new SpatialIndex<Box>((b) => b);
  for (const b of steps) stepIndex.add(b);
  const placed = new SpatialIndex<Box>((b) => b);
  for (const c of connections) {
    const route = routes.get(c.id);
    const text = c.label.trim();
    if (!route || !text) continue;
    const size = labelSize(text);
    let best: { box: Box; score: number } | null = null;
    let travelled = 0;
    for (let k = 0; k < route.points.length - 1; k++) {
      const a = route.points[k]!;
      const b = route.points[k + 1]!;
      const length = Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]);
      const horizontal = Math.abs(a[1] - b[1]) < 0.01;
      for (const t of SPOTS) {
        const p: Point = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
        const box = { x: p[0] - size.width / 2, y: p[1] - size.height / 2, ...size };
        let score = (travelled + length * t) * 0.05;
        const around = { x: box.x - 2, y: box.y - 2, width: box.width + 4, height: box.height + 4 };
        if (stepIndex.near(around).some((s) => overlaps(box, s, 2))) score += REJECT;
        if (placed.near(around).some((l) => overlaps(box, l, 2))) score += REJECT;
        for (const s of segIndex.near(around)) {
          if (s.id === c.id) continue;
          if (onLine(p, s)) score += REJECT;
          else if (overlaps(box, segmentBox(s))) score += 40;
        }
        // A plate longer than its stretch hides the turn: the reader loses which way it goes.
        const along = horizontal ? size.width : size.height;
        if (along > length - 8) score += 30;
        if (!best || score < best.score) best = { box, score };
      }
      travelled += length;
    }
    if (best) {
      route.label = best.box;
      placed.add(best.box);
    }
  }
}
