// What makes a remote change cheap (issue 20): the incremental projection reads again only the
// entity a transaction touched and hands back the other entity objects unchanged, and the check
// passes such a projection without the whole load gate. Both fail if the projector re-reads
// everything (new objects) or the checker falls back to the gate on every change.
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { generateProcessFile } from '../../domain/generate/generateProcess';
import { createChecker } from './incrementalCheck';
import { createProjector } from './incremental';
import { createYDoc, project, validateProjection } from './mapping';

const setup = () => {
  const process = generateProcessFile({ steps: 60, seed: 3 }).process;
  const ydoc = createYDoc(process);
  return { process, ydoc, projector: createProjector(ydoc), checker: createChecker() };
};
const stepMap = (ydoc: Y.Doc, id: string) => ydoc.getMap<Y.Map<unknown>>('steps').get(id)!;

describe('the incremental projection', () => {
  it('shares every entity a change did not touch, and checks without the whole gate', () => {
    const { process, ydoc, projector, checker } = setup();
    const first = checker.check(projector.project())!;
    expect(checker.full).toBe(1);
    const edited = process.steps[5]!.id;
    stepMap(ydoc, edited).set('label', 'Ny etikett');
    const next = checker.check(projector.project())!;
    expect(checker.full).toBe(1);
    expect(next).toEqual(validateProjection(project(ydoc)));
    next.steps.forEach((s, i) => {
      if (s.id === edited) expect(s).not.toBe(first.steps[i]);
      else expect(s).toBe(first.steps[i]);
    });
    expect(next.lanes.every((l, i) => l === first.lanes[i])).toBe(true);
    expect(next.connections.every((c, i) => c === first.connections[i])).toBe(true);
  });

  it('takes a change the gate would alter through the whole gate, and never shows it as is', () => {
    const { process, ydoc, projector, checker } = setup();
    checker.check(projector.project());
    const id = process.steps[2]!.id;
    stepMap(ydoc, id).set('surprise', 'not in the schema');
    const next = checker.check(projector.project())!;
    expect(checker.full).toBe(2);
    expect(next).toEqual(validateProjection(project(ydoc)));
    expect(next.steps.find((s) => s.id === id)).not.toHaveProperty('surprise');
    stepMap(ydoc, id).set('kind', 'no such kind');
    const bad = checker.check(projector.project());
    expect(bad).toEqual(validateProjection(project(ydoc)));
    expect(bad?.steps.some((s) => s.id === id) ?? false).toBe(false);
  });
});
