import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capTiles, fitScale, MAX_TILES, planDrawingTiles, planTiles, tileScale } from './tiling';

describe('planTiles', () => {
  it('one tile when the drawing fits', () => {
    expect(planTiles(500, 300, 800, 500, 20)).toEqual({
      rows: 1,
      columns: 1,
      tiles: [{ row: 0, column: 0, offsetX: 0, offsetY: 0 }],
    });
  });

  it('covers the whole drawing with overlapping tiles, row by row', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20_000 }),
        fc.integer({ min: 1, max: 8_000 }),
        fc.integer({ min: 200, max: 1_200 }),
        fc.integer({ min: 200, max: 1_200 }),
        fc.integer({ min: 0, max: 60 }),
        (w, h, aw, ah, overlap) => {
          const plan = planTiles(w, h, aw, ah, overlap);
          expect(plan.tiles).toHaveLength(plan.rows * plan.columns);
          const last = plan.tiles[plan.tiles.length - 1]!;
          // The last tile reaches the far corner of the drawing.
          expect(last.offsetX + aw).toBeGreaterThanOrEqual(w);
          expect(last.offsetY + ah).toBeGreaterThanOrEqual(h);
          // And no tile is wasted: dropping a column or a row would leave part uncovered.
          if (plan.columns > 1) expect((plan.columns - 2) * (aw - overlap) + aw).toBeLessThan(w);
          if (plan.rows > 1) expect((plan.rows - 2) * (ah - overlap) + ah).toBeLessThan(h);
        },
      ),
    );
  });
});

describe('fitScale', () => {
  it('shrinks to fit, never enlarges', () => {
    expect(fitScale(2000, 500, 1000, 800)).toBe(0.5);
    expect(fitScale(100, 100, 1000, 800)).toBe(1);
  });
});

describe('tileScale', () => {
  it('keeps the preferred scale when the drawing already fits one row', () => {
    expect(tileScale(900, 700, 24, 0.7, 0.55)).toBe(0.7);
  });

  it('shrinks a little to save a row: a 1080 high flow on A4 portrait gets one row', () => {
    const scale = tileScale(1080, 700, 24, 0.7, 0.55);
    expect(scale).toBeLessThan(0.7);
    expect(scale).toBeGreaterThanOrEqual(0.55);
    expect(planTiles(100, 1080 * scale, 500, 700, 24).rows).toBe(1);
  });

  it('never goes below the minimum, and never needs more rows than the preferred scale', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 50, max: 10_000 }),
        fc.integer({ min: 200, max: 1_200 }),
        fc.integer({ min: 0, max: 60 }),
        (h, area, overlap) => {
          const scale = tileScale(h, area, overlap, 0.7, 0.55);
          expect(scale).toBeGreaterThanOrEqual(0.55);
          expect(scale).toBeLessThanOrEqual(0.7);
          const rows = (s: number) => planTiles(1, h * s, 1, area, overlap).rows;
          if (scale < 0.7) expect(rows(scale)).toBe(rows(0.7) - 1);
        },
      ),
    );
  });
});

describe('capTiles', () => {
  const area = { w: 1110, h: 700 };
  const pages = (d: { width: number; height: number; header: number }, scale: number) =>
    planDrawingTiles(d, area, 24, scale).tiles.length;

  it('leaves an ordinary flow at the scale asked for', () => {
    const drawing = { width: 4000, height: 900, header: 220 };
    const fit = capTiles(drawing, area, 24, 0.7);
    expect(fit).toEqual({ scale: 0.7, wanted: pages(drawing, 0.7), capped: false });
  });

  it('the file that crashed the tab (2,000,000 wide, a lane 100,000 high) stays within the cap', () => {
    const drawing = { width: 2_000_252, height: 100_000, header: 220 };
    const fit = capTiles(drawing, area, 24, 0.7);
    expect(fit.capped).toBe(true);
    expect(fit.wanted).toBeGreaterThan(100_000);
    expect(pages(drawing, fit.scale)).toBeLessThanOrEqual(MAX_TILES);
  });

  it('never more than the cap, and no needless shrinking', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 300, max: 3_000_000 }),
        fc.integer({ min: 80, max: 2_000_000 }),
        fc.integer({ min: 1, max: 80 }),
        (width, height, max) => {
          const drawing = { width, height, header: 220 };
          const fit = capTiles(drawing, area, 24, 0.7, max);
          expect(fit.scale).toBeGreaterThan(0);
          expect(fit.scale).toBeLessThanOrEqual(0.7);
          expect(pages(drawing, fit.scale)).toBeLessThanOrEqual(Math.max(max, 1));
          // A little larger would not fit: the flow is drawn as large as the cap allows.
          if (fit.capped)
            expect(pages(drawing, Math.min(0.7, fit.scale * 1.01))).toBeGreaterThan(max);
        },
      ),
    );
  });
});
