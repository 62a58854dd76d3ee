// Test kit for the two-origin property tests (convergence, undo per origin): a start document,
// and each origin's operations, made against its own view (start + its own earlier ones), with
// ids of its own (A-…, B-…).
//
// Left out of generation, on purpose (they go into the issue note):
// - genuine same-field conflicts: both origins writing the same scalar field of the same entity
//   (a start step's label/place, a lane's height or order, a connection's label, the process
//   title, one HUKI cell, one list entry's text), and one removing a tag the other adds (add
//   vs remove of one set value). Each origin owns its own share of the start
//   document for scalar writes (A: s1, s3, l2, c1, title, row s1; B: s2, l4, c2, purpose, row s2)
//   and everything it created;
// - a step added to or moved into a lane the other origin removes: without tombstones the step
//   goes to the first lane in one order and stays in the removed lane's place in the other (the
//   Yjs session of issue 20 orders it). Only l3 (by A) and l5 (by B) are ever removed, their
//   steps to l1, and steps only go into l1, l2, l4 or the origin's own lanes;
// - lane.remove that removes its steps (moveStepsTo null) against a move of one of them out of
//   that lane: move-vs-delete, the same conflict in another form.
// Step and connection arrays are compared by id, not position: each origin appends what it adds,
// so A-then-B and B-then-A hold the same entries in a different array order (see the report).
import fc from 'fast-check';
import { moveLaneOp } from '../commands/lanes';
import { normalise } from '../model/normalise';
import type { Process } from '../model/types';
import { aConnection, aLane, aProcess, aStep } from '../../test/builders';
import { applyOperation } from './applyOperation';
import { keyBetween } from './laneOrder';
import type { Operation } from './types';

type Origin = 'A' | 'B';
interface Share {
  steps: string[];
  lane: string;
  connection: string;
  field: 'title' | 'purpose';
  removableLane: string;
}
const SHARE: Record<Origin, Share> = {
  A: { steps: ['s1', 's3'], lane: 'l2', connection: 'c1', field: 'title', removableLane: 'l3' },
  B: { steps: ['s2'], lane: 'l4', connection: 'c2', field: 'purpose', removableLane: 'l5' },
};
const STEP_LANES = ['l1', 'l2', 'l4'];
/** Both may add 'ä' (two adds of one tag must give one); each removes only tags the other never adds. */
const TAGS: Record<Origin, string[]> = { A: ['a', 'ä', 'b'], B: ['ä', 'x y', 'Ö'] };

export function start(): Process {
  const doc = aProcess('Konvergens')
    .withLane('l1')
    .withLane('l2')
    .withLane('l3')
    .withLane('l4')
    .withLane('l5')
    .withStep('s1', 'l1')
    .withStep('s2', 'l2', { x: 260 })
    .withStep('s3', 'l3', { x: 480 })
    .withStep('s4', 'l5', { x: 700 })
    .withConnection('c1', 's1', 's2')
    .withConnection('c2', 's2', 's3')
    .withConnection('c3', 's3', 's4')
    .build();
  return normalise({
    ...doc,
    parkingLot: [{ id: 'n0', text: 'Start', order: 'a0' }],
    tags: ['start'],
  });
}

// A command picks its target by index into what the origin may touch when it runs.
export const cmd = fc.record({
  t: fc.constantFrom(
    'addStep',
    'moveStep',
    'labelStep',
    'removeStep',
    'addConnection',
    'removeConnection',
    'addLane',
    'moveLane',
    'resizeLane',
    'removeLane',
    'setField',
    'addNote',
    'removeNote',
    'addTag',
    'removeTag',
    'huki',
  ),
  i: fc.nat(20),
  j: fc.nat(20),
  n: fc.integer({ min: 0, max: 600 }),
  s: fc.constantFrom('a', 'b', 'ä', 'x y', 'Ö'),
});
export type Cmd = typeof cmd extends fc.Arbitrary<infer T> ? T : never;

const pickOf = (list: readonly string[], i: number) => list[i % Math.max(1, list.length)] ?? 'none';

/** The operation origin `o` makes of `c` against its own view `doc` (start + its own ops). */
export function toOp(o: Origin, doc: Process, c: Cmd, id: () => string): Operation {
  const share = SHARE[o];
  const own = (ids: string[]) => ids.filter((x) => x.startsWith(`${o}-`));
  const present = new Set([...doc.steps, ...doc.lanes, ...doc.connections].map((x) => x.id));
  const steps = [...share.steps, ...own(doc.steps.map((s) => s.id))].filter((x) => present.has(x));
  const anySteps = doc.steps.map((s) => s.id);
  const lanes = [...STEP_LANES, ...own(doc.lanes.map((l) => l.id))].filter((x) => present.has(x));
  const myLanes = [share.lane, ...own(doc.lanes.map((l) => l.id))];
  switch (c.t) {
    case 'addStep':
      return { type: 'step.add', steps: [aStep(id(), pickOf(lanes, c.i), { x: c.n })] };
    case 'moveStep':
      return {
        type: 'step.move',
        placements: [{ id: pickOf(steps, c.i), laneId: pickOf(lanes, c.j), x: c.n, y: c.j * 7 }],
      };
    case 'labelStep':
      return { type: 'step.update', id: pickOf(steps, c.i), patch: { label: c.s } };
    case 'removeStep':
      // Removing any step is safe: a removal wins in either order.
      return { type: 'step.remove', ids: [pickOf(anySteps, c.i)] };
    case 'addConnection':
      return {
        type: 'connection.add',
        connection: aConnection(id(), pickOf(anySteps, c.i), pickOf(anySteps, c.j)),
      };
    case 'removeConnection':
      return {
        type: 'connection.remove',
        ids: [
          pickOf(
            doc.connections.map((x) => x.id),
            c.i,
          ),
        ],
      };
    case 'addLane':
      return {
        type: 'lane.add',
        lane: aLane(id(), { order: keyBetween(doc.lanes.at(-1)?.order, null) }),
      };
    case 'moveLane':
      return (
        moveLaneOp(doc, pickOf(myLanes, c.i), c.j % 7) ?? {
          type: 'lane.resize',
          laneId: pickOf(myLanes, c.i),
          height: 150 + c.j,
        }
      );
    case 'resizeLane':
      return { type: 'lane.resize', laneId: pickOf(myLanes, c.i), height: c.n };
    case 'removeLane':
      return { type: 'lane.remove', laneId: share.removableLane, moveStepsTo: 'l1' };
    case 'setField':
      return { type: 'process.update', patch: { [share.field]: `${o} ${c.s}` } };
    case 'addNote':
      return {
        type: 'item.add',
        list: 'parkingLot',
        item: { id: id(), text: c.s, order: keyBetween(doc.parkingLot.at(-1)?.order, null) },
      };
    case 'removeNote':
      return {
        type: 'item.remove',
        list: 'parkingLot',
        id: pickOf(
          doc.parkingLot.map((x) => x.id),
          c.i,
        ),
      };
    case 'addTag':
      return { type: 'set.add', set: 'tags', value: pickOf(TAGS[o], c.i) };
    case 'removeTag': {
      const mine = doc.tags.filter((t) => !TAGS[o === 'A' ? 'B' : 'A'].includes(t));
      return { type: 'set.remove', set: 'tags', value: pickOf(mine, c.i) };
    }
    case 'huki':
      return {
        type: 'huki.set',
        stepId: pickOf(steps, c.i),
        registerId: 'u-sbf',
        value: c.j % 3 === 0 ? null : c.j % 3 === 1 ? 'H' : 'U',
      };
  }
}

/** Origin `o`'s operations, each made against start + its own earlier ones. */
export function opsOf(o: Origin, base: Process, cmds: readonly Cmd[]): Operation[] {
  let n = 0;
  const id = () => `${o}-${++n}`;
  let view = base;
  return cmds.map((c) => {
    const op = toOp(o, view, c, id);
    view = applyOperation(view, op);
    return op;
  });
}

/** What must agree: the document without changedAt, steps and connections by id. */
export function comparable(doc: Process) {
  const { changedAt: _changedAt, ...rest } = doc;
  const byId = <T extends { id: string }>(xs: T[]) =>
    [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
  return { ...rest, steps: byId(doc.steps), connections: byId(doc.connections) };
}

/** One origin's edits. */
export const seq = fc.array(cmd, { minLength: 1, maxLength: 15 });
