// The editor's live room (state/collab/room) against the real server's /collab: the document
// session bound to a Y.Doc through the provider, Bo as a second client. What the person sees
// (the session's document, the status line, the others' presence) follows the server.
// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createLocalSession } from '../document/localSession';
import type { Process } from '../domain/model/types';
import { bindSession } from '../document/yjs/binding';
import {
  startCollabServer,
  until,
  type CollabServer,
  type Person,
} from '../server/collab/collab.test-helper';
import { processFile } from '../server/test/fixtures';
import { usePresence } from '../state/collab/presence';
import { openRoom, type Room } from '../state/collab/room';
import { useCollab } from '../state/collab/store';
import { useSessionStore } from '../state/sessionStore';

let dir: string;
let s: CollabServer;
const rooms: Room[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fv-room-'));
  s = await startCollabServer({ dataDir: dir });
}, 30_000);
afterEach(async () => {
  for (const r of rooms.splice(0)) r.close();
  await s.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The room as the editor opens it, with the person's cookie on its socket (Node has none). */
async function roomOf(
  who: Person,
  id: string,
  stored = new Y.Doc(),
  before?: { syncBase: Process; local: Process },
) {
  const session = createLocalSession();
  session.load(before?.local ?? (await serverCopy(who, id)));
  const denied: string[] = [];
  const room = await openRoom(id, {
    session,
    bind: (sess, doc) => bindSession(sess, doc),
    user: { id: who.id, name: 'Anna' },
    onDenied: (d) => denied.push(d),
    openLocal: async () => ({ doc: stored, release: () => undefined }),
    syncBase: before?.syncBase ?? null,
    socket: s.socket(who),
  });
  rooms.push(room);
  return { room, session, denied, doc: stored };
}

async function serverCopy(who: Person, id: string): Promise<Process> {
  const answer = await s.api(who, 'GET', `/api/processes/${id}`);
  return ((await answer.json()) as { file: { process: Process } }).file.process;
}

describe('a live room against the server', () => {
  it("brings others' edits into the session, sends its own, and says when it is synced", async () => {
    const anna = await s.person('Anna');
    const bo = await s.person('Bo');
    const id = await s.share(anna, processFile('Bygglov'));
    await s.grant(anna, id, [{ id: bo.id, role: 'editor' }]);
    const a = await roomOf(anna, id);
    await until('synced', () => useCollab.getState().rooms[id] === 'synced');

    const b = s.client(bo, id);
    await until('bo synced', () => b.state.synced);
    b.edit((p) => ({ ...p, title: 'Bygglov, av Bo' }));
    await until('anna sees it', () => a.session.doc?.title === 'Bygglov, av Bo');
    // Not Anna's edit: nothing for her to undo.
    expect(a.session.canUndo).toBe(false);

    a.session.apply({ type: 'process.update', patch: { purpose: 'Annas syfte' } });
    await until('bo sees it', () => b.view()?.purpose === 'Annas syfte');
    await until('synced again', () => useCollab.getState().rooms[id] === 'synced');
    await until('stored', async () => (await s.stored(id)).file.process.purpose === 'Annas syfte');

    a.room.close();
    expect(useCollab.getState().rooms[id]).toBeUndefined();
  });

  it('shows who else is here with their selection, and forgets them when they leave', async () => {
    const anna = await s.person('Anna');
    const bo = await s.person('Bo');
    const id = await s.share(anna, processFile('Bygglov'));
    await s.grant(anna, id, [{ id: bo.id, role: 'editor' }]);
    useSessionStore.getState().select(['s-anna']);
    await roomOf(anna, id);
    const b = s.client(bo, id);
    await until('bo synced', () => b.state.synced);
    b.provider.awareness!.setLocalState({ user: { id: bo.id, name: 'Bo' }, selection: ['s-1'] });
    await until('anna sees bo', () =>
      usePresence.getState().peers.some((p) => p.user.name === 'Bo'),
    );
    expect(usePresence.getState().peers[0]?.selection).toEqual(['s-1']);
    // Bo sees Anna's selection, published from the session store.
    await until('bo sees anna', () =>
      [...b.provider.awareness!.getStates().values()].some(
        (st) => (st as { selection?: string[] }).selection?.[0] === 's-anna',
      ),
    );
    b.provider.destroy();
    await until('bo gone', () => usePresence.getState().peers.length === 0);
  });

  it('binds a doc stored on this device before the server answers, and keeps its offline edit', async () => {
    const anna = await s.person('Anna');
    const id = await s.share(anna, processFile('Bygglov'));
    // A first visit leaves the doc on this device.
    const first = await roomOf(anna, id);
    await until('synced', () => useCollab.getState().rooms[id] === 'synced');
    first.room.close();
    // Offline on this device: the stored doc is edited (as the bound session would).
    const stored = new Y.Doc();
    Y.applyUpdate(stored, Y.encodeStateAsUpdate(first.doc));
    const offline = createLocalSession();
    offline.load(first.session.doc);
    const unbind = bindSession(offline, stored);
    offline.apply({ type: 'process.update', patch: { purpose: 'Skrivet offline' } });
    unbind();

    const again = await roomOf(anna, id, stored);
    await until(
      'the offline edit is in the session',
      () => again.session.doc?.purpose === 'Skrivet offline',
    );
    await until(
      'and on the server',
      async () => (await s.stored(id)).file.process.purpose === 'Skrivet offline',
    );
  });

  it('keeps edits made before the room first bound (offline over HTTP, never live here)', async () => {
    const anna = await s.person('Anna');
    const bo = await s.person('Bo');
    const id = await s.share(anna, processFile('Bygglov'));
    await s.grant(anna, id, [{ id: bo.id, role: 'editor' }]);
    const synced = await serverCopy(anna, id);
    // Meanwhile Bo changes the title live.
    const b = s.client(bo, id);
    await until('bo synced', () => b.state.synced);
    b.edit((p) => ({ ...p, title: 'Bygglov, av Bo' }));
    await until('stored', async () => (await s.stored(id)).file.process.title === 'Bygglov, av Bo');

    // Anna's device: the copy it last synced over HTTP, plus her purpose typed since.
    const local = { ...synced, purpose: 'Skrivet innan rummet' };
    const a = await roomOf(anna, id, new Y.Doc(), { syncBase: synced, local });
    await until('both in her session', () => a.session.doc?.title === 'Bygglov, av Bo');
    expect(a.session.doc?.purpose).toBe('Skrivet innan rummet');
    await until('both on the server', async () => {
      const stored = (await s.stored(id)).file.process;
      return stored.purpose === 'Skrivet innan rummet' && stored.title === 'Bygglov, av Bo';
    });
    await until('bo has it', () => b.view()?.purpose === 'Skrivet innan rummet');
  });
});
