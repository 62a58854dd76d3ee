// writeDiff after each kind of operation writes only the keys of the entity it changed: the
// list is what a Y update carries, so an unchanged field is never overwritten by someone else's
// stale copy. Lane heights grown by content are derived and not written.
import { describe, expect, it } from 'vitest';
import { normalise } from '../../domain/model/normalise';
import { applyOperation } from '../../domain/operations/applyOperation';
import type { Operation } from '../../domain/operations/types';
import { aConnection, aSmallProcess, aStep } from '../../test/builders';
import { createYDoc, project, writeDiff } from './mapping';
import { written } from './peers.testkit';

const base = normalise({
  ...aSmallProcess(),
  tags: ['a'],
  parkingLot: [{ id: 'n1', text: 'x', order: 'a0' }],
  measures: [{ id: 'm1', name: 'M', target: '', order: 'a0' }],
});

const CASES: [Operation, string[]][] = [
  [{ type: 'process.update', patch: { title: 'Ny' } }, ['meta.title']],
  [{ type: 'lane.rebind', laneId: 'l2', registerId: 'u-x' }, ['lanes/l2.registerId']],
  [{ type: 'lane.move', laneId: 'l2', order: 'Zz' }, ['lanes/l2.order']],
  [{ type: 'lane.resize', laneId: 'l2', height: 400 }, ['lanes/l2.height']],
  [
    { type: 'lane.remove', laneId: 'l2', moveStepsTo: 'l1' },
    ['lanes/l2.deleted', 'steps/s2.laneId'],
  ],
  [{ type: 'step.add', steps: [aStep('s9', 'l2')] }, ['steps.s9']],
  [
    {
      type: 'step.update',
      id: 's2',
      patch: { properties: { waitingTime: { value: 2, unit: 'd' } } },
    },
    ['steps/s2.p.waitingTime'],
  ],
  [
    { type: 'step.move', placements: [{ id: 's1', laneId: 'l2', x: 100, y: 30 }] },
    ['steps/s1.laneId', 'steps/s1.x', 'steps/s1.y'],
  ],
  [
    { type: 'step.remove', ids: ['s2'] },
    ['connections/c1.deleted', 'connections/c2.deleted', 'steps/s2.deleted'],
  ],
  [{ type: 'connection.add', connection: aConnection('c9', 's1', 's3') }, ['connections.c9']],
  [{ type: 'connection.update', id: 'c1', patch: { label: 'ja' } }, ['connections/c1.label']],
  [{ type: 'connection.remove', ids: ['c2'] }, ['connections/c2.deleted']],
  [
    { type: 'item.add', list: 'parkingLot', item: { id: 'n2', text: 'y', order: 'a1' } },
    ['parkingLot.n2'],
  ],
  [
    { type: 'item.update', list: 'parkingLot', id: 'n1', patch: { text: 'z' } },
    ['parkingLot/n1.text'],
  ],
  [{ type: 'item.remove', list: 'parkingLot', id: 'n1' }, ['parkingLot/n1.deleted']],
  [
    { type: 'measure.add', measure: { id: 'm2', name: 'N', target: '1', order: 'a1' } },
    ['measures.m2'],
  ],
  [{ type: 'measure.update', id: 'm1', patch: { target: '3' } }, ['measures/m1.target']],
  [{ type: 'measure.remove', id: 'm1' }, ['measures/m1.deleted']],
  [{ type: 'set.add', set: 'tags', value: 'b' }, ['tags.b']],
  [{ type: 'set.remove', set: 'tags', value: 'a' }, ['tags.a']],
  [{ type: 'huki.set', stepId: 's1', registerId: 'u-sbf', value: 'H' }, ['huki.s1:u-sbf']],
  // Moved low in its lane: the lane grows on projection, its stored height is not written.
  [{ type: 'step.move', placements: [{ id: 's2', laneId: 'l2', x: 260, y: 600 }] }, ['steps/s2.y']],
  [
    { type: 'process.restore', process: { ...base, title: 'Förr', steps: base.steps.slice(1) } },
    ['connections/c1.deleted', 'meta.title', 'steps/s1.deleted'],
  ],
];

describe('writeDiff writes only what an operation changed', () => {
  it.each(CASES.map(([op, keys]) => [op.type, op, keys] as const))('%s', (_, op, keys) => {
    const ydoc = createYDoc(base);
    const after = normalise(applyOperation(base, op));
    expect(after).not.toEqual(base);
    expect(written(ydoc, () => ydoc.transact(() => writeDiff(ydoc, base, after)))).toEqual(keys);
    expect(project(ydoc)).toEqual({ ...after, changedAt: base.changedAt });
  });
});
