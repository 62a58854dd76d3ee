// The one lane projection: a lane's top is the sum of the heights of the lanes above it, and a
// step stores its y relative to its lane's top. Every view, export and layout that needs absolute
// positions or the lane under a point asks here, so they cannot disagree at a lane's edge.
// Lanes are in display order in `process.lanes` (the normaliser sorts them by their order key).
import type { Box } from '../model/route';
import type { Lane, Process, RegisterEntry, Step } from '../model/types';

type Lanes = { readonly lanes: readonly Lane[] };

export interface LaneBand {
  lane: Lane;
  top: number;
  height: number;
  index: number;
}

export function laneBands(lanes: readonly Lane[]): LaneBand[] {
  let top = 0;
  return lanes.map((lane, index) => {
    const band = { lane, top, height: lane.height, index };
    top += lane.height;
    return band;
  });
}

/** Each lane's top y by lane id; the map iterates in display order. */
export function laneTops(process: Lanes): Map<string, number> {
  const tops = new Map<string, number>();
  let top = 0;
  for (const lane of process.lanes) {
    tops.set(lane.id, top);
    top += lane.height;
  }
  return tops;
}

/** The bottom of the last lane: the height of all lanes together. */
export function lanesHeight(process: Lanes): number {
  return process.lanes.reduce((sum, l) => sum + l.height, 0);
}

/**
 * A step's box in canvas units. `tops` can be passed when many steps are projected at once; a
 * step whose lane is missing is drawn as if its lane were at the top.
 */
export function stepBox(
  process: Lanes,
  step: Pick<Step, 'laneId' | 'x' | 'y' | 'width' | 'height'>,
  tops: ReadonlyMap<string, number> = laneTops(process),
): Box {
  return {
    x: step.x,
    y: (tops.get(step.laneId) ?? 0) + step.y,
    width: step.width,
    height: step.height,
  };
}

/**
 * The lane whose band holds canvas y. A band includes its top edge and excludes its bottom edge,
 * so a y exactly on a boundary belongs to the lower lane. Above the first lane → the first, below
 * the last → the last; no lanes → null.
 */
export function laneAt(process: Lanes, y: number): Lane | null {
  const { lanes } = process;
  if (lanes.length === 0) return null;
  let top = 0;
  for (const lane of lanes) {
    if (y < top + lane.height) return lane;
    top += lane.height;
  }
  return lanes[lanes.length - 1]!;
}

/** laneAt for callers that hold only the lanes (and expect undefined for none). */
export function laneAtY(lanes: readonly Lane[], y: number): Lane | undefined {
  return laneAt({ lanes }, y) ?? undefined;
}

/** Register entries by id, or the register as a list. */
export type RegisterLookup =
  ReadonlyMap<string, Pick<RegisterEntry, 'name'>> | readonly Pick<RegisterEntry, 'id' | 'name'>[];

/** The name of the register entry a lane stands for, else `fallback` (unknown lane or entry). */
export function laneNameOf(
  process: Lanes,
  register: RegisterLookup,
  laneId: string,
  fallback: string,
): string {
  const lane = process.lanes.find((l) => l.id === laneId);
  if (!lane) return fallback;
  const entry =
    'get' in register
      ? register.get(lane.registerId)
      : register.find((e) => e.id === lane.registerId);
  return entry?.name || fallback;
}

/** The box around every step in canvas units (lane tops added), or null when there is none. */
export function stepsBounds(process: Process): Box | null {
  const tops = laneTops(process);
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const s of process.steps) {
    const y = (tops.get(s.laneId) ?? 0) + s.y;
    x0 = Math.min(x0, s.x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, s.x + s.width);
    y1 = Math.max(y1, y + s.height);
  }
  return x0 === Infinity ? null : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
