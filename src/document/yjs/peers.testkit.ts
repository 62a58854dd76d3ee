// Test kit: people each with their own LocalSession bound to their own Y.Doc, and a network
// between the docs that the test drives: every update a doc makes is queued for every other doc,
// and delivered when (and in the order) the test says, as a provider would with delays.
import fc from 'fast-check';
import * as Y from 'yjs';
import type { Process } from '../../domain/model/types';
import { cmd, toOp } from '../../domain/operations/twoOrigins.testkit';
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

// Peer 2 acts with B's share of the two-origin kit too: B and C then write the same fields, which
// Y settles by last writer; the kit keeps its two origins apart, these tests need not.
const SHARE = ['A', 'B', 'B'] as const;

type Weighted<T> = { weight: number; arbitrary: fc.Arbitrary<T> };
const edit = fc.record({ t: fc.constant('edit' as const), who: fc.nat(2), c: cmd });
const undoRedo = (t: 'undo' | 'redo') => fc.record({ t: fc.constant(t), who: fc.nat(2) });
// Anyone may remove any lane (the kit's commands only remove each origin's own), so a lane is
// removed while someone else adds or moves a step into it: an edit beats a removal.
const dropLane = fc.record({
  t: fc.constant('dropLane' as const),
  who: fc.nat(2),
  pick: fc.nat(9),
});
const deliverOne = fc.record({
  t: fc.constant('deliver' as const),
  who: fc.nat(2),
  pick: fc.nat(9),
});

type EditAction = typeof edit extends fc.Arbitrary<infer A> ? A : never;
/** What one of three peers does next. */
export type PeerAction =
  | EditAction
  | { t: 'undo' | 'redo'; who: number }
  | { t: 'dropLane' | 'deliver'; who: number; pick: number };

/** Edits, undo, redo, lane removals and deliveries, with `extra` actions of a test's own. */
export function peerActions<E extends { who: number } = never>(
  ...extra: Weighted<E>[]
): fc.Arbitrary<PeerAction | E> {
  const all: Weighted<PeerAction | E>[] = [
    { weight: 5, arbitrary: edit },
    { weight: 1, arbitrary: undoRedo('undo') },
    { weight: 1, arbitrary: undoRedo('redo') },
    { weight: 1, arbitrary: dropLane },
    ...extra,
    { weight: 4, arbitrary: deliverOne },
  ];
  return fc.oneof(...all);
}

/** Carries out a shared action on its peer; `counters` numbers each peer's new ids. */
export function act(list: Peer[], a: PeerAction, counters: number[], fifo: boolean): void {
  const p = list[a.who]!;
  if (a.t === 'edit') {
    const id = () => `${'ABC'[a.who]}-${++counters[a.who]!}`;
    p.session.apply(toOp(SHARE[a.who]!, p.session.doc!, a.c, id));
  } else if (a.t === 'dropLane') {
    const lanes = p.session.doc!.lanes;
    const lane = lanes[a.pick % lanes.length]!;
    const to = lanes.find((l) => l.id !== lane.id);
    if (to) p.session.apply({ type: 'lane.remove', laneId: lane.id, moveStepsTo: to.id });
  } else if (a.t === 'undo') p.session.undo();
  else if (a.t === 'redo') p.session.redo();
  else if (a.t === 'deliver' && p.inbox.length) deliver(p, fifo ? 0 : a.pick % p.inbox.length);
}
