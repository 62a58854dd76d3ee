import { BpmnModdle } from 'bpmn-moddle';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../domain/load/loadDocument';
import { newConnection, newLane, newProcess, newStep } from '../../domain/model/factories';
import type { Process, ProcessFile } from '../../domain/model/types';
import { STEP_KINDS } from '../../domain/schema/process';
import { exportBpmn } from './exportBpmn';
import { importBpmn } from './importBpmn';
import { countsOf, EXPECTED } from './miwgCounts';
import { createModdle } from './moddle';

const now = new Date('2026-11-25T06:00:00Z');

/** Order of steps and connections is not part of the model's meaning; pools regroup them. */
function sorted(process: Process): Process {
  const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);
  return {
    ...process,
    steps: [...process.steps].sort(byId),
    connections: [...process.connections].sort(byId),
  };
}

async function load(xml: string): Promise<ProcessFile> {
  const result = await importBpmn(xml, { now });
  if (!result.ok) throw new Error(`import failed: ${result.error} ${result.detail ?? ''}`);
  const loaded = loadDocument(JSON.stringify(result.file));
  if (!loaded.ok) throw new Error(`load failed: ${JSON.stringify(loaded.error)}`);
  return loaded.file;
}

/** What a round trip must keep: ids, labels, kinds, lanes and connections. */
function essence(process: Process) {
  return {
    lanes: process.lanes.map((l) => [l.id, l.registerId]),
    steps: process.steps.map((s) => [s.id, s.kind, s.label, s.laneId]).sort(),
    connections: process.connections.map((c) => [c.id, c.kind, c.from, c.to, c.label]).sort(),
  };
}

describe('BPMN export of the MIWG models', () => {
  for (const name of Object.keys(EXPECTED)) {
    it(`${name}: our export is clean BPMN with the same counts and comes back the same`, async () => {
      const first = await load(readFileSync(`src/formats/bpmn/fixtures/miwg/${name}.bpmn`, 'utf8'));
      const xml = await exportBpmn(first.process, first.register);
      const { warnings, rootElement } = await createModdle().fromXML(xml);
      expect(warnings.map((w) => w.message)).toEqual([]);
      // A tool that does not know our namespace reads it without complaint too.
      const plain = await new BpmnModdle().fromXML(xml);
      expect(plain.warnings.map((w) => w.message)).toEqual([]);
      expect(rootElement.$type).toBe('bpmn:Definitions');
      const second = await load(xml);
      expect(essence(second.process)).toEqual(essence(first.process));
      expect(sorted(second.process)).toEqual(
        sorted({ ...first.process, changedAt: second.process.changedAt }),
      );
      // Counted again on the re-imported model: nothing lost, nothing doubled.
      expect(countsOf(second.process)).toEqual(countsOf(first.process));
    });
  }
});

describe('model → BPMN → model', () => {
  it('keeps lanes, steps, kinds, labels, properties and connections of any model (property)', async () => {
    const text = fc.string({ maxLength: 40 }).map((s) => s.replace(/\s+/g, ' ').trim());
    const model = fc
      .record({
        title: text.filter((s) => s.length > 0),
        lanes: fc.integer({ min: 1, max: 5 }),
        steps: fc.array(
          fc.record({
            lane: fc.nat(),
            kind: fc.constantFrom(...STEP_KINDS),
            label: text,
            description: text,
            x: fc.integer({ min: 0, max: 3000 }),
            valueAdding: fc.constantFrom(true, false, null),
          }),
          { maxLength: 15 },
        ),
        links: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean(), text), { maxLength: 20 }),
      })
      .map(({ title, lanes: count, steps, links }) => {
        const lanes = Array.from({ length: count }, (_, i) =>
          newLane(i === 0 ? 'kg-invanare' : `u-${i}`),
        );
        const made = steps.map((s) => ({
          ...newStep(s.kind, lanes[s.lane % count]!.id, s.x, 20, s.label),
          properties: {
            description: s.description,
            responsibleRole: '',
            activeTime: { value: 5, unit: 'min' as const },
            waitingTime: null,
            itSystems: ['Ärendesystemet'],
            valueAdding: s.valueAdding,
          },
        }));
        const seen = new Set<string>();
        const connections = made.length
          ? links.flatMap(([a, b, info, label]) => {
              const from = made[a % made.length]!;
              const to = made[b % made.length]!;
              const key = `${from.id}>${to.id}`;
              if (from.id === to.id || seen.has(key)) return [];
              seen.add(key);
              return [{ ...newConnection(from.id, to.id, info ? 'information' : 'flow'), label }];
            })
          : [];
        return { ...newProcess(title, now), lanes, steps: made, connections };
      });
    await fc.assert(
      fc.asyncProperty(model, async (process) => {
        const register = process.lanes.map((l, i) => ({
          id: l.registerId,
          kind: i === 0 ? ('kundgrupp' as const) : ('forvaltning' as const),
          name: `Enhet ${i} <&>`,
          shortName: '',
          color: '#dbeafe',
        }));
        const valid = loadDocument(JSON.stringify({ formatVersion: 2, process, register }));
        if (!valid.ok) throw new Error('generator made an invalid model');
        const back = await load(await exportBpmn(valid.file.process, valid.file.register));
        expect(sorted(back.process)).toEqual(
          sorted({ ...valid.file.process, changedAt: back.process.changedAt }),
        );
      }),
      { numRuns: 40 },
    );
  });
});
