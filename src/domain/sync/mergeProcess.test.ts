import { moveLaneOp } from '../commands/lanes';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOperation } from '../operations/applyOperation';
import type { Operation } from '../operations/types';
import { aLane, aSmallProcess, aStep, deepFreeze } from '../../test/builders';
import { mergeProcess, mergeProcessWithConflicts } from './mergeProcess';

const T1 = new Date('2025-02-01T00:00:00Z');
const T2 = new Date('2025-02-02T00:00:00Z');
const edit = (p: ReturnType<typeof aSmallProcess>, ops: Operation[], at = T1) =>
  ops.reduce((d, o) => applyOperation(d, o, at), p);

describe('mergeProcess', () => {
  const base = deepFreeze(aSmallProcess());

  it('takes the other side whole when one side did not change', () => {
    const local = edit(base, [{ type: 'step.update', id: 's2', patch: { label: 'Lokal' } }]);
    expect(mergeProcess(base, local, base)).toEqual(local);
    expect(mergeProcess(base, base, local)).toEqual(local);
  });

  it('keeps both sides’ new steps and both sides’ edits to different steps', () => {
    const local = edit(base, [
      { type: 'step.add', steps: [aStep('a', 'l1', { label: 'Från A' })] },
      { type: 'step.update', id: 's1', patch: { label: 'A döpte om' } },
    ]);
    const remote = edit(
      base,
      [
        { type: 'step.add', steps: [aStep('b', 'l2', { label: 'Från B' })] },
        { type: 'step.update', id: 's3', patch: { label: 'B döpte om' } },
      ],
      T2,
    );
    const merged = mergeProcess(base, local, remote);
    const labels = Object.fromEntries(merged.steps.map((s) => [s.id, s.label]));
    expect(labels).toEqual({
      s1: 'A döpte om',
      s2: 'Steg s2',
      s3: 'B döpte om',
      a: 'Från A',
      b: 'Från B',
    });
    expect(merged.changedAt).toBe(T2.toISOString());
  });

  it('lets this side win a conflict on the same field', () => {
    const local = edit(base, [{ type: 'process.update', patch: { title: 'Lokal titel' } }]);
    const remote = edit(base, [{ type: 'process.update', patch: { title: 'Annan titel' } }]);
    expect(mergeProcess(base, local, remote).title).toBe('Lokal titel');
    expect(mergeProcess(base, remote, local).title).toBe('Annan titel');
  });

  it('never lets a removal throw away an edit, and drops connections to removed steps', () => {
    const local = edit(base, [{ type: 'step.update', id: 's2', patch: { label: 'Viktig' } }]);
    const remote = edit(base, [{ type: 'step.remove', ids: ['s3'] }]);
    const merged = mergeProcess(base, local, remote);
    expect(merged.steps.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(merged.connections.map((c) => c.id)).toEqual(['c1']);
    const removedHere = edit(base, [{ type: 'step.remove', ids: ['s2'] }]);
    expect(mergeProcess(base, removedHere, local).steps.find((s) => s.id === 's2')?.label).toBe(
      'Viktig',
    );
  });

  it('brings back a lane the other side removed when a step here still lives in it', () => {
    const local = edit(base, [{ type: 'step.add', steps: [aStep('n', 'l2')] }]);
    const remote = { ...base, lanes: base.lanes.filter((l) => l.id !== 'l2'), steps: [] };
    const merged = mergeProcess(base, local, remote);
    expect(merged.lanes.map((l) => l.id)).toEqual(['l1', 'l2']);
    expect(merged.steps.map((s) => s.id)).toEqual(['n']);
  });

  it('keeps the lane order of the side that reordered, with the other side’s new lane', () => {
    const local = edit(base, [moveLaneOp(base, 'l2', 0)!]);
    const remote = edit(base, [{ type: 'lane.add', lane: aLane('l3') }]);
    expect(mergeProcess(base, local, remote).lanes.map((l) => l.id)).toEqual(['l2', 'l1', 'l3']);
    expect(mergeProcess(base, remote, local).lanes.map((l) => l.id)).toEqual(['l2', 'l1', 'l3']);
  });

  it('contains every step added on either side (property)', () => {
    const additions = fc.uniqueArray(fc.stringMatching(/^[a-z]{4,8}$/), { maxLength: 6 });
    fc.assert(
      fc.property(additions, additions, (mine, theirs) => {
        const only = theirs.filter((id) => !mine.includes(id));
        const add = (ids: string[]) =>
          ids.length
            ? edit(base, [{ type: 'step.add', steps: ids.map((id) => aStep(id, 'l1')) }])
            : base;
        const merged = mergeProcess(base, add(mine), add(only));
        const ids = new Set(merged.steps.map((s) => s.id));
        for (const id of [...mine, ...only, 's1', 's2', 's3']) expect(ids.has(id)).toBe(true);
        expect(merged.steps.length).toBe(ids.size);
      }),
    );
  });
  it('keeps edits of different fields of one step, the label on one side and the description on the other', () => {
    const local = edit(base, [{ type: 'step.update', id: 's2', patch: { label: 'Ny text' } }]);
    const remote = edit(
      base,
      [{ type: 'step.update', id: 's2', patch: { properties: { description: 'Beskriven' } } }],
      T2,
    );
    const { process, conflicts } = mergeProcessWithConflicts(base, local, remote);
    const s2 = process.steps.find((s) => s.id === 's2')!;
    expect(s2.label).toBe('Ny text');
    expect(s2.properties.description).toBe('Beskriven');
    expect(conflicts).toEqual([]);
  });

  it('reports a field changed on both sides to different values, and which side was kept', () => {
    const local = edit(base, [
      { type: 'step.update', id: 's1', patch: { properties: { description: 'Här' } } },
      { type: 'process.update', patch: { purpose: 'Samma' } },
    ]);
    const remote = edit(base, [
      { type: 'step.update', id: 's1', patch: { properties: { description: 'Där' } } },
      { type: 'process.update', patch: { purpose: 'Samma' } },
    ]);
    const { process, conflicts } = mergeProcessWithConflicts(base, local, remote);
    expect(process.steps.find((s) => s.id === 's1')!.properties.description).toBe('Här');
    expect(conflicts).toEqual([
      { entity: { kind: 'step', id: 's1' }, path: ['properties', 'description'], kept: 'local' },
    ]);
  });

  it('treats an array as one value: both sides changing a list is a conflict, not a mix', () => {
    const local = edit(base, [
      { type: 'step.update', id: 's1', patch: { properties: { itSystems: ['Ärende'] } } },
    ]);
    const remote = edit(base, [
      {
        type: 'step.update',
        id: 's1',
        patch: { properties: { itSystems: ['Platina', 'Ärende'] } },
      },
    ]);
    const { process, conflicts } = mergeProcessWithConflicts(base, local, remote);
    expect(process.steps.find((s) => s.id === 's1')!.properties.itSystems).toEqual(['Ärende']);
    expect(conflicts.map((c) => c.path)).toEqual([['properties', 'itSystems']]);
  });

  it('keeps both sides’ edits of disjoint fields of one step (property)', () => {
    const fields = ['label', 'description', 'responsibleRole', 'itSystems', 'activeTime'] as const;
    type F = (typeof fields)[number];
    const patchFor = (f: F, text: string): Operation => {
      if (f === 'label') return { type: 'step.update', id: 's2', patch: { label: text } };
      const value =
        f === 'itSystems'
          ? [text]
          : f === 'activeTime'
            ? { value: text.length + 1, unit: 'h' as const }
            : text;
      return { type: 'step.update', id: 's2', patch: { properties: { [f]: value } } };
    };
    const read = (p: ReturnType<typeof aSmallProcess>, f: F) => {
      const s = p.steps.find((x) => x.id === 's2')!;
      return f === 'label' ? s.label : s.properties[f];
    };
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...fields], { minLength: 2 }),
        fc.integer({ min: 1, max: 4 }),
        fc.string({ minLength: 1, maxLength: 20 }),
        (chosen, split, text) => {
          const mine = chosen.slice(0, Math.min(split, chosen.length - 1)) as F[];
          const theirs = chosen.slice(mine.length) as F[];
          const local = edit(
            base,
            mine.map((f) => patchFor(f, `A${text}`)),
          );
          const remote = edit(
            base,
            theirs.map((f) => patchFor(f, `B${text}`)),
            T2,
          );
          const { process, conflicts } = mergeProcessWithConflicts(base, local, remote);
          expect(conflicts).toEqual([]);
          for (const f of mine) expect(read(process, f)).toEqual(read(local, f));
          for (const f of theirs) expect(read(process, f)).toEqual(read(remote, f));
        },
      ),
    );
  });

  it('reports an edit kept over the other side’s removal', () => {
    const local = edit(base, [{ type: 'step.remove', ids: ['s3'] }]);
    const remote = edit(base, [{ type: 'step.update', id: 's3', patch: { label: 'Ändrad' } }]);
    const { process, conflicts } = mergeProcessWithConflicts(base, local, remote);
    expect(process.steps.find((s) => s.id === 's3')?.label).toBe('Ändrad');
    expect(conflicts).toContainEqual({
      entity: { kind: 'step', id: 's3' },
      path: [],
      kept: 'remote',
    });
  });

  it('keeps a HUKI cell keyed by a step called __proto__ when both sides set cells', () => {
    // JSON.parse makes '__proto__' an own key, as a stored row does.
    const cells = (json: string) => JSON.parse(json) as ReturnType<typeof aSmallProcess>['huki'];
    const local = { ...base, huki: cells('{"__proto__":{"r1":"H"}}') };
    const remote = { ...base, huki: cells('{"s1":{"r1":"U"}}') };
    const merged = mergeProcess(base, local, remote);
    expect(Object.hasOwn(merged.huki, '__proto__')).toBe(true);
    expect(Object.keys(merged.huki).sort()).toEqual(['__proto__', 's1']);
    expect(Object.getPrototypeOf(merged.huki)).toBe(Object.prototype);
  });
});
