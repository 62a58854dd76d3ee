// Where a connection leaves and enters a step: the side that faces the other step, and a place on
// that side of its own when several connections use it, so that lines do not start on top of
// one another and a decision's outcomes leave as separate branches.
import type { Box, Point } from '../model/route';
import type { StepKind } from '../model/types';

export type Side = 't' | 'r' | 'b' | 'l';

/** Below this distance two steps count as side by side rather than one after the other. */
const CLEAR = 16;
/** Distance between neighbouring ports on one side. */
const PORT_GAP = 18;

export const DIRECTION: Record<Side, Point> = { t: [0, -1], r: [1, 0], b: [0, 1], l: [-1, 0] };

const centre = (b: Box): Point => [b.x + b.width / 2, b.y + b.height / 2];

/**
 * The sides a connection uses. Ahead: right to left. Above or below: top and bottom. Otherwise
 * (a loop back in the same row) it leaves and enters underneath. A decision sends an outcome whose
 * step lies wholly above or below it out of its top or bottom corner, so each outcome has its
 * own line from the start.
 */
export function chooseSides(a: Box, b: Box, fromKind: StepKind): { from: Side; to: Side } {
  const [, bcy] = centre(b);
  const ahead = b.x >= a.x + a.width + CLEAR;
  if (ahead) {
    if (fromKind === 'decision') {
      if (bcy < a.y) return { from: 't', to: 'l' };
      if (bcy > a.y + a.height) return { from: 'b', to: 'l' };
    }
    return { from: 'r', to: 'l' };
  }
  // Straight above or below (an item under its step), however close: top and bottom face.
  const stacked = a.x < b.x + b.width && b.x < a.x + a.width;
  const apart = stacked ? 0 : CLEAR;
  if (b.y >= a.y + a.height + apart) return { from: 'b', to: 't' };
  if (a.y >= b.y + b.height + apart) return { from: 't', to: 'b' };
  // Back along the same row: round underneath, where it does not run into the forward flow.
  return { from: 'b', to: 'b' };
}

/** Offsets from the side's middle for n ports, spread evenly but kept on the side. */
export function portOffsets(n: number, sideLength: number): number[] {
  if (n <= 1) return [0];
  const gap = Math.min(PORT_GAP, (sideLength * 0.8) / (n - 1));
  return Array.from({ length: n }, (_, i) => (i - (n - 1) / 2) * gap);
}

/**
 * The point where a line at `offset` from the side's middle meets the step's outline: on the
 * box for most kinds, on the diamond for a decision and on the round ends of a need or result.
 */
export function outlinePoint(kind: StepKind, box: Box, side: Side, offset: number): Point {
  const [cx, cy] = centre(box);
  const along = side === 't' || side === 'b';
  const half = along ? box.width / 2 : box.height / 2;
  const o = Math.max(-half, Math.min(half, offset));
  // How far inside the box the outline lies at this offset.
  let inset = 0;
  if (kind === 'decision') {
    const across = along ? box.height / 2 : box.width / 2;
    inset = (across * Math.abs(o)) / half;
  } else if ((kind === 'need' || kind === 'outcome') && !along) {
    const r = Math.min(box.height / 2, box.width / 2);
    inset = r - Math.sqrt(Math.max(0, r * r - o * o));
  }
  switch (side) {
    case 't':
      return [cx + o, box.y + inset];
    case 'b':
      return [cx + o, box.y + box.height - inset];
    case 'l':
      return [box.x + inset, cy + o];
    case 'r':
      return [box.x + box.width - inset, cy + o];
  }
}
