import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aSmallProcess } from '../../test/builders';
import { sameContent } from './sameContent';

/** The same object with its keys in reverse order, all the way down. */
function reordered<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reordered) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reordered(v)]),
  ) as T;
}

describe('sameContent', () => {
  it('ignores the change time and the order of keys', () => {
    const p = aSmallProcess();
    expect(sameContent(p, { ...reordered(p), changedAt: '2031-01-01T00:00:00.000Z' })).toBe(true);
  });

  it('treats a key holding undefined as missing', () => {
    const p = aSmallProcess();
    expect(sameContent(p, { ...p, asIsId: undefined })).toBe(true);
  });

  it('sees a moved step, a reordered lane list and a new tag', () => {
    const p = aSmallProcess();
    const moved = structuredClone(p);
    moved.steps[0]!.x += 1;
    expect(sameContent(p, moved)).toBe(false);
    expect(sameContent(p, { ...p, lanes: [...p.lanes].reverse() })).toBe(false);
    expect(sameContent(p, { ...p, tags: ['ny'] })).toBe(false);
  });

  it('differs exactly when a changed label differs (property)', () => {
    const p = aSmallProcess();
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (label) => {
        const changed = structuredClone(p);
        changed.steps[2]!.label = label;
        expect(sameContent(p, changed)).toBe(label === p.steps[2]!.label);
      }),
    );
  });
});
