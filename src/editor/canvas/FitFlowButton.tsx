// "Show the whole flow": fits the steps, clear of the header column. Worked out from the
// document, not from React Flow's nodes: the canvas gives React Flow only the steps near the
// view (viewWindow.ts), so its own fitView would fit those.
import { ControlButton, getViewportForBounds, useReactFlow, useStoreApi } from '@xyflow/react';
import { laneBands } from '../../domain/model/geometry';
import type { Process } from '../../domain/model/types';
import { HEADER_COLUMN_WIDTH } from '../lanes/LaneHeaders';
import type { Rect } from './viewWindow';

const PADDING = {
  top: '24px',
  bottom: '24px',
  right: '32px',
  left: `${HEADER_COLUMN_WIDTH + 24}px`,
} as const;

/** The box around every step (canvas units), or around the lanes when there is no step yet. */
export function flowBounds(doc: Process): Rect {
  const tops = new Map(laneBands(doc.lanes).map((b) => [b.lane.id, b.top]));
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const s of doc.steps) {
    const y = (tops.get(s.laneId) ?? 0) + s.y;
    x0 = Math.min(x0, s.x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, s.x + s.width);
    y1 = Math.max(y1, y + s.height);
  }
  if (x0 === Infinity) {
    const height = doc.lanes.reduce((sum, l) => sum + l.height, 0);
    return { x: 0, y: 0, width: 800, height: Math.max(height, 200) };
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

export function FitFlowButton({ doc, label }: { doc: Process; label: string }) {
  const store = useStoreApi();
  const flow = useReactFlow();
  const fit = () => {
    const { width, height, minZoom } = store.getState();
    const bounds = flowBounds(doc);
    const view = getViewportForBounds(bounds, width, height, minZoom, 1, PADDING);
    // A flow too long for the smallest zoom is shown from its start, not from its middle.
    const room = width - HEADER_COLUMN_WIDTH - 24 - 32;
    if (bounds.width * view.zoom > room) view.x = HEADER_COLUMN_WIDTH + 24 - bounds.x * view.zoom;
    void flow.setViewport(view);
  };
  return (
    <ControlButton
      className="react-flow__controls-fitview"
      onClick={fit}
      title={label}
      aria-label={label}
    >
      {/* React Flow's own fit-view icon. */}
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 30" aria-hidden="true">
        <path d="M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0027.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94c-.531 0-.939-.4-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z" />
      </svg>
    </ControlButton>
  );
}
