// BPMN-DI: where the file draws each element. Only the first diagram counts: it is the one
// every tool shows first.
import { isA, list, type El } from '../moddle';
import type { Bounds, ImportContext } from './context';

export function handleDiagram(ctx: ImportContext, defs: El): void {
  const diagram = list(defs.diagrams)[0];
  const plane = diagram ? (diagram.plane as El | undefined) : undefined;
  for (const shape of list(plane?.planeElement)) {
    const ref = shape.bpmnElement as El | undefined;
    const b = shape.bounds as Bounds | undefined;
    // Bounds a damaged file gives as NaN or 1e999 count as not drawn, not as a place.
    const drawn = b && [b.x, b.y, b.width, b.height].every((v) => Number.isFinite(v));
    if (isA(shape, 'bpmndi:BPMNShape') && ref?.id && drawn) ctx.bounds.set(ref.id, b);
    if (isA(shape, 'bpmndi:BPMNEdge') && ref?.id) ctx.waypoints.set(ref.id, list(shape.waypoint));
  }
}
