import { describe, expect, it } from 'vitest';
import { LANE_MIN_HEIGHT, LANE_PADDING } from '../model/geometry';
import type { Process } from '../model/types';
import {
  FIXED_TIME,
  aConnection,
  aLane,
  aProcess,
  aSmallProcess,
  aStep,
  deepFreeze,
} from '../../test/builders';
import { applyOperation } from './applyOperation';
import { OperationError, type Operation } from './types';

const NOW = new Date('2025-06-01T12:00:00.000Z');
/** Applies to a frozen document, so any mutation of the input fails the test. */
const apply = (doc: Process, op: Operation) => applyOperation(deepFreeze(doc), op, NOW);
const step = (doc: Process, id: string) => doc.steps.find((s) => s.id === id)!;
const lane = (doc: Process, id: string) => doc.lanes.find((l) => l.id === id)!;

function expectRefused(doc: Process, op: Operation, message?: RegExp) {
  const before = structuredClone(doc);
  expect(() => apply(doc, op)).toThrow(OperationError);
  if (message) expect(() => apply(doc, op)).toThrow(message);
  expect(doc).toEqual(before);
}

describe('applyOperation', () => {
  it('stamps changedAt on a change', () => {
    const next = apply(aSmallProcess(), { type: 'process.update', patch: { title: 'Nytt' } });
    expect(next.title).toBe('Nytt');
    expect(next.changedAt).toBe(NOW.toISOString());
    expect(next.createdAt).toBe(FIXED_TIME);
  });

  it('returns the same document when an operation changes nothing', () => {
    const doc = aSmallProcess();
    expect(apply(doc, { type: 'lane.move', laneId: 'l1', toIndex: 0 })).toBe(doc);
  });

  it('throws OperationError (named so) for an operation that does not fit', () => {
    try {
      apply(aSmallProcess(), { type: 'lane.rebind', laneId: 'nope', registerId: 'u-tf' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(OperationError);
      expect((e as Error).name).toBe('OperationError');
      expect((e as Error).message).toContain('nope');
    }
  });
});

describe('process.update', () => {
  it('patches the specification and nothing else', () => {
    const doc = aSmallProcess();
    const next = apply(doc, {
      type: 'process.update',
      patch: { status: 'faststalld', tags: ['bygglov'], customerGroupIds: ['kg-invanare'] },
    });
    expect(next).toEqual({
      ...doc,
      status: 'faststalld',
      tags: ['bygglov'],
      customerGroupIds: ['kg-invanare'],
      changedAt: NOW.toISOString(),
    });
  });
});

describe('lane operations', () => {
  it('lane.add appends by default and inserts at a clamped index', () => {
    const doc = aSmallProcess();
    const ids = (op: Operation) => apply(doc, op).lanes.map((l) => l.id);
    expect(ids({ type: 'lane.add', lane: aLane('n') })).toEqual(['l1', 'l2', 'n']);
    expect(ids({ type: 'lane.add', lane: aLane('n'), index: 1 })).toEqual(['l1', 'n', 'l2']);
    expect(ids({ type: 'lane.add', lane: aLane('n'), index: -3 })).toEqual(['n', 'l1', 'l2']);
    expect(ids({ type: 'lane.add', lane: aLane('n'), index: 99 })).toEqual(['l1', 'l2', 'n']);
  });

  it('lane.add refuses a duplicate id', () => {
    expectRefused(aSmallProcess(), { type: 'lane.add', lane: aLane('l2') }, /Duplicate/);
  });

  it('lane.rebind binds the lane to another register entry', () => {
    const next = apply(aSmallProcess(), { type: 'lane.rebind', laneId: 'l2', registerId: 'u-tf' });
    expect(next.lanes.map((l) => l.registerId)).toEqual(['kg-invanare', 'u-tf']);
  });

  it('lane.move reorders lanes and clamps the index; steps keep their lane', () => {
    const doc = aProcess().withLane('a').withLane('b').withLane('c').withStep('s', 'a').build();
    const order = (toIndex: number) =>
      apply(doc, { type: 'lane.move', laneId: 'a', toIndex }).lanes.map((l) => l.id);
    expect(order(2)).toEqual(['b', 'c', 'a']);
    expect(order(1)).toEqual(['b', 'a', 'c']);
    expect(order(50)).toEqual(['b', 'c', 'a']);
    expect(apply(doc, { type: 'lane.move', laneId: 'c', toIndex: -1 }).lanes[0]!.id).toBe('c');
    expect(step(apply(doc, { type: 'lane.move', laneId: 'a', toIndex: 2 }), 's').laneId).toBe('a');
    expectRefused(doc, { type: 'lane.move', laneId: 'x', toIndex: 0 });
  });

  it('lane.resize sets a rounded height', () => {
    const next = apply(aSmallProcess(), { type: 'lane.resize', laneId: 'l2', height: 300.6 });
    expect(lane(next, 'l2').height).toBe(301);
    expect(lane(next, 'l1').height).toBe(LANE_MIN_HEIGHT);
  });

  it('lane.resize never cuts off a step, nor goes below the minimum height', () => {
    const doc = aProcess().withLane('l1', { height: 400 }).withStep('s', 'l1', { y: 200 }).build();
    const next = apply(doc, { type: 'lane.resize', laneId: 'l1', height: 50 });
    expect(lane(next, 'l1').height).toBe(200 + step(doc, 's').height + LANE_PADDING);
    const empty = aProcess().withLane('l1', { height: 400 }).build();
    expect(lane(apply(empty, { type: 'lane.resize', laneId: 'l1', height: 40 }), 'l1').height).toBe(
      LANE_MIN_HEIGHT,
    );
    expectRefused(doc, { type: 'lane.resize', laneId: 'x', height: 200 });
  });

  it('lane.remove without a target removes its steps and their connections', () => {
    const next = apply(aSmallProcess(), { type: 'lane.remove', laneId: 'l1', moveStepsTo: null });
    expect(next.lanes.map((l) => l.id)).toEqual(['l2']);
    expect(next.steps.map((s) => s.id)).toEqual(['s2']);
    expect(next.connections).toEqual([]);
  });

  it('lane.remove with a target moves its steps there, keeping y and growing the target', () => {
    const doc = aProcess()
      .withLane('a', { height: 400 })
      .withLane('b')
      .withStep('s1', 'a', { y: 250 })
      .withStep('s2', 'b')
      .withConnection('c', 's1', 's2')
      .build();
    const next = apply(doc, { type: 'lane.remove', laneId: 'a', moveStepsTo: 'b' });
    expect(next.lanes.map((l) => l.id)).toEqual(['b']);
    expect(step(next, 's1')).toMatchObject({ laneId: 'b', y: 250 });
    expect(lane(next, 'b').height).toBe(250 + step(doc, 's1').height + LANE_PADDING);
    expect(next.connections).toEqual(doc.connections);
  });

  it('lane.remove refuses an unknown lane, or moving steps to itself or nowhere', () => {
    const doc = aSmallProcess();
    expectRefused(doc, { type: 'lane.remove', laneId: 'x', moveStepsTo: null });
    expectRefused(doc, { type: 'lane.remove', laneId: 'l1', moveStepsTo: 'l1' });
    expectRefused(doc, { type: 'lane.remove', laneId: 'l1', moveStepsTo: 'x' });
  });
});

describe('step operations', () => {
  it('step.add adds steps with connections, keeping y at least half a padding from the top', () => {
    const doc = aSmallProcess();
    const next = apply(doc, {
      type: 'step.add',
      steps: [aStep('n1', 'l2', { y: -30 }), aStep('n2', 'l2', { y: 33.4 })],
      connections: [aConnection('cn', 's2', 'n1'), aConnection('cm', 'n1', 'n2')],
    });
    expect(step(next, 'n1').y).toBe(LANE_PADDING / 2);
    expect(step(next, 'n2').y).toBe(33);
    expect(next.connections.map((c) => c.id)).toEqual(['c1', 'c2', 'cn', 'cm']);
  });

  it('step.add grows the lane to fit the new step', () => {
    const next = apply(aSmallProcess(), {
      type: 'step.add',
      steps: [aStep('n', 'l1', { y: 500, height: 100 })],
    });
    expect(lane(next, 'l1').height).toBe(500 + 100 + LANE_PADDING);
    expect(lane(next, 'l2').height).toBe(LANE_MIN_HEIGHT);
  });

  it('step.add refuses unknown lanes, duplicate ids and dangling connections', () => {
    const doc = aSmallProcess();
    expectRefused(doc, { type: 'step.add', steps: [aStep('n', 'x')] }, /No lane x/);
    expectRefused(doc, { type: 'step.add', steps: [aStep('s1', 'l1')] }, /Duplicate/);
    expectRefused(doc, { type: 'step.add', steps: [aStep('n', 'l1'), aStep('n', 'l2')] });
    expectRefused(doc, {
      type: 'step.add',
      steps: [aStep('n', 'l1')],
      connections: [aConnection('cx', 'n', 'nowhere')],
    });
  });

  it('step.update patches fields and merges properties', () => {
    const doc = aSmallProcess();
    const next = apply(doc, {
      type: 'step.update',
      id: 's2',
      patch: {
        label: 'Granska',
        kind: 'decision',
        properties: { activeTime: { value: 3, unit: 'd' }, itSystems: ['Castor'] },
      },
    });
    expect(step(next, 's2')).toEqual({
      ...step(doc, 's2'),
      label: 'Granska',
      kind: 'decision',
      properties: {
        ...step(doc, 's2').properties,
        activeTime: { value: 3, unit: 'd' },
        itSystems: ['Castor'],
      },
    });
    const again = apply(next, {
      type: 'step.update',
      id: 's2',
      patch: { properties: { description: 'Mer' } },
    });
    expect(step(again, 's2').properties).toMatchObject({
      description: 'Mer',
      itSystems: ['Castor'],
    });
  });

  it('step.update grows the lane when the step grows', () => {
    const next = apply(aSmallProcess(), {
      type: 'step.update',
      id: 's2',
      patch: { height: 400 },
    });
    expect(lane(next, 'l2').height).toBe(step(next, 's2').y + 400 + LANE_PADDING);
    expectRefused(aSmallProcess(), { type: 'step.update', id: 'x', patch: { label: 'y' } });
  });

  it('step.move moves steps between lanes, rounding x and clamping y', () => {
    const doc = aSmallProcess();
    const next = apply(doc, {
      type: 'step.move',
      placements: [
        { id: 's1', laneId: 'l2', x: 100.4, y: 300.6 },
        { id: 's3', laneId: 'l1', x: -20, y: -5 },
      ],
    });
    expect(step(next, 's1')).toMatchObject({ laneId: 'l2', x: 100, y: 301 });
    expect(step(next, 's3')).toMatchObject({ laneId: 'l1', x: -20, y: LANE_PADDING / 2 });
    expect(lane(next, 'l2').height).toBe(301 + step(doc, 's1').height + LANE_PADDING);
    expect(next.connections).toEqual(doc.connections);
  });

  it('step.move refuses unknown steps and lanes', () => {
    const doc = aSmallProcess();
    expectRefused(doc, { type: 'step.move', placements: [{ id: 'x', laneId: 'l1', x: 0, y: 0 }] });
    expectRefused(doc, { type: 'step.move', placements: [{ id: 's1', laneId: 'x', x: 0, y: 0 }] });
  });

  it('step.remove removes steps and every connection touching them', () => {
    const next = apply(aSmallProcess(), { type: 'step.remove', ids: ['s2', 'unknown'] });
    expect(next.steps.map((s) => s.id)).toEqual(['s1', 's3']);
    expect(next.connections).toEqual([]);
    const other = apply(aSmallProcess(), { type: 'step.remove', ids: ['s3'] });
    expect(other.connections.map((c) => c.id)).toEqual(['c1']);
  });
});

describe('connection operations', () => {
  it('connection.add joins two existing steps', () => {
    const next = apply(aSmallProcess(), {
      type: 'connection.add',
      connection: aConnection('c3', 's3', 's1', { kind: 'information', label: 'Igen' }),
    });
    expect(next.connections.at(-1)).toEqual(
      aConnection('c3', 's3', 's1', { kind: 'information', label: 'Igen' }),
    );
  });

  it('connection.add refuses missing ends, loops and duplicate ids', () => {
    const doc = aSmallProcess();
    const add = (from: string, to: string, id = 'cx'): Operation => ({
      type: 'connection.add',
      connection: aConnection(id, from, to),
    });
    expectRefused(doc, add('s1', 'x'), /No step x/);
    expectRefused(doc, add('x', 's1'), /No step x/);
    expectRefused(doc, add('s1', 's1'), /itself/);
    expectRefused(doc, add('s1', 's3', 'c1'), /Duplicate/);
  });

  it('connection.update relabels and reroutes', () => {
    const doc = aSmallProcess();
    const next = apply(doc, {
      type: 'connection.update',
      id: 'c2',
      patch: { label: 'Ja', to: 's1', kind: 'information' },
    });
    expect(next.connections[1]).toEqual(
      aConnection('c2', 's2', 's1', { label: 'Ja', kind: 'information' }),
    );
    expectRefused(doc, { type: 'connection.update', id: 'x', patch: { label: 'a' } });
    expectRefused(doc, { type: 'connection.update', id: 'c1', patch: { to: 'x' } });
    expectRefused(doc, { type: 'connection.update', id: 'c1', patch: { from: 'x' } });
  });

  it('connection.remove removes by id and ignores unknown ids', () => {
    const next = apply(aSmallProcess(), { type: 'connection.remove', ids: ['c1', 'zz'] });
    expect(next.connections.map((c) => c.id)).toEqual(['c2']);
    expect(next.steps).toHaveLength(3);
  });
});
