// The client's side of compaction epochs: the rebase keeps offline edits without undoing what
// others did meanwhile (room names and refusals: domain/sync/rooms.test.ts).
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createYDoc, project, validateProjection, writeDiff } from '../../document/yjs/mapping';
import { newStartedProcess } from '../../domain/model/factories';
import type { Process } from '../../domain/model/types';
import { rebase } from './epoch';

const view = (doc: Y.Doc) => validateProjection(project(doc))!;
const edit = (doc: Y.Doc, change: (p: Process) => Process) => {
  const before = view(doc);
  doc.transact(() => writeDiff(doc, before, change(before)));
};
const copy = (doc: Y.Doc) => {
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
  return other;
};

describe('rebase onto a new epoch', () => {
  const start = newStartedProcess('Bygglov', 'kg-invanare', { need: 'Behov', outcome: 'Resultat' });

  /** The server's old room, the device's copy of it taken offline, and the epoch's final state. */
  function setUp() {
    const server = createYDoc(start);
    const device = copy(server);
    edit(device, (p) => ({ ...p, purpose: 'Offline' }));
    // After the device left: a rename and a removed step on the server.
    const gone = start.steps.at(-1)!.id;
    edit(server, (p) => ({ ...p, title: 'Omdöpt', steps: p.steps.filter((s) => s.id !== gone) }));
    const remote = view(createYDoc(view(server)));
    return { server, device, remote: { ...remote, tags: ['nytt'] }, gone };
  }

  it("keeps the device's edit and the others' rename and removal", () => {
    const { server, device, remote, gone } = setUp();
    const out = rebase({ local: device, final: server, remote, fallbackBase: null })!;
    expect(out.process.purpose).toBe('Offline');
    expect(out.process.title).toBe('Omdöpt');
    expect(out.process.tags).toEqual(['nytt']);
    expect(out.process.steps.some((s) => s.id === gone)).toBe(false);
    expect(out.conflicts).toBe(0);
  });

  it('without the final state keeps everything either side has (nothing typed is lost)', () => {
    const { device, remote, gone } = setUp();
    const out = rebase({ local: device, final: null, remote, fallbackBase: null })!;
    expect(out.process.purpose).toBe('Offline');
    expect(out.process.tags).toEqual(['nytt']);
    expect(out.process.steps.some((s) => s.id === gone)).toBe(true);
    // Not knowing who changed the title, the device's stays (and is counted as a conflict).
    expect(out.process.title).toBe('Bygglov');
    expect(out.conflicts).toBeGreaterThan(0);
  });

  it('counts a field both sides changed as a conflict, the device keeping its value', () => {
    const { server, device, remote } = setUp();
    edit(device, (p) => ({ ...p, need: 'Bos behov' }));
    // Changed in the new epoch too, after the compaction.
    const later = { ...remote, need: 'Nytt behov' };
    const out = rebase({ local: device, final: server, remote: later, fallbackBase: null })!;
    expect(out.process.need).toBe('Bos behov');
    expect(out.conflicts).toBe(1);
  });

  it('gives nothing for a device doc without a process', () => {
    expect(rebase({ local: new Y.Doc(), final: null, remote: start, fallbackBase: null })).toBe(
      null,
    );
  });
});
