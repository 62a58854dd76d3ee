// A session bound to a Y.Doc: own changes go in as diffs, other docs' changes come back through
// the load gate into the session, undo takes back only this person's change, an edit beats a
// removal. Two or three peers with a network the test drives (peers.testkit.ts).
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sameContent } from '../../domain/revisions/sameContent';
import { aSmallProcess, aStep } from '../../test/builders';
import { createLocalSession } from '../localSession';
import { bindSession, LOCAL_ORIGIN } from './binding';
import { createYDoc, project } from './mapping';
import { peers, settle, view } from './peers.testkit';

const label = (p: { steps: { id: string; label: string }[] } | null, id: string) =>
  p?.steps.find((s) => s.id === id)?.label;

describe('bindSession', () => {
  it('writes an edit into the doc with LOCAL_ORIGIN, and not a load', () => {
    const start = aSmallProcess();
    const ydoc = createYDoc(start);
    const session = createLocalSession();
    session.load(start);
    const origins: unknown[] = [];
    ydoc.on('update', (_: Uint8Array, origin: unknown) => origins.push(origin));
    const stop = bindSession(session, ydoc);
    session.load(start);
    expect(origins).toEqual([]);
    session.apply({ type: 'step.update', id: 's2', patch: { label: 'Granska' } });
    expect(origins).toEqual([LOCAL_ORIGIN]);
    expect(label(project(ydoc), 's2')).toBe('Granska');
    stop();
    session.apply({ type: 'step.update', id: 's2', patch: { label: 'Efter' } });
    expect(label(project(ydoc), 's2')).toBe('Granska');
  });

  it('writes restore and import changes and their undo, never a remote one', () => {
    const [a, b] = peers(aSmallProcess(), 2);
    const origins: unknown[] = [];
    a!.ydoc.on('update', (_: Uint8Array, origin: unknown) => origins.push(origin));
    a!.session.apply(
      { type: 'process.update', patch: { title: 'Importerad' } },
      { origin: 'import' },
    );
    a!.session.apply(
      { type: 'step.update', id: 's1', patch: { label: 'R' } },
      { origin: 'restore' },
    );
    a!.session.undo();
    expect(origins).toEqual([LOCAL_ORIGIN, LOCAL_ORIGIN, LOCAL_ORIGIN]);
    b!.session.applyRemote([{ type: 'step.update', id: 's2', patch: { label: 'Flik' } }], 'tab');
    expect(a!.inbox.length).toBe(0);
    settle([a!, b!]);
    expect(view(b!)?.title).toBe('Importerad');
    expect(label(view(b!), 's1')).toBe('Steg s1');
  });

  it('a change from elsewhere reaches the session as remote, not undoable', () => {
    const [a, b] = peers(aSmallProcess(), 2);
    a!.session.apply({ type: 'step.update', id: 's1', patch: { label: 'Från A' } });
    settle([a!, b!]);
    expect(label(b!.session.doc, 's1')).toBe('Från A');
    expect(b!.session.canUndo).toBe(false);
  });

  it('two people editing different fields of one step both keep theirs', () => {
    const [a, b] = peers(aSmallProcess(), 2);
    a!.session.apply({ type: 'step.update', id: 's2', patch: { label: 'A' } });
    b!.session.apply({
      type: 'step.update',
      id: 's2',
      patch: { properties: { responsibleRole: 'Handläggare' } },
    });
    settle([a!, b!]);
    const s2 = view(a!)!.steps.find((s) => s.id === 's2')!;
    expect([s2.label, s2.properties.responsibleRole]).toEqual(['A', 'Handläggare']);
    expect(view(b!)).toEqual(view(a!));
    expect(sameContent(a!.session.doc!, b!.session.doc!)).toBe(true);
  });

  it('undo in one session takes back only its own change, in both docs', () => {
    const [a, b] = peers(aSmallProcess(), 2);
    a!.session.apply({ type: 'step.update', id: 's1', patch: { label: 'A' } });
    b!.session.apply({ type: 'step.update', id: 's3', patch: { label: 'B' } });
    settle([a!, b!]);
    a!.session.undo();
    settle([a!, b!]);
    for (const p of [a!, b!]) {
      expect(label(view(p), 's1')).toBe('Steg s1');
      expect(label(view(p), 's3')).toBe('B');
      expect(label(p.session.doc, 's3')).toBe('B');
    }
  });

  it('an edit beats a removal: a lane removed while someone adds a step to it stays', () => {
    const [a, b] = peers(aSmallProcess(), 2);
    a!.session.apply({ type: 'lane.remove', laneId: 'l2', moveStepsTo: 'l1' });
    b!.session.apply({ type: 'step.add', steps: [aStep('sB', 'l2', { x: 700 })] });
    settle([a!, b!]);
    for (const p of [a!, b!]) {
      const doc = view(p)!;
      expect(doc.lanes.map((l) => l.id)).toContain('l2');
      expect(doc.steps.find((s) => s.id === 'sB')?.laneId).toBe('l2');
      expect(doc.steps.find((s) => s.id === 's2')?.laneId).toBe('l1');
      expect(sameContent(p.session.doc!, doc)).toBe(true);
    }
  });

  it('a projection that fails validation is not shown', () => {
    const [a, b] = peers(aSmallProcess(), 2);
    const before = b!.session.doc;
    // A peer writing nonsense straight into the doc: a title the schema refuses.
    a!.ydoc.transact(() => a!.ydoc.getMap('meta').set('title', ''), 'nonsense');
    settle([a!, b!]);
    expect(b!.session.doc).toBe(before);
    expect(b!.invalid).toBe(1);
  });

  it('with a schedule, a burst of remote updates is taken in once', () => {
    const start = aSmallProcess();
    const [a] = peers(start, 1);
    const ydoc = new Y.Doc();
    Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(a!.ydoc));
    const session = createLocalSession();
    session.load(start);
    const runs: (() => void)[] = [];
    bindSession(session, ydoc, { schedule: (run) => runs.push(run) });
    let remote = 0;
    session.subscribe((c) => (remote += c.kind === 'remote' ? 1 : 0));
    a!.ydoc.on('update', (u: Uint8Array) => Y.applyUpdate(ydoc, u));
    a!.session.apply({ type: 'step.update', id: 's1', patch: { label: 'Ett' } });
    a!.session.apply({ type: 'step.update', id: 's2', patch: { label: 'Två' } });
    expect(runs.length).toBe(1);
    expect(remote).toBe(0);
    runs[0]!();
    expect(remote).toBe(1);
    expect([label(session.doc, 's1'), label(session.doc, 's2')]).toEqual(['Ett', 'Två']);
  });

  it('seeds an empty doc from the session only when asked', () => {
    const session = createLocalSession();
    session.load(aSmallProcess());
    const empty = new Y.Doc();
    bindSession(session, empty)();
    expect(project(empty)).toBeNull();
    const seeded = new Y.Doc();
    bindSession(session, seeded, { seed: true });
    expect(sameContent(project(seeded)!, session.doc!)).toBe(true);
  });
});
