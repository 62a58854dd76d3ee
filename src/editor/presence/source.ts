// The seam to the room's presence state (src/state/collab/presence.ts): the editor's presence
// UI reads and writes it only through here.
export { setLocalPresence, usePresence } from '../../state/collab/presence';
