// The sync engine with the real storage (fake-indexeddb) against an in-memory server that keeps
// the API contract: share, offline edits across a reload, 409 merges, readers.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalSession } from '../document/localSession';
import type { DocumentSession } from '../document/session';
import type { Process, RegisterEntry } from '../domain/model/types';
import { applyOperation } from '../domain/operations/applyOperation';
import { DEFAULT_REGISTER } from '../domain/register/defaultRegister';
import type { Message } from '../state/sessionStore';
import { fakeServer, type FakeServer } from '../state/server/fakeServer.test-helper';
import { createSyncEngine, type SyncEngine } from '../state/server/sync';
import type { ServerUser } from '../state/server/types';
import { aSmallProcess } from '../test/builders';
import { FlodesDatabase, useDatabase as openDatabase } from '../storage/db';
import { readProcess, writeProcess } from '../storage/processRepository';
import { readSyncRows, sharedStorage } from '../storage/sharedRepository';

const user = (id: string, roles: ServerUser['roles']): ServerUser => ({
  id,
  name: id,
  roles,
  groups: [],
});
const USERS = [user('anna', ['editor']), user('bo', ['editor']), user('rita', ['reader'])];

let n = 0;
const dbs: FlodesDatabase[] = [];
const engines: SyncEngine[] = [];
let server: FakeServer;

function device(name = `sync-test-${++n}-${Date.now()}`): FlodesDatabase {
  const db = new FlodesDatabase(name);
  dbs.push(db);
  openDatabase(db);
  return db;
}

function engineFor(userId: string, session: DocumentSession = createLocalSession()) {
  const toasts: Message[] = [];
  const register: RegisterEntry[] = [...DEFAULT_REGISTER];
  const engine = createSyncEngine({
    api: server.as(userId),
    storage: sharedStorage,
    session,
    register: () => register,
    putRegister: (entries) => register.push(...entries),
    flush: async () => undefined,
    onRows: () => undefined,
    onLibrary: () => undefined,
    onReach: () => undefined,
    notify: (m) => toasts.push(m),
    // Tests send explicitly with push().
    pushDelayMs: 60_000,
  });
  engines.push(engine);
  return { engine, toasts, session };
}

const labelOf = (p: Process | null | undefined, stepId: string) =>
  p?.steps.find((s) => s.id === stepId)?.label;
const stored = async (id: string) => {
  const result = await readProcess(id);
  return result.ok ? result.process : null;
};
const onServer = (id: string) => server.processes.get(id)!.file.process;

async function annaShares(access: { principalId: string; role: 'editor' | 'reader' }[] = []) {
  const anna = engineFor('anna');
  await writeProcess({ ...aSmallProcess(), id: 'p-1' });
  const shared = await anna.engine.share(
    'p-1',
    access.map((a) => ({ principalType: 'user', ...a })),
  );
  expect(shared).toBe('ok');
  return anna;
}

/** Bo changes step `stepId`'s label on the server, from the revision it has now. */
async function boRelabels(stepId: string, label: string) {
  const s = server.processes.get('p-1')!;
  const steps = s.file.process.steps.map((x) => (x.id === stepId ? { ...x, label } : x));
  const file = { ...s.file, process: { ...s.file.process, steps } };
  const put = await server.as('bo').putProcess('p-1', file, s.revision);
  expect(put.ok).toBe(true);
}

beforeEach(() => {
  server = fakeServer(USERS);
  device();
});

afterEach(async () => {
  for (const e of engines.splice(0)) e.stop();
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
  openDatabase(null);
});

describe('sync engine', () => {
  it('shares a process: on the server with its rights, still a local row, and a sync row', async () => {
    await annaShares([{ principalId: 'bo', role: 'editor' }]);
    expect(server.processes.get('p-1')?.revision).toBe(1);
    expect(server.processes.get('p-1')?.rights.get('bo')).toBe('editor');
    expect(onServer('p-1').title).toBe('Ansöka om bygglov');
    expect((await stored('p-1'))?.title).toBe('Ansöka om bygglov');
    const [row] = await readSyncRows();
    expect(row).toMatchObject({
      id: 'p-1',
      revision: 1,
      role: 'owner',
      dirty: false,
      conflicts: 0,
    });
    expect(row?.base.steps).toHaveLength(3);
  });

  it('follows the server to another id: the local copy moves with its sync row', async () => {
    server.nextId = 'p-new';
    await annaShares();
    expect(await stored('p-1')).toBeNull();
    expect((await stored('p-new'))?.id).toBe('p-new');
    expect((await readSyncRows()).map((r) => r.id)).toEqual(['p-new']);
  });

  it('keeps an offline edit dirty across a reload and sends it when back online', async () => {
    const { engine } = await annaShares();
    server.online = false;
    await writeProcess({ ...(await stored('p-1'))!, title: 'Bygglov, offline' });
    engine.changed('p-1');
    expect(await engine.push()).toBe('offline');
    expect((await readSyncRows())[0]?.dirty).toBe(true);

    // A reload: the database opened afresh, a new engine.
    engine.stop();
    const name = dbs[0]!.name;
    dbs[0]!.close();
    device(name);
    const reloaded = engineFor('anna').engine;
    await reloaded.load();
    expect(reloaded.hasDirty()).toBe(true);
    server.online = true;
    expect(await reloaded.push()).toBe('ok');
    expect(onServer('p-1').title).toBe('Bygglov, offline');
    expect(server.processes.get('p-1')?.revision).toBe(2);
    expect((await readSyncRows())[0]).toMatchObject({ dirty: false, revision: 2 });
  });

  it('sends a change made outside the editor (a rename in the library) at the next pull', async () => {
    const { engine } = await annaShares();
    const local = (await stored('p-1'))!;
    await writeProcess(
      applyOperation(local, { type: 'process.update', patch: { title: 'Omdöpt i biblioteket' } }),
    );
    expect(await engine.pull()).toBe('ok');
    expect(onServer('p-1').title).toBe('Omdöpt i biblioteket');
    expect((await readSyncRows())[0]).toMatchObject({ dirty: false, revision: 2 });
    // Nothing changed since: the next pull sends nothing.
    const puts = server.puts.length;
    expect(await engine.pull()).toBe('ok');
    expect(server.puts).toHaveLength(puts);
  });

  it('merges on 409: the other side’s change and this one both survive, undo stays mine', async () => {
    const { engine } = await annaShares([{ principalId: 'bo', role: 'editor' }]);
    await boRelabels('s2', 'Bo’s label');
    // Anna has it open in the editor on the device she shared it from.
    const anna = createLocalSession();
    const annaEngine = engineFor('anna', anna).engine;
    engine.stop();
    await annaEngine.load();
    anna.load((await stored('p-1'))!);
    anna.apply({ type: 'step.update', id: 's1', patch: { label: 'Anna’s label' } });
    await writeProcess(anna.doc!);
    annaEngine.changed('p-1');

    expect(await annaEngine.push()).toBe('ok');
    expect(labelOf(onServer('p-1'), 's1')).toBe('Anna’s label');
    expect(labelOf(onServer('p-1'), 's2')).toBe('Bo’s label');
    expect(server.processes.get('p-1')?.revision).toBe(3);
    expect(labelOf(anna.doc, 's2')).toBe('Bo’s label');
    expect(labelOf(await stored('p-1'), 's2')).toBe('Bo’s label');
    expect((await readSyncRows())[0]).toMatchObject({ dirty: false, revision: 3, conflicts: 0 });
    anna.undo();
    expect(labelOf(anna.doc, 's1')).not.toBe('Anna’s label');
    expect(labelOf(anna.doc, 's2')).toBe('Bo’s label');
  });

  it('reports a field both changed: counted on the sync row and told in a toast', async () => {
    const anna = await annaShares([{ principalId: 'bo', role: 'editor' }]);
    await boRelabels('s1', 'Bo’s label');
    await writeProcess({
      ...(await stored('p-1'))!,
      steps: (await stored('p-1'))!.steps.map((s) =>
        s.id === 's1' ? { ...s, label: 'Anna’s label' } : s,
      ),
    });
    anna.engine.changed('p-1');
    expect(await anna.engine.push()).toBe('ok');
    expect(labelOf(onServer('p-1'), 's1')).toBe('Anna’s label');
    expect((await readSyncRows())[0]?.conflicts).toBe(1);
    expect(anna.toasts.map((t) => t.key)).toEqual(['serverSync.conflict']);
    await anna.engine.acknowledge('p-1');
    expect((await readSyncRows())[0]?.conflicts).toBe(0);
  });

  it('never pushes for a reader, and a pull brings the owner’s changes', async () => {
    await annaShares([{ principalId: 'rita', role: 'reader' }]);
    device();
    const rita = engineFor('rita');
    await rita.engine.load();
    expect(await rita.engine.pull()).toBe('ok');
    expect((await stored('p-1'))?.title).toBe('Ansöka om bygglov');
    expect((await readSyncRows())[0]).toMatchObject({ role: 'reader', dirty: false });

    await writeProcess({ ...(await stored('p-1'))!, title: 'Rita was here' });
    rita.engine.changed('p-1');
    expect(rita.engine.hasDirty()).toBe(false);
    await rita.engine.push();
    expect(server.puts.filter((p) => p.userId === 'rita')).toEqual([]);
    expect(onServer('p-1').title).toBe('Ansöka om bygglov');

    server.processes.get('p-1')!.rights.set('bo', 'editor');
    await boRelabels('s3', 'Newer');
    expect(await rita.engine.pull()).toBe('ok');
    expect(labelOf(await stored('p-1'), 's3')).toBe('Newer');
  });
});
