// Three people, each a LocalSession bound to their own Y.Doc, editing at once with random
// operations from the domain (the two-origin test kit's commands, made against what each person
// sees when they act), undoing and redoing, while the network delivers updates late and out of
// order. After everything is delivered: every doc projects to the same process, it passes the
// load gate, its steps are in its lanes and its connections join live steps, and every session
// shows exactly that process. Fixed seed, bounded sizes, so the run is the same every time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { processSchema } from '../../domain/schema/process';
import { sameContent } from '../../domain/revisions/sameContent';
import { start } from '../../domain/operations/twoOrigins.testkit';
import { act, peerActions, peers, settle, view } from './peers.testkit';

const action = peerActions();

describe('bound sessions over a Y.Doc network', () => {
  it('converge to one valid process, whatever the edits and the delivery order', () => {
    const base = start();
    fc.assert(
      fc.property(
        fc.array(action, { minLength: 1, maxLength: 40 }),
        fc.boolean(),
        (actions, fifo) => {
          const list = peers(base, 3);
          const counters = [0, 0, 0];
          for (const a of actions) act(list, a, counters, fifo);
          settle(list);
          const first = view(list[0]!);
          expect(first).not.toBeNull();
          const doc = first!;
          expect(processSchema.safeParse(doc).success).toBe(true);
          const laneIds = new Set(doc.lanes.map((l) => l.id));
          const stepIds = new Set(doc.steps.map((s) => s.id));
          expect(doc.steps.every((s) => laneIds.has(s.laneId))).toBe(true);
          // No step had to be re-homed: a removed lane that still holds a step is shown.
          const stored = list[0]!.ydoc.getMap<Y.Map<unknown>>('steps');
          expect(doc.steps.every((s) => stored.get(s.id)?.get('laneId') === s.laneId)).toBe(true);
          expect(doc.connections.every((c) => stepIds.has(c.from) && stepIds.has(c.to))).toBe(true);
          for (const p of list) {
            expect(view(p)).toEqual(doc);
            // Out of order, Y holds an update back until what it builds on arrives, but applies its
            // deletions at once: a field can be missing for a while, and that view is not shown.
            // Delivered in each sender's order (as a provider does) no view is ever invalid.
            if (fifo) expect(p.invalid).toBe(0);
            expect(sameContent(p.session.doc!, doc)).toBe(true);
            p.stop();
          }
        },
      ),
      { numRuns: 100, seed: 20 },
    );
  });
});
