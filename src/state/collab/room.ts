// One live room: the open shared process as a Y.Doc (docs/collaboration.md §3–§5), stored on this
// device through y-dexie and kept in step with the server's /collab through a Hocuspocus provider,
// with the editor's document session bound to it. First the stored state is loaded, then the
// provider connects. The session is bound only to a doc that has content — loaded from this device
// or received from the server (which builds it from its JSON) — so the whole local process is never
// written into an empty doc before the server has answered.
import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { DocumentSession } from '../../document/session';
import { LOCAL_ORIGIN } from '../../document/yjs/binding';
import { writeDiff } from '../../document/yjs/mapping';
import type { Process } from '../../domain/model/types';
import { attachPresence } from './presence';
import { collabStatus, setRoomStatus, useCollab } from './store';

export interface RoomDeps {
  session: DocumentSession;
  /** Binds the session to the doc (document/yjs/binding's bindSession); returns the unbind. */
  bind(session: DocumentSession, doc: Y.Doc): () => void;
  user: { id: string; name: string };
  /** The server refused this person the room (no right, or it was revoked). */
  onDenied(id: string): void;
  /** Tests in Node: a socket of their own (with the cookie); default /collab on this origin. */
  socket?: HocuspocusProviderWebsocket;
  /** The room's doc as stored on this device (storage/collabRepository's openCollabDoc). */
  openLocal(room: string): Promise<LocalCollabDoc>;
  /** The server's copy this device last synced over HTTP (the sync row's base), if any. */
  syncBase?: Process | null;
}

/** A room's doc on this device, loaded; release lets go of it (what was stored stays). */
export interface LocalCollabDoc {
  doc: Y.Doc;
  release(): void;
}

export interface Room {
  readonly id: string;
  readonly provider: HocuspocusProvider;
  close(): void;
}

export const roomName = (processId: string) => `process:${processId}`;

export function collabUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/collab`;
}

/** An empty doc has an empty state vector: nothing was ever written into it. */
const hasContent = (doc: Y.Doc) => Y.encodeStateVector(doc).length > 1;

export async function openRoom(id: string, deps: RoomDeps): Promise<Room> {
  const local = await deps.openLocal(roomName(id));
  const { doc } = local;
  const loadedHere = hasContent(doc);
  let unbind: (() => void) | null = null;
  let closed = false;
  let triedBefore = false;

  const common = {
    name: roomName(id),
    document: doc,
    // The session cookie authenticates; Hocuspocus still sends a token, so it is a fixed word.
    token: 'cookie',
  };
  const provider = deps.socket
    ? new HocuspocusProvider({ ...common, websocketProvider: deps.socket })
    : new HocuspocusProvider({ ...common, url: collabUrl() });
  // A provider given its socket does not attach itself (Hocuspocus 3).
  if (deps.socket) provider.attach();
  const report = () => {
    if (closed) return;
    setRoomStatus(
      id,
      collabStatus({
        connection: String(provider.configuration.websocketProvider.status),
        synced: provider.isSynced,
        unsyncedChanges: provider.unsyncedChanges,
        triedBefore,
      }),
    );
  };
  // What this device had already agreed with others when the room opened: its own Y state when
  // it has been live here, else the server copy it last synced over HTTP. Edits made since (offline
  // before this process was ever live here, or while the room connected) are written into the doc
  // as this person's edits before binding — binding takes the doc's view, which would drop them.
  const atOpen = deps.session.doc?.id === id ? deps.session.doc : null;
  const agreed = loadedHere ? atOpen : (deps.syncBase ?? atOpen);
  const tryBind = () => {
    if (closed || unbind || !hasContent(doc) || !(loadedHere || provider.isSynced)) return;
    const mine = deps.session.doc;
    if (mine?.id === id && agreed && mine !== agreed)
      doc.transact(() => writeDiff(doc, agreed, mine), LOCAL_ORIGIN);
    unbind = deps.bind(deps.session, doc);
  };
  provider.on('status', ({ status }: { status: string }) => {
    if (status !== 'connecting') triedBefore = true;
    report();
  });
  provider.on('synced', () => {
    tryBind();
    report();
  });
  provider.on('unsyncedChanges', report);
  provider.on('authenticationFailed', () => {
    if (!closed) deps.onDenied(id);
  });
  // The server may build the doc after the first answer: bind as soon as content arrives.
  const onUpdate = () => {
    if (!unbind) tryBind();
  };
  doc.on('update', onUpdate);
  const leave = attachPresence(provider.awareness!, deps.user);
  useCollab.setState({ roomDoc: { id, doc } });
  tryBind();
  report();

  return {
    id,
    provider,
    close() {
      if (closed) return;
      closed = true;
      doc.off('update', onUpdate);
      unbind?.();
      unbind = null;
      leave();
      provider.destroy();
      local.release();
      setRoomStatus(id, null);
      if (useCollab.getState().roomDoc?.doc === doc) useCollab.setState({ roomDoc: null });
    },
  };
}
