// What the far-zoom layer draws (FarLayer): each step as a shape in its kind's colours and each
// connection as its route, worked out once per document version. The routes are the same as
// everywhere else (domain/layout/routing, through the cache the canvas's edges use), so the
// overview shows the flow the exports show, and zooming out does not route again.
import { cachedRoutes, knownRoutes } from '../../domain/layout/routeCache';
import { stepBoxes, type Routes } from '../../domain/layout/routing';
import { orthogonalRoute, type Box, type Point } from '../../domain/model/route';
import { ROUTE_IN_PAGE_STEPS } from './routeLimits';
import type { Connection, Process, StepKind } from '../../domain/model/types';

/** The shape still says the kind (never colour alone): diamond, pill or box. */
export type FarShape = 'box' | 'pill' | 'diamond';
export interface FarLook {
  shape: FarShape;
  fill: string;
  stroke: string;
}
/** The canvas's own kind colours (styles.css), the fills a step deeper so a small one shows. */
export const FAR_LOOK: Record<StepKind, FarLook> = {
  need: { shape: 'pill', fill: '#fcd34d', stroke: '#92400e' },
  outcome: { shape: 'pill', fill: '#86efac', stroke: '#166534' },
  activity: { shape: 'box', fill: '#ffffff', stroke: '#334155' },
  subprocess: { shape: 'box', fill: '#cbd5e1', stroke: '#334155' },
  decision: { shape: 'diamond', fill: '#fdba74', stroke: '#334155' },
  wait: { shape: 'box', fill: '#e2e8f0', stroke: '#64748b' },
  informationObject: { shape: 'box', fill: '#f8fafc', stroke: '#475569' },
  itSystem: { shape: 'box', fill: '#c7d2fe', stroke: '#3730a3' },
  problem: { shape: 'box', fill: '#fca5a5', stroke: '#b91c1c' },
  improvement: { shape: 'box', fill: '#6ee7b7', stroke: '#047857' },
  note: { shape: 'box', fill: '#fde68a', stroke: '#a16207' },
};

export interface FarStep {
  id: string;
  kind: StepKind;
  box: Box;
}
export interface FarConnection {
  id: string;
  information: boolean;
  points: Point[];
  box: Box;
}
export interface FarScene {
  steps: FarStep[];
  connections: FarConnection[];
}

function boxOf(points: readonly Point[]): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [x, y] of points) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

// A document version never changes, so its scene is kept for as long as the version lives.
const scenes = new WeakMap<Process, FarScene>();
// A large flow's routes come from a worker; until then its connections are drawn plainly.
const plainScenes = new WeakMap<Process, FarScene>();

export function farScene(process: Process, given?: Routes): FarScene {
  const known = scenes.get(process);
  if (known) return known;
  const routes =
    given ??
    knownRoutes(process) ??
    (process.steps.length <= ROUTE_IN_PAGE_STEPS ? cachedRoutes(process) : undefined);
  if (!routes) {
    const plain = plainScenes.get(process) ?? sceneOf(process, plainRoutes);
    plainScenes.set(process, plain);
    return plain;
  }
  const scene = sceneOf(process, () => routes.values());
  scenes.set(process, scene);
  return scene;
}

type Routed = { id: string; kind: Connection['kind']; points: Point[] };

function sceneOf(process: Process, routesOf: (p: Process) => Iterable<Routed>): FarScene {
  const boxes = stepBoxes(process);
  const steps = process.steps.flatMap((s): FarStep[] => {
    const box = boxes.get(s.id);
    return box ? [{ id: s.id, kind: s.kind, box }] : [];
  });
  const connections = [...routesOf(process)]
    .filter((r) => r.points.length > 1)
    .map((r) => ({
      id: r.id,
      information: r.kind === 'information',
      points: r.points,
      box: boxOf(r.points),
    }));
  return { steps, connections };
}

function plainRoutes(process: Process): Routed[] {
  const boxes = stepBoxes(process);
  return process.connections.flatMap((c) => {
    const a = boxes.get(c.from);
    const b = boxes.get(c.to);
    return a && b ? [{ id: c.id, kind: c.kind, points: orthogonalRoute(a, b) }] : [];
  });
}

export const overlaps = (a: Box, b: Box) =>
  a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;

/**
 * The step drawn at a canvas point, with some slack around it (a far-away step is a few pixels
 * wide: a click near it means it). The nearest wins when several are within reach.
 */
export function stepAt(scene: FarScene, at: { x: number; y: number }, slack: number) {
  let best: FarStep | null = null;
  let bestDistance = Infinity;
  for (const step of scene.steps) {
    const { x, y, width, height } = step.box;
    const dx = Math.max(x - at.x, 0, at.x - (x + width));
    const dy = Math.max(y - at.y, 0, at.y - (y + height));
    const d = Math.hypot(dx, dy);
    if (d <= slack && d < bestDistance) {
      best = step;
      bestDistance = d;
    }
  }
  return best;
}
