// Routing a thousand steps takes a noticeable moment, and most edits (a label, a property, a
// lane colour) move nothing: routes are kept for as long as the drawing's geometry is the same.
import type { Process } from '../model/types';
import { routeProcess, type Routes } from './routing';

let last: { key: string; routes: Routes } | null = null;
const byProcess = new WeakMap<Process, Routes>();

/** What the routes depend on: step boxes and kinds, lane heights and the connections. */
function geometryKey(process: Process): string {
  const parts: string[] = [];
  for (const l of process.lanes) parts.push(`${l.id}:${l.height}`);
  parts.push('|');
  for (const s of process.steps)
    parts.push(`${s.id}:${s.laneId}:${s.kind}:${s.x}:${s.y}:${s.width}:${s.height}`);
  parts.push('|');
  for (const c of process.connections) parts.push(`${c.id}:${c.kind}:${c.from}:${c.to}:${c.label}`);
  return parts.join(';');
}

export function cachedRoutes(process: Process): Routes {
  const known = byProcess.get(process);
  if (known) return known;
  const key = geometryKey(process);
  const routes = last && last.key === key ? last.routes : routeProcess(process);
  last = { key, routes };
  byProcess.set(process, routes);
  return routes;
}

/** The routes if they are known for this geometry, without routing. */
export function knownRoutes(process: Process): Routes | undefined {
  const known = byProcess.get(process);
  if (known) return known;
  if (!last || last.key !== geometryKey(process)) return undefined;
  byProcess.set(process, last.routes);
  return last.routes;
}

/** Routes worked out elsewhere (a worker) for this process. */
export function keepRoutes(process: Process, routes: Routes): void {
  last = { key: geometryKey(process), routes };
  byProcess.set(process, routes);
}
