import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateProcessFile } from '../generate/generateProcess';
import { aSmallProcess } from '../../test/builders';
import { contentFingerprint } from './fingerprint';
import { sameContent } from './sameContent';

const reversedKeys = <T>(value: T): T =>
  Array.isArray(value)
    ? (value.map(reversedKeys) as T)
    : typeof value === 'object' && value !== null
      ? (Object.fromEntries(
          Object.entries(value)
            .reverse()
            .map(([k, v]) => [k, reversedKeys(v)]),
        ) as T)
      : value;

describe('contentFingerprint', () => {
  it('is the same for the same content in another key order, at another change time', () => {
    const p = aSmallProcess();
    const q = { ...reversedKeys(p), changedAt: '2031-01-01T00:00:00.000Z', asIsId: undefined };
    expect(contentFingerprint(q)).toBe(contentFingerprint(p));
  });

  it('agrees with sameContent on one changed value (property)', () => {
    const p = aSmallProcess();
    fc.assert(
      fc.property(
        fc.constantFrom('label', 'x', 'laneId'),
        fc.oneof(fc.string({ maxLength: 12 }), fc.integer()),
        fc.nat(2),
        (field, value, index) => {
          const changed = structuredClone(p);
          (changed.steps[index] as Record<string, unknown>)[field] = value;
          expect(contentFingerprint(changed) === contentFingerprint(p)).toBe(
            sameContent(changed, p),
          );
        },
      ),
    );
  });

  it('tells apart two large generated processes that differ in one step', () => {
    const a = generateProcessFile({ steps: 1000, seed: 7 }).process;
    const b = structuredClone(a);
    b.steps[500]!.label += '.';
    expect(contentFingerprint(a)).not.toBe(contentFingerprint(b));
  });
});
