// y-dexie keeps a shared process's Y.Doc as a row per update and folds them into one now and
// then. Folding a 1,000-step doc is one task of 60–300 ms on the main thread; y-dexie's own timer
// runs it 10 s after the database opens and every 5 minutes — in the middle of a workshop, while
// people type. We switch that timer off (db.ts) and fold when nobody is looking or working
// (app/quietCompaction.ts) and when a room closes.
import { compressYDocs } from 'y-dexie';
import { database } from './db';

/** Folds every shared process's stored updates into one; the docs' contents do not change. */
export async function foldCollabUpdates(): Promise<void> {
  await compressYDocs(database(), 0);
}

/** How many update rows the device holds for shared processes (for tests and the bench). */
export function countCollabUpdates(): Promise<number> {
  return database().table('$collabDocs.doc_updates').count();
}
