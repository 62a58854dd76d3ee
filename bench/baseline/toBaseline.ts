// The generated process as plain React Flow nodes and edges: the same lanes, steps and
// connections at the same places and sizes as the app draws them, with React Flow's own
// default node and edge components. This is "React Flow and nothing else" to compare against.
import type { Edge, Node } from '@xyflow/react';
import type { ProcessFile } from '../../src/domain/model/types';

// As in the app's canvas (editor/canvas/toFlow.ts): bands reach left of 0 and past the last step.
const BAND_LEFT = -400;
const TRAILING_SPACE = 600;
const MIN_CONTENT_WIDTH = 1400;

export function toBaseline(file: ProcessFile): { nodes: Node[]; edges: Edge[] } {
  const { lanes, steps, connections } = file.process;
  const colour = new Map(file.register.map((e) => [e.id, e.color]));
  const right = steps.reduce((max, s) => Math.max(max, s.x + s.width), 0);
  const width = Math.max(MIN_CONTENT_WIDTH, right + TRAILING_SPACE) - BAND_LEFT;
  const tops = new Map<string, number>();
  let top = 0;
  const laneNodes: Node[] = lanes.map((lane) => {
    tops.set(lane.id, top);
    const node: Node = {
      id: `lane:${lane.id}`,
      type: 'group',
      position: { x: BAND_LEFT, y: top },
      width,
      height: lane.height,
      draggable: false,
      selectable: false,
      focusable: false,
      connectable: false,
      zIndex: -1,
      data: {},
      style: { background: colour.get(lane.registerId) ?? '#e2e8f0', border: 0, borderRadius: 0 },
    };
    top += lane.height;
    return node;
  });
  const stepNodes: Node[] = steps.map((s) => ({
    id: s.id,
    className: 'bench-step',
    position: { x: s.x, y: (tops.get(s.laneId) ?? 0) + s.y },
    width: s.width,
    height: s.height,
    zIndex: 1,
    data: { label: s.label },
  }));
  const edges: Edge[] = connections.map((c) => ({
    id: c.id,
    source: c.from,
    target: c.to,
    label: c.label || undefined,
    markerEnd: { type: 'arrowclosed' as const, width: 18, height: 18 },
  }));
  return { nodes: [...laneNodes, ...stepNodes], edges };
}
