import { describe, expect, it } from 'vitest';
import { nextFollow, useFollow, viewDiffers } from './follow';

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
