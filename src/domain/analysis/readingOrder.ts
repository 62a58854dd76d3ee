// The order in which a person reads a swimlane diagram: lane by lane, top to bottom, and within
// a lane from left to right. Used wherever the flow is shown as text.
import type { Lane, Process, Step } from '../model/types';

export interface LaneReading {
  lane: Lane;
  steps: Step[];
}

export function stepsByLane(process: Process): LaneReading[] {
  return process.lanes.map((lane) => ({
    lane,
    steps: process.steps
      .filter((s) => s.laneId === lane.id)
      .sort((a, b) => a.x - b.x || a.y - b.y || a.id.localeCompare(b.id)),
  }));
}
