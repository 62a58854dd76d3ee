// applyOperation: each operation's effect, and its totality — an operation whose target is gone
// (removed by someone else meanwhile) gives the very same document back and never throws.
// Derived state (lane heights, orphans, dangling connections) is normalise()'s, tested here only
// as the step after an operation.
import { describe, expect, it } from 'vitest';
import { moveLaneOp } from '../commands/lanes';
import { LANE_PADDING } from '../model/geometry';
import { normalise } from '../model/normalise';
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
import { applyOperation, applyOperations } from './applyOperation';
import { LIMITS } from '../schema/limits';
import { diffOps } from './diff';
import type { Operation } from './types';

const NOW = new Date('2025-06-01T12:00:00.000Z');
/** Applies to a frozen document, so any mutation of the input fails the test. */
const apply = (doc: Process, op: Operation) => applyOperation(deepFreeze(doc), op, NOW);
const step = (doc: Process, id: string) => doc.steps.find((s) => s.id === id)!;
const lane = (doc: Process, id: string) => doc.lanes.find((l) => l.id === id)!;
const laneIds = (doc: Process) => doc.lanes.map((l) => l.id);

describe('applyOperation', () => {
  it('stamps changedAt on a change and leaves createdAt', () => {
    const next = apply(aSmallProcess(), { type: 'process.update', patch: { title: 'Nytt' } });
    expect(next.title).toBe('Nytt');
    expect(next.changedAt).toBe(NOW.toISOString());
    expect(next.createdAt).toBe(FIXED_TIME);
  });

  it('gives the same document back when an operation changes nothing', () => {
    const doc = aSmallProcess();
    expect(apply(doc, { type: 'process.update', patch: { title: doc.title } })).toBe(doc);
    expect(apply(doc, { type: 'step.update', id: 's1', patch: { x: 40 } })).toBe(doc);
    expect(apply(doc, { type: 'set.remove', set: 'tags', value: 'saknas' })).toBe(doc);
  });

  it('ignores an operation type it does not know (a newer tab)', () => {
    const doc = aSmallProcess();
    expect(apply(doc, { type: 'lane.fold', laneId: 'l1' } as unknown as Operation)).toBe(doc);
  });
});

describe('a missing target: the same document back, never a throw', () => {
  const doc = aSmallProcess();
  const gone: [string, Operation][] = [
    ['lane.rebind', { type: 'lane.rebind', laneId: 'x', registerId: 'u-sbf' }],
    ['lane.move', { type: 'lane.move', laneId: 'x', order: 'a5' }],
    ['lane.resize', { type: 'lane.resize', laneId: 'x', height: 400 }],
    ['lane.update', { type: 'lane.update', laneId: 'x', patch: { height: 400 } }],
    ['lane.remove', { type: 'lane.remove', laneId: 'x', moveStepsTo: 'l1' }],
    ['step.update', { type: 'step.update', id: 'x', patch: { label: 'Ny' } }],
    ['step.move', { type: 'step.move', placements: [{ id: 'x', laneId: 'l1', x: 0, y: 0 }] }],
    [
      'step.move into a gone lane',
      {
        type: 'step.move',
        placements: [{ id: 's1', laneId: 'x', x: 0, y: 0 }],
      },
    ],
    ['step.remove', { type: 'step.remove', ids: ['x'] }],
    [
      'connection.add from a gone step',
      {
        type: 'connection.add',
        connection: aConnection('c9', 'x', 's1'),
      },
    ],
    ['connection.update', { type: 'connection.update', id: 'x', patch: { label: 'ja' } }],
    [
      'connection.update to a gone step',
      {
        type: 'connection.update',
        id: 'c1',
        patch: { to: 'x' },
      },
    ],
    ['connection.remove', { type: 'connection.remove', ids: ['x'] }],
    ['item.update', { type: 'item.update', list: 'parkingLot', id: 'x', patch: { text: 'a' } }],
    ['item.remove', { type: 'item.remove', list: 'objectsIn', id: 'x' }],
    ['measure.update', { type: 'measure.update', id: 'x', patch: { name: 'a' } }],
    ['measure.remove', { type: 'measure.remove', id: 'x' }],
    ['set.remove', { type: 'set.remove', set: 'customerGroupIds', value: 'x' }],
    ['huki.set', { type: 'huki.set', stepId: 'x', registerId: 'u-sbf', value: 'H' }],
  ];
  it.each(gone)('%s', (_name, op) => {
    expect(() => apply(doc, op)).not.toThrow();
    expect(apply(doc, op)).toBe(doc);
  });

  it('a step moved into a gone lane stays where it was; other placements still apply', () => {
    const next = apply(doc, {
      type: 'step.move',
      placements: [
        { id: 's1', laneId: 'gone', x: 0, y: 0 },
        { id: 's2', laneId: 'l1', x: 100, y: 30 },
      ],
    });
    expect(step(next, 's1')).toEqual(step(doc, 's1'));
    expect(step(next, 's2')).toMatchObject({ laneId: 'l1', x: 100, y: 30 });
  });

  it('a step added to a gone lane goes into the first lane (it is someone’s work)', () => {
    const next = apply(doc, { type: 'step.add', steps: [aStep('s9', 'gone')] });
    expect(step(next, 's9').laneId).toBe('l1');
  });

  it('a step added with no lane at all has nowhere to go', () => {
    const empty = aProcess().build();
    expect(apply(empty, { type: 'step.add', steps: [aStep('s9', 'l1')] })).toBe(empty);
  });

  it('a lane removal whose target lane is gone moves the steps to the first other lane', () => {
    const three = aProcess()
      .withLane('l1')
      .withLane('l2')
      .withLane('l3')
      .withStep('s', 'l2')
      .build();
    const next = apply(three, { type: 'lane.remove', laneId: 'l2', moveStepsTo: 'gone' });
    expect(laneIds(next)).toEqual(['l1', 'l3']);
    expect(step(next, 's').laneId).toBe('l1');
  });
});

describe('lanes', () => {
  it('lane.add without an order key goes below the last lane', () => {
    const next = apply(aSmallProcess(), { type: 'lane.add', lane: aLane('l3') });
    expect(laneIds(next)).toEqual(['l1', 'l2', 'l3']);
    expect(lane(next, 'l3').order! > lane(next, 'l2').order!).toBe(true);
  });

  it('lane.add with an order key is placed by it', () => {
    const doc = aSmallProcess();
    const order = moveLaneOp(
      { ...doc, lanes: [...doc.lanes, aLane('l3', { order: 'zz' })] },
      'l3',
      0,
    );
    expect(order?.type).toBe('lane.move');
    const key = (order as Extract<Operation, { type: 'lane.move' }>).order;
    const next = apply(doc, { type: 'lane.add', lane: aLane('l3', { order: key }) });
    expect(laneIds(next)).toEqual(['l3', 'l1', 'l2']);
  });

  it('lane.add of an id already there changes nothing', () => {
    const doc = aSmallProcess();
    expect(apply(doc, { type: 'lane.add', lane: aLane('l1') })).toBe(doc);
  });

  it('lane.move reorders by the order key and only touches that lane', () => {
    const doc = aProcess().withLane('a').withLane('b').withLane('c').build();
    const op = moveLaneOp(doc, 'c', 0)!;
    const next = apply(doc, op);
    expect(laneIds(next)).toEqual(['c', 'a', 'b']);
    expect(lane(next, 'a')).toBe(lane(doc, 'a'));
    expect(moveLaneOp(next, 'c', 0)).toBeNull();
  });

  it('two lane.moves of different lanes made against the same document keep every lane once', () => {
    const doc = aProcess().withLane('a').withLane('b').withLane('c').withLane('d').build();
    const mine = moveLaneOp(doc, 'a', 3)!;
    const theirs = moveLaneOp(doc, 'd', 0)!;
    const ab = applyOperations(doc, [mine, theirs], NOW);
    const ba = applyOperations(doc, [theirs, mine], NOW);
    expect(laneIds(ab)).toEqual(laneIds(ba));
    expect([...laneIds(ab)].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('lane.move with something that is not an order key changes nothing', () => {
    const doc = aSmallProcess();
    expect(apply(doc, { type: 'lane.move', laneId: 'l1', order: 'not a key!' })).toBe(doc);
  });

  it('lane.resize clamps the height; lane.rebind changes the register entry', () => {
    const doc = aSmallProcess();
    expect(lane(apply(doc, { type: 'lane.resize', laneId: 'l1', height: 1 }), 'l1').height).toBe(
      LIMITS.laneMinHeight,
    );
    const rebound = apply(doc, { type: 'lane.rebind', laneId: 'l1', registerId: 'u-ksf' });
    expect(lane(rebound, 'l1').registerId).toBe('u-ksf');
  });

  it('lane.remove takes the steps to the given lane, or removes them with their connections', () => {
    const doc = aSmallProcess();
    const moved = apply(doc, { type: 'lane.remove', laneId: 'l1', moveStepsTo: 'l2' });
    expect(moved.steps.map((s) => s.laneId)).toEqual(['l2', 'l2', 'l2']);
    const dropped = apply(doc, { type: 'lane.remove', laneId: 'l1', moveStepsTo: null });
    expect(dropped.steps.map((s) => s.id)).toEqual(['s2']);
    expect(dropped.connections).toEqual([]);
  });

  it('lane.remove with ifEmpty leaves a lane that has steps', () => {
    const doc = aSmallProcess();
    expect(
      apply(doc, { type: 'lane.remove', laneId: 'l1', moveStepsTo: null, ifEmpty: true }),
    ).toBe(doc);
  });
});

describe('lane heights: normalise(), not the operation', () => {
  it('a step moved low in a lane leaves the height; normalise grows the lane to hold it', () => {
    const doc = aSmallProcess();
    const next = apply(doc, {
      type: 'step.move',
      placements: [{ id: 's2', laneId: 'l2', x: 260, y: 500 }],
    });
    expect(lane(next, 'l2').height).toBe(lane(doc, 'l2').height);
    const s2 = step(next, 's2');
    expect(lane(normalise(next), 'l2').height).toBeGreaterThanOrEqual(
      s2.y + s2.height + LANE_PADDING,
    );
  });

  it('normalise gives the same document back when nothing is off', () => {
    const doc = normalise(aSmallProcess());
    expect(normalise(doc)).toBe(doc);
  });

  it('normalise drops connections and HUKI cells of removed steps and places orphan steps', () => {
    const doc = aSmallProcess();
    const raw: Process = {
      ...doc,
      steps: [...doc.steps.filter((s) => s.id !== 's2'), aStep('s4', 'gone')],
      huki: { s2: { 'u-sbf': 'H' } },
    };
    const out = normalise(raw);
    expect(out.connections).toEqual([]);
    expect(out.huki).toEqual({});
    expect(step(out, 's4').laneId).toBe('l1');
  });
});

describe('steps and connections', () => {
  it('step.add puts a removed step back where it was (after)', () => {
    const doc = aSmallProcess();
    const next = apply(doc, { type: 'step.add', steps: [aStep('s9', 'l1')], after: { s9: 's1' } });
    expect(next.steps.map((s) => s.id)).toEqual(['s1', 's9', 's2', 's3']);
  });

  it('step.add with an id already there changes nothing', () => {
    const doc = aSmallProcess();
    expect(apply(doc, { type: 'step.add', steps: [aStep('s1', 'l2')] })).toBe(doc);
  });

  it('step.update patches fields and properties, keeps the rest', () => {
    const doc = aSmallProcess();
    const next = apply(doc, {
      type: 'step.update',
      id: 's1',
      patch: { label: 'Ansök', properties: { description: 'Blankett' } },
    });
    expect(step(next, 's1')).toMatchObject({ label: 'Ansök', x: 40 });
    expect(step(next, 's1').properties.description).toBe('Blankett');
  });

  it('step.update to a gone lane keeps the lane, applies the other fields', () => {
    const next = apply(aSmallProcess(), {
      type: 'step.update',
      id: 's1',
      patch: { laneId: 'gone', label: 'Ny' },
    });
    expect(step(next, 's1')).toMatchObject({ laneId: 'l1', label: 'Ny' });
  });

  it('step.remove removes connections to the removed steps', () => {
    const next = apply(aSmallProcess(), { type: 'step.remove', ids: ['s2'] });
    expect(next.steps.map((s) => s.id)).toEqual(['s1', 's3']);
    expect(next.connections).toEqual([]);
  });

  it('connection.add refuses a loop; connection.update and remove edit one', () => {
    const doc = aSmallProcess();
    expect(apply(doc, { type: 'connection.add', connection: aConnection('c9', 's1', 's1') })).toBe(
      doc,
    );
    const added = apply(doc, { type: 'connection.add', connection: aConnection('c9', 's1', 's3') });
    expect(added.connections.map((c) => c.id)).toEqual(['c1', 'c2', 'c9']);
    const labelled = apply(doc, { type: 'connection.update', id: 'c1', patch: { label: 'ja' } });
    expect(labelled.connections[0]!.label).toBe('ja');
    const removed = apply(doc, { type: 'connection.remove', ids: ['c1'] });
    expect(removed.connections.map((c) => c.id)).toEqual(['c2']);
  });
});

describe('lists, sets and HUKI cells', () => {
  it('item.add keeps entries in key order; a missing key goes last; empty text is refused', () => {
    let doc = aSmallProcess();
    doc = apply(doc, {
      type: 'item.add',
      list: 'parkingLot',
      item: { id: 'a', text: 'A', order: 'a1' },
    });
    doc = apply(doc, {
      type: 'item.add',
      list: 'parkingLot',
      item: { id: 'b', text: 'B', order: 'a0' },
    });
    doc = apply(doc, {
      type: 'item.add',
      list: 'parkingLot',
      item: { id: 'c', text: 'C', order: '' },
    });
    expect(doc.parkingLot.map((x) => x.text)).toEqual(['B', 'A', 'C']);
    expect(
      apply(doc, {
        type: 'item.add',
        list: 'parkingLot',
        item: { id: 'd', text: '  ', order: '' },
      }),
    ).toBe(doc);
  });

  it('two notes added at once against the same document both survive, in the same order', () => {
    const doc = aSmallProcess();
    const mine: Operation = {
      type: 'item.add',
      list: 'objectsIn',
      item: { id: 'A-1', text: 'Min', order: 'a0' },
    };
    const theirs: Operation = {
      type: 'item.add',
      list: 'objectsIn',
      item: { id: 'B-1', text: 'Din', order: 'a0' },
    };
    const ab = applyOperations(doc, [mine, theirs], NOW);
    const ba = applyOperations(doc, [theirs, mine], NOW);
    expect(ab.objectsIn).toEqual(ba.objectsIn);
    expect(ab.objectsIn.map((x) => x.id)).toEqual(['A-1', 'B-1']);
  });

  it('item.update and item.remove edit one entry', () => {
    let doc = apply(aSmallProcess(), {
      type: 'item.add',
      list: 'objectsOut',
      item: { id: 'a', text: 'A', order: 'a0' },
    });
    doc = apply(doc, {
      type: 'item.update',
      list: 'objectsOut',
      id: 'a',
      patch: { text: 'Beslut' },
    });
    expect(doc.objectsOut).toEqual([{ id: 'a', text: 'Beslut', order: 'a0' }]);
    expect(apply(doc, { type: 'item.remove', list: 'objectsOut', id: 'a' }).objectsOut).toEqual([]);
  });

  it('measure.add / update / remove', () => {
    const m = { id: 'm1', name: 'Ledtid', target: '10 dagar', order: 'a0' };
    let doc = apply(aSmallProcess(), { type: 'measure.add', measure: m });
    expect(doc.measures).toEqual([m]);
    doc = apply(doc, { type: 'measure.update', id: 'm1', patch: { target: '5 dagar' } });
    expect(doc.measures[0]!.target).toBe('5 dagar');
    expect(apply(doc, { type: 'measure.remove', id: 'm1' }).measures).toEqual([]);
  });

  it('set.add keeps the set sorted and without duplicates; set.remove takes one', () => {
    let doc = aSmallProcess();
    for (const value of ['ö', 'a', 'ä', 'a'])
      doc = apply(doc, { type: 'set.add', set: 'tags', value });
    expect(doc.tags).toEqual(['a', 'ä', 'ö']);
    expect(apply(doc, { type: 'set.remove', set: 'tags', value: 'ä' }).tags).toEqual(['a', 'ö']);
  });

  it('huki.set sets one cell; null gives it back to the diagram', () => {
    const doc = aSmallProcess();
    const set = apply(doc, { type: 'huki.set', stepId: 's1', registerId: 'u-sbf', value: 'H' });
    expect(set.huki).toEqual({ s1: { 'u-sbf': 'H' } });
    const cleared = apply(set, {
      type: 'huki.set',
      stepId: 's1',
      registerId: 'u-sbf',
      value: null,
    });
    expect(cleared.huki).toEqual({});
  });
});

describe('expect guards: a field changed since is left as the other person made it', () => {
  it('step.update applies only the fields that still hold the expected value', () => {
    const doc = aSmallProcess();
    const next = apply(doc, {
      type: 'step.update',
      id: 's1',
      patch: { label: 'Undo', x: 10 },
      expect: { label: 'Något annat', x: 40 },
    });
    expect(step(next, 's1')).toMatchObject({ label: step(doc, 's1').label, x: 10 });
  });

  it('process.update, lane.update, item.update, measure.update and huki.set skip changed fields', () => {
    const doc = apply(aSmallProcess(), {
      type: 'measure.add',
      measure: { id: 'm', name: 'N', target: '', order: 'a0' },
    });
    const ops: Operation[] = [
      { type: 'process.update', patch: { title: 'X' }, expect: { title: 'Inte så' } },
      { type: 'lane.update', laneId: 'l1', patch: { height: 500 }, expect: { height: 1 } },
      { type: 'measure.update', id: 'm', patch: { name: 'X' }, expect: { name: 'Y' } },
      { type: 'huki.set', stepId: 's1', registerId: 'u-sbf', value: 'H', expect: 'I' },
    ];
    for (const op of ops) expect(apply(doc, op)).toBe(doc);
  });

  it('an undo built by diffOps leaves another origin’s later edit of the same field alone', () => {
    const start = aSmallProcess();
    const mine = apply(start, { type: 'step.update', id: 's1', patch: { label: 'Min' } });
    const undo = diffOps(mine, start);
    const theirs = apply(mine, { type: 'step.update', id: 's1', patch: { label: 'Deras' } });
    expect(step(applyOperations(theirs, undo, NOW), 's1').label).toBe('Deras');
    expect(step(applyOperations(mine, undo, NOW), 's1').label).toBe(step(start, 's1').label);
  });
});
