// One live room: the open shared process as a Y.Doc (docs/collaboration.md §3–§5), stored on this
// device through y-dexie and kept in step with the server's /collab through a Hocuspocus provider,
// with the editor's document session bound to it. First the stored state is loaded, then the
// provider connects. The session is bound only to a doc that has content — loaded from this device
// or received from the server (which builds it from its JSON) — so the whole local process is never
// written into an empty doc before the server has answered. A room the server has compacted into
// a newer epoch (§8) is left for the new one, carrying this device's offline edits (epoch.ts).
import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { DocumentSession } from '../../document/session';
import { LOCAL_ORIGIN } from '../../document/yjs/binding';
import { project, validateProjection, writeDiff } from '../../document/yjs/mapping';
import type { Process } from '../../domain/model/types';
import { useSessionStore } from '../sessionStore';
import { RETIRED_TOKEN, epochFromReason, epochOfRoom, roomName } from '../../domain/sync/rooms';
import { rebase } from './epoch';
import { attachPresence } from './presence';
import { collabStatus, setRoomStatus, useCollab } from './store';

export interface RoomDeps {
  session: DocumentSession;
  /** Binds the session to the doc (document/yjs/binding's bindSession); returns the unbind. */
  bind(session: DocumentSession, doc: Y.Doc): () => void;
  user: { id: string; name: string };
  /** The server refused this person the room (no right, or it was revoked). */
  onDenied(id: string): void;
  /** Tests in Node: a socket of their own (with the cookie), or a maker of one per provider (a
   * move to a newer epoch needs a second); default a socket per provider to /collab here. */
  socket?: HocuspocusProviderWebsocket | (() => HocuspocusProviderWebsocket);
  /** The room's doc as stored on this device (storage/collabRepository's openCollabDoc); asked
   * for without an epoch it is the oldest epoch this device holds. */
  openLocal(room: string): Promise<LocalCollabDoc>;
  /** The server's copy this device last synced over HTTP (the sync row's base), if any. */
  syncBase?: Process | null;
}

/** A room's doc on this device, loaded; release lets go of it (what was stored stays). */
export interface LocalCollabDoc {
  doc: Y.Doc;
  /** The stored room it is (with its epoch); default the room asked for. */
  room?: string;
  release(): void;
  /** Lets go of it and forgets what was stored; default release. */
  discard?(): Promise<void>;
}

export interface Room {
  readonly id: string;
  readonly provider: HocuspocusProvider;
  close(): void;
}

export function collabUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/collab`;
}

/** An empty doc has an empty state vector: nothing was ever written into it. */
const hasContent = (doc: Y.Doc) => Y.encodeStateVector(doc).length > 1;

export async function openRoom(id: string, deps: RoomDeps): Promise<Room> {
  let local = await deps.openLocal(roomName(id));
  let epoch = epochOfRoom(local.room ?? roomName(id));
  let loadedHere = hasContent(local.doc);
  let unbind: (() => void) | null = null;
  let closed = false;
  let triedBefore = false;
  /** Set while the room moves to a newer epoch: nothing binds then. */
  let moving = false;
  /** The offline edits to write into the new epoch once its content is here. */
  let pending: ((doc: Y.Doc) => void) | null = null;
  /** The old epoch's doc the pending edits come from. */
  let carried: LocalCollabDoc | null = null;
  /** Lets go of a read of a retired epoch still under way (the room closed). */
  let stopReading: (() => void) | null = null;

  /** A provider; `stop` destroys it and the socket made for it. */
  const provide = (name: string, doc: Y.Doc, token: string) => {
    // The session cookie authenticates; Hocuspocus still sends a token, so it is a fixed word.
    const common = { name, document: doc, token };
    // A socket that was refused a room stays stuck on that name: the retired epoch's final state
    // is read over a socket of its own (a provider given a url makes its own).
    const made = typeof deps.socket === 'function' ? deps.socket() : null;
    const given = made ?? (deps.socket as HocuspocusProviderWebsocket | undefined);
    const p = given
      ? new HocuspocusProvider({ ...common, websocketProvider: given })
      : new HocuspocusProvider({ ...common, url: collabUrl() });
    // A provider given its socket does not attach itself (Hocuspocus 3).
    if (given) p.attach();
    const stop = () => {
      p.destroy();
      made?.destroy();
    };
    return { p, stop };
  };
  let stopProvider = () => undefined as void;
  let provider!: HocuspocusProvider;
  let leave = () => undefined as void;

  const report = () => {
    if (closed) return;
    setRoomStatus(
      id,
      collabStatus({
        connection: String(provider.configuration.websocketProvider.status),
        synced: provider.isSynced && !moving,
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
  let agreed = loadedHere ? atOpen : (deps.syncBase ?? atOpen);
  const tryBind = () => {
    const { doc } = local;
    if (closed || moving || unbind || !hasContent(doc) || !(loadedHere || provider.isSynced))
      return;
    if (pending) {
      if (!provider.isSynced) return;
      pending(doc);
      pending = null;
      carried = null;
    }
    const mine = deps.session.doc;
    if (mine?.id === id && agreed && mine !== agreed)
      doc.transact(() => writeDiff(doc, agreed, mine), LOCAL_ORIGIN);
    unbind = deps.bind(deps.session, doc);
  };
  // The server may build the doc after the first answer: bind as soon as content arrives.
  const onUpdate = () => {
    if (!unbind) tryBind();
  };

  function connect() {
    const { doc } = local;
    ({ p: provider, stop: stopProvider } = provide(roomName(id, epoch), doc, 'cookie'));
    provider.on('status', ({ status }: { status: string }) => {
      if (status !== 'connecting') triedBefore = true;
      report();
    });
    provider.on('synced', () => {
      tryBind();
      report();
    });
    provider.on('unsyncedChanges', report);
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
      if (closed || moving) return;
      const current = epochFromReason(reason);
      if (current !== null && current !== epoch) void moveTo(current).catch(console.error);
      else deps.onDenied(id);
    });
    doc.on('update', onUpdate);
    leave = attachPresence(provider.awareness!, deps.user);
    useCollab.setState({ roomDoc: { id, doc } });
  }

  function disconnect() {
    local.doc.off('update', onUpdate);
    leave();
    stopProvider();
  }

  /** The retired epoch's final state, read-only; null when the server no longer keeps it. */
  const readFinal = (old: number) =>
    new Promise<Y.Doc | null>((resolve) => {
      const doc = new Y.Doc();
      const { p, stop } = provide(roomName(id, old), doc, RETIRED_TOKEN);
      const done = (kept: boolean) => {
        stopReading = null;
        stop();
        resolve(kept && hasContent(doc) ? doc : null);
      };
      stopReading = () => done(false);
      p.on('synced', () => done(true));
      p.on('authenticationFailed', () => done(false));
    });

  /** The server compacted this room into epoch `next`: continue there, edits made here kept. */
  async function moveTo(next: number) {
    moving = true;
    report();
    if (unbind) {
      // What the session showed is what the old doc held; edits typed from now on are diffed in.
      if (deps.session.doc?.id === id) agreed = deps.session.doc;
      unbind();
      unbind = null;
    }
    disconnect();
    const old = local;
    const forget = () => (old.discard ? old.discard() : Promise.resolve(old.release()));
    const carry = hasContent(old.doc);
    const final = carry ? await readFinal(epoch) : null;
    if (closed) return old.release();
    const fresh = await deps.openLocal(roomName(id, next));
    if (closed) return (old.release(), fresh.release());
    if (carry) {
      carried = old;
      pending = (doc) => {
        const remote = validateProjection(project(doc));
        const rebased = remote
          ? rebase({ local: old.doc, final, remote, fallbackBase: deps.syncBase ?? null })
          : null;
        final?.destroy();
        // Nothing to carry over (or nothing valid to carry it into): the old doc stays stored.
        if (!remote || !rebased) return old.release();
        doc.transact(() => writeDiff(doc, remote, rebased.process), LOCAL_ORIGIN);
        void forget().catch(console.error);
        if (rebased.conflicts > 0)
          useSessionStore.getState().showToast({
            key: 'serverSync.conflict',
            params: { count: rebased.conflicts, title: rebased.process.title },
          });
      };
    } else void forget().catch(console.error);
    local = fresh;
    epoch = next;
    loadedHere = hasContent(fresh.doc);
    moving = false;
    connect();
    tryBind();
    report();
  }

  connect();
  tryBind();
  report();

  return {
    id,
    get provider() {
      return provider;
    },
    close() {
      if (closed) return;
      closed = true;
      stopReading?.();
      carried?.release();
      unbind?.();
      unbind = null;
      if (!moving) disconnect();
      local.release();
      setRoomStatus(id, null);
      if (useCollab.getState().roomDoc?.doc === local.doc) useCollab.setState({ roomDoc: null });
    },
  };
}
