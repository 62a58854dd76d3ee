// Lines that the search still put on top of each other (it only makes that dear, not impossible)
// are moved apart onto parallel tracks, like lanes on a road, so two connections never share a
// stretch of line. Only the inner stretches move: the first and last stay on their ports.
import type { Box, Point } from '../model/route';

const TRACK = 8;
const TRIES = [1, -1, 2, -2, 3, -3, 4, -4];
/** A stretch next to a moved one keeps at least this length and its direction. */
const MIN_NEIGHBOUR = 4;

interface Stretch {
  id: string;
  /** Index of its first point in the route. */
  k: number;
  vertical: boolean;
  at: number;
  lo: number;
  hi: number;
  movable: boolean;
}

function stretches(id: string, points: readonly Point[]): Stretch[] {
  const out: Stretch[] = [];
  for (let k = 0; k < points.length - 1; k++) {
    const [x1, y1] = points[k]!;
    const [x2, y2] = points[k + 1]!;
    const vertical = Math.abs(x1 - x2) < 0.01;
    out.push({
      id,
      k,
      vertical,
      at: vertical ? x1 : y1,
      lo: vertical ? Math.min(y1, y2) : Math.min(x1, x2),
      hi: vertical ? Math.max(y1, y2) : Math.max(x1, x2),
      movable: k > 0 && k < points.length - 2,
    });
  }
  return out;
}

const lineKey = (s: { vertical: boolean; at: number }) =>
  `${s.vertical ? 'v' : 'h'}${Math.round(s.at)}`;

export function nudge(
  routes: ReadonlyMap<string, Point[]>,
  steps: readonly Box[],
): Map<string, Point[]> {
  const out = new Map([...routes].map(([id, points]) => [id, points.map((p) => [...p] as Point)]));
  const byLine = new Map<string, Stretch[]>();
  for (const [id, points] of out) {
    for (const s of stretches(id, points)) {
      const key = lineKey(s);
      byLine.set(key, [...(byLine.get(key) ?? []), s]);
    }
  }
  const moved: { s: Stretch; to: number }[] = [];
  for (const list of byLine.values()) {
    for (const cluster of clusters(list)) {
      const ids = new Set(cluster.map((s) => s.id));
      if (ids.size < 2) continue;
      // One of them may stay on the line: a fixed stretch if there is one, else the first.
      const stay = cluster.find((s) => !s.movable) ?? cluster[0]!;
      const taken = new Set<number>([0]);
      for (const s of cluster) {
        if (s.id === stay.id || !s.movable) continue;
        for (const t of TRIES) {
          if (taken.has(t)) continue;
          const to = s.at + t * TRACK;
          if (!fits(s, to, out.get(s.id)!, steps, byLine)) continue;
          taken.add(t);
          moved.push({ s, to });
          const key = lineKey({ vertical: s.vertical, at: to });
          byLine.set(key, [...(byLine.get(key) ?? []), { ...s, at: to }]);
          break;
        }
      }
    }
  }
  for (const { s, to } of moved) {
    const points = out.get(s.id)!;
    const axis = s.vertical ? 0 : 1;
    points[s.k]![axis] = to;
    points[s.k + 1]![axis] = to;
  }
  return out;
}

/** Runs of stretches on one line that overlap one another. */
function clusters(list: readonly Stretch[]): Stretch[][] {
  const sorted = [...list].sort((a, b) => a.lo - b.lo);
  const out: Stretch[][] = [];
  let current: Stretch[] = [];
  let reach = -Infinity;
  for (const s of sorted) {
    if (current.length && s.lo < reach - 1) {
      current.push(s);
      reach = Math.max(reach, s.hi);
    } else {
      if (current.length) out.push(current);
      current = [s];
      reach = s.hi;
    }
  }
  if (current.length) out.push(current);
  return out;
}

/** Can the stretch move to `to` without entering a step, reversing a neighbour or landing on a line in use? */
function fits(
  s: Stretch,
  to: number,
  points: readonly Point[],
  steps: readonly Box[],
  byLine: ReadonlyMap<string, Stretch[]>,
): boolean {
  const axis = s.vertical ? 0 : 1;
  for (const k of [s.k - 1, s.k + 2]) {
    const neighbour = points[k];
    const joint = points[k === s.k - 1 ? s.k : s.k + 1]!;
    if (!neighbour) continue;
    const before = joint[axis] - neighbour[axis];
    const after = to - neighbour[axis];
    if (Math.sign(before) !== Math.sign(after) || Math.abs(after) < MIN_NEIGHBOUR) return false;
  }
  const box = s.vertical
    ? { x: to, y: s.lo, width: 0, height: s.hi - s.lo }
    : { x: s.lo, y: to, width: s.hi - s.lo, height: 0 };
  for (const b of steps) {
    // The steps here are grown by the routing's clearance: keep half of it.
    const x0 = b.x + 4;
    const x1 = b.x + b.width - 4;
    const y0 = b.y + 4;
    const y1 = b.y + b.height - 4;
    if (box.x + box.width > x0 && box.x < x1 && box.y + box.height > y0 && box.y < y1) return false;
  }
  const others = byLine.get(lineKey({ vertical: s.vertical, at: to })) ?? [];
  return !others.some((o) => o.id !== s.id && Math.min(o.hi, s.hi) - Math.max(o.lo, s.lo) > 1);
}
