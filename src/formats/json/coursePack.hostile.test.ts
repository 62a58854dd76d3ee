// The course pack decoder on the bad-input corpus: every answer is a typed reading, every process
// it hands on goes through the load gate to a valid model or a typed error, prototypes untouched.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../domain/load/loadDocument';
import { aSmallProcess } from '../../test/builders';
import {
  HOSTILE_STRINGS,
  expectValidProcessFile,
  prototypeCorpus,
  prototypeGuard,
  structureCorpus,
} from '../../test/corpus';
import {
  MAX_PACK_PROCESSES,
  readCoursePack,
  serializeCoursePack,
  type PackReading,
} from './coursePack';

function read(text: string): PackReading {
  const guard = prototypeGuard();
  let reading: PackReading | undefined;
  expect(() => (reading = readCoursePack(text))).not.toThrow();
  guard.expectUnchanged();
  expect(['notPack', 'pack', 'invalid']).toContain(reading!.kind);
  if (reading!.kind === 'pack') {
    for (const file of reading!.files) {
      const loaded = loadDocument(file);
      if (loaded.ok) expectValidProcessFile(loaded.file);
      guard.expectUnchanged();
    }
  }
  return reading!;
}

const pack = (processes: string[], extra = '') =>
  `{"packVersion": 1, "title": "Kurs"${extra}, "processes": [${processes.join(',')}]}`;

/** Many small runs per property: on a busy shared machine they outlast the 5 s default. */
const SLOW = { timeout: 60_000 };

describe('readCoursePack on hostile input', SLOW, () => {
  it('every corpus file inside a pack: typed reading, each process valid or refused', () => {
    const items = [...structureCorpus(), ...prototypeCorpus()].filter((t) => {
      try {
        JSON.parse(t);
        return true;
      } catch {
        return false;
      }
    });
    for (const item of items) read(pack([item]));
  });

  it('a 10 000-level nested process is refused as a broken pack, without a stack overflow', () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    expect(read(pack([deep]))).toEqual({ kind: 'invalid', reason: 'shape' });
  });

  it('a pack from a newer version says so, whatever its shape', () => {
    for (const text of [
      '{"packVersion": 2, "processes": []}',
      '{"packVersion": 99, "processes": "a new shape"}',
      '{"packVersion": 1e999}',
    ])
      expect(read(text)).toEqual({ kind: 'invalid', reason: 'newerVersion' });
  });

  it('prototype keys in the pack and its processes are dropped', () => {
    const text = serializeCoursePack('Kurs', [aSmallProcess()], []).replace(
      '{',
      '{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}},',
    );
    const reading = read(text);
    expect(reading.kind).toBe('pack');
    if (reading.kind === 'pack') expect(reading.files.join()).not.toContain('polluted');
  });

  it('refuses too many processes and too much text before parsing them', () => {
    const many = pack(Array.from({ length: MAX_PACK_PROCESSES + 1 }, () => '{}'));
    expect(read(many)).toEqual({ kind: 'invalid', reason: 'tooMany' });
    const huge = pack([`"${'x'.repeat(31 * 1024 * 1024)}"`]);
    expect(read(huge)).toEqual({ kind: 'invalid', reason: 'tooMany' });
  });

  it('any JSON with a packVersion: typed reading', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 4 }), (a, b) => {
        read(JSON.stringify({ packVersion: a, processes: b, title: a }));
        read(JSON.stringify({ packVersion: 1, processes: [a, b], title: b }));
      }),
      { numRuns: 200 },
    );
  });

  it('titles survive as text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string()), (title) => {
        const reading = read(serializeCoursePack(title, [aSmallProcess()], []));
        expect(reading.kind === 'pack' && reading.title).toBe(title.slice(0, 500));
      }),
    );
  });
});
