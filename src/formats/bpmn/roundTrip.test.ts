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

const FIXTURES = [
  ...Object.keys(EXPECTED).map((name) => `miwg/${name}`),
  // Hand-made: a black-box customer pool, nested lanes, a data store, an annotation.
  'bygglov',
];

describe('BPMN export of the MIWG models', () => {
  for (const name of FIXTURES) {
    it(`${name}: our export is clean BPMN with the same counts and comes back the same`, async () => {
      const first = await load(readFileSync(`src/formats/bpmn/fixtures/${name}.bpmn`, 'utf8'));
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
        lanes: fc.array(
          fc.record({
            pool: fc.nat({ max: 2 }),
            height: fc.integer({ min: 140, max: 400 }),
            // Made on import for nodes outside every lane (one per pool, as the import makes).
            outside: fc.boolean(),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        /** Pools 1 and 2: drawn in the file without a participant (a bare process)? */
        bare: fc.tuple(fc.boolean(), fc.boolean()),
        spec: fc.record({
          purpose: text,
          owner: text,
          need: text,
          outcome: text,
          status: fc.constantFrom('utkast' as const, 'remiss' as const, 'faststalld' as const),
          tags: fc.array(
            text.filter((t) => t.length > 0),
            { maxLength: 3 },
          ),
        }),
        steps: fc.array(
          fc.record({
            lane: fc.nat(),
            kind: fc.constantFrom(...STEP_KINDS),
            label: text,
            description: text,
            x: fc.integer({ min: -200, max: 3000 }),
            y: fc.integer({ min: 0, max: 30 }),
            valueAdding: fc.constantFrom(true, false, null),
            waiting: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
            linked: fc.boolean(),
          }),
          { maxLength: 15 },
        ),
        links: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean(), text), { maxLength: 20 }),
      })
      .map(({ title, lanes: drafts, bare, spec, steps, links }) => {
        const count = drafts.length;
        const outsideTaken = new Set<number>();
        // Lanes of one pool stay together (BPMN cannot draw them apart), so pools come in order.
        const lanes = drafts
          .map((d, i) => ({ ...d, i }))
          .sort((a, b) => a.pool - b.pool || a.i - b.i)
          .map(({ pool, height, outside }, i) => {
            const marked = pool > 0 && outside && !outsideTaken.has(pool);
            if (marked) outsideTaken.add(pool);
            const flags = {
              ...(bare[pool - 1] ? { noParticipant: true as const } : {}),
              ...(marked ? { outsideLanes: true as const } : {}),
            };
            return {
              ...newLane(i === 0 ? 'kg-invanare' : `u-${i}`),
              height,
              ...(pool ? { pool: { id: `Pool_${pool}`, name: `Pool ${pool}`, ...flags } } : {}),
            };
          });
        const made = steps.map((s) => ({
          ...newStep(s.kind, lanes[s.lane % count]!.id, s.x, s.y, s.label),
          linkedProcessId: s.linked && s.kind === 'subprocess' ? 'p-other' : null,
          properties: {
            description: s.description,
            responsibleRole: '',
            activeTime: { value: 5, unit: 'min' as const },
            waitingTime: s.waiting === null ? null : { value: s.waiting, unit: 'd' as const },
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
        return {
          ...newProcess(title, now),
          ...spec,
          customerGroupIds: ['kg-invanare'],
          lanes,
          steps: made,
          connections,
        };
      });
    await fc.assert(
      fc.asyncProperty(model, async (process) => {
        const register = process.lanes.map((l, i) => ({
          id: l.registerId,
          kind:
            i === 0
              ? ('kundgrupp' as const)
              : i % 2
                ? ('forvaltning' as const)
                : ('bolag' as const),
          name: `Enhet ${i} <&>`,
          shortName: `E${i}`,
          color: i % 2 ? '#dbeafe' : '#FDE68A',
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

describe('a BPMN export edited in another tool', () => {
  it('follows moves, lane changes, resizes and renames made there, and keeps our own data', async () => {
    const process = newProcess('Bygglov', now);
    const lanes = [newLane('u-a'), newLane('u-b')];
    const step = {
      ...newStep('activity', lanes[0]!.id, 100, 30, 'Granska'),
      properties: {
        description: 'Läs ansökan',
        responsibleRole: 'Handläggare',
        activeTime: { value: 2, unit: 'h' as const },
        waitingTime: null,
        itSystems: [],
        valueAdding: true,
      },
    };
    const register = ['u-a', 'u-b'].map((id) => ({
      id,
      kind: 'forvaltning' as const,
      name: id,
      shortName: '',
      color: '#dbeafe',
    }));
    const xml = await exportBpmn({ ...process, lanes, steps: [step] }, register);

    // What a modeller does in bpmn.io: drag the task down into the second lane, widen it, rename it.
    const moddle = createModdle();
    const { rootElement } = await moddle.fromXML(xml);
    type Node = Record<string, unknown> & { $type: string; id?: string };
    const all = (root: unknown): Node[] => {
      const seen: Node[] = [];
      const walk = (v: unknown) => {
        if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object' && '$type' in v && !seen.includes(v as Node)) {
          seen.push(v as Node);
          for (const [k, child] of Object.entries(v)) if (!k.startsWith('$')) walk(child);
        }
      };
      walk(root);
      return seen;
    };
    const nodes = all(rootElement);
    const task = nodes.find((n) => n.$type === 'bpmn:Task')!;
    task.name = 'Granska ansökan';
    const [laneA, laneB] = nodes.filter((n) => n.$type === 'bpmn:Lane');
    laneA!.flowNodeRef = [];
    laneB!.flowNodeRef = [task];
    const shape = (el: Node) =>
      nodes.find((n) => n.$type === 'bpmndi:BPMNShape' && n.bpmnElement === el)!.bounds as {
        x: number;
        y: number;
        width: number;
      };
    shape(task).y = shape(laneB!).y + 40;
    shape(task).x += 60;
    shape(task).width = 220;
    const edited = (await moddle.toXML(rootElement, { format: true })).xml;

    const back = (await load(edited)).process;
    expect(back.steps).toHaveLength(1);
    expect(back.steps[0]).toMatchObject({
      id: step.id,
      label: 'Granska ansökan',
      laneId: lanes[1]!.id,
      x: 160,
      y: 40,
      width: 220,
      height: step.height,
      properties: step.properties,
    });
  });
});
