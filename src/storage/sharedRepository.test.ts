import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aSmallProcess } from '../test/builders';
import { FlodesDatabase, useDatabase as openDatabase, type StoredSharedItem } from './db';
import { readProcess, writeProcess } from './processRepository';
import { addRevision } from './revisionRepository';
import {
  putSyncRow,
  readRemembered,
  readSharedLibrary,
  readSyncRows,
  rekeyProcess,
  writeRemembered,
  writeSharedLibrary,
} from './sharedRepository';

let n = 0;
let db: FlodesDatabase;

beforeEach(() => {
  db = new FlodesDatabase(`shared-test-${++n}-${Date.now()}`);
  openDatabase(db);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
  openDatabase(null);
});

const item = (id: string): StoredSharedItem => ({
  id,
  title: `Process ${id}`,
  status: 'utkast',
  category: 'huvudprocess',
  variant: 'nulage',
  tags: [],
  ownerId: 'u1',
  ownerName: 'Anna',
  changedAt: '2026-01-01T00:00:00.000Z',
  changedByName: 'Anna',
  steps: 3,
  lanes: 2,
  revision: 1,
  role: 'reader',
});

describe('sharedRepository', () => {
  it('replaces the cached library: what the server no longer lists goes', async () => {
    await writeSharedLibrary([item('a'), item('b')]);
    await writeSharedLibrary([item('b'), item('c')]);
    expect((await readSharedLibrary()).map((i) => i.id).sort()).toEqual(['b', 'c']);
  });

  it('moves a process, its revisions and its sync row to the id the server gave', async () => {
    const process = { ...aSmallProcess(), id: 'p-old' };
    await writeProcess(process);
    await addRevision({ process, kind: 'named', name: 'Första' });
    await putSyncRow({
      id: 'p-old',
      revision: 1,
      base: process,
      role: 'owner',
      dirty: true,
      conflicts: 0,
    });
    await rekeyProcess(process, 'p-new');
    expect((await readProcess('p-old')).ok).toBe(false);
    const moved = await readProcess('p-new');
    expect(moved.ok && moved.process.title).toBe(process.title);
    expect(await db.revisions.where('processId').equals('p-new').count()).toBe(1);
    expect(await db.revisions.where('processId').equals('p-old').count()).toBe(0);
    expect((await readSyncRows()).map((r) => [r.id, r.dirty])).toEqual([['p-new', true]]);
  });

  it('remembers who was signed in, and forgets a damaged memory', async () => {
    expect(await readRemembered()).toBeNull();
    const user = { id: 'u1', name: 'Anna', roles: ['editor' as const], groups: ['g'] };
    await writeRemembered({ mode: 'oidc', user });
    expect(await readRemembered()).toEqual({ mode: 'oidc', user });
    await writeRemembered({ mode: 'local', user: null });
    expect(await readRemembered()).toEqual({ mode: 'local', user: null });
    await db.meta.put({ key: 'server.session', value: '{"mode":"oidc","user":{"id":1}}' });
    expect(await readRemembered()).toBeNull();
    await db.meta.put({ key: 'server.session', value: 'not json' });
    expect(await readRemembered()).toBeNull();
  });
});
