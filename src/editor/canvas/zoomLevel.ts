// How much of a step the canvas draws, by zoom. Near: everything. Low: hundreds of steps are in
// view, so each is a shape with a short label, without the kind line and the four connection
// handles (each handle is a React Flow component with its own store subscription, run on every
// pan frame). Far: a label would be too small to read, so the steps and connections are drawn
// as coloured shapes on one canvas layer (FarLayer) instead of hundreds of DOM nodes. The
// canvas passes the level down through context, so steps re-render only when it changes.
import type { ReactFlowState } from '@xyflow/react';
import { createContext } from 'react';

export type ZoomLevel = 'near' | 'low' | 'far';

const LOW_ZOOM = 0.35;
/**
 * Below this even the low level's larger label (22 px) is under 3.5 px on screen. Kept this low
 * because journeys on 25-step flows fit them at about 0.2 and then read their steps (e2e).
 */
export const FAR_ZOOM = 0.15;

export function zoomLevel(zoom: number): ZoomLevel {
  if (zoom < FAR_ZOOM) return 'far';
  return zoom < LOW_ZOOM ? 'low' : 'near';
}
export const zoomLevelOf = (s: ReactFlowState) => zoomLevel(s.transform[2]);
export const ZoomLevelContext = createContext<ZoomLevel>('near');
