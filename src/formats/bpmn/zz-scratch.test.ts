import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { it, expect } from 'vitest';
import { loadDocument } from '../../domain/load/loadDocument';
import { importBpmn } from './importBpmn';
const names = ['A.1.0', 'A.2.0', 'A.3.0', 'A.4.0', 'B.1.0', 'C.1.0'];
const texts = names.map((n) => readFileSync(`src/formats/bpmn/fixtures/miwg/${n}.bpmn`, 'utf8'));
it('fuzz', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.nat(5),
      fc.array(fc.tuple(fc.nat(), fc.nat(300), fc.string({ maxLength: 30 })), {
        minLength: 1,
        maxLength: 4,
      }),
      async (i, edits) => {
        let t = texts[i]!;
        for (const [at, len, ins] of edits) {
          const p = at % t.length;
          t = t.slice(0, p) + ins + t.slice(p + len);
        }
        const r = await importBpmn(t);
        if (r.ok) {
          const l = loadDocument(JSON.stringify(r.file));
          if (!l.ok) {
            console.log(JSON.stringify(l.error).slice(0, 500));
          }
          expect(l.ok).toBe(true);
        }
      },
    ),
    { numRuns: 300 },
  );
}, 120000);
