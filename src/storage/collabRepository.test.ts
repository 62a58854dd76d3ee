import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  openCollabDoc,
  readCollabOffered,
  deleteCollabDoc,
  listCollabRooms,
  writeCollabOffered,
} from './collabRepository';
import { FlodesDatabase, useDatabase } from './db';

let db: FlodesDatabase;
let n = 0;

beforeEach(() => {
  db = new FlodesDatabase(`collab-test-${++n}-${Date.now()}`);
  useDatabase(db);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
  useDatabase(null);
});

describe('collabRepository (y-dexie in our database)', () => {
  it('keeps a doc across a release and a fresh open (a reload)', async () => {
    const first = await openCollabDoc('process:p-1');
    first.doc.getMap('meta').set('title', 'Bygglov');
    first.doc.getMap('meta').set('status', 'utkast');
    // The update is written asynchronously: wait until its row is there.
    await waitFor(async () => (await db.table('$collabDocs.doc_updates').count()) >= 2);
    first.release();

    const again = await openCollabDoc('process:p-1');
    expect(again.doc).not.toBe(first.doc);
    expect(again.doc.getMap('meta').toJSON()).toEqual({ title: 'Bygglov', status: 'utkast' });
    again.release();
  });

  it('keeps rooms apart and forgets a deleted one', async () => {
    const a = await openCollabDoc('process:a');
    a.doc.getMap('meta').set('title', 'A');
    await waitFor(async () => (await db.table('$collabDocs.doc_updates').count()) >= 1);
    a.release();
    const b = await openCollabDoc('process:b');
    expect(b.doc.getMap('meta').size).toBe(0);
    b.release();
    expect((await listCollabRooms()).sort()).toEqual(['process:a', 'process:b']);

    await deleteCollabDoc('process:a');
    const back = await openCollabDoc('process:a');
    expect(Y.encodeStateVector(back.doc)).toEqual(Y.encodeStateVector(new Y.Doc()));
    back.release();
  });

  it('opens the oldest epoch held for a room, and lists and deletes rooms without epochs', async () => {
    const old = await openCollabDoc('process:p');
    old.doc.getMap('meta').set('title', 'Gammal');
    await waitFor(async () => (await db.table('$collabDocs.doc_updates').count()) >= 1);
    old.release();
    const next = await openCollabDoc('process:p@2');
    expect(next.room).toBe('process:p@2');
    expect(next.doc.getMap('meta').size).toBe(0);
    next.release();
    // The old epoch still holds offline edits to carry over: it opens first.
    const again = await openCollabDoc('process:p');
    expect(again.room).toBe('process:p');
    expect(again.doc.getMap('meta').get('title')).toBe('Gammal');
    await again.discard();
    expect((await openCollabDoc('process:p')).room).toBe('process:p@2');
    // Another process whose id starts alike is not one of its epochs.
    (await openCollabDoc('process:pq')).release();
    expect((await listCollabRooms()).sort()).toEqual(['process:p', 'process:pq']);
    await deleteCollabDoc('process:p');
    expect(await listCollabRooms()).toEqual(['process:pq']);
  });

  it('remembers whether the server offers co-editing', async () => {
    expect(await readCollabOffered()).toBe(false);
    await writeCollabOffered(true);
    expect(await readCollabOffered()).toBe(true);
  });
});

async function waitFor(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('timed out');
}
