// The mapping between a process and a Y.Doc: what goes in comes out (round trip), a diff writes
// only what changed, and the projection applies "an edit beats a removal".
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { generateProcessFile } from '../../domain/generate/generateProcess';
import { loadDocument } from '../../domain/load/loadDocument';
import { normalise } from '../../domain/model/normalise';
import type { Process } from '../../domain/model/types';
import { DEFAULT_REGISTER } from '../../domain/register/defaultRegister';
import { buildFromTemplate } from '../../domain/templates/templateText';
import { TEMPLATES } from '../../domain/templates/templates';
import { aSmallProcess } from '../../test/builders';
import { createYDoc, project, validateProjection, writeDiff } from './mapping';
import { written } from './peers.testkit';

const NOW = new Date('2025-02-03T04:05:06.000Z');

function templateProcess(): Process {
  const t = TEMPLATES.find((x) => x.head.tags?.includes('exempel')) ?? TEMPLATES[0]!;
  const { process } = buildFromTemplate(t.head, t.text, DEFAULT_REGISTER, NOW);
  const loaded = loadDocument({ formatVersion: 2, process, register: [...DEFAULT_REGISTER] });
  if (!loaded.ok) throw new Error('template does not load');
  return loaded.file.process;
}

function rich(p: Process): Process {
  return normalise({
    ...p,
    asIsId: 'p-as-is',
    tags: ['a', 'b'],
    customerGroupIds: ['k-1'],
    parkingLot: [{ id: 'n1', text: 'Fråga', order: 'a0' }],
    objectsIn: [{ id: 'o1', text: 'Ansökan', order: 'a0' }],
    objectsOut: [{ id: 'o2', text: 'Beslut', order: 'a0' }],
    measures: [{ id: 'm1', name: 'Ledtid', target: '5 d', order: 'a0' }],
    huki: p.steps[0] ? { [p.steps[0].id]: { [p.lanes[0]!.registerId]: 'H' } } : {},
  });
}

describe('mapping', () => {
  it.each([
    ['a template', () => rich(templateProcess())],
    ['a small built process', () => rich(aSmallProcess())],
  ])('round trip: %s into an empty Y.Doc comes back equal', (_, make) => {
    const p = make();
    const out = project(createYDoc(p));
    expect(out).toEqual(normalise(p));
    expect(validateProjection(out)).toEqual(normalise(p));
  });

  it('round trip: a generated 1,000-step process', () => {
    const p = generateProcessFile({ steps: 1000, seed: 7 }).process;
    const ydoc = createYDoc(p);
    expect(project(ydoc)).toEqual(normalise(p));
    // Through an encoded update too, as another client would get it.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(ydoc));
    expect(validateProjection(project(other))).toEqual(normalise(p));
  });

  it('an empty doc projects to null', () => {
    expect(project(new Y.Doc())).toBeNull();
    expect(validateProjection(null)).toBeNull();
  });

  it('a label change writes one key of one step', () => {
    const p = rich(aSmallProcess());
    const ydoc = createYDoc(p);
    const s = p.steps[1]!;
    const after = { ...p, steps: p.steps.map((x) => (x === s ? { ...x, label: 'Nytt' } : x)) };
    const keys = written(ydoc, () => ydoc.transact(() => writeDiff(ydoc, p, after)));
    expect(keys).toEqual(['steps/' + s.id + '.label']);
    expect(project(ydoc)).toEqual(normalise(after));
  });

  it("a lane's BPMN pool is one value: its flags come back, and a flag change writes one key", () => {
    const pool = { id: 'WFP-6-', name: 'Ansökan', noParticipant: true as const };
    const base = rich(aSmallProcess());
    const p = { ...base, lanes: base.lanes.map((l) => ({ ...l, pool })) };
    const ydoc = createYDoc(p);
    expect(project(ydoc)).toEqual(normalise(p));
    const lane = p.lanes[0]!;
    const marked = { ...pool, outsideLanes: true as const };
    const after = { ...p, lanes: p.lanes.map((l) => (l === lane ? { ...l, pool: marked } : l)) };
    const keys = written(ydoc, () => ydoc.transact(() => writeDiff(ydoc, p, after)));
    expect(keys).toEqual(['lanes/' + lane.id + '.pool']);
    expect(validateProjection(project(ydoc))).toEqual(normalise(after));
  });
});
