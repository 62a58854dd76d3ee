// What the UI sees of live co-editing: per open room the sync state the header shows
// ("Synkat" / "Synkar…" / "Offline — sparat på den här datorn"). Nothing here talks to the network.
import type * as Y from 'yjs';
import { create } from 'zustand';

export type CollabStatus = 'synced' | 'pending' | 'offline';

export interface CollabState {
  /** The live rooms by process id (one at most: the open process). */
  rooms: Record<string, CollabStatus>;
  /** The open room's doc: room-wide state beside the process (the workshop timer) lives in it. */
  roomDoc: { id: string; doc: Y.Doc } | null;
}

export const useCollab = create<CollabState>()(() => ({ rooms: {}, roomDoc: null }));

/** What the provider reports, reduced to what the person needs to know. */
export interface ProviderFacts {
  /** The WebSocket's state: 'connecting' | 'connected' | 'disconnected'. */
  connection: string;
  /** The first handshake with the server is done (the doc has the server's state). */
  synced: boolean;
  /** Local updates sent but not yet confirmed by the server. */
  unsyncedChanges: number;
  /** The socket has been connected or has failed once already (not the first attempt). */
  triedBefore: boolean;
}

export function collabStatus(facts: ProviderFacts): CollabStatus {
  if (facts.connection === 'connected')
    return facts.synced && facts.unsyncedChanges === 0 ? 'synced' : 'pending';
  // The very first connect is "being synced"; any later gap means this device is on its own.
  return facts.connection === 'connecting' && !facts.triedBefore ? 'pending' : 'offline';
}

export function setRoomStatus(id: string, status: CollabStatus | null): void {
  const rooms = { ...useCollab.getState().rooms };
  if (status) rooms[id] = status;
  else delete rooms[id];
  if (JSON.stringify(rooms) !== JSON.stringify(useCollab.getState().rooms))
    useCollab.setState({ rooms });
}
