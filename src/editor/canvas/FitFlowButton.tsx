// "Show the whole flow": fits the steps, clear of the header column. Worked out from the
// document, not from React Flow's nodes: the canvas gives React Flow only the steps near the
// view (viewWindow.ts), so its own fitView would fit those.
import { ControlButton, useReactFlow, useStoreApi } from '@xyflow/react';
import { lanesHeight, stepsBounds } from '../../domain/layout/projection';
import type { Box } from '../../domain/model/route';
import type { Process } from '../../domain/model/types';
import { HEADER_COLUMN_WIDTH } from '../lanes/LaneHeaders';
import { fitViewport, type Pad } from './fitView';

/** Room around the fitted flow, in screen pixels; the header column covers the left. */
export const FIT_PAD: Pad = { top: 24, bottom: 24, right: 32, left: HEADER_COLUMN_WIDTH + 24 };

/** The steps' box, or the lanes' when there is no step yet. */
export function fitBox(doc: Process): Box {
  return stepsBounds(doc) ?? { x: 0, y: 0, width: 800, height: Math.max(lanesHeight(doc), 200) };
}

export function FitFlowButton({
  doc,
  label,
  box,
}: {
  doc: Process;
  label: string;
  /** What to fit instead of the flow's steps (a comparison fits both flows alike). */
  box?: Box;
}) {
  const store = useStoreApi();
  const flow = useReactFlow();
  const fit = () => {
    const { width, height, minZoom } = store.getState();
    void flow.setViewport(fitViewport(box ?? fitBox(doc), { width, height }, FIT_PAD, minZoom));
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
