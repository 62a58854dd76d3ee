// Plain numbers for the read-only canvases: where a step is, the view that centres it, and two
// views that move together with an offset (the comparison's as-is and to-be).
import type { Viewport } from '@xyflow/react';
import { laneBands } from '../domain/model/geometry';
import type { Process } from '../domain/model/types';
import { HEADER_COLUMN_WIDTH } from '../editor/lanes/LaneHeaders';

export interface Point {
  x: number;
  y: number;
}

/** The centre of a step on the canvas (as toFlow places it), or null when it is not there. */
export function stepCentre(doc: Process, stepId: string): Point | null {
  const step = doc.steps.find((s) => s.id === stepId);
  const band = step && laneBands(doc.lanes).find((b) => b.lane.id === step.laneId);
  if (!step || !band) return null;
  return { x: step.x + step.width / 2, y: band.top + step.y + step.height / 2 };
}

/** The view that puts a canvas point in the middle of a canvas (clear of the lane names). */
export function centredOn(
  point: Point,
  size: { width: number; height: number },
  zoom: number,
): Viewport {
  const middleX = HEADER_COLUMN_WIDTH + (size.width - HEADER_COLUMN_WIDTH) / 2;
  return { x: middleX - point.x * zoom, y: size.height / 2 - point.y * zoom, zoom };
}

/**
 * The second of two views moving together: the same zoom, and what the first shows at a point
 * p shown at p + offset (canvas units), so a step that moved is in the same place in both.
 */
export function followerView(leader: Viewport, offset: Point): Viewport {
  return {
    x: leader.x - offset.x * leader.zoom,
    y: leader.y - offset.y * leader.zoom,
    zoom: leader.zoom,
  };
}

/** The first view, from a change of the second (the inverse of followerView). */
export function leaderView(follower: Viewport, offset: Point): Viewport {
  return {
    x: follower.x + offset.x * follower.zoom,
    y: follower.y + offset.y * follower.zoom,
    zoom: follower.zoom,
  };
}
