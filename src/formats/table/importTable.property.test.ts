// Random step lists pasted as a spreadsheet would put them on the clipboard (Papa.unparse quotes
// cells with tabs, quotes and line breaks as Excel does): the text view must tell every row, in
// the table's order, in the lane the row named.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { textView } from '../../domain/analysis/textView';
import { newProcess } from '../../domain/model/factories';
import { applyOperations } from '../../domain/operations/applyOperation';
import { DEFAULT_REGISTER } from '../../domain/register/defaultRegister';
import { findEntryByName } from '../../domain/register/register';
import { STEP_KINDS } from '../../domain/schema/process';
import { planTablePaste } from './importTable';

const LANES = ['Invånare', 'SBF', 'bygglov', 'Bygglov', 'Kund', 'Miljö & hälsa', 'IT-enheten'];
const KINDS = ['', 'Aktivitet', 'Väntan', 'Beslut', 'activity', 'Delprocess'];
const label = fc
  .string({
    unit: fc.constantFrom(...'abcåäöÅÄÖ 019,;"\'\t?-'.split('')),
    minLength: 1,
    maxLength: 30,
  })
  .filter((s) => s.trim().length > 0);
const row = fc.record({
  lane: fc.constantFrom(...LANES),
  label,
  kind: fc.constantFrom(...KINDS),
  time: fc.constantFrom('', '30 min', '1,5 h', '2 d', '1 vecka', '45 minuter'),
});

const labels = {
  kinds: Object.fromEntries(STEP_KINDS.map((k) => [k, k])) as never,
  unknownLane: '?',
  untitled: '(utan namn)',
  back: 'tillbaka {number}',
  end: 'slut',
  unreached: 'ej nådda',
  loose: 'lösa',
};

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('a pasted table in the text view', () => {
  it('lists every row in order, in its lane', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), (rows) => {
        const table = [
          ['Enhet', 'Aktivitet', 'Typ', 'Tid'],
          ['Invånare', 'Behovet', 'Behov', ''],
          ...rows.map((r) => [r.lane, r.label, r.kind, r.time]),
          ['Invånare', 'Värdet', 'Resultat', ''],
        ];
        const text = Papa.unparse(table, { delimiter: '\t', newline: '\n' });
        const plan = planTablePaste(newProcess('P'), DEFAULT_REGISTER, text, {
          defaultLane: { name: 'Processen' },
        });
        if (!plan.ok) throw new Error(plan.error);
        const doc = applyOperations(newProcess('P'), plan.ops);
        const register = [...DEFAULT_REGISTER, ...plan.newEntries];
        const view = textView(doc, register, labels);
        // A lane typed twice in other case is one lane, named as first typed or as registered.
        const firstSpelling = new Map<string, string>();
        const laneName = (typed: string) => {
          const known = findEntryByName(DEFAULT_REGISTER, typed)?.name;
          if (known) return known;
          const key = typed.toLocaleLowerCase('sv');
          if (!firstSpelling.has(key)) firstSpelling.set(key, typed);
          return firstSpelling.get(key)!;
        };
        const expected = table.slice(1).map(([lane, text]) => [laneName(lane!), oneLine(text!)]);
        expect(view.unreached).toEqual([]);
        expect(view.flow.map((e) => [e.lane, e.label])).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});
