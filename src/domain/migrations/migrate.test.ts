import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../load/loadDocument';
import { CURRENT_FORMAT_VERSION, processFileSchema } from '../schema/process';
import { deepFreeze } from '../../test/builders';
import { migrate } from './migrate';
import { migrateV1ToV2 } from './v1ToV2';

const fixtureText = readFileSync(new URL('./fixtures/v1-bygglov.json', import.meta.url), 'utf8');
const fixture = () => JSON.parse(fixtureText) as Record<string, unknown>;

const v1 = (lanes: unknown[]) => ({
  formatVersion: 1,
  process: { id: 'p', lanes },
});

describe('migrate', () => {
  it.each([[undefined], [0], [-1], [1.5], ['2'], [null]])(
    'refuses a file with format version %s',
    (formatVersion) => {
      expect(migrate({ formatVersion, process: {} })).toEqual({ ok: false, code: 'noVersion' });
    },
  );

  it('refuses a newer version and says which', () => {
    expect(migrate({ formatVersion: CURRENT_FORMAT_VERSION + 1, process: {} })).toEqual({
      ok: false,
      code: 'newerVersion',
      version: CURRENT_FORMAT_VERSION + 1,
    });
  });

  it('passes a current file through untouched', () => {
    const file = { formatVersion: CURRENT_FORMAT_VERSION, process: { lanes: [] }, register: [] };
    const result = migrate(file);
    expect(result).toEqual({ ok: true, file, from: CURRENT_FORMAT_VERSION });
  });

  it('lifts a v1 file to the current version and remembers where it came from', () => {
    const result = migrate(fixture());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.from).toBe(1);
    expect(result.file.formatVersion).toBe(CURRENT_FORMAT_VERSION);
    expect(processFileSchema.safeParse(result.file).success).toBe(true);
  });
});

describe('v1 → v2', () => {
  it('binds lanes named like default register entries to those entries', () => {
    const out = migrateV1ToV2(
      v1([
        { id: 'a', name: ' invånare ', color: '#000000', height: 140, customer: true },
        { id: 'b', name: 'SBF', color: '#000000', height: 150 },
      ]),
    );
    expect(out.process).toMatchObject({
      lanes: [
        { id: 'a', registerId: 'kg-invanare', height: 140 },
        { id: 'b', registerId: 'u-sbf', height: 150 },
      ],
    });
    expect((out.register as { id: string }[]).map((e) => e.id)).toEqual(['kg-invanare', 'u-sbf']);
  });

  it('turns other lane names into new entries with the lane colour and customer flag', () => {
    const out = migrateV1ToV2(
      v1([
        { id: 'l7', name: 'Bygglovsenheten', color: '#123abc', height: 140 },
        { id: 'l8', name: 'Turister', color: '#abcdef', height: 140, customer: true },
      ]),
    );
    expect(out.register).toEqual([
      { id: 'r-l7', kind: 'forvaltning', name: 'Bygglovsenheten', shortName: '', color: '#123abc' },
      { id: 'r-l8', kind: 'kundgrupp', name: 'Turister', shortName: '', color: '#abcdef' },
    ]);
  });

  it('lets two lanes with the same name share one entry', () => {
    const out = migrateV1ToV2(
      v1([
        { id: 'x1', name: 'Projektgruppen', color: '#111111', height: 140 },
        { id: 'x2', name: 'projektgruppen', color: '#222222', height: 140 },
      ]),
    );
    expect(out.register).toHaveLength(1);
    expect(
      (out.process as { lanes: { registerId: string }[] }).lanes.map((l) => l.registerId),
    ).toEqual(['r-x1', 'r-x1']);
  });

  it('gives nameless lanes a name and bad colours a neutral one', () => {
    const out = migrateV1ToV2(v1([{ id: 'q', name: '   ', color: 'red', height: 140 }]));
    expect(out.register).toEqual([
      { id: 'r-q', kind: 'forvaltning', name: 'Simbana', shortName: '', color: '#e2e8f0' },
    ]);
  });

  it('survives a file with no lanes or no process', () => {
    expect(migrateV1ToV2({ formatVersion: 1 })).toMatchObject({
      formatVersion: 2,
      process: { lanes: [] },
      register: [],
    });
    expect(migrateV1ToV2(v1([null, 'x'])).process).toMatchObject({
      lanes: [{ registerId: 'r-0' }, { registerId: 'r-0' }],
    });
  });

  it('does not change its input', () => {
    const input = deepFreeze(fixture());
    expect(() => migrateV1ToV2(input)).not.toThrow();
    expect(input).toEqual(fixture());
  });
});

describe('the v1 fixture (Ansöka om bygglov, Flödesverkstan 0.0.9) through loadDocument', () => {
  const result = loadDocument(fixtureText);
  if (!result.ok) throw new Error(`fixture did not load: ${JSON.stringify(result.error)}`);
  const { file, warnings } = result;
  const lane = (id: string) => file.process.lanes.find((l) => l.id === id);

  it('loads with a migrated warning and nothing repaired', () => {
    expect(warnings).toEqual([{ code: 'migrated', count: 1 }]);
    expect(file.formatVersion).toBe(CURRENT_FORMAT_VERSION);
    expect(file.application).toBe('Flödesverkstan 0.0.9');
  });

  it('binds the lanes to register entries', () => {
    expect(file.process.lanes.map((l) => l.id)).toEqual(['l1', 'l2', 'l3']);
    expect(lane('l1')?.registerId).toBe('kg-invanare');
    expect(lane('l2')?.registerId).toBe('u-sbf');
    const own = file.register.find((e) => e.id === lane('l3')?.registerId);
    expect(own).toEqual({
      id: 'r-l3',
      kind: 'forvaltning',
      name: 'Bygglovsenheten',
      shortName: '',
      color: '#dbeafe',
    });
    expect(file.register.map((e) => e.id).sort()).toEqual(['kg-invanare', 'r-l3', 'u-sbf']);
    expect(file.register.find((e) => e.id === 'kg-invanare')?.kind).toBe('kundgrupp');
  });

  it('drops the lane names and colours the v1 lanes carried', () => {
    for (const l of file.process.lanes) {
      expect(Object.keys(l).sort()).toEqual(['height', 'id', 'order', 'registerId']);
      expect(l.height).toBe(160);
    }
  });

  it('keeps the specification', () => {
    expect(file.process).toMatchObject({
      id: 'p-bygglov',
      title: 'Ansöka om bygglov',
      category: 'huvudprocess',
      customerGroupIds: ['kg-invanare'],
      need: 'Jag vill bygga ett uterum',
      outcome: 'Beslut om bygglov',
      owner: 'Bygglovschef',
      status: 'remiss',
      tags: ['bygglov', 'e-tjänst'],
      variant: 'nulage',
      createdAt: '2025-03-01T09:00:00.000Z',
      changedAt: '2025-03-02T10:30:00.000Z',
    });
  });

  it('keeps every step in its lane, at its place, with its properties', () => {
    const original = (fixture().process as { steps: Record<string, unknown>[] }).steps;
    expect(file.process.steps).toHaveLength(5);
    for (const [i, step] of file.process.steps.entries()) {
      const o = original[i]!;
      expect(step).toMatchObject({
        id: o.id,
        kind: o.kind,
        label: o.label,
        laneId: o.laneId,
        x: o.x,
        y: o.y,
        width: o.width,
        height: o.height,
        linkedProcessId: null,
      });
    }
    expect(file.process.steps[1]?.properties).toMatchObject({
      description: 'Via e-tjänst',
      activeTime: { value: 2, unit: 'h' },
      waitingTime: null,
    });
  });

  it('keeps every connection and its label', () => {
    expect(file.process.connections).toEqual([
      { id: 'c1', kind: 'flow', from: 's1', to: 's2', label: '' },
      { id: 'c2', kind: 'flow', from: 's2', to: 's3', label: '' },
      { id: 'c3', kind: 'flow', from: 's3', to: 's4', label: '' },
      { id: 'c4', kind: 'flow', from: 's4', to: 's5', label: 'Ja' },
      { id: 'c5', kind: 'flow', from: 's4', to: 's1', label: 'Nej' },
    ]);
  });
});
