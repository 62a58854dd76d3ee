// Hostile and broken input: refused quickly with a reason, never an exception; whatever a damaged
// file still yields is a valid process file.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../domain/load/loadDocument';
import { importBpmn } from './importBpmn';
import { EXPECTED } from './miwgCounts';

const dir = 'src/formats/bpmn/fixtures/miwg';
const read = (name: string) => readFileSync(`${dir}/${name}.bpmn`, 'utf8');
const BPMN_NS = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

describe('importBpmn on hostile or broken input', () => {
  const good = read('C.1.0');
  const cases: [string, string, string][] = [
    [
      'billion laughs',
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><bpmn:definitions xmlns:bpmn="${BPMN_NS}"><bpmn:process id="p"><bpmn:task id="t" name="&lol2;"/></bpmn:process></bpmn:definitions>`,
      'doctype',
    ],
    [
      'external entity',
      `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><bpmn:definitions xmlns:bpmn="${BPMN_NS}"><bpmn:process id="p"><bpmn:task id="t" name="&xxe;"/></bpmn:process></bpmn:definitions>`,
      'doctype',
    ],
    [
      'an entity declared without a DOCTYPE line',
      `<bpmn:definitions xmlns:bpmn="${BPMN_NS}"><!ENTITY x SYSTEM "http://example.org/"><bpmn:process id="p"/></bpmn:definitions>`,
      'doctype',
    ],
    ['20 MB of garbage', 'x'.repeat(20 * 1024 * 1024), 'tooLarge'],
    ['20 MB of BPMN', good + ' '.repeat(20 * 1024 * 1024), 'tooLarge'],
    ['a truncated file', good.slice(0, Math.floor(good.length / 2)), 'notXml'],
    ['a file cut off after its first tag', good.slice(0, good.indexOf('>') + 1), 'notXml'],
    ['not XML at all', 'PK\u0003\u0004 a zip file perhaps', 'notXml'],
    ['empty text', '', 'notXml'],
    [
      'XML but not BPMN',
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>',
      'notBpmn',
    ],
    ['BPMN without a process', `<bpmn:definitions xmlns:bpmn="${BPMN_NS}" id="d"/>`, 'empty'],
  ];
  for (const [name, xml, error] of cases) {
    it(`${name} → ${error}, without throwing`, async () => {
      // Speed is the benchmark's business; a parser that crawls shows there, not as a timed test.
      const result = await importBpmn(xml);
      expect(result).toMatchObject({ ok: false, error });
    });
  }

  it('damaged real files never throw, and what still converts is a valid process file', async () => {
    const texts = Object.keys(EXPECTED).map(read);
    const edit = fc.tuple(fc.nat(), fc.nat({ max: 400 }), fc.string({ maxLength: 30 }));
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: texts.length - 1 }),
        fc.array(edit, { minLength: 1, maxLength: 4 }),
        async (index, edits) => {
          let xml = texts[index]!;
          for (const [at, cut, insert] of edits) {
            const p = at % xml.length;
            xml = xml.slice(0, p) + insert + xml.slice(p + cut);
          }
          const result = await importBpmn(xml);
          if (!result.ok) return;
          const loaded = loadDocument(JSON.stringify(result.file));
          expect(loaded.ok, JSON.stringify(!loaded.ok && loaded.error)).toBe(true);
        },
      ),
      { numRuns: 120 },
    );
  }, 60_000);
});
