// The process file decoder (and with it the load gate) on the bad-input corpus and on generated
// damage: a typed result every time, a valid model when it says ok, prototypes untouched.
import { stripBidiControls } from '../../domain/text/bidi';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LoadErrorCode, LoadResult } from '../../domain/load/loadDocument';
import type { Process } from '../../domain/model/types';
import { aSmallProcess } from '../../test/builders';
import {
  HOSTILE_STRINGS,
  expectValidProcessFile,
  numberCorpus,
  prototypeCorpus,
  prototypeGuard,
  referenceCorpus,
  structureCorpus,
  validFileText,
} from '../../test/corpus';
import { parseProcessFile, serializeProcessFile } from './processFile';

const CODES: LoadErrorCode[] = ['tooLarge', 'notJson', 'notProcessFile', 'newerVersion', 'invalid'];

/** The invariants every input must keep, whatever it is. */
function decode(text: string): LoadResult {
  const guard = prototypeGuard();
  let result: LoadResult | undefined;
  expect(() => (result = parseProcessFile(text))).not.toThrow();
  guard.expectUnchanged();
  if (result!.ok) expectValidProcessFile(result!.file);
  else expect(CODES).toContain(result!.error.code);
  return result!;
}

/** Many small runs per property: on a busy shared machine they outlast the 5 s default. */
const SLOW = { timeout: 60_000 };

describe('parseProcessFile on the bad-input corpus', SLOW, () => {
  it.each(structureCorpus().map((t, i) => [i, t.slice(0, 60), t] as const))(
    'structure #%i %j: typed result, prototypes untouched',
    (_i, _head, text) => void decode(text),
  );

  it('refuses a file from a future version as such, never as damage', () => {
    const file = JSON.parse(validFileText()) as Record<string, unknown>;
    expect(decode(JSON.stringify({ ...file, formatVersion: 999 }))).toEqual({
      ok: false,
      error: { code: 'newerVersion', version: 999 },
    });
  });

  it('refuses 10 000 levels of nesting, at the top and inside the process', () => {
    for (const text of structureCorpus().filter((t) => t.includes('[[[[[[[[[[[[')))
      expect(decode(text)).toMatchObject({ ok: false });
  });

  it.each(prototypeCorpus().map((t, i) => [i, t]))(
    'prototype keys #%i: dropped or refused, never obeyed',
    (_i, text) => {
      const result = decode(text as string);
      if (result.ok) expect(JSON.stringify(result.file)).not.toContain('polluted');
    },
  );

  it('still loads a real file that carries __proto__ at its root, without the key', () => {
    const text = validFileText().replace('{', '{"__proto__": {"polluted": 1},');
    const result = decode(text);
    expect(result.ok && result.file.process.title).toBe('Ansöka om bygglov');
  });

  it.each(numberCorpus().map((t, i) => [i, t]))('numbers #%i: typed result', (_i, text) => {
    decode(text as string);
  });

  it.each(referenceCorpus().map((t, i) => [i, t]))(
    'references #%i: repaired or refused',
    (_i, text) => void decode(text as string),
  );
});

describe('parseProcessFile on generated damage', SLOW, () => {
  const valid = validFileText();

  it('every prefix of a valid file: typed result', () => {
    fc.assert(
      fc.property(fc.nat({ max: valid.length }), (n) => void decode(valid.slice(0, n))),
      { numRuns: 300 },
    );
  });

  it('random edits of a valid file: typed result', () => {
    const edit = fc.tuple(fc.nat(), fc.nat({ max: 20 }), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
        let text = valid;
        for (const [at, cut, insert] of edits) {
          const p = at % text.length;
          text = text.slice(0, p) + insert + text.slice(p + cut);
        }
        decode(text);
      }),
      { numRuns: 300 },
    );
  });

  it('any JSON value, alone or as the process: typed result', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => {
        decode(JSON.stringify(value));
        decode(JSON.stringify({ formatVersion: 2, process: value, register: value }));
      }),
      { numRuns: 200 },
    );
  });

  it('a prototype key placed anywhere in a valid file is dropped', () => {
    const key = fc.constantFrom('__proto__', 'constructor', 'prototype');
    // Every non-empty object (in an empty one the comma would break the JSON).
    const objects = [...valid.matchAll(/\{(?!\s*\})/g)].map((m) => m.index);
    fc.assert(
      fc.property(fc.constantFrom(...objects), key, (at, k) => {
        const text = `${valid.slice(0, at + 1)}"${k}": {"polluted": 1},${valid.slice(at + 1)}`;
        const result = decode(text);
        expect(result.ok).toBe(true);
      }),
    );
  });
});

describe('text survives as text', SLOW, () => {
  const text = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: 'binary' }));

  // Exactly, but for bidi controls in titles and labels, which the load gate takes out.
  it('labels, titles and descriptions come back as written', () => {
    fc.assert(
      fc.property(text, text, text, (title, label, description) => {
        const base = aSmallProcess();
        const process: Process = {
          ...base,
          title: title.trim() ? title.slice(0, 500) : 'x',
          steps: base.steps.map((s) => ({
            ...s,
            label: label.slice(0, 500),
            properties: { ...s.properties, description },
          })),
        };
        const result = decode(serializeProcessFile(process, []));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.file.process.title).toBe(stripBidiControls(process.title));
        expect(result.file.process.steps.map((s) => s.label)).toEqual(
          process.steps.map((s) => stripBidiControls(s.label)),
        );
        expect(result.file.process.steps[0]!.properties.description).toBe(description);
      }),
      { numRuns: 150 },
    );
  });
});
