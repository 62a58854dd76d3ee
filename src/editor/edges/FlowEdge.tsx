// A connection on the canvas, drawn along the route the domain worked out for the whole flow
// (the same route as in the SVG, PDF and BPMN exports). While a step is being dragged its
// connections follow it with a plain orthogonal route until the drop routes everything again.
import { BaseEdge, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';
import { memo } from 'react';
import { labelPoint, orthogonalRoute, type Box } from '../../domain/model/route';
import type { FlowEdgeData } from '../canvas/toFlow';

function boxOf(node: InternalNode): Box {
  return {
    x: node.internals.positionAbsolute.x,
    y: node.internals.positionAbsolute.y,
    width: node.measured.width ?? node.width ?? 0,
    height: node.measured.height ?? node.height ?? 0,
  };
}

/** The domain's route, while both steps are where the routing saw them. */
function routed(data: FlowEdgeData | undefined, from: Box, to: Box) {
  const seen = data?.seen;
  if (!data?.route || !seen) return null;
  const same = seen[0] === from.x && seen[1] === from.y && seen[2] === to.x && seen[3] === to.y;
  return same ? data.route : null;
}

export const FlowEdge = memo(function FlowEdge({
  id,
  source,
  target,
  label,
  markerEnd,
  style,
  interactionWidth,
  data,
}: EdgeProps) {
  const from = useInternalNode(source);
  const to = useInternalNode(target);
  if (!from || !to) return null;
  const fromBox = boxOf(from);
  const toBox = boxOf(to);
  const route = routed(data as FlowEdgeData | undefined, fromBox, toBox);
  const points = route?.points ?? orthogonalRoute(fromBox, toBox);
  const path = points.map(([x, y], i) => `${i ? 'L' : 'M'}${x},${y}`).join(' ');
  const [labelX, labelY] = route?.label
    ? [route.label.x + route.label.width / 2, route.label.y + route.label.height / 2]
    : labelPoint(points);
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
