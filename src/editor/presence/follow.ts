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

/**
 * My viewport when following `view`: the same centre of the flow, zoomed so that the part the
 * other person sees fits my canvas (a facilitator's projector and a small laptop show the same
 * steps). A view sent without its canvas size is taken as it is.
 */
export function followedViewport(
  view: { x: number; y: number; zoom: number; w?: number; h?: number },
  mine: { width: number; height: number; minZoom: number; maxZoom: number },
): { x: number; y: number; zoom: number } {
  const { w, h } = view;
  if (!w || !h || mine.width <= 0 || mine.height <= 0)
    return { x: view.x, y: view.y, zoom: view.zoom };
  const zoom = Math.min(
    mine.maxZoom,
    Math.max(mine.minZoom, view.zoom * Math.min(mine.width / w, mine.height / h)),
  );
  // The flow point at the centre of their canvas goes to the centre of mine.
  const cx = (w / 2 - view.x) / view.zoom;
  const cy = (h / 2 - view.y) / view.zoom;
  return { x: mine.width / 2 - cx * zoom, y: mine.height / 2 - cy * zoom, zoom };
}
