// Lane sizes: a lane grows to hold its steps (a step's y is relative to its lane's top), within
// the schema's limits, and positions snap to one grid.
import { LIMITS } from '../schema/limits';
import type { Lane, Process, Step } from './types';

// Lane tops, step boxes and the lane under a point live in the one lane projection; re-exported
// here for code that has not moved to it yet.
export { laneAtY, laneBands, stepsBounds, type LaneBand } from '../layout/projection';

export const LANE_MIN_HEIGHT = 140;
/** Breathing room kept between a step and its lane's edges. */
export const LANE_PADDING = 20;
export const GRID = 8;

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
