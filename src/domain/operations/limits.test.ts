import { describe, expect, it } from 'vitest';
import { aLane, aProcess, aSmallProcess, deepFreeze } from '../../test/builders';
import { LIMITS } from '../schema/limits';
import { applyOperation } from './applyOperation';
import type { Operation } from './types';
import { normalise } from '../model/normalise';

// As the session shows it: applied, then normalised (lanes fitted to their steps).
const apply = (doc = aSmallProcess(), op: Operation) =>
  normalise(applyOperation(deepFreeze(doc), op));
const stepOf = (doc: ReturnType<typeof aSmallProcess>, id: string) =>
  doc.steps.find((s) => s.id === id)!;

describe('operations keep within the schema limits', () => {
  it('cut a label past the limit (quick entry of 650 characters) to the limit', () => {
    const next = apply(undefined, {
      type: 'step.update',
      id: 's2',
      patch: { label: 'x'.repeat(650) },
    });
    expect(stepOf(next, 's2').label).toBe('x'.repeat(LIMITS.label));
  });

  it('cut a list of 130 IT systems to 100', () => {
    const itSystems = Array.from({ length: 130 }, (_, i) => String(i + 1));
    const next = apply(undefined, {
      type: 'step.update',
      id: 's2',
      patch: { properties: { itSystems } },
    });
    expect(stepOf(next, 's2').properties.itSystems).toEqual(itSystems.slice(0, LIMITS.itSystems));
  });

  it('never cut a surrogate pair in half', () => {
    const next = apply(undefined, {
      type: 'process.update',
      patch: { title: `x${'👍'.repeat(400)}` },
    });
    expect(next.title.length).toBe(LIMITS.label - 1);
    expect(next.title.endsWith('👍')).toBe(true);
  });

  it('take bidi controls out of titles and labels', () => {
    const next = apply(undefined, {
      type: 'process.update',
      patch: { title: 'Faktura\u202Egpj.exe' },
    });
    expect(next.title).toBe('Fakturagpj.exe');
    const renamed = apply(undefined, {
      type: 'connection.update',
      id: 'c1',
      patch: { label: '\u2067Ja\u2069' },
    });
    expect(renamed.connections[0]!.label).toBe('Ja');
  });

  it('keep a step moved far down inside a lane no higher than the maximum', () => {
    const next = apply(undefined, {
      type: 'step.move',
      placements: [{ id: 's2', laneId: 'l2', x: 5e9, y: 5e9 }],
    });
    const s = stepOf(next, 's2');
    const lane = next.lanes.find((l) => l.id === 'l2')!;
    expect(lane.height).toBe(LIMITS.laneMaxHeight);
    expect(s.x).toBe(LIMITS.coordinate);
    expect(s.y + s.height).toBeLessThanOrEqual(lane.height);
  });

  it('clamp sizes and lane heights, also when they are not numbers', () => {
    const sized = apply(undefined, {
      type: 'step.update',
      id: 's2',
      patch: { width: 1e9, height: Number.NaN },
    });
    expect([stepOf(sized, 's2').width, stepOf(sized, 's2').height]).toEqual([
      LIMITS.stepMaxSize,
      LIMITS.stepMinSize,
    ]);
    const tall = apply(undefined, { type: 'lane.resize', laneId: 'l1', height: 1e12 });
    expect(tall.lanes[0]!.height).toBe(LIMITS.laneMaxHeight);
  });

  it('refuse a lane past the count limit and leave the document as it was', () => {
    let builder = aProcess();
    for (let i = 0; i < LIMITS.lanes; i++) builder = builder.withLane(`l${i}`);
    const full = builder.build();
    // Operations are total: one past a limit changes nothing (the UI says why beforehand).
    expect(applyOperation(full, { type: 'lane.add', lane: aLane('one-more') })).toBe(full);
    expect(full.lanes).toHaveLength(LIMITS.lanes);
  });

  it('leave a document with nothing to cut as it was, step objects and all', () => {
    const doc = aSmallProcess();
    const next = apply(doc, { type: 'step.update', id: 's2', patch: { label: 'Ny' } });
    expect(next.steps[0]).toBe(doc.steps[0]);
    expect(next.lanes).toBe(doc.lanes);
  });
});
