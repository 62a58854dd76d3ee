import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../domain/load/loadDocument';
import type { Process } from '../../domain/model/types';
import { DEFAULT_REGISTER, REGISTER_PALETTE } from '../../domain/register/defaultRegister';
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
      expect(outsideTheirLane(loaded.file.process)).toEqual([]);
    });

    it(`${name} without BPMN-DI: the same elements, in a row per lane, inside their lanes`, async () => {
      const xml = read(name).replace(/<bpmndi:BPMNDiagram[\s\S]*<\/bpmndi:BPMNDiagram>/, '');
      expect(xml).not.toContain('BPMNShape');
      const result = await importBpmn(xml, { now: new Date('2026-11-25T06:00:00Z') });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.hasLayout).toBe(false);
      const loaded = loadDocument(JSON.stringify(result.file));
      expect(loaded.ok).toBe(true);
      if (!loaded.ok) return;
      const { process } = loaded.file;
      const { pools, lanes, ...elements } = EXPECTED[name]!;
      expect(countsOf(process)).toMatchObject(elements);
      expect(outsideTheirLane(process)).toEqual([]);
      for (const lane of process.lanes) {
        const row = process.steps.filter((s) => s.laneId === lane.id).sort((a, b) => a.x - b.x);
        row
          .slice(1)
          .forEach((s, i) => expect(s.x).toBeGreaterThanOrEqual(row[i]!.x + row[i]!.width));
      }
      void pools;
      void lanes;
    });
  }
});

/** Steps that stick out of their lane band (the method's rule: a step is in its unit's lane). */
function outsideTheirLane(process: Process): string[] {
  return process.steps
    .filter((s) => {
      const lane = process.lanes.find((l) => l.id === s.laneId);
      return !lane || s.y < 0 || s.y + s.height > lane.height;
    })
    .map((s) => s.id);
}

/** A hand-made file with what the MIWG models lack: a customer pool, nested lanes, data. */
const SMALL = readFileSync('src/formats/bpmn/fixtures/bygglov.bpmn', 'utf8');

describe('importBpmn mapping details', () => {
  it('maps customer pools, nested lanes, data stores, annotations and flows as documented', async () => {
    const result = await importBpmn(SMALL, { now: new Date('2026-11-25T06:00:00Z') });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const loaded = loadDocument(JSON.stringify(result.file));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const { process, register } = loaded.file;
    const entryOf = (laneId: string) =>
      register.find((e) => e.id === process.lanes.find((l) => l.id === laneId)?.registerId);
    const step = (id: string) => process.steps.find((s) => s.id === id)!;

    expect(entryOf('customerPool')).toMatchObject({ kind: 'kundgrupp', name: 'Sökande' });
    expect(DEFAULT_REGISTER.map((e) => e.color)).toContain(entryOf('customerPool')!.color);
    expect(entryOf('handl')).toMatchObject({ kind: 'forvaltning', name: 'Bygglov / Handläggare' });
    expect(entryOf('chef')?.name).toBe('Bygglov / Chef');
    expect(REGISTER_PALETTE).toContain(entryOf('chef')!.color);
    expect(process.lanes.find((l) => l.id === 'chef')?.pool).toEqual({
      id: 'cityPool',
      name: 'Kommunen',
    });

    expect(step('start')).toMatchObject({ kind: 'need', laneId: 'handl' });
    expect(step('check')).toMatchObject({ kind: 'activity', bpmn: { type: 'bpmn:UserTask' } });
    expect(step('decide')).toMatchObject({ kind: 'decision', laneId: 'chef' });
    expect(step('end').kind).toBe('outcome');
    expect(step('store')).toMatchObject({
      kind: 'informationObject',
      bpmn: { type: 'bpmn:DataStoreReference' },
    });
    expect(step('note')).toMatchObject({ kind: 'note', label: 'Tar ofta tre veckor' });

    const connection = (from: string, to: string) =>
      process.connections.find((c) => c.from === from && c.to === to);
    expect(connection('decide', 'end')).toMatchObject({ kind: 'flow', label: 'komplett' });
    expect(connection('store', 'check')?.kind).toBe('information');
    expect(connection('check', 'note')?.kind).toBe('information');
    // A customer contact with a black-box pool stays a contact: a step in the customer lane.
    const contact = process.connections.find((c) => c.to === 'start');
    expect(contact).toMatchObject({ kind: 'information', label: 'Ansökan' });
    expect(step(contact!.from)).toMatchObject({ laneId: 'customerPool', label: 'Ansökan' });
    expect(result.simplified.map((s) => s.id).sort()).toEqual(['decide', 'g', 'mf']);
    expect(result.hasLayout).toBe(false);
    expect(outsideTheirLane(process)).toEqual([]);
  });
});

describe('a process drawn without pools or lanes', () => {
  it('A.1.0: its steps keep the places the file draws them in, in the one lane made for them', async () => {
    const xml = read('A.1.0');
    const result = await importBpmn(xml, { now: new Date('2026-11-25T06:00:00Z') });
    const loaded = result.ok ? loadDocument(JSON.stringify(result.file)) : null;
    if (!loaded?.ok) throw new Error('A.1.0 does not load');
    const { lanes, steps } = loaded.file.process;
    expect(lanes).toHaveLength(1);
    expect(lanes[0]!.pool).toMatchObject({ noParticipant: true, outsideLanes: true });
    // Centres as the file draws them, read straight off its DI.
    const drawn = new Map(
      [
        ...xml.matchAll(
          /bpmnElement="([^"]+)"[^>]*>\s*<dc:Bounds height="([\d.]+)" width="([\d.]+)" x="([\d.]+)" y="([\d.]+)"/g,
        ),
      ].map((m) => [m[1], { cx: +m[4]! + +m[3]! / 2, cy: +m[5]! + +m[2]! / 2 }]),
    );
    const first = steps[0]!;
    for (const s of steps) {
      const d = drawn.get(s.id)!;
      const d0 = drawn.get(first.id)!;
      // Scaled as every drawn step is (1.6 across, 1.2 down), not lined up after the drawing.
      expect(s.x + s.width / 2 - (first.x + first.width / 2)).toBeCloseTo(
        (d.cx - d0.cx) * 1.6,
        -0.5,
      );
      expect(s.y + s.height / 2 - (first.y + first.height / 2)).toBeCloseTo(
        (d.cy - d0.cy) * 1.2,
        -0.5,
      );
    }
    expect(Math.min(...steps.map((s) => s.x))).toBeLessThan(100);
    expect(outsideTheirLane(loaded.file.process)).toEqual([]);
  });
});
