import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCollabDoc } from './collabRepository';
import { countCollabUpdates, foldCollabUpdates } from './collabUpdates';
import { FlodesDatabase, useDatabase } from './db';

let db: FlodesDatabase;

beforeEach(() => {
  db = new FlodesDatabase(`collab-updates-${Date.now()}-${Math.random()}`);
  useDatabase(db);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
  useDatabase(null);
});

describe('foldCollabUpdates', () => {
  it('folds a doc’s many update rows into few, and the doc reads the same after', async () => {
    const room = await openCollabDoc('process:p-fold');
    const steps = room.doc.getMap('steps');
    for (let i = 0; i < 50; i++) steps.set(`s-${i}`, `Steg ${i}`);
    await until(async () => (await countCollabUpdates()) >= 50);
    const before = await countCollabUpdates();
    room.release();

    await foldCollabUpdates();
    // The doc's state in one row, and y-dexie's bookkeeping row.
    expect(await countCollabUpdates()).toBeLessThanOrEqual(3);
    expect(before).toBeGreaterThanOrEqual(50);
    const again = await openCollabDoc('process:p-fold');
    expect(again.doc.getMap('steps').size).toBe(50);
    expect(again.doc.getMap('steps').get('s-49')).toBe('Steg 49');
    again.release();
  });
});

async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('timed out');
}
