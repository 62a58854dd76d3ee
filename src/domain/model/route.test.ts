import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelPoint, orthogonalRoute } from './route';

const box = (x: number, y: number) => ({ x, y, width: 100, height: 60 });

describe('orthogonalRoute', () => {
  it('goes right side to left side when the target lies ahead', () => {
    expect(orthogonalRoute(box(0, 0), box(300, 100))).toEqual([
      [100, 30],
      [200, 30],
      [200, 130],
      [300, 130],
    ]);
  });

  it('runs a loop back round underneath both steps', () => {
    const points = orthogonalRoute(box(300, 0), box(0, 0));
    expect(points[0]).toEqual([350, 60]);
    expect(points[points.length - 1]).toEqual([50, 60]);
    expect(points[1]![1]).toBeGreaterThan(60);
  });

  it('is always orthogonal and starts and ends on the two outlines', () => {
    const coord = fc.integer({ min: -2000, max: 2000 });
    fc.assert(
      fc.property(coord, coord, coord, coord, (ax, ay, bx, by) => {
        const a = box(ax, ay);
        const b = box(bx, by);
        const points = orthogonalRoute(a, b);
        for (let i = 0; i < points.length - 1; i++) {
          const [x1, y1] = points[i]!;
          const [x2, y2] = points[i + 1]!;
          expect(x1 === x2 || y1 === y2).toBe(true);
        }
        const onOutline = ([x, y]: [number, number], r: typeof a) =>
          ((x === r.x || x === r.x + r.width) && y >= r.y && y <= r.y + r.height) ||
          ((y === r.y || y === r.y + r.height) && x >= r.x && x <= r.x + r.width);
        expect(onOutline(points[0]!, a)).toBe(true);
        expect(onOutline(points[points.length - 1]!, b)).toBe(true);
        const [lx, ly] = labelPoint(points);
        expect(Number.isFinite(lx) && Number.isFinite(ly)).toBe(true);
      }),
    );
  });
});
