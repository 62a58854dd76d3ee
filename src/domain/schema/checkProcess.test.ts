import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aSmallProcess } from '../../test/builders';
import { passesProcessSchema } from './checkProcess';
import { LIMITS } from './limits';
import { processSchema } from './process';

describe('passesProcessSchema', () => {
  it('agrees with the whole schema, also after a step that passed once is shared', () => {
    const ok = aSmallProcess();
    expect(passesProcessSchema(ok)).toBe(true);
    // The same (remembered) steps with one new, broken one: refused.
    const broken = { ...ok, steps: [...ok.steps, { ...ok.steps[0]!, id: 'x', kind: 'nope' }] };
    expect(passesProcessSchema(broken)).toBe(false);
    expect(processSchema.safeParse(broken).success).toBe(false);
  });

  it('refuses too many lanes and a broken process field', () => {
    const ok = aSmallProcess();
    const lanes = Array.from({ length: LIMITS.lanes + 1 }, (_, i) => ({
      ...ok.lanes[0]!,
      id: `l${i}`,
    }));
    expect(passesProcessSchema({ ...ok, lanes })).toBe(false);
    expect(passesProcessSchema({ ...ok, title: '' })).toBe(false);
    expect(passesProcessSchema(null)).toBe(false);
  });

  it('gives the schema’s verdict for random changes of a step (property)', () => {
    const base = aSmallProcess();
    passesProcessSchema(base);
    fc.assert(
      fc.property(
        fc.record({ x: fc.double(), width: fc.double(), label: fc.string({ maxLength: 600 }) }),
        (patch) => {
          const p = { ...base, steps: [{ ...base.steps[0]!, ...patch }, ...base.steps.slice(1)] };
          expect(passesProcessSchema(p)).toBe(processSchema.safeParse(p).success);
        },
      ),
      { seed: 20261204, numRuns: 200 },
    );
  });
});
