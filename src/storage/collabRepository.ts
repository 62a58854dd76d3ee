// A shared process's Y.Doc on this device, through y-dexie in our own Dexie database (db.ts v5):
// every update of the doc (this person's and what the server sent) is stored as it happens, so a
// reload offline opens the same state; y-dexie compacts the updates in the background and keeps
// tabs of this browser in step. Plus whether the server offers live co-editing, remembered for a
// start without a network.
import { DexieYProvider } from 'y-dexie';
import type * as Y from 'yjs';
import { database } from './db';

const META_COLLAB = 'server.collab';

export interface LocalCollabDoc {
  /** The room's doc, with everything this device has stored of it already applied. */
  doc: Y.Doc;
  /** Lets go of the doc (it is destroyed); what was stored stays. */
  release(): void;
}

/** Opens (creating if needed) the stored doc of a room and waits until it is loaded. */
export async function openCollabDoc(room: string): Promise<LocalCollabDoc> {
  const db = database();
  // y-dexie destroys a doc whose parent row is gone, so the row comes first.
  if (!(await db.collabDocs.get(room))) await db.collabDocs.put({ room } as never);
  const doc = DexieYProvider.getOrCreateDocument(db, 'collabDocs', 'doc', room);
  const provider = DexieYProvider.load(doc);
  try {
    await provider.whenLoaded;
  } catch (e) {
    DexieYProvider.release(doc);
    throw e;
  }
  let released = false;
  return {
    doc,
    release() {
      if (released) return;
      released = true;
      DexieYProvider.release(doc);
    },
  };
}

/** The rooms this device holds a doc of. */
export async function listCollabRooms(): Promise<string[]> {
  return (await database().collabDocs.toCollection().primaryKeys()) as string[];
}

/** Forgets a room's stored doc (its updates go with the row). */
export async function deleteCollabDoc(room: string): Promise<void> {
  await database().collabDocs.delete(room);
}

export async function readCollabOffered(): Promise<boolean> {
  return (await database().meta.get(META_COLLAB))?.value === 'true';
}

export async function writeCollabOffered(offered: boolean): Promise<void> {
  await database().meta.put({ key: META_COLLAB, value: String(offered) });
}
