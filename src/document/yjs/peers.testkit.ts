// Test kit: people each with their own LocalSession bound to their own Y.Doc, and a network
// between the docs that the test drives: every update a doc makes is queued for every other doc,
// and delivered when (and in the order) the test says, as a provider would with delays.
import * as Y from 'yjs';
import type { Process } from '../../domain/model/types';
import { createLocalSession } from '../localSession';
import type { DocumentSession } from '../session';
import { bindSession } from './binding';
import { createYDoc, project, validateProjection } from './mapping';

export interface Peer {
  session: DocumentSession;
  ydoc: Y.Doc;
  /** Updates made elsewhere, not yet delivered here. */
  inbox: Uint8Array[];
  invalid: number;
  stop: () => void;
}

const NET = Symbol('network');

export function peers(start: Process, n: number): Peer[] {
  const first = createYDoc(start);
  const state = Y.encodeStateAsUpdate(first);
  const list: Peer[] = [];
  for (let i = 0; i < n; i++) {
    const ydoc = new Y.Doc();
    Y.applyUpdate(ydoc, state, NET);
    const session = createLocalSession();
    session.load(start);
    const peer: Peer = { session, ydoc, inbox: [], invalid: 0, stop: () => {} };
    // Each doc its own origin symbol is not needed: bindings on different docs share LOCAL_ORIGIN.
    peer.stop = bindSession(session, ydoc, { onInvalid: () => peer.invalid++ });
    ydoc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === NET) return;
      for (const other of list) if (other !== peer) other.inbox.push(update);
    });
    list.push(peer);
  }
  return list;
}

/** Delivers one queued update (index into the inbox), as the network would. */
export function deliver(peer: Peer, index = 0): void {
  const [update] = peer.inbox.splice(index, 1);
  if (update) Y.applyUpdate(peer.ydoc, update, NET);
}

/** Delivers everything still queued, everywhere, until nothing is left. */
export function settle(list: Peer[]): void {
  while (list.some((p) => p.inbox.length)) for (const p of list) while (p.inbox.length) deliver(p);
}

/** The validated projection of a peer's doc. */
export const view = (peer: Peer): Process | null => validateProjection(project(peer.ydoc));

/** Every key written by `edit`, as "root.key" or "root/entityId.key". */
export function written(ydoc: Y.Doc, edit: () => void): string[] {
  const keys: string[] = [];
  const off: (() => void)[] = [];
  for (const [name, type] of ydoc.share) {
    if (!(type instanceof Y.Map)) continue;
    const record = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      for (const e of events) {
        const at = [name, ...e.path].join('/');
        for (const k of e.changes.keys.keys()) keys.push(`${at}.${k}`);
      }
    };
    type.observeDeep(record);
    off.push(() => type.unobserveDeep(record));
  }
  edit();
  for (const f of off) f();
  return keys.sort();
}
