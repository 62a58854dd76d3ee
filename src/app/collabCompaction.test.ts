// The editor's live room (state/collab/room) across a compaction on the real server: a device
// whose stored doc is from the retired epoch moves to the new one, carrying what was typed
// offline, and forgets the old doc; nothing of the others' edits is lost either.
// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createLocalSession } from '../document/localSession';
import { bindSession } from '../document/yjs/binding';
import { project, validateProjection } from '../document/yjs/mapping';
import type { Process } from '../domain/model/types';
import {
  startCollabServer,
  until,
  type CollabServer,
  type Person,
} from '../server/collab/collab.test-helper';
import { processFile } from '../server/test/fixtures';
import { epochOfRoom } from '../domain/sync/rooms';
import { openRoom, type LocalCollabDoc, type Room } from '../state/collab/room';
import { useSessionStore } from '../state/sessionStore';

let dir: string;
let s: CollabServer;
const rooms: Room[] = [];

/**
 * Rooms compact when left, but not Bo's first visit (a ~1.3 KB state): were it compacted as he
 * leaves, Anna's next connection would race the new epoch. Anna's churn (~17 KB) is over it.
 */
const MIN_BYTES = 8_000;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fv-room-epoch-'));
  s = await startCollabServer({
    dataDir: dir,
    compact: { minBytes: MIN_BYTES, maxRatio: 1, keepRetiredDays: 90 },
  });
}, 30_000);
afterEach(async () => {
  for (const r of rooms.splice(0)) r.close();
  await s.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The device's stored docs by room, as storage/collabRepository keeps them (oldest epoch first). */
function deviceStore() {
  const docs = new Map<string, Y.Doc>();
  const open = async (asked: string): Promise<LocalCollabDoc> => {
    const held = [...docs.keys()]
      .filter((k) => k === asked || k.startsWith(`${asked}@`))
      .sort((a, b) => epochOfRoom(a) - epochOfRoom(b));
    const room = asked.includes('@') ? asked : (held[0] ?? asked);
    if (!docs.has(room)) docs.set(room, new Y.Doc());
    return {
      doc: docs.get(room)!,
      room,
      release: () => undefined,
      discard: async () => void docs.delete(room),
    };
  };
  return { docs, open };
}

async function roomOf(
  who: Person,
  id: string,
  device: ReturnType<typeof deviceStore>,
  shown: Process,
) {
  const session = createLocalSession();
  session.load(shown);
  const denied: string[] = [];
  const room = await openRoom(id, {
    session,
    bind: (sess, doc) => bindSession(sess, doc),
    user: { id: who.id, name: 'Bo' },
    onDenied: (d) => denied.push(d),
    openLocal: device.open,
    socket: () => s.socket(who),
  });
  rooms.push(room);
  return { room, session, denied };
}

const epochOf = async (id: string) =>
  Number(
    (await s.db.selectFrom('processes').select('epoch').where('id', '=', id).executeTakeFirst())
      ?.epoch,
  );

/** Bo's laptop has been in the room once; then, offline, he changes the purpose in its doc. */
async function offlineEdit(bo: Person, id: string, device: ReturnType<typeof deviceStore>) {
  const first = await roomOf(bo, id, device, (await s.stored(id)).file.process);
  await until('bound', () => first.session.doc !== null && first.room.provider.isSynced);
  first.room.close();
  const stored = device.docs.get(`process:${id}`)!;
  const offline = createLocalSession();
  offline.load(validateProjection(project(stored)));
  const unbind = bindSession(offline, stored);
  offline.apply({ type: 'process.update', patch: { purpose: 'Skrivet offline av Bo' } });
  unbind();
  return offline.doc!;
}

/** Anna adds and removes steps in `room` (the tombstones a compaction drops), renames, leaves. */
async function churnAndLeave(anna: Person, id: string, room: string, title: string) {
  const a = s.client(anna, id, {}, { room });
  await until('anna synced', () => a.state.synced && a.view() !== null);
  for (let i = 0; i < 40; i++) {
    a.edit((p) => ({
      ...p,
      steps: [...p.steps, { ...p.steps[0]!, id: `t${i}`, label: 'Tillfällig' }],
    }));
    a.edit((p) => ({ ...p, title, steps: p.steps.filter((x) => x.id !== `t${i}`) }));
  }
  await until('stored', async () => (await s.stored(id)).file.process.title === title);
  a.provider.destroy();
}

describe('a live room across a compaction', () => {
  it("moves to the new epoch with the device's offline edits, and forgets the old doc", async () => {
    const anna = await s.person('Anna');
    const bo = await s.person('Bo');
    const id = await s.share(anna, processFile('Bygglov'));
    await s.grant(anna, id, [{ id: bo.id, role: 'editor' }]);
    const device = deviceStore();
    const shown = await offlineEdit(bo, id, device);

    // Meanwhile Anna edits a lot and leaves; the server compacts the room.
    await churnAndLeave(anna, id, `process:${id}`, 'Bygglov 39');
    await until('compacted', async () => (await epochOf(id)) === 1);
    const a2 = s.client(anna, id, {}, { room: `process:${id}@1` });
    await until('anna on epoch 1', () => a2.state.synced && a2.view() !== null);
    // A removal after Bo went offline stays a removal: his stale copy of the step is not news.
    const removed = a2.view()!.steps.at(-1)!.id;
    a2.edit((p) => ({ ...p, tags: ['efter'], steps: p.steps.filter((x) => x.id !== removed) }));

    const back = await roomOf(bo, id, device, shown);
    const all = (p: Process | null | undefined) =>
      p?.purpose === 'Skrivet offline av Bo' &&
      p.title === 'Bygglov 39' &&
      p.tags.includes('efter') &&
      !p.steps.some((x) => x.id === removed);
    await until('Bo sees everything', () => all(back.session.doc));
    await until('Anna sees his edit', () => all(a2.view()));
    await until('stored', async () => all((await s.stored(id)).file.process));
    expect(back.denied).toEqual([]);
    expect(useSessionStore.getState().toast).toBeNull();
    expect([...device.docs.keys()]).toEqual([`process:${id}@1`]);
    // His later edits go to the new room too.
    back.session.apply({ type: 'process.update', patch: { need: 'Efter flytten' } });
    await until('Anna has it', () => a2.view()?.need === 'Efter flytten');
  }, 20_000);

  it('keeps the offline edit when the retired epoch is no longer kept (two compactions later)', async () => {
    await s.close();
    s = await startCollabServer({
      dataDir: dir,
      compact: { minBytes: MIN_BYTES, maxRatio: 1, keepRetiredDays: 0 },
    });
    const anna = await s.person('Anna');
    const bo = await s.person('Bo');
    const id = await s.share(anna, processFile('Bygglov'));
    await s.grant(anna, id, [{ id: bo.id, role: 'editor' }]);
    const device = deviceStore();
    const shown = await offlineEdit(bo, id, device);
    await churnAndLeave(anna, id, `process:${id}`, 'Första');
    await until('first compaction', async () => (await epochOf(id)) === 1);
    await churnAndLeave(anna, id, `process:${id}@1`, 'Andra');
    await until('second compaction', async () => (await epochOf(id)) === 2);
    // Retired longer than zero days: epoch 0 went at the second compaction.
    const rooms = await s.db.selectFrom('ydocs').select('name').execute();
    expect(rooms.map((r) => r.name).sort()).toEqual([`process:${id}@1`, `process:${id}@2`]);

    useSessionStore.getState().showToast(null);
    const back = await roomOf(bo, id, device, shown);
    await until('Bo on epoch 2', () => back.session.doc?.purpose === 'Skrivet offline av Bo');
    await until(
      'stored',
      async () => (await s.stored(id)).file.process.purpose === 'Skrivet offline av Bo',
    );
    expect([...device.docs.keys()]).toEqual([`process:${id}@2`]);
    // Without the common base his stale title counts as his: kept, and counted as a conflict.
    expect(back.session.doc?.title).toBe('Bygglov');
    expect(useSessionStore.getState().toast).toMatchObject({
      key: 'serverSync.conflict',
      params: { title: 'Bygglov' },
    });
  }, 20_000);
});
