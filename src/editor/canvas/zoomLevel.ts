// Marks the canvas "zoom-low" when zoomed far out, so steps draw simpler (CSS): with hundreds of
// steps in view, less text and no handles keep panning smooth. Re-renders only when the
// threshold is crossed, never per frame.
import { useStore, type ReactFlowState } from '@xyflow/react';
import { useEffect } from 'react';

const LOW_ZOOM = 0.45;
const isLow = (s: ReactFlowState) => s.transform[2] < LOW_ZOOM;
const domNode = (s: ReactFlowState) => s.domNode;

export function ZoomLevelClass() {
  const low = useStore(isLow);
  const root = useStore(domNode);
  useEffect(() => {
    root?.classList.toggle('zoom-low', low);
  }, [root, low]);
  return null;
}
