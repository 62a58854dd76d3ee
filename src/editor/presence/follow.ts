// "Följ": my view follows another person's until I pan myself or press again. Editor-local UI
// state (not presence, not the document).
import { create } from 'zustand';

export type FollowEvent =
  | { type: 'toggle'; clientId: number }
  | { type: 'pannedMyself' }
  | { type: 'peers'; clientIds: readonly number[] }
  | { type: 'stop' };

/** Whom I follow after an event (null: nobody). */
export function nextFollow(following: number | null, event: FollowEvent): number | null {
  switch (event.type) {
    case 'toggle':
      return following === event.clientId ? null : event.clientId;
    case 'pannedMyself':
    case 'stop':
      return null;
    case 'peers':
      // The person left the room: nothing to follow any more.
      return following !== null && !event.clientIds.includes(following) ? null : following;
  }
}

interface FollowState {
  following: number | null;
  dispatch(event: FollowEvent): void;
}

export const useFollow = create<FollowState>((set, get) => ({
  following: null,
  dispatch(event) {
    const next = nextFollow(get().following, event);
    if (next !== get().following) set({ following: next });
  },
}));

/** Whether two views differ enough to move mine (rounding of a view sent over the wire). */
export function viewDiffers(
  a: { x: number; y: number; zoom: number },
  b: { x: number; y: number; zoom: number },
): boolean {
  return Math.abs(a.x - b.x) > 0.5 || Math.abs(a.y - b.y) > 0.5 || Math.abs(a.zoom - b.zoom) > 1e-3;
}
