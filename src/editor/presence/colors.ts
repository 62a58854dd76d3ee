// Two people on one screen never share a colour. The room gives each person a colour from their
// user id (state/collab/presence's colorFor), and with eight colours two people in a room of three
// can draw the same one. Among everyone in the room (me included, so every laptop works it out
// alike), by user id: the first with a colour keeps it, a later one takes the first colour nobody
// has yet; only a room with more people than colours shares them.
import { PRESENCE_COLORS } from '../../state/collab/presence';
import { safeColor } from './look';
import type { Peer, PresenceUser } from './types';

export function distinctColors(
  users: readonly PresenceUser[],
  palette: readonly string[] = PRESENCE_COLORS,
): Map<string, string> {
  const byId = new Map(users.map((u) => [u.id, u] as const));
  const ordered = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const used = new Set<string>();
  const colors = new Map<string, string>();
  const clashing: PresenceUser[] = [];
  for (const u of ordered) {
    const color = safeColor(u.color);
    if (used.has(color)) clashing.push(u);
    else {
      used.add(color);
      colors.set(u.id, color);
    }
  }
  for (const u of clashing) {
    const free = palette.find((c) => !used.has(c)) ?? safeColor(u.color);
    used.add(free);
    colors.set(u.id, free);
  }
  return colors;
}

let last: {
  peers: readonly Peer[];
  self: PresenceUser | null;
  colors: Map<string, string>;
} | null = null;

/** The colours of the people in the room as this screen draws them (worked out once per change). */
export function roomColors(peers: readonly Peer[], self: PresenceUser | null): Map<string, string> {
  if (last?.peers === peers && last.self === self) return last.colors;
  const users = peers.map((p) => p.user);
  const colors = distinctColors(self ? [self, ...users] : users);
  last = { peers, self, colors };
  return colors;
}
