import { describe, expect, it } from 'vitest';
import { laneBands } from '../../domain/model/geometry';
import type { Process } from '../../domain/model/types';
import { aProcess, aSmallProcess, deepFreeze } from '../../test/builders';
import { addStepAt, connectSteps, dropSteps, reconnect } from './gestures';

const topOf = (doc: Process, laneId: string) =>
  laneBands(doc.lanes).find((b) => b.lane.id === laneId)!.top;
const step = (doc: Process, id: string) => doc.steps.find((s) => s.id === id)!;

describe('dropSteps', () => {
  it('moves a step dropped across a lane boundary into the new lane, y from that lane’s top', () => {
    const doc = deepFreeze(aSmallProcess());
    const l2Top = topOf(doc, 'l2');
    // s1 is in l1; its centre lands 30 below l2's top.
    const y = l2Top + 30 - step(doc, 's1').height / 2;
    const op = dropSteps(doc, [{ id: 's1', type: 'step', position: { x: 100, y } }]);
    expect(op).toEqual({
      type: 'step.move',
      placements: [{ id: 's1', laneId: 'l2', x: 100, y: y - l2Top }],
    });
  });

  it('keeps a step in its lane when its centre stays above the boundary', () => {
    const doc = aSmallProcess();
    const y = topOf(doc, 'l2') - 1 - step(doc, 's1').height / 2;
    const op = dropSteps(doc, [{ id: 's1', type: 'step', position: { x: 40, y } }]);
    expect(op).toMatchObject({ placements: [{ id: 's1', laneId: 'l1', y }] });
  });

  it('does not place a step left of the canvas start', () => {
    const doc = aSmallProcess();
    const op = dropSteps(doc, [{ id: 's1', type: 'step', position: { x: -50, y: 20 } }]);
    expect(op).toMatchObject({ placements: [{ id: 's1', x: 0 }] });
  });

  it('puts a drop where a removed lane was into the lane there now (the last one)', () => {
    const before = aSmallProcess();
    const oldL2Top = topOf(before, 'l2');
    // l2 removed meanwhile (its steps gone with it): the drop is below the only lane left.
    const doc: Process = {
      ...before,
      lanes: before.lanes.filter((l) => l.id !== 'l2'),
      steps: before.steps.filter((s) => s.laneId !== 'l2'),
      connections: [],
    };
    const op = dropSteps(doc, [{ id: 's1', type: 'step', position: { x: 40, y: oldL2Top + 10 } }]);
    expect(op).toMatchObject({
      placements: [{ id: 's1', laneId: 'l1', y: oldL2Top + 10 - topOf(doc, 'l1') }],
    });
  });

  it('gives null when no lane is left to drop into', () => {
    const doc: Process = { ...aSmallProcess(), lanes: [] };
    expect(dropSteps(doc, [{ id: 's1', type: 'step', position: { x: 40, y: 20 } }])).toBeNull();
  });

  it('gives null for a step removed meanwhile and ignores lane nodes', () => {
    const doc = aSmallProcess();
    expect(
      dropSteps(doc, [
        { id: 'gone', type: 'step', position: { x: 40, y: 20 } },
        { id: 'l1', type: 'lane', position: { x: 0, y: 0 } },
      ]),
    ).toBeNull();
  });

  it('takes an attached problem along with its step', () => {
    const doc = aProcess()
      .withLane('l1')
      .withLane('l2')
      .withStep('a', 'l1', { x: 40, y: 20 })
      .withStep('p', 'l1', { kind: 'problem', x: 40, y: 100 })
      .withConnection('c', 'p', 'a')
      .build();
    const op = dropSteps(doc, [{ id: 'a', type: 'step', position: { x: 140, y: 20 } }]);
    expect(op).toMatchObject({
      placements: [
        { id: 'a', laneId: 'l1', x: 140, y: 20 },
        { id: 'p', laneId: 'l1', x: 140, y: 100 },
      ],
    });
  });
});

describe('connectSteps', () => {
  it('adds a flow connection between two steps', () => {
    const op = connectSteps(aSmallProcess(), { source: 's1', target: 's3' });
    expect(op).toMatchObject({
      type: 'connection.add',
      connection: { from: 's1', to: 's3', kind: 'flow' },
    });
  });

  it('makes it an information connection when an end is an information object', () => {
    const doc = aProcess()
      .withLane('l1')
      .withStep('a', 'l1')
      .withStep('i', 'l1', { kind: 'informationObject', x: 300 })
      .build();
    expect(connectSteps(doc, { source: 'a', target: 'i' })).toMatchObject({
      connection: { kind: 'information' },
    });
  });

  it('gives null for a connection from a step to itself', () => {
    expect(connectSteps(aSmallProcess(), { source: 's1', target: 's1' })).toBeNull();
  });

  it('gives null when an end is missing or not a step', () => {
    const doc = aSmallProcess();
    expect(connectSteps(doc, { source: 's1', target: null })).toBeNull();
    expect(connectSteps(doc, { source: 's1', target: 'gone' })).toBeNull();
  });
});

describe('reconnect', () => {
  it('moves the ends of a connection', () => {
    expect(reconnect(aSmallProcess(), 'c1', { source: 's1', target: 's3' })).toEqual({
      type: 'connection.update',
      id: 'c1',
      patch: { from: 's1', to: 's3' },
    });
  });

  it('gives null when the new end is a step that does not exist', () => {
    expect(reconnect(aSmallProcess(), 'c1', { source: 's1', target: 'gone' })).toBeNull();
  });

  it('gives null onto the same step at both ends, or for a connection removed meanwhile', () => {
    const doc = aSmallProcess();
    expect(reconnect(doc, 'c1', { source: 's2', target: 's2' })).toBeNull();
    expect(reconnect(doc, 'gone', { source: 's1', target: 's2' })).toBeNull();
  });
});

describe('addStepAt', () => {
  it('adds a step centred on the point, in the lane under it', () => {
    const doc = aSmallProcess();
    const l2Top = topOf(doc, 'l2');
    const added = addStepAt(doc, 'activity', { x: 400, y: l2Top + 70 });
    expect(added).not.toBeNull();
    const op = added!.op;
    if (op.type !== 'step.add') throw new Error(`expected step.add, got ${op.type}`);
    const [s] = op.steps;
    expect(s).toMatchObject({ id: added!.stepId, laneId: 'l2', kind: 'activity' });
    expect(s!.x + s!.width / 2).toBe(400);
    expect(s!.y + s!.height / 2).toBe(70);
  });

  it('adds nothing below the last lane or left of the canvas start', () => {
    const doc = aSmallProcess();
    const bottom = doc.lanes.reduce((m, l) => m + l.height, 0);
    expect(addStepAt(doc, 'activity', { x: 100, y: bottom })).toBeNull();
    expect(addStepAt(doc, 'activity', { x: -1, y: 10 })).toBeNull();
  });
});
