// A connection on the canvas, routed from the two steps' boxes rather than from measured handle
// positions: the same route as in the SVG, PDF and BPMN exports, and still right for a step
// that React Flow has not measured yet (it renders only what is in view).
import { BaseEdge, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';
import { memo } from 'react';
import { labelPoint, orthogonalRoute, type Box } from '../../domain/model/route';

function boxOf(node: InternalNode): Box {
  return {
    x: node.internals.positionAbsolute.x,
    y: node.internals.positionAbsolute.y,
    width: node.measured.width ?? node.width ?? 0,
    height: node.measured.height ?? node.height ?? 0,
  };
}

export const FlowEdge = memo(function FlowEdge({
  id,
  source,
  target,
  label,
  markerEnd,
  style,
  interactionWidth,
}: EdgeProps) {
  const from = useInternalNode(source);
  const to = useInternalNode(target);
  if (!from || !to) return null;
  const points = orthogonalRoute(boxOf(from), boxOf(to));
  const path = points.map(([x, y], i) => `${i ? 'L' : 'M'}${x},${y}`).join(' ');
  const [labelX, labelY] = labelPoint(points);
  return (
    <BaseEdge
      id={id}
      path={path}
      markerEnd={markerEnd}
      style={style}
      interactionWidth={interactionWidth}
      label={label}
      labelX={labelX}
      labelY={labelY}
      labelShowBg
      labelBgPadding={[6, 3]}
      labelBgBorderRadius={3}
    />
  );
});
