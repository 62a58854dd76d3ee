// Co-editing on the server (collaboration.md §9): one Hocuspocus instance that authenticates each
// document with the person's session and right, loads a document from its stored Y state (or
// builds it from the stored JSON), and stores it back, debounced, with its validated projection.
import { Hocuspocus, type onStoreDocumentPayload } from '@hocuspocus/server';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import type { Process } from '../../domain/model/types';
import type { Db, SessionUser } from '../http/env';
import { canWrite } from '../rights';
import { rightOn } from '../store/library';
import { EPOCH_REASON, RETIRED_TOKEN, parseRoom, roomName } from '../../domain/sync/rooms';
import {
  compactRoom,
  currentEpoch,
  isRetiredKept,
  policyFromEnv,
  type CompactPolicy,
} from './epochs';
import { createYState, readStoredProcess, readYState, storeCollab } from './store';

/** What the server needs to know of Y structures; src/document/yjs/mapping.ts provides it. */
export interface YMapping {
  /** A new Y document holding the process. */
  create(process: Process): Y.Doc;
  /** The document's process (normalised, validated), or null when it is not a valid one. */
  project(doc: Y.Doc): Process | null;
  /** Writes into `doc` what turns `before` (null: the doc's own content) into `after`, in one
   * transaction. */
  writeDiff(doc: Y.Doc, before: Process | null, after: Process): void;
}

/** What every connection's hooks know: who, on which process, with which right. */
export interface CollabContext {
  user: SessionUser;
}

export interface Collab {
  readonly hocuspocus: Hocuspocus;
  /** Rights on the process changed (or it was deleted): everyone connected authenticates again. */
  accessChanged(processId: string): void;
  /**
   * An HTTP save turned `before` (the stored process it was based on; null: unknown) into `after`:
   * writes that change into the process's Y document, when one exists.
   */
  httpSaved(
    processId: string,
    before: Process | null,
    after: Process,
    user: SessionUser,
  ): Promise<void>;
  /** The person signed out: their sockets close (a reconnect without a session is refused). */
  signedOut(userId: string): void;
  /** Stores what is pending and closes every connection. */
  close(): Promise<void>;
}

export interface CollabOptions {
  db: Db;
  mapping: YMapping;
  log: Logger;
  /** Hocuspocus' debounce of onStoreDocument (ms); maxDebounce caps a steady stream of edits. */
  debounce?: number;
  maxDebounce?: number;
  /** When an unloaded room is compacted (epochs.ts); default from COLLAB_COMPACT_BYTES. */
  compact?: CompactPolicy;
}

/** Hocuspocus' ResetConnection close code: the provider reconnects at once. */
const RESET_CONNECTION = 4205;

/** Thrown from onAuthenticate: the client hears 'permission-denied' with this reason. */
function denied(reason: 'forbidden' | 'signedOut' | `${typeof EPOCH_REASON}${number}`): Error {
  // No message: Hocuspocus logs errors that have one, and a refusal is not a server fault.
  return Object.assign(new Error(''), { reason });
}

export function createCollab(options: CollabOptions): Collab {
  const { db, mapping, log } = options;
  /** Who changed each document since its last store, for the audit row. */
  const editors = new Map<string, Set<string>>();
  const policy = options.compact ?? policyFromEnv(process.env);
  /** Compactions under way, per process: a connection or an HTTP save waits for its end. */
  const compacting = new Map<string, Promise<unknown>>();
  /** Per room, the stored size at which compacting it last gave too little. */
  const noGain = new Map<string, number>();
  let closing = false;

  /** The process's current epoch, once any compaction of it has finished. */
  async function settledEpoch(processId: string): Promise<number | null> {
    await compacting.get(processId);
    return currentEpoch(db, processId);
  }

  function compactLater(name: string, processId: string): void {
    if (closing || compacting.has(processId)) return;
    const job = (async () => {
      // Loaded again meanwhile: someone is editing, so this is not the time.
      if (hocuspocus.documents.has(name)) return;
      const outcome = await compactRoom(db, mapping, name, policy, noGain.get(name));
      if (outcome.kind !== 'compacted') {
        if (outcome.why === 'no-gain' && outcome.bytes) noGain.set(name, outcome.bytes);
        return;
      }
      noGain.delete(name);
      log.info({ processId, ...outcome }, 'collab: compacted');
      // A connection that slipped in before the epoch moved is told to come again.
      resetConnections(name);
    })()
      .catch((error: unknown) => log.error({ err: error, name }, 'collab: compaction failed'))
      .finally(() => compacting.delete(processId));
    compacting.set(processId, job);
  }

  function resetConnections(name: string): void {
    hocuspocus.documents.get(name)?.connections.forEach(({ connection }) => {
      connection.webSocket.close(RESET_CONNECTION, 'Reset Connection');
    });
  }

  async function store(payload: onStoreDocumentPayload): Promise<void> {
    const { documentName, document } = payload;
    const room = parseRoom(documentName);
    if (room === null) return;
    const { processId } = room;
    // A retired epoch is never stored again (its connections are read-only anyway).
    if ((await currentEpoch(db, processId)) !== room.epoch) return;
    const context = payload.context as Partial<CollabContext> | undefined;
    const who = [...(editors.get(documentName) ?? [])];
    editors.delete(documentName);
    const projection = mapping.project(document);
    const outcome = await storeCollab(db, {
      name: documentName,
      processId,
      state: Y.encodeStateAsUpdate(document),
      projection,
      userId: context?.user?.id ?? who.at(-1) ?? null,
      editors: who,
    });
    if (outcome === 'invalid')
      log.warn({ processId, editors: who }, 'collab: projection failed validation; JSON kept');
  }

  const hocuspocus = new Hocuspocus({
    name: 'flodesverkstan',
    quiet: true,
    debounce: options.debounce ?? 500,
    maxDebounce: options.maxDebounce ?? 3000,

    async onAuthenticate({ documentName, context, connectionConfig, token }) {
      const user = (context as Partial<CollabContext>).user;
      if (!user) throw denied('signedOut');
      const room = parseRoom(documentName);
      const role = room === null ? null : await rightOn(db, user, room.processId);
      if (room === null || role === null) throw denied('forbidden');
      const epoch = await settledEpoch(room.processId);
      if (epoch === null) throw denied('forbidden');
      if (room.epoch !== epoch) {
        // A device offline across a compaction reads the old epoch's final state to merge from.
        const retired = room.epoch < epoch && token === RETIRED_TOKEN;
        if (!retired || !(await isRetiredKept(db, documentName)))
          throw denied(`${EPOCH_REASON}${epoch}`);
        connectionConfig.readOnly = true;
        return { user } satisfies CollabContext;
      }
      connectionConfig.readOnly = !canWrite(role);
      return { user } satisfies CollabContext;
    },

    async onLoadDocument({ documentName, document }) {
      const stored = await readYState(db, documentName);
      if (stored !== null) {
        Y.applyUpdate(document, stored);
        return;
      }
      const processId = parseRoom(documentName)?.processId ?? null;
      const current = processId === null ? null : await readStoredProcess(db, processId);
      if (current === null) throw new Error('collab: no such process');
      const fresh = mapping.create(current.process);
      // Stored at once: a second load must continue this document, not build another one.
      await createYState(db, documentName, Y.encodeStateAsUpdate(fresh));
      const kept = (await readYState(db, documentName)) ?? Y.encodeStateAsUpdate(fresh);
      Y.applyUpdate(document, kept);
    },

    async onChange({ documentName, context }) {
      const user = (context as Partial<CollabContext> | undefined)?.user;
      if (!user) return;
      const set = editors.get(documentName) ?? new Set<string>();
      set.delete(user.id);
      set.add(user.id);
      editors.set(documentName, set);
    },

    async afterUnloadDocument({ documentName }) {
      const room = parseRoom(documentName);
      if (room !== null) compactLater(documentName, room.processId);
    },

    async onStoreDocument(payload) {
      try {
        await store(payload);
      } catch (error) {
        // Not rethrown: Hocuspocus would only log it; the next edit stores again.
        log.error({ err: error, document: payload.documentName }, 'collab: store failed');
      }
    },
  });

  async function flush(): Promise<void> {
    for (const document of [...hocuspocus.documents.values()]) {
      await hocuspocus.debouncer.executeNow(`onStoreDocument-${document.name}`);
      await document.saveMutex.waitForUnlock();
    }
  }

  return {
    hocuspocus,
    accessChanged(processId) {
      // The whole socket, not only the document's connection: a provider re-authenticates only
      // when it reconnects, and then it hears its new right (or a refusal).
      for (const name of hocuspocus.documents.keys())
        if (parseRoom(name)?.processId === processId) resetConnections(name);
    },
    signedOut(userId) {
      for (const document of hocuspocus.documents.values()) {
        document.connections.forEach(({ connection }) => {
          const context = connection.context as Partial<CollabContext> | undefined;
          if (context?.user?.id === userId)
            connection.webSocket.close(RESET_CONNECTION, 'Reset Connection');
        });
      }
    },
    async httpSaved(processId, before, after, user) {
      const epoch = await settledEpoch(processId);
      if (epoch === null) return;
      const name = roomName(processId, epoch);
      // No Y document yet: the next load builds it from the JSON just stored.
      if (!hocuspocus.documents.has(name) && (await readYState(db, name)) === null) return;
      const direct = await hocuspocus.openDirectConnection(name, { user } satisfies CollabContext);
      try {
        // Only the saver's change, on top of whatever co-editors did meanwhile. Without a known
        // base: from the current projection (or, when that is invalid, the raw content), which
        // makes the document `after`.
        await direct.transact((document) => {
          mapping.writeDiff(document, before ?? mapping.project(document), after);
        });
      } finally {
        await direct.disconnect();
      }
    },
    async close() {
      closing = true;
      await flush();
      hocuspocus.closeConnections();
      await Promise.all([...compacting.values()]);
    },
  };
}
