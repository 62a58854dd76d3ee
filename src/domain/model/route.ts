// How a connection runs between two steps: orthogonal, leaving the side that faces the other
// step; a flow that goes back (a loop) runs round underneath both. One route for the canvas,
// the SVG/PDF and the BPMN diagram, so a flow looks the same wherever it is read.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Point = [number, number];

const CLEAR = 16;
const LOOP_DROP = 20;

export function orthogonalRoute(a: Box, b: Box): Point[] {
  const acx = a.x + a.width / 2;
  const acy = a.y + a.height / 2;
  const bcx = b.x + b.width / 2;
  const bcy = b.y + b.height / 2;
  if (b.x >= a.x + a.width + CLEAR) {
    const mid = (a.x + a.width + b.x) / 2;
    return [
      [a.x + a.width, acy],
      [mid, acy],
      [mid, bcy],
      [b.x, bcy],
    ];
  }
  if (b.y >= a.y + a.height + CLEAR) {
    const mid = (a.y + a.height + b.y) / 2;
    return [
      [acx, a.y + a.height],
      [acx, mid],
      [bcx, mid],
      [bcx, b.y],
    ];
  }
  if (a.y >= b.y + b.height + CLEAR) {
    const mid = (b.y + b.height + a.y) / 2;
    return [
      [acx, a.y],
      [acx, mid],
      [bcx, mid],
      [bcx, b.y + b.height],
    ];
  }
  const below = Math.max(a.y + a.height, b.y + b.height) + LOOP_DROP;
  return [
    [acx, a.y + a.height],
    [acx, below],
    [bcx, below],
    [bcx, b.y + b.height],
  ];
}

/** The middle of the longest segment: where a label reads best. */
export function labelPoint(points: readonly Point[]): Point {
  let best = 0;
  let bestLength = -1;
  for (let i = 0; i < points.length - 1; i++) {
    const [x1, y1] = points[i]!;
    const [x2, y2] = points[i + 1]!;
    const length = Math.abs(x2 - x1) + Math.abs(y2 - y1);
    if (length > bestLength) {
      best = i;
      bestLength = length;
    }
  }
  const [x1, y1] = points[best]!;
  const [x2, y2] = points[best + 1]!;
  return [(x1 + x2) / 2, (y1 + y2) / 2];
}
