import { describe, expect, it } from 'vitest';
import { aLane, aProcess, aStep } from '../../test/builders';
import { LIMITS } from '../schema/limits';
import {
  GRID,
  LANE_MIN_HEIGHT,
  LANE_PADDING,
  clampYInLane,
  fitLanes,
  requiredLaneHeight,
  snap,
} from './geometry';

describe('clampYInLane', () => {
  it('keeps half a padding from the lane top and rounds to whole pixels', () => {
    expect(clampYInLane(-100)).toBe(LANE_PADDING / 2);
    expect(clampYInLane(0)).toBe(LANE_PADDING / 2);
    expect(clampYInLane(10.4)).toBe(10);
    expect(clampYInLane(57.5)).toBe(58);
  });
});

describe('requiredLaneHeight', () => {
  it('is the lowest step bottom plus padding, never below the minimum', () => {
    const steps = [
      aStep('s1', 'a', { y: 100, height: 88 }),
      aStep('s2', 'a', { y: 300, height: 80 }),
      aStep('s3', 'b', { y: 900, height: 80 }),
    ];
    expect(requiredLaneHeight(aLane('a'), steps)).toBe(300 + 80 + LANE_PADDING);
    expect(requiredLaneHeight(aLane('c'), steps)).toBe(LANE_MIN_HEIGHT);
    expect(requiredLaneHeight(aLane('a'), [aStep('s', 'a', { y: 10, height: 20 })])).toBe(
      LANE_MIN_HEIGHT,
    );
  });
});

describe('snap', () => {
  it('rounds to the grid', () => {
    expect(GRID).toBe(8);
    expect(snap(0)).toBe(0);
    expect(snap(3)).toBe(0);
    expect(snap(4)).toBe(8);
    expect(snap(13)).toBe(16);
    expect(snap(-13)).toBe(-16);
  });
});

describe('fitLanes', () => {
  it('grows lanes too low for their steps and leaves the others alone', () => {
    const p = aProcess()
      .withLane('a', { height: 140 })
      .withLane('b', { height: 500 })
      .withStep('s1', 'a', { y: 200, height: 88 })
      .withStep('s2', 'b', { y: 20, height: 88 })
      .build();
    const fitted = fitLanes(p);
    expect(fitted.lanes.map((l) => l.height)).toEqual([200 + 88 + LANE_PADDING, 500]);
    expect(fitted.lanes[1]).toBe(p.lanes[1]);
    expect(p.lanes[0]!.height).toBe(140);
  });

  it('grows lanes below the minimum height', () => {
    const p = aProcess().withLane('a', { height: 60 }).build();
    expect(fitLanes(p).lanes[0]!.height).toBe(LANE_MIN_HEIGHT);
  });

  it('returns the very same process when every lane already fits', () => {
    const p = aProcess().withLane('a', { height: 300 }).withStep('s', 'a').build();
    expect(fitLanes(p)).toBe(p);
  });
});

describe('fitLanes at the schema maximum', () => {
  const MAX = LIMITS.laneMaxHeight;

  it('moves a step up inside the lane rather than growing the lane past the maximum', () => {
    // The imported file of issue 15: valid, but the repair grew the lane to 100,020.
    const doc = aProcess()
      .withLane('a', { height: MAX })
      .withStep('s', 'a', { y: 95_000, height: 5_000 })
      .build();
    const fitted = fitLanes(doc);
    expect(fitted.lanes[0]!.height).toBe(MAX);
    const s = fitted.steps[0]!;
    expect(s.y).toBe(MAX - 5_000 - LANE_PADDING);
    expect(s.y + s.height).toBeLessThanOrEqual(MAX);
  });

  it('cuts a lane already past the maximum and leaves steps that fit where they are', () => {
    const doc = aProcess()
      .withLane('a', { height: MAX + 500 })
      .withStep('s', 'a', { y: 300 })
      .build();
    const fitted = fitLanes(doc);
    expect(fitted.lanes[0]!.height).toBe(MAX);
    expect(fitted.steps).toBe(doc.steps);
  });

  it('still grows a lane below the maximum to fit its steps', () => {
    const doc = aProcess().withLane('a').withStep('s', 'a', { y: 1_000, height: 80 }).build();
    expect(fitLanes(doc).lanes[0]!.height).toBe(1_000 + 80 + LANE_PADDING);
  });
});
