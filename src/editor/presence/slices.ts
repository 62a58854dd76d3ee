// Narrow views of the room's presence. A pointer moving (up to ~10 updates a second per person)
// must not re-render the list of people or the outlines: each component reads a slice, and the
// slice keeps its old value (so React skips the render) while the part it reads is unchanged.
import { useRef, useSyncExternalStore } from 'react';
import { roomColors } from './colors';
import { usePresence } from './source';
import type { Dragging, Editing, Peer, PresenceUser } from './types';

export interface RosterEntry {
  clientId: number;
  userId: string;
  name: string;
  color: string;
}

/** One chip per person (two tabs of one person are one person), by name. */
export function roster(peers: readonly Peer[], self: PresenceUser | null = null): RosterEntry[] {
  return rosterWith(peers, roomColors(peers, self));
}

function rosterWith(peers: readonly Peer[], colors: ReadonlyMap<string, string>): RosterEntry[] {
  const byUser = new Map<string, RosterEntry>();
  for (const p of peers) {
    const known = byUser.get(p.user.id);
    if (known && known.clientId < p.clientId) continue;
    byUser.set(p.user.id, {
      clientId: p.clientId,
      userId: p.user.id,
      name: p.user.name,
      color: colors.get(p.user.id)!,
    });
  }
  return [...byUser.values()].sort(
    (a, b) => a.name.localeCompare(b.name, 'sv') || a.clientId - b.clientId,
  );
}

export function sameRoster(a: readonly RosterEntry[], b: readonly RosterEntry[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (e, i) =>
        e.clientId === b[i]!.clientId &&
        e.userId === b[i]!.userId &&
        e.name === b[i]!.name &&
        e.color === b[i]!.color,
    )
  );
}

export interface Marks {
  clientId: number;
  name: string;
  color: string;
  selection: readonly string[];
  editing: Editing | null;
  dragging: Dragging | null;
}

/** What the canvas outlines: each person's selection, typing and dragging (not the pointer). */
export function marks(peers: readonly Peer[], self: PresenceUser | null = null): Marks[] {
  const colors = roomColors(peers, self);
  return peers
    .filter((p) => p.selection.length > 0 || p.editing || p.dragging)
    .map((p) => ({
      clientId: p.clientId,
      name: p.user.name,
      color: colors.get(p.user.id)!,
      selection: p.selection,
      editing: p.editing,
      dragging: p.dragging,
    }));
}

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a === b || (a.length === b.length && a.every((id, i) => id === b[i]));

export function sameMarks(a: readonly Marks[], b: readonly Marks[]): boolean {
  return (
    a.length === b.length &&
    a.every((m, i) => {
      const n = b[i]!;
      return (
        m.clientId === n.clientId &&
        m.name === n.name &&
        m.color === n.color &&
        sameIds(m.selection, n.selection) &&
        m.editing?.stepId === n.editing?.stepId &&
        m.editing?.field === n.editing?.field &&
        m.dragging?.dx === n.dragging?.dx &&
        m.dragging?.dy === n.dragging?.dy &&
        sameIds(m.dragging?.ids ?? [], n.dragging?.ids ?? [])
      );
    })
  );
}

/** The people with a pointer on the canvas (the pointer's moves are drawn without React). */
export function pointerPeople(
  peers: readonly Peer[],
  self: PresenceUser | null = null,
): RosterEntry[] {
  return rosterWith(
    peers.filter((p) => p.pointer),
    roomColors(peers, self),
  );
}

/** A slice of the peers that keeps its identity while `equal` says it is unchanged. */
export function usePeersSlice<T>(
  select: (peers: readonly Peer[], self: PresenceUser | null) => T,
  equal: (a: T, b: T) => boolean,
): T {
  const cache = useRef<{
    peers: readonly Peer[];
    self: PresenceUser | null;
    value: T;
  } | null>(null);
  const read = () => {
    const { peers, self } = usePresence.getState();
    const last = cache.current;
    if (last && last.peers === peers && last.self === self) return last.value;
    const fresh = select(peers, self);
    const value = last && equal(last.value, fresh) ? last.value : fresh;
    cache.current = { peers, self, value };
    return value;
  };
  return useSyncExternalStore(usePresence.subscribe, read, read);
}
