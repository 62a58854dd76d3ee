import { describe, expect, it } from 'vitest';
import { pngScale } from './svgToPng';
import { svgSize } from './svgSize';

describe('svgSize', () => {
  it('reads the root width and height, ignoring nested elements', () => {
    expect(
      svgSize(
        '<?xml version="1.0"?><svg xmlns="x" width="1234" height="567.5"><rect width="9"/></svg>',
      ),
    ).toEqual({ width: 1234, height: 567.5 });
    expect(svgSize("<svg width='20px' height='10px'></svg>")).toEqual({ width: 20, height: 10 });
  });

  it('falls back to the viewBox when the size is relative or missing', () => {
    expect(svgSize('<svg width="100%" viewBox="0 0 300 200"></svg>')).toEqual({
      width: 300,
      height: 200,
    });
    expect(svgSize('<svg viewBox="0,0,40,30"/>')).toEqual({ width: 40, height: 30 });
  });

  it('gives null when no size can be known', () => {
    expect(svgSize('<svg></svg>')).toBeNull();
    expect(svgSize('not svg')).toBeNull();
  });
});

describe('pngScale', () => {
  it('keeps the wanted scale for a normal flow and shrinks a huge one under the canvas limits', () => {
    expect(pngScale(3000, 900, 2)).toBe(2);
    const s = pngScale(40_000, 3_000, 2);
    expect(40_000 * s).toBeLessThanOrEqual(16_384);
    expect(40_000 * 3_000 * s * s).toBeLessThanOrEqual(120_000_000);
  });
});
