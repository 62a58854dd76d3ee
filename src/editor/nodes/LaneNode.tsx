// A lane's band on the canvas: a tinted stripe spanning the whole flow. Its name lives in the
// fixed header column (lanes/LaneHeaders). The band lets pointer events through to the pane
// (panning, double-click to add a step).
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { LaneNode as LaneNodeType } from '../canvas/toFlow';

export const LaneNode = memo(function LaneNode({ data }: NodeProps<LaneNodeType>) {
  return (
    <div
      className={`lane${data.customer ? ' lane-customer' : ''}`}
      style={{ ['--lane-color' as string]: data.color }}
      aria-hidden="true"
    />
  );
});
