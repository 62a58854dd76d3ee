// The shortest orthogonal path between two points that goes round steps, on a sparse grid made of
// the lines along the steps' sides and the middles between them (so a line runs down the middle
// of the gap between two columns rather than hugging one). Turns cost, running along a line that
// another connection already uses costs a lot: the search looks for a free line first.
import type { Box, Point } from '../model/route';

/** The lines already taken, per orientation and coordinate (rounded to the pixel). */
export class UsedLines {
  readonly horizontal = new Lines();
  readonly vertical = new Lines();

  add(points: readonly Point[], owner: string): void {
    for (let i = 0; i < points.length - 1; i++) {
      const [x1, y1] = points[i]!;
      const [x2, y2] = points[i + 1]!;
      if (y1 === y2 && x1 !== x2) this.horizontal.push(y1, x1, x2, owner);
      else if (x1 === x2 && y1 !== y2) this.vertical.push(x1, y1, y2, owner);
    }
  }

  /** The used lines of one orientation inside [lo, hi], each with its stretches by others. */
  within(lines: Lines, lo: number, hi: number, owner: string): Map<number, Interval[]> {
    const out = new Map<number, Interval[]>();
    for (let b = Math.floor(lo / BUCKET); b <= Math.floor(hi / BUCKET); b++) {
      const keys = lines.buckets.get(b);
      if (!keys) continue;
      for (const at of keys) {
        if (at < lo || at > hi) continue;
        const others = lines.byKey.get(at)!.filter((s) => s.owner !== owner);
        if (others.length) out.set(at, others);
      }
    }
    return out;
  }
}

const BUCKET = 256;

/** Used stretches by line, with the lines bucketed by coordinate so a search finds its own quickly. */
class Lines {
  readonly byKey = new Map<number, Interval[]>();
  readonly buckets = new Map<number, number[]>();

  push(at: number, a: number, b: number, owner: string) {
    const key = Math.round(at);
    let list = this.byKey.get(key);
    if (!list) {
      this.byKey.set(key, (list = []));
      const bucket = Math.floor(key / BUCKET);
      const keys = this.buckets.get(bucket) ?? [];
      keys.push(key);
      this.buckets.set(bucket, keys);
    }
    list.push({ lo: Math.min(a, b), hi: Math.max(a, b), owner });
  }
}

export interface Interval {
  lo: number;
  hi: number;
  owner: string;
}

function takenOn(list: readonly Interval[] | undefined, a: number, b: number): number {
  if (!list) return 0;
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  let sum = 0;
  for (const s of list) sum += Math.max(0, Math.min(hi, s.hi) - Math.max(lo, s.lo));
  return sum;
}

/** Room between parallel lines: a line can run beside a used one, never on it. */
export const TRACK = 8;

const BEND = 24;
/** Lines right next to a step read as cramped: a little dearer than a gap's middle. */
const HUG = 0.25;
const SHARED = 40;
const SHARED_FIXED = 400;

// Directions 0..3: right, down, left, up.
const DX = [1, 0, -1, 0];
const DY = [0, 1, 0, -1];

export interface SearchInput {
  from: Point;
  /** Direction of the first move (0 right, 1 down, 2 left, 3 up): away from the step. */
  fromDir: number;
  to: Point;
  /** Direction of the last move: into the step. */
  toDir: number;
  /** Steps grown by the clearance a line keeps. */
  obstacles: readonly Box[];
  used: UsedLines;
  owner: string;
}

function uniqueSorted(values: number[]): number[] {
  values.sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of values) if (out.length === 0 || v - out[out.length - 1]! > 0.5) out.push(v);
  return out;
}

/** The axis lines: given ones plus the middle between each neighbouring pair. */
function axis(values: number[], border: Set<number>): { at: number[]; hug: boolean[] } {
  const base = uniqueSorted(values);
  const at: number[] = [];
  const hug: boolean[] = [];
  for (let i = 0; i < base.length; i++) {
    at.push(base[i]!);
    hug.push(border.has(base[i]!));
    if (i < base.length - 1) {
      at.push((base[i]! + base[i + 1]!) / 2);
      hug.push(false);
    }
  }
  return { at, hug };
}

function indexOf(at: readonly number[], v: number): number {
  let lo = 0;
  let hi = at.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! < v - 0.25) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function gridSearch(input: SearchInput): Point[] | null {
  const { from, to, obstacles, used, owner } = input;
  const xBorder = new Set<number>();
  const yBorder = new Set<number>();
  const xs = [from[0], to[0]];
  const ys = [from[1], to[1]];
  for (const o of obstacles) {
    xs.push(o.x, o.x + o.width);
    ys.push(o.y, o.y + o.height);
    xBorder.add(o.x).add(o.x + o.width);
    yBorder.add(o.y).add(o.y + o.height);
  }
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  const usedV = used.within(used.vertical, x0, x1, owner);
  const usedH = used.within(used.horizontal, y0, y1, owner);
  const X = axis(xs, xBorder);
  const Y = axis(ys, yBorder);
  const vAt = X.at.map((x) => usedV.get(Math.round(x)));
  const hAt = Y.at.map((y) => usedH.get(Math.round(y)));
  const nx = X.at.length;
  const ny = Y.at.length;
  const hBlocked = new Uint8Array(nx * ny);
  const vBlocked = new Uint8Array(nx * ny);
  for (const o of obstacles) {
    const ix0 = indexOf(X.at, o.x);
    const ix1 = indexOf(X.at, o.x + o.width);
    const iy0 = indexOf(Y.at, o.y);
    const iy1 = indexOf(Y.at, o.y + o.height);
    for (let j = iy0 + 1; j < iy1; j++) for (let i = ix0; i < ix1; i++) hBlocked[j * nx + i] = 1;
    for (let j = iy0; j < iy1; j++) for (let i = ix0 + 1; i < ix1; i++) vBlocked[j * nx + i] = 1;
  }
  const si = indexOf(X.at, from[0]);
  const sj = indexOf(Y.at, from[1]);
  const ti = indexOf(X.at, to[0]);
  const tj = indexOf(Y.at, to[1]);

  const states = nx * ny * 4;
  const cost = new Float64Array(states).fill(Infinity);
  const prev = new Int32Array(states).fill(-1);
  const heap = new MinHeap();
  const start = (sj * nx + si) * 4 + input.fromDir;
  cost[start] = 0;
  heap.push(start, 0);
  const h = (i: number, j: number) => Math.abs(X.at[i]! - to[0]) + Math.abs(Y.at[j]! - to[1]);
  let goal = -1;
  while (heap.size > 0) {
    const state = heap.pop();
    const dir = state & 3;
    const node = state >> 2;
    const i = node % nx;
    const j = (node - i) / nx;
    if (i === ti && j === tj) {
      goal = state;
      break;
    }
    const base = cost[state]!;
    for (let d = 0; d < 4; d++) {
      if (d === (dir + 2) % 4) continue;
      const ni = i + DX[d]!;
      const nj = j + DY[d]!;
      if (ni < 0 || nj < 0 || ni >= nx || nj >= ny) continue;
      const horizontal = d === 0 || d === 2;
      const blocked = horizontal
        ? hBlocked[j * nx + Math.min(i, ni)]
        : vBlocked[Math.min(j, nj) * nx + i];
      if (blocked) continue;
      const length = horizontal ? Math.abs(X.at[ni]! - X.at[i]!) : Math.abs(Y.at[nj]! - Y.at[j]!);
      const hug = horizontal ? Y.hug[j] : X.hug[i];
      const a = horizontal ? X.at[i]! : Y.at[j]!;
      const b = horizontal ? X.at[ni]! : Y.at[nj]!;
      const shared = takenOn(horizontal ? hAt[j] : vAt[i], a, b);
      let step = length * (hug ? 1 + HUG : 1) + (shared > 0 ? SHARED_FIXED + shared * SHARED : 0);
      if (d !== dir) step += BEND;
      const arriving = ni === ti && nj === tj;
      if (arriving) {
        if (d === (input.toDir + 2) % 4) continue;
        if (d !== input.toDir) step += BEND;
      }
      const next = ((nj * nx + ni) << 2) | d;
      const total = base + step;
      if (total < cost[next]!) {
        cost[next] = total;
        prev[next] = state;
        heap.push(next, total + h(ni, nj));
      }
    }
  }
  if (goal < 0) return null;
  const path: Point[] = [];
  for (let s = goal; s >= 0; s = prev[s]!) {
    const node = s >> 2;
    const i = node % nx;
    path.push([X.at[i]!, Y.at[(node - i) / nx]!]);
  }
  path.reverse();
  return path;
}

class MinHeap {
  private readonly items: number[] = [];
  private readonly keys: number[] = [];
  get size() {
    return this.items.length;
  }
  push(item: number, key: number) {
    const items = this.items;
    const keys = this.keys;
    let i = items.length;
    items.push(item);
    keys.push(key);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (keys[p]! <= key) break;
      items[i] = items[p]!;
      keys[i] = keys[p]!;
      i = p;
    }
    items[i] = item;
    keys[i] = key;
  }
  pop(): number {
    const items = this.items;
    const keys = this.keys;
    const top = items[0]!;
    const lastItem = items.pop()!;
    const lastKey = keys.pop()!;
    const n = items.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && keys[r]! < keys[l]! ? r : l;
        if (keys[c]! >= lastKey) break;
        items[i] = items[c]!;
        keys[i] = keys[c]!;
        i = c;
      }
      items[i] = lastItem;
      keys[i] = lastKey;
    }
    return top;
  }
}
