import ELK from 'elkjs/lib/elk.bundled.js';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../load/loadDocument';
import { newConnection, newLane, newProcess, newStep } from '../model/factories';
import { laneBands } from '../model/geometry';
import type { Process, Step, StepKind } from '../model/types';
import { applyOperation } from '../operations/applyOperation';
import { STEP_KINDS } from '../schema/process';
import { attachments } from '../layout/attached';
import type { Box } from '../model/route';
import { STEP_KIND_INFO } from '../model/stepKinds';
import { layoutGraph, tidyOperations, type LayoutGraph } from './tidyLayout';

const elk = new ELK();

async function tidy(process: Process, selection?: string[]): Promise<Process> {
  const laid = (await elk.layout(
    layoutGraph(process, selection) as never,
  )) as unknown as LayoutGraph;
  return tidyOperations(process, laid, selection).reduce((d, op) => applyOperation(d, op), process);
}

/** Lane membership, no step outside its lane, no two steps overlapping: the invariants. */
function expectTidy(before: Process, after: Process) {
  expect(after.lanes.map((l) => l.id)).toEqual(before.lanes.map((l) => l.id));
  expect(after.steps.map((s) => [s.id, s.laneId])).toEqual(
    before.steps.map((s) => [s.id, s.laneId]),
  );
  const tops = new Map(laneBands(after.lanes).map((b) => [b.lane.id, b]));
  const boxes = after.steps.map((s) => {
    const band = tops.get(s.laneId)!;
    expect(s.y).toBeGreaterThanOrEqual(0);
    expect(s.y + s.height).toBeLessThanOrEqual(band.height);
    return { id: s.id, x: s.x, y: band.top + s.y, w: s.width, h: s.height };
  });
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
      expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
    }
  }
}

/** The gap between two boxes (0 when they touch or overlap). */
function gap(a: Box, b: Box): number {
  const dx = Math.max(0, a.x - (b.x + b.width), b.x - (a.x + a.width));
  const dy = Math.max(0, a.y - (b.y + b.height), b.y - (a.y + a.height));
  return Math.hypot(dx, dy);
}

/**
 * Every attached item is strictly nearer its own step than any other flow step. Only promised
 * for all flows when item and step share a lane: across lanes the item sits at its lane's edge,
 * which another step of the same column may stand nearer to.
 */
function expectAttachedNearest(p: Process, expected?: number, sameLaneOnly = false) {
  const tops = new Map(laneBands(p.lanes).map((b) => [b.lane.id, b.top]));
  const boxes = new Map(
    p.steps.map((s) => [
      s.id,
      { x: s.x, y: tops.get(s.laneId)! + s.y, width: s.width, height: s.height },
    ]),
  );
  const flow = p.steps.filter((s) => STEP_KIND_INFO[s.kind].inFlow);
  const attached = attachments(p);
  if (expected !== undefined) expect(attached.size).toBe(expected);
  for (const [itemId, [anchorId]] of attached) {
    const laneOf = (id: string) => p.steps.find((s) => s.id === id)!.laneId;
    if (sameLaneOnly && laneOf(itemId) !== laneOf(anchorId!)) continue;
    const item = boxes.get(itemId)!;
    const label = p.steps.find((s) => s.id === itemId)!.label;
    const own = gap(item, boxes.get(anchorId!)!);
    for (const f of flow) {
      if (f.id === anchorId) continue;
      expect(gap(item, boxes.get(f.id)!), `${label} is nearer ${f.label}`).toBeGreaterThan(own);
    }
  }
}

function chain(): Process {
  const lanes = [newLane('kg-invanare'), newLane('u-buf')];
  const a = newStep('need', lanes[0]!.id, 900, 20, 'a');
  const b = newStep('activity', lanes[1]!.id, 500, 20, 'b');
  const c = newStep('activity', lanes[1]!.id, 40, 20, 'c');
  const d = newStep('outcome', lanes[0]!.id, 500, 20, 'd');
  return {
    ...newProcess('Kedja'),
    lanes,
    steps: [a, b, c, d],
    connections: [newConnection(a.id, b.id), newConnection(b.id, c.id), newConnection(c.id, d.id)],
  };
}

/**
 * A flow with a three-way decision and problems, ideas and notes on its steps: three items on
 * one step, one on the decision, and two whose step is in another lane (above and below).
 */
function threeWay(): Process {
  const lanes = [newLane('kg-invanare'), newLane('u-forvaltning'), newLane('u-namnd')];
  const [inv, forv, namnd] = lanes.map((l) => l.id) as [string, string, string];
  const steps: Step[] = [];
  const connections: Process['connections'] = [];
  const add = (kind: StepKind, lane: string, label: string) => {
    const s = newStep(kind, lane, 40 + steps.length * 37, 20 + (steps.length % 3) * 30, label);
    steps.push(s);
    return s;
  };
  const link = (a: Step, b: Step, label = '') =>
    connections.push({ ...newConnection(a.id, b.id), label });
  const attach = (item: Step, anchor: Step) =>
    connections.push(newConnection(item.id, anchor.id, 'information'));
  const need = add('need', inv, 'Behöver tillstånd');
  const apply = add('activity', inv, 'Ansöker');
  const assess = add('activity', forv, 'Bedömer ärendet');
  const kind = add('decision', forv, 'Vilken sorts ärende?');
  const simple = add('activity', forv, 'Beslutar direkt');
  const normal = add('activity', forv, 'Utreder');
  const complex = add('activity', namnd, 'Nämnden beslutar');
  const send = add('activity', forv, 'Skickar beslut');
  const done = add('outcome', inv, 'Har fått beslut');
  link(need, apply);
  link(apply, assess);
  link(assess, kind);
  link(kind, simple, 'Enkelt');
  link(kind, normal, 'Normalt');
  link(kind, complex, 'Komplext');
  link(simple, send);
  link(normal, send);
  link(complex, send);
  link(send, done);
  attach(add('problem', forv, 'Uppgifter saknas'), assess);
  attach(add('problem', forv, 'Långa liggtider'), assess);
  attach(add('improvement', forv, 'Checklista i e-tjänsten'), assess);
  attach(add('problem', forv, 'Oklart vad som är enkelt'), kind);
  attach(add('note', namnd, 'Sammanträder en gång i månaden'), complex);
  attach(add('informationObject', inv, 'Ansökan'), apply);
  attach(add('problem', inv, 'Beslutet är svårt att förstå'), send);
  attach(add('itSystem', namnd, 'Ärendesystemet'), normal);
  return { ...newProcess('Tillstånd'), lanes, steps, connections };
}

describe('tidy-up layout', () => {
  it('puts a chain in flow order from left to right, steps in their lanes', async () => {
    const before = chain();
    const after = await tidy(before);
    expectTidy(before, after);
    const x = (label: string) => after.steps.find((s) => s.label === label)!.x;
    expect(x('a')).toBeLessThan(x('b'));
    expect(x('b')).toBeLessThan(x('c'));
    expect(x('c')).toBeLessThan(x('d'));
  });

  it('untangles the 20-step fixture: no overlaps, nothing outside its lane, a loop survives', async () => {
    const text = readFileSync(new URL('./fixtures/tangled-20.json', import.meta.url), 'utf8');
    const loaded = loadDocument(text);
    if (!loaded.ok) throw new Error('fixture does not load');
    const before = loaded.file.process;
    expect(before.steps).toHaveLength(20);
    const after = await tidy(before);
    expectTidy(before, after);
    // The flow is drawn left to right: most flows now point rightwards.
    const x = new Map(after.steps.map((s) => [s.id, s.x]));
    const flows = after.connections.filter((c) => c.kind === 'flow');
    const forward = flows.filter((c) => x.get(c.from)! < x.get(c.to)!).length;
    expect(forward / flows.length).toBeGreaterThan(0.8);
    expectAttachedNearest(after, 2);
    // Tidying a tidy flow changes nothing.
    expect((await tidy(after)).steps).toEqual(after.steps);
  });

  it('places an attached problem in the column of its activity', async () => {
    const base = chain();
    const b = base.steps[1]!;
    const problem = newStep('problem', b.laneId, 2000, 20, 'Väntar på svar');
    const process = {
      ...base,
      steps: [...base.steps, problem],
      connections: [...base.connections, newConnection(problem.id, b.id, 'information')],
    };
    const after = await tidy(process);
    expectTidy(process, after);
    const get = (id: string) => after.steps.find((s) => s.id === id)!;
    // Centred under its activity, the first item below it.
    expect(get(problem.id).x + problem.width / 2).toBe(get(b.id).x + b.width / 2);
    expect(get(problem.id).y).toBeGreaterThan(get(b.id).y);
    expectAttachedNearest(after);
  });

  it('puts every attached item beside its own step, nearer to it than to any other', async () => {
    const before = threeWay();
    const after = await tidy(before);
    expectTidy(before, after);
    expectAttachedNearest(after, 8);
    // The three items on one step are stacked in its column.
    const get = (label: string) => after.steps.find((s) => s.label === label)!;
    const centre = (s: Step) => s.x + s.width / 2;
    const items = ['Uppgifter saknas', 'Långa liggtider', 'Checklista i e-tjänsten'].map(get);
    const anchor = get('Bedömer ärendet');
    for (const item of items)
      expect(Math.abs(centre(item) - centre(anchor))).toBeLessThanOrEqual(4);
    // On both sides of it, so no item's line has to pass another item.
    expect(items.some((s) => s.y < anchor.y)).toBe(true);
    expect(items.some((s) => s.y > anchor.y)).toBe(true);
    expect((await tidy(after)).steps).toEqual(after.steps);
  });

  it('tidies only the selection, leaving the rest where it was', async () => {
    const before = chain();
    const extra = newStep('activity', before.lanes[1]!.id, 300, 200, 'e');
    const process = {
      ...before,
      steps: [...before.steps, extra],
      connections: [...before.connections, newConnection(before.steps[2]!.id, extra.id)],
    };
    const tidied = await tidy(process);
    // Now tangle two steps and tidy just those.
    const [b, c] = [tidied.steps[1]!, tidied.steps[2]!];
    const tangled = applyOperation(tidied, {
      type: 'step.move',
      placements: [
        { id: b.id, laneId: b.laneId, x: c.x, y: c.y + 4 },
        { id: c.id, laneId: c.laneId, x: b.x, y: b.y + 4 },
      ],
    });
    const after = await tidy(tangled, [b.id, c.id]);
    expectTidy(tangled, after);
    for (const s of after.steps.filter((s) => s.id !== b.id && s.id !== c.id)) {
      expect(s).toEqual(tangled.steps.find((t) => t.id === s.id));
    }
    const x = (id: string) => after.steps.find((s) => s.id === id)!.x;
    expect(x(b.id)).toBeLessThan(x(c.id));
  });

  it('keeps the invariants for any small process (property)', async () => {
    const processArb = fc
      .record({
        lanes: fc.integer({ min: 1, max: 4 }),
        steps: fc.array(
          fc.record({
            lane: fc.nat(),
            kind: fc.constantFrom(...STEP_KINDS),
            x: fc.integer({ min: 0, max: 2000 }),
            y: fc.integer({ min: 10, max: 300 }),
          }),
          { maxLength: 14 },
        ),
        links: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 20 }),
      })
      .map(({ lanes: n, steps, links }) => {
        const lanes = Array.from({ length: n }, (_, i) => newLane(`u-${i}`));
        const made = steps.map((s, i) => newStep(s.kind, lanes[s.lane % n]!.id, s.x, s.y, `s${i}`));
        const connections = made.length
          ? links
              .map(([a, b]) => [made[a % made.length]!, made[b % made.length]!] as const)
              .filter(([a, b]) => a.id !== b.id)
              .map(([a, b]) => newConnection(a.id, b.id))
          : [];
        const unique = connections.filter(
          (c, i) => connections.findIndex((d) => d.from === c.from && d.to === c.to) === i,
        );
        const base = { ...newProcess('P'), lanes, steps: made, connections: unique };
        return base.steps.length
          ? applyOperation(base, {
              type: 'lane.resize',
              laneId: lanes[0]!.id,
              height: lanes[0]!.height,
            })
          : base;
      });
    await fc.assert(
      fc.asyncProperty(processArb, async (process) => {
        const after = await tidy(process);
        expectTidy(process, after);
        expectAttachedNearest(after, undefined, true);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
