import { beforeEach, describe, expect, it } from 'vitest';
import { OperationError, type Operation } from '../domain/operations/types';
import type { Process } from '../domain/model/types';
import { aSmallProcess, aStep } from '../test/builders';
import { subscribeDrafts, useDocumentStore } from './documentStore';
import { HISTORY_LIMIT } from './history';

const store = () => useDocumentStore.getState();
const doc = () => store().doc!;
const rename = (title: string): Operation => ({ type: 'process.update', patch: { title } });
const label = (text: string): Operation => ({
  type: 'step.update',
  id: 's1',
  patch: { label: text },
});

let original: Process;

beforeEach(() => {
  useDocumentStore.setState({ doc: null, past: [], future: [], revision: 0, lastChange: null });
  original = aSmallProcess();
  store().open(original);
});

describe('documentStore.open', () => {
  it('opens a document with an empty history and a new revision', () => {
    store().apply(rename('A'));
    const revision = store().revision;
    const other = { ...aSmallProcess(), id: 'p-other' };
    store().open(other);
    expect(store()).toMatchObject({ doc: other, past: [], future: [], revision: revision + 1 });
  });

  it('ignores edits when no document is open', () => {
    store().open(null);
    const revision = store().revision;
    store().apply(rename('A'));
    store().undo();
    store().redo();
    expect(store()).toMatchObject({ doc: null, past: [], future: [], revision });
  });
});

describe('documentStore.apply', () => {
  it('applies an operation as one undo step and bumps the revision', () => {
    store().apply(rename('Nytt namn'));
    expect(doc().title).toBe('Nytt namn');
    expect(store().past).toEqual([original]);
    expect(store().revision).toBe(2);
  });

  it('undo and redo walk back and forth', () => {
    store().apply(rename('A'));
    store().apply(rename('B'));
    const b = doc();
    store().undo();
    expect(doc().title).toBe('A');
    store().undo();
    expect(doc()).toBe(original);
    expect(store().future.map((d) => d.title)).toEqual(['A', 'B']);
    store().redo();
    store().redo();
    expect(doc()).toBe(b);
    expect(store().future).toEqual([]);
  });

  it('undo and redo with nothing to do change nothing', () => {
    const before = store();
    store().undo();
    store().redo();
    expect(store()).toBe(before);
  });

  it('a new edit after undo drops the redo branch', () => {
    store().apply(rename('A'));
    store().undo();
    store().apply(rename('C'));
    expect(store().future).toEqual([]);
    store().redo();
    expect(doc().title).toBe('C');
  });

  it('merge folds edits into the open undo step (typing a label)', () => {
    store().apply(label('B'), 'record');
    store().apply(label('By'), 'merge');
    store().apply(label('Bygg'), 'merge');
    expect(doc().steps[0]!.label).toBe('Bygg');
    expect(store().past).toHaveLength(1);
    store().undo();
    expect(doc()).toBe(original);
  });

  it('merge clears the redo branch', () => {
    store().apply(label('A'));
    store().apply(label('B'));
    store().undo();
    store().apply(label('Ax'), 'merge');
    expect(store().future).toEqual([]);
  });

  it('applies several operations as one undo step', () => {
    store().apply([
      { type: 'step.add', steps: [aStep('n', 'l2')] },
      {
        type: 'connection.add',
        connection: { id: 'cn', kind: 'flow', from: 's3', to: 'n', label: '' },
      },
    ]);
    expect(doc().steps.map((s) => s.id)).toContain('n');
    expect(doc().connections.map((c) => c.id)).toContain('cn');
    expect(store().past).toHaveLength(1);
    store().undo();
    expect(doc()).toBe(original);
  });

  it('applies none of several operations when one is refused', () => {
    const before = store();
    const refused: Operation = { type: 'step.update', id: 'missing', patch: { label: 'x' } };
    expect(() =>
      store().apply([rename('Halvvägs'), { type: 'step.remove', ids: ['s1'] }, refused]),
    ).toThrow(OperationError);
    expect(store()).toBe(before);
    expect(doc()).toBe(original);
  });

  // Regression: 'skip' once handed the whole old state back, so the old document won.
  it('skip applies the change to the document without making an undo step', () => {
    store().apply(rename('A'));
    store().apply(rename('Från en annan flik'), 'skip');
    expect(doc().title).toBe('Från en annan flik');
    expect(store().past).toEqual([original]);
    expect(store().revision).toBe(3);
    store().undo();
    expect(doc()).toBe(original);
  });

  it('an operation that changes nothing makes no undo step and no revision', () => {
    store().apply({ type: 'lane.move', laneId: 'l1', toIndex: 0 });
    expect(store().past).toEqual([]);
    expect(store().revision).toBe(1);
  });

  it(`keeps the last ${HISTORY_LIMIT} undo steps`, () => {
    const total = HISTORY_LIMIT + 5;
    for (let i = 1; i <= total; i++) store().apply(rename(`v${i}`));
    expect(store().past).toHaveLength(HISTORY_LIMIT);
    for (let i = 0; i < total; i++) store().undo();
    expect(doc().title).toBe('v5');
    for (let i = 0; i < total; i++) store().redo();
    expect(doc().title).toBe(`v${total}`);
  });

  it('undoing every recorded step returns to the opened document', () => {
    const ops: Operation[] = [
      { type: 'lane.add', lane: { id: 'l3', registerId: 'u-tf', height: 200 } },
      { type: 'step.move', placements: [{ id: 's1', laneId: 'l3', x: 70, y: 90 }] },
      { type: 'lane.resize', laneId: 'l2', height: 400 },
      { type: 'connection.remove', ids: ['c1'] },
      { type: 'lane.remove', laneId: 'l1', moveStepsTo: 'l2' },
      { type: 'step.remove', ids: ['s2'] },
    ];
    for (const op of ops) store().apply(op);
    const final = doc();
    for (const _ of ops) store().undo();
    expect(doc()).toEqual(original);
    for (const _ of ops) store().redo();
    expect(doc()).toEqual(final);
  });
});

describe('documentStore.adopt (a change from another tab)', () => {
  it('takes the change in without an undo step, and undo keeps the other tab’s change', () => {
    const store = useDocumentStore.getState();
    store.open(aSmallProcess());
    store.apply({ type: 'step.add', steps: [aStep('mine', 'l1')] });
    const theirs = (p: Process): Process => ({ ...p, title: 'Från andra fliken' });
    useDocumentStore.getState().adopt(theirs(useDocumentStore.getState().doc!), theirs);
    expect(useDocumentStore.getState().doc?.title).toBe('Från andra fliken');
    useDocumentStore.getState().undo();
    const after = useDocumentStore.getState().doc!;
    expect(after.steps.some((s) => s.id === 'mine')).toBe(false);
    expect(after.title).toBe('Från andra fliken');
  });
});

describe('documentStore: what each change was made of', () => {
  it('tells the operations of an edit, and undo/redo as a restore of the resulting document', () => {
    store().apply([rename('A'), label('B')]);
    expect(store().lastChange).toEqual({ ops: [rename('A'), label('B')], group: null });
    store().undo();
    expect(store().lastChange).toEqual({
      ops: [{ type: 'process.restore', process: original }],
      group: null,
    });
    store().redo();
    const restored = store().lastChange!.ops[0]!;
    expect(restored.type === 'process.restore' && restored.process).toBe(doc());
    store().adopt({ ...doc(), title: 'Annan flik' }, (p) => p);
    expect(store().lastChange).toBeNull();
  });

  it('makes a field’s commits in one group one undo step, broken by any other edit', () => {
    store().inGroup('f1', () => store().apply(label('a')));
    store().inGroup('f1', () => store().apply(label('ab')));
    store().inGroup('f1', () => store().apply(label('abc')));
    expect(store().past).toHaveLength(1);
    expect(store().lastChange?.group).toBe('f1');
    store().apply(rename('Mellan'));
    store().inGroup('f1', () => store().apply(label('abcd')));
    expect(store().past).toHaveLength(3);
    store().inGroup('f2', () => store().apply(rename('Annat fält')));
    expect(store().past).toHaveLength(4);
    store().undo();
    store().undo();
    expect(doc().steps.find((s) => s.id === 's1')!.label).toBe('abc');
    store().undo();
    store().undo();
    expect(doc()).toBe(original);
  });

  it('captures a draft’s operations without applying them', () => {
    const heard: unknown[] = [];
    const stop = subscribeDrafts((group, ops) => heard.push([group, ops]));
    const revision = store().revision;
    store().draft('f1', () => store().apply(label('utkast')));
    store().draft('f1', null);
    stop();
    expect(heard).toEqual([
      ['f1', [label('utkast')]],
      ['f1', null],
    ]);
    expect(store().revision).toBe(revision);
    expect(doc()).toBe(original);
  });
});
