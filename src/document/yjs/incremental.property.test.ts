// The incremental projection (incremental.ts) and its incremental check (incrementalCheck.ts)
// against the whole path: three bound people edit, undo, redo, remove lanes and write nonsense
// straight into the doc (a field of the wrong type, an unknown field, a field taken away, an
// entity map deleted outright), while the network delivers updates late and out of order. After
// every action, in every doc, the incremental projection equals project(ydoc) and its checked
// result equals validateProjection(project(ydoc)) — null included, so an invalid view is never
// let through. Fixed seed, bounded sizes: the same run every time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { start } from '../../domain/operations/twoOrigins.testkit';
import { createChecker } from './incrementalCheck';
import { createProjector } from './incremental';
import { project, validateProjection } from './mapping';
import { act, peerActions, peers, settle } from './peers.testkit';

const JUNK = ['wrongType', 'unknownField', 'dropField', 'deleteMap', 'badHuki'] as const;

const action = peerActions({
  weight: 1,
  arbitrary: fc.record({
    t: fc.constant('junk' as const),
    who: fc.nat(2),
    kind: fc.constantFrom(...JUNK),
    root: fc.constantFrom('steps', 'lanes', 'connections', 'parkingLot'),
    pick: fc.nat(9),
  }),
});
type Junk = { kind: (typeof JUNK)[number]; root: string; pick: number };

/** Writes something no client would into one entity map (or the HUKI map). */
function writeJunk(ydoc: Y.Doc, j: Junk) {
  ydoc.transact(() => {
    if (j.kind === 'badHuki') {
      ydoc.getMap('huki').set('s1:nobody', 'Z');
      return;
    }
    const root = ydoc.getMap<unknown>(j.root);
    const ids = [...root.keys()];
    const id = ids[j.pick % Math.max(1, ids.length)];
    const map = id === undefined ? undefined : root.get(id);
    if (!(map instanceof Y.Map) || id === undefined) return;
    if (j.kind === 'deleteMap') root.delete(id);
    else if (j.kind === 'wrongType') map.set(j.root === 'lanes' ? 'height' : 'id', 42);
    else if (j.kind === 'unknownField') map.set('surprise', 'x');
    else map.delete(j.root === 'steps' ? 'kind' : 'order');
  }, 'junk');
}

describe('the incremental projection', () => {
  it('equals the whole projection and its validation after every transaction', () => {
    const base = start();
    let fast = 0;
    fc.assert(
      fc.property(
        fc.array(action, { minLength: 1, maxLength: 40 }),
        fc.boolean(),
        (actions, fifo) => {
          const list = peers(base, 3);
          const mine = list.map((p) => ({
            projector: createProjector(p.ydoc),
            checker: createChecker(),
          }));
          const counters = [0, 0, 0];
          const compare = () => {
            list.forEach((p, i) => {
              const whole = project(p.ydoc);
              const inc = mine[i]!.projector.project();
              expect(inc).toEqual(whole);
              const before = mine[i]!.checker.full;
              expect(mine[i]!.checker.check(inc)).toEqual(validateProjection(whole));
              if (mine[i]!.checker.full === before) fast++;
            });
          };
          compare();
          for (const a of actions) {
            if (a.t === 'junk') writeJunk(list[a.who]!.ydoc, a);
            else act(list, a, counters, fifo);
            compare();
          }
          settle(list);
          compare();
          for (const p of list) p.stop();
          for (const m of mine) m.projector.stop();
        },
      ),
      { numRuns: 100, seed: 20 },
    );
    // The fast path is taken at all (else this only tested the whole path against itself).
    expect(fast).toBeGreaterThan(1000);
  });
});
