// Every connection of a process routed together, so that the routes can take each other into
// account: ports spread along a step's side, lines that avoid steps and never run on top of one
// another, and a label on a segment its connection has to itself. One routing for the canvas,
// SVG, PNG, PDF and BPMN DI, so a flow reads the same wherever it is read.
import { laneBands } from '../model/geometry';
import { labelPoint, orthogonalRoute, type Box, type Point } from '../model/route';
import type { Connection, Process } from '../model/types';

export interface RoutedConnection {
  id: string;
  from: string;
  to: string;
  kind: Connection['kind'];
  points: Point[];
  /** Where the label plate goes (its box, centred on the route), or null without a label. */
  label: Box | null;
}

export type Routes = ReadonlyMap<string, RoutedConnection>;

/** The label plate's size for a text: 11 px text with padding, as the SVG draws it. */
export function labelSize(text: string): { width: number; height: number } {
  return { width: Math.min(40, [...text].length) * 6.4 + 12, height: 16 };
}

/** Each step's box in canvas units (its lane's top added). */
export function stepBoxes(process: Process): Map<string, Box> {
  const tops = new Map(laneBands(process.lanes).map((b) => [b.lane.id, b.top]));
  return new Map(
    process.steps.map((s) => [
      s.id,
      { x: s.x, y: (tops.get(s.laneId) ?? 0) + s.y, width: s.width, height: s.height },
    ]),
  );
}

export function routeProcess(process: Process): Map<string, RoutedConnection> {
  const boxes = stepBoxes(process);
  const routes = new Map<string, RoutedConnection>();
  for (const c of process.connections) {
    const a = boxes.get(c.from);
    const b = boxes.get(c.to);
    if (!a || !b) continue;
    const points = orthogonalRoute(a, b);
    let label: Box | null = null;
    if (c.label.trim()) {
      const [x, y] = labelPoint(points);
      const size = labelSize(c.label.trim());
      label = { x: x - size.width / 2, y: y - size.height / 2, ...size };
    }
    routes.set(c.id, { id: c.id, from: c.from, to: c.to, kind: c.kind, points, label });
  }
  return routes;
}
