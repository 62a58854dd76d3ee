// Undo per origin: undo of everything origin A did (this tab) never changes what origin B did
// (another tab or person, through applyRemote), whatever the interleaving. The generator and
// what is left out of it: domain/operations/twoOrigins.testkit.ts. Fixed seed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise } from '../domain/model/normalise';
import { applyOperations } from '../domain/operations/applyOperation';
import type { Operation } from '../domain/operations/types';
import { comparable, opsOf, seq, start } from '../domain/operations/twoOrigins.testkit';
import { createLocalSession } from './localSession';

describe('two origins in one session', () => {
  it('(b) undo of everything A did leaves exactly what B did', () => {
    const base = start();
    fc.assert(
      fc.property(
        seq,
        seq,
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        (ca, cb, turns) => {
          const a = opsOf('A', base, ca);
          const b = opsOf('B', base, cb);
          const session = createLocalSession();
          session.load(base);
          const effectiveB: Operation[] = [];
          let ia = 0;
          let ib = 0;
          for (const aFirst of turns) {
            if ((aFirst && ia < a.length) || ib >= b.length) {
              if (ia < a.length) session.apply(a[ia++]!);
            } else {
              const before = session.doc;
              session.applyRemote([b[ib]!], 'remote');
              if (session.doc !== before) effectiveB.push(b[ib]!);
              ib++;
            }
          }
          while (ia < a.length) session.apply(a[ia++]!);
          while (ib < b.length) {
            const before = session.doc;
            session.applyRemote([b[ib]!], 'remote');
            if (session.doc !== before) effectiveB.push(b[ib]!);
            ib++;
          }
          while (session.canUndo) session.undo();
          const expected = normalise(applyOperations(base, effectiveB));
          expect(comparable(session.doc!)).toEqual(comparable(expected));
        },
      ),
      { numRuns: 200, seed: 18 },
    );
  });
});
