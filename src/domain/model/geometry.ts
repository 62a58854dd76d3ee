// Lane bands: a lane's top is derived from the heights of the lanes above it. A step stores its
// y relative to its lane, so where it is drawn follows from which lane it belongs to.
import type { Box } from './route';
import { LIMITS } from '../schema/limits';
import type { Lane, Process, Step } from './types';

export const LANE_MIN_HEIGHT = 140;
/** Breathing room kept between a step and its lane's edges. */
export const LANE_PADDING = 20;
export const GRID = 8;

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

/** The box around every step in canvas units (lane tops added), or null when there is none. */
export function stepsBounds(process: Process): Box | null {
  const tops = new Map(laneBands(process.lanes).map((b) => [b.lane.id, b.top]));
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

/** The lane whose band contains canvas y; above the first → first, below the last → last. */
export function laneAtY(lanes: readonly Lane[], y: number): Lane | undefined {
  const bands = laneBands(lanes);
  const hit = bands.find((b) => y >= b.top && y < b.top + b.height);
  if (hit) return hit.lane;
  if (bands.length === 0) return undefined;
  return y < 0 ? bands[0]!.lane : bands[bands.length - 1]!.lane;
}

/** Keeps a step fully inside its lane band vertically (the lane grows to fit it otherwise). */
export function clampYInLane(y: number): number {
  if (!Number.isFinite(y)) return LANE_PADDING / 2;
  return Math.min(LIMITS.stepY, Math.max(LANE_PADDING / 2, Math.round(y))) + 0;
}

/** The height a lane needs to contain all its steps. */
export function requiredLaneHeight(lane: Lane, steps: readonly Step[]): number {
  let bottom = LANE_MIN_HEIGHT;
  for (const s of steps) {
    if (s.laneId === lane.id) bottom = Math.max(bottom, s.y + s.height + LANE_PADDING);
  }
  return bottom;
}

export function snap(value: number): number {
  return Math.round(value / GRID) * GRID;
}

/**
 * Lanes grown so every step fits; heights never shrink below what the user chose. A lane never
 * grows past the schema's maximum (the next read would refuse the whole process): a step that
 * would need more is moved up inside the lane instead, and a lane already past it is cut to it.
 */
export function fitLanes(process: Process): Process {
  const max = LIMITS.laneMaxHeight;
  let steps = process.steps;
  let stepsChanged = false;
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i]!;
    if (s.y + s.height + LANE_PADDING <= max) continue;
    if (!stepsChanged) steps = [...steps];
    stepsChanged = true;
    steps[i] = { ...s, y: Math.max(0, max - s.height - LANE_PADDING) };
  }
  const bottoms = new Map<string, number>();
  for (const s of steps) {
    bottoms.set(s.laneId, Math.max(bottoms.get(s.laneId) ?? 0, s.y + s.height + LANE_PADDING));
  }
  let lanesChanged = false;
  const lanes = process.lanes.map((lane) => {
    const need = Math.max(LANE_MIN_HEIGHT, bottoms.get(lane.id) ?? 0);
    const height = Math.min(max, Math.max(lane.height, need));
    if (height === lane.height) return lane;
    lanesChanged = true;
    return { ...lane, height };
  });
  if (!stepsChanged && !lanesChanged) return process;
  return { ...process, lanes: lanesChanged ? lanes : process.lanes, steps };
}
