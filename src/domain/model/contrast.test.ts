import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AA_NORMAL_TEXT, contrastRatio, readableInk } from './contrast';
import { DEFAULT_REGISTER } from '../register/defaultRegister';

const hex = fc
  .tuple(
    fc.integer({ min: 0, max: 255 }),
    fc.integer({ min: 0, max: 255 }),
    fc.integer({ min: 0, max: 255 }),
  )
  .map(([r, g, b]) => `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`);

describe('readableInk', () => {
  it('matches the WCAG formula at the extremes', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });

  it('keeps the usual dark ink on the light default lane colours', () => {
    for (const entry of DEFAULT_REGISTER) expect(readableInk(entry.color)).toBe('#0f172a');
  });

  it('writes white on a dark lane', () => {
    expect(readableInk('#1e3a8a')).toBe('#ffffff');
  });

  it('reaches AA contrast on any colour a person can pick (property)', () => {
    fc.assert(
      fc.property(hex, (colour) => {
        expect(contrastRatio(readableInk(colour), colour)).toBeGreaterThanOrEqual(AA_NORMAL_TEXT);
      }),
      { numRuns: 2000 },
    );
  });
});
