import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../domain/load/loadDocument';
import { countsOf, EXPECTED } from './miwgCounts';
import { importBpmn } from './importBpmn';

const dir = 'src/formats/bpmn/fixtures/miwg';
const read = (name: string) => readFileSync(`${dir}/${name}.bpmn`, 'utf8');

describe('importBpmn on the MIWG reference models', () => {
  for (const name of Object.keys(EXPECTED)) {
    it(`${name}: the expected elements arrive as a valid process`, async () => {
      const result = await importBpmn(read(name), { now: new Date('2026-11-25T06:00:00Z') });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const loaded = loadDocument(JSON.stringify(result.file));
      expect(loaded.ok, JSON.stringify(!loaded.ok && loaded.error)).toBe(true);
      if (!loaded.ok) return;
      expect(countsOf(loaded.file.process)).toEqual(EXPECTED[name]);
      expect(result.hasLayout).toBe(true);
    });
  }
});

describe('importBpmn on hostile or broken input', () => {
  const good = read('C.1.0');
  const cases: [string, string, string][] = [
    [
      'billion laughs',
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process id="p"><bpmn:task id="t" name="&lol2;"/></bpmn:process></bpmn:definitions>`,
      'doctype',
    ],
    [
      'external entity',
      `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process id="p"><bpmn:task id="t" name="&xxe;"/></bpmn:process></bpmn:definitions>`,
      'doctype',
    ],
    ['20 MB of garbage', 'x'.repeat(20 * 1024 * 1024), 'tooLarge'],
    ['a truncated file', good.slice(0, Math.floor(good.length / 2)), 'notXml'],
    ['not XML at all', 'PK\u0003\u0004 a zip file perhaps', 'notXml'],
    [
      'XML but not BPMN',
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>',
      'notBpmn',
    ],
    [
      'BPMN without a process',
      '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"/>',
      'empty',
    ],
  ];
  for (const [name, xml, error] of cases) {
    it(`${name} → ${error}, quickly and without throwing`, async () => {
      const started = Date.now();
      const result = await importBpmn(xml);
      expect(result).toMatchObject({ ok: false, error });
      // Not a speed assertion: a guard against an input that makes the parser hang.
      expect(Date.now() - started).toBeLessThan(5_000);
    });
  }
});
