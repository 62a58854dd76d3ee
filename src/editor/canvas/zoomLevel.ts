// Zoomed far out, hundreds of steps are in view: each is then drawn as a shape with a short
// label, without the kind line and the four connection handles (each handle is a React Flow
// component with its own store subscription, run on every pan frame). The canvas passes the
// zoom level down through context, so steps re-render only when the threshold is crossed.
import type { ReactFlowState } from '@xyflow/react';
import { createContext } from 'react';

const LOW_ZOOM = 0.35;
export const isLowZoom = (s: ReactFlowState) => s.transform[2] < LOW_ZOOM;
export const LowZoom = createContext(false);
