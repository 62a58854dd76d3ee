// The canvas seen from far out: how far out it may zoom (enough to show this flow whole), the
// zoom level the steps are drawn at, and clicks on the far layer, whose steps are not DOM
// nodes: a click selects the step drawn there, a double-click zooms in on it.
import { useStore, type ReactFlowInstance, type ReactFlowState } from '@xyflow/react';
import { useCallback, useMemo, useRef, type MouseEvent, type RefObject } from 'react';
import type { Process } from '../../domain/model/types';
import { useSessionStore } from '../../state/sessionStore';
import { farScene, stepAt } from './farScene';
import { FIT_PAD, fitBox } from './FitFlowButton';
import { minZoomFor } from './fitView';
import { zoomLevelOf } from './zoomLevel';
import type { FlowNode } from './toFlow';

/** A far step is a few pixels wide: a click this close to it (screen px) means it. */
const REACH_PX = 4;
const widthOf = (s: ReactFlowState) => s.width;
const heightOf = (s: ReactFlowState) => s.height;

export function useFarView(doc: Process, flowRef: RefObject<ReactFlowInstance<FlowNode> | null>) {
  const level = useStore(zoomLevelOf);
  const width = useStore(widthOf);
  const height = useStore(heightOf);
  const minZoom = useMemo(
    () => minZoomFor(fitBox(doc), { width, height }, FIT_PAD),
    [doc, width, height],
  );
  const current = useRef(doc);
  current.current = doc;
  const far = level === 'far';

  const stepUnder = useCallback(
    (e: MouseEvent) => {
      const flow = flowRef.current;
      if (!far || !flow) return null;
      const at = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      return stepAt(farScene(current.current), at, REACH_PX / flow.getZoom());
    },
    [far, flowRef],
  );
  const onPaneClick = useCallback(
    (e: MouseEvent) => {
      const hit = stepUnder(e);
      // After React Flow's own handling of the click, which clears the selection.
      if (hit) requestAnimationFrame(() => useSessionStore.getState().select([hit.id]));
    },
    [stepUnder],
  );
  /** Zooms in on the far step under a double-click; false when there is none. */
  const zoomInOnStep = useCallback(
    (e: MouseEvent): boolean => {
      const hit = stepUnder(e);
      if (!hit) return false;
      const { x, y, width: w, height: h } = hit.box;
      void flowRef.current?.setCenter(x + w / 2, y + h / 2, { zoom: 1 });
      useSessionStore.getState().select([hit.id]);
      return true;
    },
    [stepUnder, flowRef],
  );
  return { level, minZoom, onPaneClick: far ? onPaneClick : undefined, zoomInOnStep };
}
