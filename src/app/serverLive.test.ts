// While a shared process is co-edited live (issue 20) its Y.Doc syncs it: the HTTP engine must
// neither mark it, send it nor fetch it over the open editor — and must go on as before for
// every other shared process and once the process is no longer live.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalSession } from '../document/localSession';
import { DEFAULT_REGISTER } from '../domain/register/defaultRegister';
import { FlodesDatabase, useDatabase } from '../storage/db';
import { readProcess, writeProcess } from '../storage/processRepository';
import { readSyncRows, sharedStorage } from '../storage/sharedRepository';
import { aSmallProcess } from '../test/builders';
import { fakeServer, type FakeServer } from '../state/server/fakeServer.test-helper';
import { createSyncEngine, type SyncEngine } from '../state/server/sync';
import type { ServerUser } from '../state/server/types';

const user = (id: string): ServerUser => ({ id, name: id, roles: ['editor'], groups: [] });
let server: FakeServer;
let db: FlodesDatabase;
let engine: SyncEngine;
const live = new Set<string>();

beforeEach(() => {
  server = fakeServer([user('anna'), user('bo')]);
  db = new FlodesDatabase(`live-test-${Date.now()}-${Math.random()}`);
  useDatabase(db);
  live.clear();
  engine = createSyncEngine({
    api: server.as('anna'),
    storage: sharedStorage,
    session: createLocalSession(),
    register: () => DEFAULT_REGISTER,
    putRegister: () => undefined,
    flush: async () => undefined,
    onRows: () => undefined,
    onLibrary: () => undefined,
    onReach: () => undefined,
    notify: () => undefined,
    isLive: (id) => live.has(id),
    pushDelayMs: 60_000,
  });
});

afterEach(async () => {
  engine.stop();
  db.close();
  await Dexie.delete(db.name);
  useDatabase(null);
});

async function shared(id: string) {
  await writeProcess({ ...aSmallProcess(), id });
  expect(
    await engine.share(id, [{ principalType: 'user', principalId: 'bo', role: 'editor' }]),
  ).toBe('ok');
}

const title = async (id: string) => {
  const r = await readProcess(id);
  return r.ok ? r.process.title : null;
};

describe('sync engine and live processes', () => {
  it('neither sends nor fetches a live process, and does both again once it is not live', async () => {
    await shared('p-live');
    await shared('p-http');
    live.add('p-live');
    // Edits here of both; Bo renames both on the server.
    for (const id of ['p-live', 'p-http']) {
      await writeProcess({
        ...(await readProcess(id).then((r) => (r.ok ? r.process : null)))!,
        title: `${id} here`,
      });
      engine.changed(id);
    }
    const rows = new Map((await readSyncRows()).map((r) => [r.id, r]));
    expect(rows.get('p-live')?.dirty).toBe(false);
    expect(rows.get('p-http')?.dirty).toBe(true);
    expect(await engine.push()).toBe('ok');
    expect(server.puts.map((p) => p.id)).toEqual(['p-http']);

    const s = server.processes.get('p-live')!;
    const file = { ...s.file, process: { ...s.file.process, title: 'Bo renamed' } };
    expect((await server.as('bo').putProcess('p-live', file, s.revision)).ok).toBe(true);
    expect(await engine.pull()).toBe('ok');
    // The live one keeps this device's row (its Y.Doc brings Bo's rename).
    expect(await title('p-live')).toBe('p-live here');
    expect(await title('p-http')).toBe('p-http here');

    live.delete('p-live');
    expect(await engine.pull()).toBe('ok');
    expect(await title('p-live')).toBe('Bo renamed');
  });
});
