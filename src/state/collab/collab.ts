// When to co-edit live: the open process (documentSession.doc) is shared (it has a sync row, any
// right), the server offers /collab (`collab: true` in /api/session, remembered for a start
// without a network) and someone is signed in. Then a room is opened for it (room.ts, loaded on
// demand) and closed again when the process is closed or switched, the person signs out or the
// server refuses them. While a process is live, issue 19's HTTP sync leaves it alone (isLive).
import type * as Y from 'yjs';
import type { DocumentSession } from '../../document/session';
import type { Process } from '../../domain/model/types';
import { useServer } from '../server/store';
import { useSessionStore } from '../sessionStore';
import type { LocalCollabDoc, Room } from './room';

export interface CollabDeps {
  session: DocumentSession;
  /** document/yjs/binding's bindSession. */
  bind(session: DocumentSession, doc: Y.Doc): () => void;
  /** Where rooms' docs and the server's offer are kept (storage/collabRepository). */
  storage: {
    openDoc(room: string): Promise<LocalCollabDoc>;
    readOffered(): Promise<boolean>;
    /** The server copy this device last synced over HTTP (the sync row's base). */
    readSyncBase(id: string): Promise<Process | null>;
    /** The rooms this device holds a doc of (`process:<id>`). */
    rooms(): Promise<string[]>;
    writeOffered(offered: boolean): Promise<void>;
  };
}

let deps: CollabDeps | null = null;
let room: Room | null = null;
/** The process a room is open (or opening) for: the HTTP engine's predicate reads it at once. */
let liveId: string | null = null;
let remembered = false;
/** Processes that have been live on this device: their Y.Doc, not the HTTP sync, carries them. */
const roomsHere = new Set<string>();
/** Refused rooms stay closed until the server's answer about rights changes. */
const denied = new Set<string>();
let queue: Promise<unknown> = Promise.resolve();

/**
 * Is this process co-edited live (so the HTTP sync must not push or pull it)? The open one while
 * its room is open, and — while the server offers co-editing — every process that has been live
 * on this device: its edits since are in its stored Y.Doc, and a push of its JSON row would fight
 * it (say, right after a reload, before the editor has opened it again).
 */
export function isLive(processId: string): boolean {
  if (liveId === processId) return true;
  const offered = useServer.getState().collab ?? remembered;
  return offered && roomsHere.has(processId);
}

function wanted(): { id: string; user: { id: string; name: string } } | null {
  const id = deps?.session.doc?.id;
  const server = useServer.getState();
  const user = server.user;
  if (!id || !user || (server.status !== 'signedIn' && server.status !== 'offline')) return null;
  if (!(server.collab ?? remembered) || !server.sync[id] || denied.has(id)) return null;
  return { id, user: { id: user.id, name: user.name } };
}

function reconcile(): void {
  const next = wanted();
  if (next?.id === liveId) return;
  liveId = next?.id ?? null;
  queue = queue
    .then(async () => {
      const want = wanted();
      if (room && room.id !== want?.id) {
        room.close();
        room = null;
      }
      if (!want || room || !deps) return;
      const { openRoom } = await import('./room');
      roomsHere.add(want.id);
      // Another change may have come while the module loaded.
      if (wanted()?.id !== want.id) return reconcile();
      room = await openRoom(want.id, {
        session: deps.session,
        bind: deps.bind,
        openLocal: deps.storage.openDoc,
        syncBase: await deps.storage.readSyncBase(want.id).catch(() => null),
        user: want.user,
        onDenied(id) {
          denied.add(id);
          // The person must know their edits no longer reach anyone (a revoked right).
          const title = deps?.session.doc?.id === id ? deps.session.doc.title : '';
          useSessionStore.getState().showToast({ key: 'serverSync.denied', params: { title } });
          reconcile();
        },
      });
      if (wanted()?.id !== want.id) reconcile();
    })
    .catch((e: unknown) => {
      console.error(e);
      liveId = room?.id ?? null;
    });
}

/** Called once by app/bootstrap. */
export function startCollab(collabDeps: CollabDeps): void {
  if (deps) return;
  deps = collabDeps;
  void Promise.all([collabDeps.storage.readOffered(), collabDeps.storage.rooms()])
    .then(([offered, rooms]) => {
      remembered = offered;
      for (const room of rooms) if (room.startsWith('process:')) roomsHere.add(room.slice(8));
      reconcile();
    })
    .catch(console.error);
  collabDeps.session.subscribe((change) => {
    if (change.kind === 'load') reconcile();
  });
  useServer.subscribe((now, before) => {
    if (now.collab !== undefined && now.collab !== before.collab) {
      remembered = now.collab;
      void collabDeps.storage.writeOffered(now.collab).catch(console.error);
    }
    // A new answer about rights lets a refused room be tried again.
    if (now.sync !== before.sync && now.status === 'signedIn') denied.clear();
    reconcile();
  });
  reconcile();
}
