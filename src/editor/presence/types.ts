// The shape of the others' presence, as the room's presence state gives it. Presence is
// presence-scope state: never in the document, never saved, never undone.
import type { LocalPresence, Peer } from '../../state/collab/presence';

export type { LocalPresence, Peer, PresenceUser } from '../../state/collab/presence';
export type Editing = NonNullable<LocalPresence['editing']>;
export type Dragging = NonNullable<LocalPresence['dragging']>;
export type View = NonNullable<Peer['view']>;
