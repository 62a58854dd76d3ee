// A shared process's Y.Doc on this device, through y-dexie in our own Dexie database (db.ts v5):
// every update of the doc (this person's and what the server sent) is stored as it happens, so a
// reload offline opens the same state; y-dexie compacts the updates in the background and keeps
// tabs of this browser in step. A room compacted on the server (collaboration.md §8) has a doc per
// epoch here too (`process:<id>@<epoch>`); the old one goes once its edits are merged into the new
// one (state/collab/room.ts). Plus whether the server offers live co-editing, remembered for a
// start without a network.
import { DexieYProvider } from 'y-dexie';
import type * as Y from 'yjs';
import { epochOfRoom, hasEpoch, roomWithoutEpoch } from '../domain/sync/rooms';
import { database } from './db';

const META_COLLAB = 'server.collab';

export interface LocalCollabDoc {
  /** The room's doc, with everything this device has stored of it already applied. */
  doc: Y.Doc;
  /** The stored room the doc is: asked for without an epoch, the oldest epoch stored here. */
  room: string;
  /** Lets go of the doc (it is destroyed); what was stored stays. */
  release(): void;
  /** Lets go of the doc and forgets what was stored of it. */
  discard(): Promise<void>;
}

/** The rooms stored here of `plain`, any epoch. */
async function epochsOf(plain: string): Promise<string[]> {
  const keys = (await database()
    .collabDocs.where(':id')
    .between(plain, `${plain}@\uffff`, true, true)
    .primaryKeys()) as string[];
  return keys.filter((key) => roomWithoutEpoch(key) === plain);
}

/**
 * Opens (creating if needed) the stored doc of a room and waits until it is loaded. A room named
 * without an epoch opens the oldest epoch this device still holds: edits made there offline have
 * not been merged into a newer one yet.
 */
export async function openCollabDoc(asked: string): Promise<LocalCollabDoc> {
  const db = database();
  const held = hasEpoch(asked) ? [] : await epochsOf(asked);
  const room = held.sort((a, b) => epochOfRoom(a) - epochOfRoom(b))[0] ?? asked;
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
  const release = () => {
    if (released) return;
    released = true;
    DexieYProvider.release(doc);
  };
  return {
    doc,
    room,
    release,
    async discard() {
      release();
      await db.collabDocs.delete(room);
    },
  };
}

/** The rooms this device holds a doc of (without their epochs). */
export async function listCollabRooms(): Promise<string[]> {
  const keys = (await database().collabDocs.toCollection().primaryKeys()) as string[];
  return [...new Set(keys.map(roomWithoutEpoch))];
}

/** Forgets a room's stored docs, every epoch (their updates go with the rows). */
export async function deleteCollabDoc(room: string): Promise<void> {
  await database().collabDocs.bulkDelete(await epochsOf(roomWithoutEpoch(room)));
}

export async function readCollabOffered(): Promise<boolean> {
  return (await database().meta.get(META_COLLAB))?.value === 'true';
}

export async function writeCollabOffered(offered: boolean): Promise<void> {
  await database().meta.put({ key: META_COLLAB, value: String(offered) });
}
