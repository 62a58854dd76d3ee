// v2 → v3 is lossless on every v2 file we have (fixtures, e2e fixtures) and on every template
// written as a v2 file by hand: the same texts, names, targets, lane order, steps and
// connections after migrate → load, with order keys that follow the old array order; migrating
// twice gives the same file; a file newer than this version is refused.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../load/loadDocument';
import type { Process } from '../model/types';
import { DEFAULT_REGISTER } from '../register/defaultRegister';
import { CURRENT_FORMAT_VERSION } from '../schema/process';
import { buildFromTemplate } from '../templates/templateText';
import { TEMPLATES } from '../templates/templates';
import { migrate } from './migrate';

type Json = Record<string, unknown>;
type V2Process = Omit<Process, 'lanes' | 'parkingLot' | 'objectsIn' | 'objectsOut' | 'measures'> & {
  lanes: Omit<Process['lanes'][number], 'order'>[];
  parkingLot: string[];
  objectsIn: string[];
  objectsOut: string[];
  measures: { name: string; target: string }[];
};

const NOW = new Date('2026-12-01T08:00:00Z');

/** A template as a v2 file: lanes without keys, lists as strings, measures without id or order. */
function templateAsV2(head: (typeof TEMPLATES)[number]): Json {
  const p = buildFromTemplate(head.head, head.text, DEFAULT_REGISTER, NOW).process;
  // Lists out of alphabetical order, so a sort would show; a duplicate text, so ids must differ.
  const process: V2Process = {
    ...p,
    lanes: p.lanes.map(({ order: _order, ...lane }) => lane),
    parkingLot: ['Ö sist i alfabetet', 'Återkom om blanketten', 'A', 'A'],
    objectsIn: ['Ansökan', ...p.objectsIn.map((x) => x.text)],
    objectsOut: ['Beslut', 'Avslag'],
    measures: [
      { name: 'Ledtid', target: '10 dagar' },
      { name: 'Andel digitala', target: '' },
    ],
  };
  return { formatVersion: 2, application: 'Flödesverkstan', process, register: DEFAULT_REGISTER };
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Json;
const V2_FILES: [string, () => Json][] = [
  ...['forskoleplats.json', 'forskoleplats-25.json', 'unicode.json'].map(
    (f): [string, () => Json] => [`e2e/fixtures/${f}`, () => readJson(`e2e/fixtures/${f}`)],
  ),
  [
    'src/domain/tidy/fixtures/tangled-20.json',
    () => readJson('src/domain/tidy/fixtures/tangled-20.json'),
  ],
  ...TEMPLATES.map((t): [string, () => Json] => [`mall ${t.id} som v2`, () => templateAsV2(t)]),
];

const increasing = (keys: string[]) => keys.every((k, i) => i === 0 || keys[i - 1]! < k);

describe('v2 → v3 migration', () => {
  it('the files are v2 (so this tests the migration, not a no-op)', () => {
    for (const [, file] of V2_FILES) expect(file().formatVersion).toBe(2);
  });

  it.each(V2_FILES)('is lossless on %s', (_name, read) => {
    const v2 = read();
    const before = structuredClone(v2.process) as V2Process;
    const migrated = migrate(v2);
    expect(migrated.ok).toBe(true);
    if (!migrated.ok) return;
    expect(migrated.file.formatVersion).toBe(CURRENT_FORMAT_VERSION);
    const loaded = loadDocument(JSON.stringify(migrated.file));
    expect(loaded.ok, JSON.stringify(loaded.ok ? null : loaded.error)).toBe(true);
    if (!loaded.ok) return;
    const p = loaded.file.process;

    for (const k of ['title', 'purpose', 'need', 'outcome', 'owner'] as const)
      expect(p[k], k).toEqual(before[k]);
    // Tags became a sorted set in v3 (two people adding tags agree on the order): same members.
    expect([...p.tags].sort()).toEqual([...(before.tags ?? [])].sort());
    expect(p.huki).toEqual(before.huki ?? {});
    expect(p.parkingLot.map((x) => x.text)).toEqual(before.parkingLot ?? []);
    expect(p.objectsIn.map((x) => x.text)).toEqual(before.objectsIn ?? []);
    expect(p.objectsOut.map((x) => x.text)).toEqual(before.objectsOut ?? []);
    expect(p.measures.map(({ name, target }) => ({ name, target }))).toEqual(before.measures ?? []);
    expect(p.lanes.map(({ order: _order, ...lane }) => lane)).toEqual(before.lanes);
    expect(p.steps).toEqual(before.steps);
    expect(p.connections).toEqual(before.connections);

    // Keys in the old array order, and ids unique within each list.
    for (const list of [p.lanes, p.parkingLot, p.objectsIn, p.objectsOut, p.measures]) {
      expect(increasing(list.map((x) => x.order!))).toBe(true);
      expect(new Set(list.map((x) => x.id)).size).toBe(list.length);
    }
  });

  it.each(V2_FILES)('is deterministic on %s (twice gives the same file)', (_name, read) => {
    // Templates get fresh step ids on each build: one input, migrated twice.
    const v2 = read();
    const once = migrate(structuredClone(v2));
    const twice = migrate(structuredClone(v2));
    expect(once).toEqual(twice);
    // A migrated file taken through again is left as it is.
    if (once.ok) expect(migrate(once.file)).toEqual({ ok: true, file: once.file, from: 3 });
  });

  it('refuses a file from a newer version with newerVersion', () => {
    const file = {
      ...readJson('e2e/fixtures/unicode.json'),
      formatVersion: CURRENT_FORMAT_VERSION + 1,
    };
    expect(migrate(file)).toEqual({
      ok: false,
      code: 'newerVersion',
      version: CURRENT_FORMAT_VERSION + 1,
    });
  });
});
