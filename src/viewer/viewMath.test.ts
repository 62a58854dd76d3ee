import { describe, expect, it } from 'vitest';
import type { Process } from '../domain/model/types';
import { HEADER_COLUMN_WIDTH } from '../editor/lanes/LaneHeaders';
import { centredOn, followerView, leaderView, stepCentre } from './viewMath';

const doc = {
  lanes: [
    { id: 'a', registerId: 'r1', height: 200 },
    { id: 'b', registerId: 'r2', height: 160 },
  ],
  steps: [{ id: 's', laneId: 'b', x: 400, y: 20, width: 160, height: 80 }],
} as unknown as Process;

describe('viewMath', () => {
  it('finds a step below the lanes above it, and nothing for a step that is not there', () => {
    expect(stepCentre(doc, 's')).toEqual({ x: 480, y: 200 + 20 + 40 });
    expect(stepCentre(doc, 'gone')).toBeNull();
  });

  it('centres a point right of the lane names, at the zoom asked for', () => {
    const size = { width: 1016, height: 400 };
    const v = centredOn({ x: 480, y: 260 }, size, 0.5);
    expect(480 * v.zoom + v.x).toBe(HEADER_COLUMN_WIDTH + (1016 - HEADER_COLUMN_WIDTH) / 2);
    expect(260 * v.zoom + v.y).toBe(200);
  });

  it('moves two views together: a point and the point offset from it meet on screen', () => {
    const leader = { x: 30, y: -40, zoom: 0.7 };
    const offset = { x: 120, y: -60 };
    const follower = followerView(leader, offset);
    const p = { x: 500, y: 300 };
    expect(p.x * leader.zoom + leader.x).toBeCloseTo((p.x + offset.x) * follower.zoom + follower.x);
    expect(p.y * leader.zoom + leader.y).toBeCloseTo((p.y + offset.y) * follower.zoom + follower.y);
    expect(leaderView(follower, offset)).toEqual(leader);
  });
});
