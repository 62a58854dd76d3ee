// Presence (docs/collaboration.md §7): who else has the shared process open, what they have
// selected, which step they are typing in, where their pointer is, what they look at and what they
// drag. Presence-scope state: never in the document, never saved, never undone. It travels in the
// provider's awareness; what others send is untrusted and read through readPeer.
import type { Awareness } from 'y-protocols/awareness';
import { create } from 'zustand';
import { useSessionStore } from '../sessionStore';

export interface PresenceUser {
  id: string;
  name: string;
  color: string;
}
export interface Point {
  x: number;
  y: number;
}
export interface LocalPresence {
  /** Selected step ids (published from the session's selection automatically). */
  selection: string[];
  /** The step field being typed in ("Anna skriver…"). */
  editing: { stepId: string; field: string } | null;
  /** The pointer in flow coordinates (sent at most 10 times a second). */
  pointer: Point | null;
  /** The viewport, for "Följ"; `w`/`h`: the canvas's size in pixels, so a follower with another
   * screen shows the same part of the flow rather than the same top-left corner. */
  view: { x: number; y: number; zoom: number; w?: number; h?: number } | null;
  /** Steps being dragged and by how far: a ghost for the others until the drop writes once. */
  dragging: { ids: string[]; dx: number; dy: number } | null;
}
export interface Peer extends LocalPresence {
  /** The awareness client id (one per tab). */
  clientId: number;
  user: PresenceUser;
}

export interface PresenceState {
  /** The others in the room, by name. */
  peers: Peer[];
  /** This person as the others see them (null outside a live room). */
  self: PresenceUser | null;
}

export const usePresence = create<PresenceState>()(() => ({ peers: [], self: null }));

/** Fixed colours that keep white text readable (contrast ≥ 4.5:1) and outlines visible. */
export const PRESENCE_COLORS = [
  '#0b5cad',
  '#b3261e',
  '#1b6e35',
  '#7b3fd1',
  '#9a4f00',
  '#00707a',
  '#b0175a',
  '#4f5d00',
] as const;

/** The same person has the same colour on every laptop (FNV-1a of the user id). */
export function colorFor(userId: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < userId.length; i++) {
    hash ^= userId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return PRESENCE_COLORS[(hash >>> 0) % PRESENCE_COLORS.length]!;
}

const POINTER_INTERVAL_MS = 100;
const EMPTY: LocalPresence = {
  selection: [],
  editing: null,
  pointer: null,
  view: null,
  dragging: null,
};

let local: LocalPresence = { ...EMPTY };
let attached: { awareness: Awareness; user: PresenceUser } | null = null;
let lastPointerAt = 0;
let pointerTimer: ReturnType<typeof setTimeout> | null = null;

function publish(): void {
  if (attached) attached.awareness.setLocalState({ user: attached.user, ...local });
}

/** Changes what the others see of this person. Pointer moves are sent at most every 100 ms. */
export function setLocalPresence(partial: Partial<LocalPresence>): void {
  local = { ...local, ...partial };
  const onlyPointer = Object.keys(partial).every((k) => k === 'pointer');
  if (!onlyPointer) {
    lastPointerAt = 'pointer' in partial ? Date.now() : lastPointerAt;
    publish();
    return;
  }
  const wait = lastPointerAt + POINTER_INTERVAL_MS - Date.now();
  if (wait <= 0) {
    lastPointerAt = Date.now();
    publish();
  } else
    pointerTimer ??= setTimeout(() => {
      pointerTimer = null;
      lastPointerAt = Date.now();
      publish();
    }, wait);
}

/** Joins a room's awareness as `user`; the returned function leaves it (state cleared). */
export function attachPresence(
  awareness: Awareness,
  user: { id: string; name: string },
): () => void {
  const self = { id: user.id, name: user.name, color: colorFor(user.id) };
  attached = { awareness, user: self };
  // What the editor set before the room was there goes out now; the selection follows the
  // session's by itself, the editor publishes the rest.
  local = { ...local, selection: useSessionStore.getState().selectedStepIds };
  publish();
  const stopSession = useSessionStore.subscribe((now, before) => {
    if (now.selectedStepIds !== before.selectedStepIds)
      setLocalPresence({ selection: now.selectedStepIds });
  });
  const onChange = () => usePresence.setState({ peers: peersOf(awareness) });
  awareness.on('change', onChange);
  usePresence.setState({ self, peers: peersOf(awareness) });
  return () => {
    stopSession();
    awareness.off('change', onChange);
    if (pointerTimer) clearTimeout(pointerTimer);
    pointerTimer = null;
    if (attached?.awareness === awareness) {
      awareness.setLocalState(null);
      attached = null;
    }
    local = { ...local, pointer: null, dragging: null };
    usePresence.setState({ peers: [], self: null });
  };
}

function peersOf(awareness: Awareness): Peer[] {
  const peers: Peer[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    if (clientId === awareness.clientID) continue;
    const peer = readPeer(clientId, state);
    if (peer) peers.push(peer);
  }
  return peers.sort(
    (a, b) => a.user.name.localeCompare(b.user.name, 'sv') || a.clientId - b.clientId,
  );
}

const text = (v: unknown, max: number): string | null =>
  typeof v === 'string' && v.length > 0 ? v.slice(0, max) : null;
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const ids = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.filter((x): x is string => typeof x === 'string' && x.length <= 200).slice(0, 1000)
    : [];
const obj = (v: unknown): Record<string, unknown> | null =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

/** What another client sent, checked field by field; without a user it is nobody to show. */
export function readPeer(clientId: number, state: unknown): Peer | null {
  const s = obj(state);
  const u = obj(s?.user);
  const id = text(u?.id, 200);
  if (!s || !u || !id) return null;
  const color = PRESENCE_COLORS.find((c) => c === u.color) ?? colorFor(id);
  const editing = obj(s.editing);
  const stepId = text(editing?.stepId, 200);
  const pointer = obj(s.pointer);
  const px = num(pointer?.x);
  const py = num(pointer?.y);
  const view = obj(s.view);
  const [vx, vy, zoom] = [num(view?.x), num(view?.y), num(view?.zoom)];
  const [vw, vh] = [num(view?.w), num(view?.h)];
  const size = vw !== null && vh !== null && vw > 0 && vh > 0 ? { w: vw, h: vh } : {};
  const dragging = obj(s.dragging);
  const [dx, dy] = [num(dragging?.dx), num(dragging?.dy)];
  return {
    clientId,
    user: { id, name: text(u.name, 80) ?? '?', color },
    selection: ids(s.selection),
    editing: stepId ? { stepId, field: text(editing?.field, 40) ?? 'label' } : null,
    pointer: px !== null && py !== null ? { x: px, y: py } : null,
    view:
      vx !== null && vy !== null && zoom !== null && zoom > 0
        ? { x: vx, y: vy, zoom, ...size }
        : null,
    dragging: dragging && dx !== null && dy !== null ? { ids: ids(dragging.ids), dx, dy } : null,
  };
}
