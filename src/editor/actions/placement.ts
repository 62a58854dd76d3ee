// Where a new step goes: after the step it follows, in the chosen lane, on free ground.
import { LANE_PADDING } from '../../domain/model/geometry';
import type { Process, Step } from '../../domain/model/types';

const GAP = 64;

export function nextStepPosition(
  doc: Process,
  laneId: string,
  after: Step | undefined,
  height: number,
) {
  const x = after ? after.x + after.width + GAP : rightmostX(doc, laneId);
  const laneSteps = doc.steps.filter((s) => s.laneId === laneId);
  // Keep the same vertical position in a lane as the step before, when it is in that lane.
  let y =
    after && after.laneId === laneId ? after.y + (after.height - height) / 2 : LANE_PADDING * 2;
  y = Math.max(LANE_PADDING, Math.round(y));
  // Move down while something already occupies the spot.
  const overlaps = (yy: number) =>
    laneSteps.some(
      (s) =>
        x < s.x + s.width + 8 && s.x < x + 200 && yy < s.y + s.height + 8 && s.y < yy + height + 8,
    );
  let guard = 0;
  while (overlaps(y) && guard++ < 50) y += height + 24;
  return { x: Math.round(x), y };
}

function rightmostX(doc: Process, laneId: string): number {
  const inLane = doc.steps.filter((s) => s.laneId === laneId);
  const pool = inLane.length ? inLane : doc.steps;
  if (pool.length === 0) return 40;
  return Math.max(...pool.map((s) => s.x + s.width)) + GAP;
}
