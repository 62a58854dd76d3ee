// applyOperations runs a sequence of step updates in one pass (an undo of a tidy-up is a
// thousand of them): the result must be the one applying them one at a time gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aSmallProcess, deepFreeze } from '../../test/builders';
import { applyOperation, applyOperations } from './applyOperation';
import type { Operation } from './types';

const now = new Date('2026-12-04T12:00:00.000Z');
const update: fc.Arbitrary<Operation> = fc.record({
  type: fc.constant('step.update' as const),
  id: fc.constantFrom('s1', 's2', 's3', 'gone'),
  patch: fc.record(
    {
      label: fc.string({ maxLength: 8 }),
      x: fc.integer({ min: -50, max: 50 }),
      laneId: fc.constantFrom('l1', 'l2', 'nowhere'),
    },
    { requiredKeys: [] },
  ),
  expect: fc.option(fc.record({ label: fc.constantFrom('Steg s1', 'x') }, { requiredKeys: [] }), {
    nil: undefined,
  }),
});
const other: fc.Arbitrary<Operation> = fc.constantFrom<Operation>(
  { type: 'step.remove', ids: ['s2'] },
  { type: 'process.update', patch: { title: 'Ny' } },
);

describe('applyOperations', () => {
  it('gives what applying the operations one by one gives (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 4, arbitrary: update }, other), { maxLength: 12 }),
        (ops) => {
          const doc = deepFreeze(aSmallProcess());
          const oneByOne = ops.reduce((d, op) => applyOperation(d, op, now), doc);
          expect(applyOperations(doc, ops, now)).toEqual(oneByOne);
        },
      ),
      { seed: 20261204, numRuns: 300 },
    );
  });
});
