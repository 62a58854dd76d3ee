// Operations from two origins (two tabs, later two people) made against the same document:
// (a) applied in either order they converge (after normalise) and pass the schema; (c) any
// operation on a document where its target is gone gives a defined result and never throws.
// (b), undo per origin, is in document/undoPerOrigin.property.test.ts (domain must not import
// the session). The generator, and what it leaves out on purpose: ./twoOrigins.testkit.ts.
// Fixed seeds, so a failure reproduces as is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise } from '../model/normalise';
import type { Process } from '../model/types';
import { processSchema } from '../schema/process';
import { applyOperation, applyOperations } from './applyOperation';
import type { Operation } from './types';
import { cmd, comparable, opsOf, seq, start, toOp } from './twoOrigins.testkit';

describe('two origins', () => {
  it('(a) converge applied A-then-B or B-then-A, and pass the schema', () => {
    const base = start();
    fc.assert(
      fc.property(seq, seq, (ca, cb) => {
        const a = opsOf('A', base, ca);
        const b = opsOf('B', base, cb);
        const ab = normalise(applyOperations(applyOperations(base, a), b));
        const ba = normalise(applyOperations(applyOperations(base, b), a));
        expect(comparable(ab)).toEqual(comparable(ba));
        expect(processSchema.safeParse(ab).success).toBe(true);
        expect(processSchema.safeParse(ba).success).toBe(true);
      }),
      { numRuns: 200, seed: 18 },
    );
  });
});

describe('(c) an operation whose target is gone', () => {
  it('gives a defined result and never throws', () => {
    const base = start();
    const gone = fc.constantFrom('x', 'gone', '__proto__', 'constructor', 's9', 'l9');
    fc.assert(
      fc.property(cmd, gone, (c, missing) => {
        // The ops an origin would make, with every id it names replaced by one not in the doc.
        const op = toOp('A', base, c, () => 'A-new');
        const text = JSON.stringify(op).replace(
          /"(s[1-4]|l[1-5]|c[1-3]|n0|start)"/g,
          `"${missing}"`,
        );
        const broken = JSON.parse(text) as Operation;
        let out: Process | undefined;
        expect(() => (out = applyOperation(base, broken))).not.toThrow();
        expect(out).toBeDefined();
        expect(processSchema.safeParse(normalise(out!)).success).toBe(true);
      }),
      { numRuns: 300, seed: 18 },
    );
  });
});
