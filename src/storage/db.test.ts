import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_REGISTER } from '../domain/register/defaultRegister';
import { aSmallProcess, anEntry } from '../test/builders';
import { DB_NAME, FlodesDatabase, database, useDatabase, type StoredProcess } from './db';

let n = 0;
const freshName = () => `db-test-${++n}-${Date.now()}`;
const opened: Dexie[] = [];
const track = <T extends Dexie>(db: T): T => (opened.push(db), db);

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
  useDatabase(null);
});

describe('FlodesDatabase', () => {
  it('fills a new database with the default register', async () => {
    const db = track(new FlodesDatabase(freshName()));
    const entries = await db.register.toArray();
    expect(entries).toHaveLength(DEFAULT_REGISTER.length);
    expect(await db.register.get('u-sbf')).toEqual(DEFAULT_REGISTER.find((e) => e.id === 'u-sbf'));
  });

  it('is at schema version 5 with the library indexes, revisions, the shared tables and Y docs', async () => {
    const db = track(new FlodesDatabase(freshName()));
    await db.open();
    expect(db.verno).toBe(5);
    expect(db.sharedLibrary.schema.primKey.name).toBe('id');
    expect(db.sharedSync.schema.primKey.name).toBe('id');
    // y-dexie declares the updates table of the collabDocs.doc property itself.
    expect(db.collabDocs.schema.primKey.name).toBe('room');
    expect(db.table('$collabDocs.doc_updates').schema.primKey.name).toBe('i');
    const indexes = db.processes.schema.indexes.map((i) => i.name).sort();
    expect(indexes).toEqual(['category', 'changedAt', 'status', 'tags', 'title']);
    expect(db.processes.schema.indexes.find((i) => i.name === 'tags')?.multi).toBe(true);
    expect(db.revisions.schema.indexes.map((i) => i.name)).toContain('[processId+createdAt]');
    expect(db.meta.schema.primKey.name).toBe('key');
  });

  it('finds processes by tag through the multi-entry index', async () => {
    const db = track(new FlodesDatabase(freshName()));
    const p = { ...aSmallProcess(), tags: ['bygglov', 'e-tjänst'], formatVersion: 2 };
    await db.processes.put(p);
    await db.processes.put({ ...p, id: 'p-2', tags: ['skola'] });
    expect(
      (await db.processes.where('tags').equals('e-tjänst').toArray()).map((r) => r.id),
    ).toEqual([p.id]);
  });

  it('upgrades a v1 database: rows get tags, the register keeps what it had', async () => {
    const name = freshName();
    const old = new Dexie(name);
    old.version(1).stores({ processes: 'id, changedAt', register: 'id' });
    const { tags: _tags, ...untagged } = { ...aSmallProcess(), formatVersion: 2 };
    await old.table('processes').put(untagged);
    await old.table('processes').put({ ...untagged, id: 'p-tagged', tags: ['behåll'] });
    const own = anEntry('r-own', 'Bygglovsenheten');
    await old.table('register').put(own);
    old.close();

    const db = track(new FlodesDatabase(name));
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.sharedSync.count()).toBe(0);
    const row = await db.processes.get(untagged.id);
    expect(row).toEqual({ ...untagged, tags: [] });
    expect((await db.processes.get('p-tagged'))?.tags).toEqual(['behåll']);
    // populate runs only when a database is created, so an upgraded one is not refilled.
    expect(await db.register.toArray()).toEqual([own]);
    // The new indexes work on upgraded rows.
    expect(await db.processes.where('title').equals(untagged.title).count()).toBe(2);
  });

  it('database() hands out one shared instance, replaceable for tests', async () => {
    const db = track(new FlodesDatabase(freshName()));
    useDatabase(db);
    expect(database()).toBe(db);
    useDatabase(null);
    const shared = track(database());
    expect(shared.name).toBe(DB_NAME);
    expect(database()).toBe(shared);
  });

  it('stores the format version with each process row', async () => {
    const db = track(new FlodesDatabase(freshName()));
    const row: StoredProcess = { ...aSmallProcess(), formatVersion: 2 };
    await db.processes.put(row);
    expect(await db.processes.get(row.id)).toEqual(row);
  });
});
