import { describe, expect, it } from 'vitest';
import { nextFollow, useFollow, viewDiffers, followedViewport } from './follow';

describe('follow', () => {
  it('starts following on a press and stops on the next press', () => {
    expect(nextFollow(null, { type: 'toggle', clientId: 7 })).toBe(7);
    expect(nextFollow(7, { type: 'toggle', clientId: 7 })).toBeNull();
  });
  it('switches to another person on their press', () => {
    expect(nextFollow(7, { type: 'toggle', clientId: 9 })).toBe(9);
  });
  it('stops when I pan myself', () => {
    expect(nextFollow(7, { type: 'pannedMyself' })).toBeNull();
  });
  it('stops when the person leaves, not when someone else does', () => {
    expect(nextFollow(7, { type: 'peers', clientIds: [3, 9] })).toBeNull();
    expect(nextFollow(7, { type: 'peers', clientIds: [7] })).toBe(7);
    expect(nextFollow(null, { type: 'peers', clientIds: [] })).toBeNull();
  });
  it('the store follows the reducer', () => {
    const { dispatch } = useFollow.getState();
    dispatch({ type: 'toggle', clientId: 4 });
    expect(useFollow.getState().following).toBe(4);
    dispatch({ type: 'pannedMyself' });
    expect(useFollow.getState().following).toBeNull();
  });
  it('ignores rounding when comparing views', () => {
    expect(viewDiffers({ x: 1, y: 2, zoom: 1 }, { x: 1.2, y: 2, zoom: 1 })).toBe(false);
    expect(viewDiffers({ x: 1, y: 2, zoom: 1 }, { x: 30, y: 2, zoom: 1 })).toBe(true);
    expect(viewDiffers({ x: 1, y: 2, zoom: 1 }, { x: 1, y: 2, zoom: 0.9 })).toBe(true);
  });
});

describe('followedViewport', () => {
  const mine = { width: 800, height: 500, minZoom: 0.1, maxZoom: 2 };
  // The flow point at the centre of a canvas with viewport v and size w × h.
  const centre = (v: { x: number; y: number; zoom: number }, w: number, h: number) => ({
    x: (w / 2 - v.x) / v.zoom,
    y: (h / 2 - v.y) / v.zoom,
  });

  it("puts the centre of the facilitator's projector view at the centre of my laptop", () => {
    const theirs = { x: -300, y: -120, zoom: 1, w: 1600, h: 1000 };
    const v = followedViewport(theirs, mine);
    expect(centre(v, mine.width, mine.height).x).toBeCloseTo(centre(theirs, 1600, 1000).x);
    expect(centre(v, mine.width, mine.height).y).toBeCloseTo(centre(theirs, 1600, 1000).y);
    // Half the pixels each way: half the zoom, so the same steps are in sight.
    expect(v.zoom).toBeCloseTo(0.5);
  });

  it('keeps within my zoom limits', () => {
    const v = followedViewport({ x: 0, y: 0, zoom: 0.2, w: 4000, h: 4000 }, mine);
    expect(v.zoom).toBe(0.1);
  });

  it('takes a view sent without its canvas size as it is', () => {
    expect(followedViewport({ x: 10, y: 20, zoom: 1.5 }, mine)).toEqual({
      x: 10,
      y: 20,
      zoom: 1.5,
    });
  });
});
