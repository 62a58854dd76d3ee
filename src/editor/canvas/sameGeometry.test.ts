import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stepNumbers } from '../../domain/analysis/stepNumbers';
import { routeProcess } from '../../domain/layout/routing';
import { generateProcessFile } from '../../domain/generate/generateProcess';
import { STEP_KINDS } from '../../domain/schema/process';
import type { Process, Step } from '../../domain/model/types';
import { sameGeometry } from './sameGeometry';

const base = generateProcessFile({ steps: 40, seed: 7 }).process;

/** The process with one step's field set (a new step object and a new steps array). */
function withStep(doc: Process, index: number, patch: Partial<Step>): Process {
  const steps = doc.steps.map((s, i) => (i === index ? { ...s, ...patch } : s));
  return { ...doc, steps };
}

// One change of one field, to a value that may or may not differ from the present one.
const change = fc.oneof(
  fc.record({ field: fc.constant('label' as const), value: fc.string({ maxLength: 8 }) }),
  fc.record({ field: fc.constant('x' as const), value: fc.integer({ min: 0, max: 4000 }) }),
  fc.record({ field: fc.constant('y' as const), value: fc.integer({ min: 0, max: 80 }) }),
  fc.record({ field: fc.constant('kind' as const), value: fc.constantFrom(...STEP_KINDS) }),
  fc.record({
    field: fc.constant('laneId' as const),
    value: fc.constantFrom(...base.lanes.map((l) => l.id)),
  }),
);

describe('sameGeometry', () => {
  it('says yes to a renamed step, and no to a moved, resized, re-kinded or re-laned one', () => {
    fc.assert(
      fc.property(fc.nat(base.steps.length - 1), change, (index, { field, value }) => {
        const after = withStep(base, index, { [field]: value });
        const moved = field !== 'label' && after.steps[index]![field] !== base.steps[index]![field];
        expect(sameGeometry(base, after)).toBe(!moved);
      }),
    );
  });

  it('keeps what is derived from the geometry exactly when it says yes', () => {
    // Step numbers and routes are what the canvas and the step names keep on a yes.
    fc.assert(
      fc.property(fc.nat(base.steps.length - 1), change, (index, { field, value }) => {
        const after = withStep(base, index, { [field]: value });
        if (!sameGeometry(base, after)) return;
        expect([...stepNumbers(after)]).toEqual([...stepNumbers(base)]);
      }),
      { numRuns: 60 },
    );
    const renamed = withStep(base, 3, { label: 'Ett nytt namn' });
    expect(sameGeometry(base, renamed)).toBe(true);
    expect([...routeProcess(renamed)]).toEqual([...routeProcess(base)]);
  });

  it('sees lanes, connections and their order', () => {
    const [first, second, ...rest] = base.lanes;
    const taller = {
      ...base,
      lanes: [{ ...first!, height: first!.height + 40 }, second!, ...rest],
    };
    const swapped = { ...base, lanes: [second!, first!, ...rest] };
    const unit = { ...base, lanes: [{ ...first!, registerId: 'another' }, second!, ...rest] };
    const c = base.connections[0]!;
    const labelled = {
      ...base,
      connections: [{ ...c, label: 'Ja' }, ...base.connections.slice(1)],
    };
    const rewired = {
      ...base,
      connections: [{ ...c, to: base.steps.at(-1)!.id }, ...base.connections.slice(1)],
    };
    const fewer = { ...base, connections: base.connections.slice(1) };
    for (const other of [taller, swapped, unit, labelled, rewired, fewer])
      expect(sameGeometry(base, other)).toBe(false);
    const copied = {
      ...base,
      lanes: base.lanes.map((l) => ({ ...l })),
      steps: base.steps.map((s) => ({ ...s, properties: { ...s.properties } })),
      connections: base.connections.map((x) => ({ ...x })),
      title: 'Ny titel',
    };
    expect(sameGeometry(base, copied)).toBe(true);
  });
});
