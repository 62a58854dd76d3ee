// The editor's live room (state/collab/room) across a compaction on the real server: a device
// whose stored doc is from the retired epoch moves to the new one, carrying what was typed
// offline, and forgets the old doc; nothing of the others' edits is lost either.
// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
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
import { epochOfRoom } from '../state/collab/epoch';
import { openRoom, type LocalCollabDoc, type Room } from '../state/collab/room';

let dir: string;
let s: CollabServer;
const rooms: Room[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fv-room-epoch-'));
  s = await startCollabServer({
    dataDir: dir,
    compact: { minBytes: 0, maxRatio: 1, keepRetiredDays: 90 },
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
  const headers = { Cookie: who.cookie, Origin: s.origin };
  class CookieSocket extends WebSocket {
    constructor(url: string) {
      super(url, { headers });
    }
  }
  const session = createLocalSession();
  session.load(shown);
  const denied: string[] = [];
  const room = await openRoom(id, {
    session,
    bind: (sess, doc) => bindSession(sess, doc),
    user: { id: who.id, name: 'Bo' },
    onDenied: (d) => denied.push(d),
    openLocal: device.open,
    socket: () =>
      new HocuspocusProviderWebsocket({
        url: `ws://127.0.0.1:${s.port}/collab`,
        WebSocketPolyfill: CookieSocket,
      }),
  });
  rooms.push(room);
  return { room, session, denied };
}

const epochOf = async (id: string) =>
  Number(
    (await s.db.selectFrom('processes').select('epoch').where('id', '=', id).executeTakeFirst())
      ?.epoch,
  );

describe('a live room across a compaction', () => {
  it("moves to the new epoch with the device's offline edits, and forgets the old doc", async () => {
    const anna = await s.person('Anna');
    const bo = await s.person('Bo');
    const id = await s.share(anna, processFile('Bygglov'));
    await s.grant(anna, id, [{ id: bo.id, role: 'editor' }]);
    const device = deviceStore();
    const first = await roomOf(bo, id, device, (await s.stored(id)).file.process);
    await until(
      'bound',
      () => first.session.doc?.title === 'Bygglov' && first.room.provider.isSynced,
    );
    first.room.close();

    // Offline on Bo's laptop: his stored doc is edited as the bound session edits it.
    const stored = device.docs.get(`process:${id}`)!;
    const offline = createLocalSession();
    offline.load(validateProjection(project(stored)));
    const unbind = bindSession(offline, stored);
    offline.apply({ type: 'process.update', patch: { purpose: 'Skrivet offline av Bo' } });
    unbind();

    // Meanwhile Anna edits a lot and leaves; the server compacts the room.
    const a = s.client(anna, id);
    await until('anna synced', () => a.state.synced);
    for (let i = 0; i < 40; i++) {
      a.edit((p) => ({
        ...p,
        steps: [...p.steps, { ...p.steps[0]!, id: `t${i}`, label: 'Tillfällig' }],
      }));
      a.edit((p) => ({
        ...p,
        title: `Bygglov ${i}`,
        steps: p.steps.filter((x) => x.id !== `t${i}`),
      }));
    }
    await until('stored', async () => (await s.stored(id)).file.process.title === 'Bygglov 39');
    a.provider.destroy();
    await until('compacted', async () => (await epochOf(id)) === 1);
    const a2 = s.client(anna, id, {}, { room: `process:${id}@1` });
    await until('anna on epoch 1', () => a2.state.synced && a2.view() !== null);
    // A removal after Bo went offline stays a removal: his stale copy of the step is not news.
    const removed = a2.view()!.steps.at(-1)!.id;
    a2.edit((p) => ({ ...p, tags: ['efter'], steps: p.steps.filter((x) => x.id !== removed) }));

    const back = await roomOf(bo, id, device, offline.doc!);
    const all = (p: Process | null | undefined) =>
      p?.purpose === 'Skrivet offline av Bo' &&
      p.title === 'Bygglov 39' &&
      p.tags.includes('efter') &&
      !p.steps.some((x) => x.id === removed);
    await until('Bo sees everything', () => all(back.session.doc));
    await until('Anna sees his edit', () => all(a2.view()));
    await until('stored', async () => all((await s.stored(id)).file.process));
    expect(back.denied).toEqual([]);
    expect([...device.docs.keys()]).toEqual([`process:${id}@1`]);
    // His later edits go to the new room too.
    back.session.apply({ type: 'process.update', patch: { need: 'Efter flytten' } });
    await until('Anna has it', () => a2.view()?.need === 'Efter flytten');
  }, 20_000);
});
