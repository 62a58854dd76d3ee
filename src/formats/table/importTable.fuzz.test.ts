// Whatever a file holds, the importer answers with a process the schema accepts or with one of
// its errors: it never throws, and what it builds needs no repair by the load gate.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REGISTER } from '../../domain/register/defaultRegister';
import { loadDocument } from '../../domain/load/loadDocument';
import { processFileSchema } from '../../domain/schema/process';
import { tableFileToProcess } from './importTable';

const options = { title: 'T', register: DEFAULT_REGISTER, defaultLaneName: 'Processen' };

function expectValid(result: ReturnType<typeof tableFileToProcess>) {
  if (!result.ok) return;
  expect(processFileSchema.safeParse(result.file).success).toBe(true);
  const loaded = loadDocument(JSON.parse(JSON.stringify(result.file)));
  expect(loaded.ok && loaded.warnings).toEqual([]);
}

const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    'Behov',
    'Beslut',
    'Resultat',
    'Underlag',
    '2 d',
    '1,5 h',
    '3, 1',
    'slut',
    'Ja, Nej',
  ),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ minLength: 490, maxLength: 700 }),
);
const header = fc.subarray(
  ['Nr', 'Enhet', 'Aktivitet', 'Typ', 'Tid', 'Väntetid', 'Nästa', 'Villkor', 'X'],
  {
    minLength: 1,
  },
);

describe('table import never throws and builds only valid processes', () => {
  it('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        expectValid(tableFileToProcess(bytes, options));
      }),
      { numRuns: 300 },
    );
  });

  it('random tables, with and without a header, any separator', () => {
    fc.assert(
      fc.property(
        header,
        fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 25 }),
        fc.constantFrom('\t', ';', ','),
        fc.boolean(),
        (head, rows, delimiter, withHeader) => {
          const table = withHeader ? [head, ...rows] : rows;
          const text = Papa.unparse(table, { delimiter });
          expectValid(tableFileToProcess(new TextEncoder().encode(text), options));
        },
      ),
      { numRuns: 200 },
    );
  });
});
