// The far-zoom scene (farScene.ts) as SVG path data: one path per kind of step and per kind of
// connection, in columns of the flow so the browser rasterises only the columns in view. A few
// dozen elements stand for hundreds of steps; a pan moves them with the viewport and draws
// nothing on the main thread.
import type { Box, Point } from '../../domain/model/route';
import type { StepKind } from '../../domain/model/types';
import { FAR_LOOK, type FarScene } from './farScene';

/** Width of a column of the flow, in canvas units (about 25 steps of the generated flows). */
export const COLUMN = 5000;
/** Arrowhead length in canvas units: about 3 px on screen at the far zoom limit of 0.3. */
const ARROW = 12;

export interface FarPath {
  key: string;
  d: string;
  /** A step kind, or a connection style. */
  look: StepKind | 'flow' | 'information' | 'selected';
  /** Filled (step, arrowhead) or stroked (connection line). */
  part: 'shape' | 'line' | 'arrow';
}

const n = (v: number) => Math.round(v * 10) / 10;

export function shapePath(kind: StepKind, { x, y, width: w, height: h }: Box): string {
  const shape = FAR_LOOK[kind].shape;
  if (shape === 'diamond') {
    const cx = n(x + w / 2);
    const cy = n(y + h / 2);
    return `M${cx} ${n(y)}L${n(x + w)} ${cy}L${cx} ${n(y + h)}L${n(x)} ${cy}Z`;
  }
  if (shape === 'pill') {
    const r = n(Math.min(h, w) / 2);
    return `M${n(x + r)} ${n(y)}h${n(w - 2 * r)}a${r} ${r} 0 0 1 0 ${n(2 * r)}h${n(2 * r - w)}a${r} ${r} 0 0 1 0 ${n(-2 * r)}Z`;
  }
  return `M${n(x)} ${n(y)}h${n(w)}v${n(h)}h${n(-w)}Z`;
}

export function linePath(points: readonly Point[]): string {
  return points.map(([x, y], i) => `${i ? 'L' : 'M'}${n(x)} ${n(y)}`).join('');
}

/** A filled arrowhead on the route's last segment, its tip on the end point. */
export function arrowPath(points: readonly Point[]): string {
  const end = points[points.length - 1];
  const before = points[points.length - 2];
  if (!end || !before) return '';
  const length = Math.hypot(end[0] - before[0], end[1] - before[1]) || 1;
  const ux = (end[0] - before[0]) / length;
  const uy = (end[1] - before[1]) / length;
  const bx = end[0] - ux * ARROW;
  const by = end[1] - uy * ARROW;
  const half = ARROW / 2;
  return `M${n(end[0])} ${n(end[1])}L${n(bx - uy * half)} ${n(by + ux * half)}L${n(bx + uy * half)} ${n(by - ux * half)}Z`;
}

function add(
  groups: Map<string, FarPath>,
  column: number,
  look: FarPath['look'],
  part: FarPath['part'],
  d: string,
) {
  if (!d) return;
  const key = `${column}:${look}:${part}`;
  const found = groups.get(key);
  if (found) found.d += d;
  else groups.set(key, { key, d, look, part });
}

/**
 * The paths to draw: connections first (under the steps), selected connections in their own
 * path so they stand out; each item in the column of its left edge.
 */
export function farPaths(scene: FarScene, selected: ReadonlySet<string>): FarPath[] {
  const groups = new Map<string, FarPath>();
  for (const c of scene.connections) {
    const column = Math.floor(c.box.x / COLUMN);
    const look = selected.has(c.id) ? 'selected' : c.information ? 'information' : 'flow';
    add(groups, column, look, 'line', linePath(c.points));
    add(groups, column, look, 'arrow', arrowPath(c.points));
  }
  for (const s of scene.steps)
    add(groups, Math.floor(s.box.x / COLUMN), s.kind, 'shape', shapePath(s.kind, s.box));
  const order = { line: 0, arrow: 1, shape: 2 } as const;
  return [...groups.values()].sort((a, b) => order[a.part] - order[b.part]);
}
