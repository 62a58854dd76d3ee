import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateProcessFile } from '../../domain/generate/generateProcess';
import { stepsBounds } from '../../domain/model/geometry';
import {
  DEFAULT_MIN_ZOOM,
  fitViewport,
  fitZoom,
  MIN_ZOOM_FLOOR,
  minZoomFor,
  type Pad,
} from './fitView';

const PAD: Pad = { top: 24, right: 32, bottom: 24, left: 240 };
/** The canvas of the editor in a 1280×720 window (panels beside it, toolbar above). */
const SMALL_WINDOW = { width: 760, height: 560 };

/** Whether every step's box lies inside the canvas, clear of the padding. */
function allInside(steps: number, size = SMALL_WINDOW) {
  const { process } = generateProcessFile({ steps, seed: 3 });
  const bounds = stepsBounds(process)!;
  const min = minZoomFor(bounds, size, PAD);
  const view = fitViewport(bounds, size, PAD, min);
  const left = bounds.x * view.zoom + view.x;
  const top = bounds.y * view.zoom + view.y;
  return (
    left >= PAD.left - 0.5 &&
    left + bounds.width * view.zoom <= size.width - PAD.right + 0.5 &&
    top >= PAD.top - 0.5 &&
    top + bounds.height * view.zoom <= size.height - PAD.bottom + 0.5
  );
}

describe('fitting the whole flow in the view', () => {
  it('fits an 80-step and a 300-step flow in a 1280×720 window', () => {
    expect(allInside(80)).toBe(true);
    expect(allInside(300)).toBe(true);
  });

  it('keeps the usual zoom limit for a flow that fits within it', () => {
    const bounds = { x: 0, y: 0, width: 2000, height: 800 };
    expect(minZoomFor(bounds, SMALL_WINDOW, PAD)).toBe(DEFAULT_MIN_ZOOM);
  });

  it('lowers the zoom limit for a long flow, never below the floor', () => {
    const long = { x: 0, y: 0, width: 30_000, height: 1200 };
    const min = minZoomFor(long, SMALL_WINDOW, PAD);
    expect(min).toBeLessThan(fitZoom(long, SMALL_WINDOW, PAD));
    const endless = { x: 0, y: 0, width: 10_000_000, height: 1200 };
    expect(minZoomFor(endless, SMALL_WINDOW, PAD)).toBe(MIN_ZOOM_FLOOR);
  });

  it('never enlarges a small flow past its natural size', () => {
    expect(fitZoom({ x: 0, y: 0, width: 100, height: 50 }, SMALL_WINDOW, PAD)).toBe(1);
  });

  it('shows a flow too long for the floor from its start', () => {
    const endless = { x: 40, y: 0, width: 10_000_000, height: 1200 };
    const view = fitViewport(endless, SMALL_WINDOW, PAD, MIN_ZOOM_FLOOR);
    expect(view.zoom).toBe(MIN_ZOOM_FLOOR);
    expect(endless.x * view.zoom + view.x).toBeCloseTo(PAD.left);
  });

  it('places any box inside the padded canvas when the zoom limit allows it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5000, max: 5000 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 50, max: 80_000 }),
        fc.integer({ min: 50, max: 4000 }),
        fc.integer({ min: 400, max: 2560 }),
        fc.integer({ min: 300, max: 1440 }),
        (x, y, width, height, w, h) => {
          const bounds = { x, y, width, height };
          const size = { width: w, height: h };
          const min = minZoomFor(bounds, size, PAD);
          if (min === MIN_ZOOM_FLOOR) return;
          const v = fitViewport(bounds, size, PAD, min);
          expect(x * v.zoom + v.x).toBeGreaterThanOrEqual(PAD.left - 0.01);
          expect((x + width) * v.zoom + v.x).toBeLessThanOrEqual(w - PAD.right + 0.01);
          expect(y * v.zoom + v.y).toBeGreaterThanOrEqual(PAD.top - 0.01);
          expect((y + height) * v.zoom + v.y).toBeLessThanOrEqual(h - PAD.bottom + 0.01);
        },
      ),
    );
  });
});
