import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { routeProcess } from '../../domain/layout/routing';
import { loadDocument } from '../../domain/load/loadDocument';
import { exportBpmn } from './exportBpmn';
import { createModdle } from './moddle';

interface Diagrams {
  diagrams: {
    plane: {
      planeElement: {
        $type: string;
        bpmnElement: { id: string };
        waypoint?: { x: number; y: number }[];
      }[];
    };
  }[];
}

describe('exportBpmn diagram', () => {
  it('draws each connection along the route the canvas draws (routeProcess)', async () => {
    const loaded = loadDocument(readFileSync('e2e/fixtures/forskoleplats.json', 'utf8'));
    if (!loaded.ok) throw new Error('fixture');
    const { process, register } = loaded.file;
    const xml = await exportBpmn(process, register);
    const { rootElement } = await createModdle().fromXML(xml);
    const plane = (rootElement as unknown as Diagrams).diagrams[0]!.plane;
    const routes = routeProcess(process);
    // The drawing starts 80 to the left of the leftmost step (or of 0).
    const x0 = 80 - Math.min(0, ...process.steps.map((s) => s.x));
    const edges = plane.planeElement.filter(
      (e: { $type: string }) => e.$type === 'bpmndi:BPMNEdge',
    );
    expect(edges).toHaveLength(process.connections.length);
    for (const edge of edges) {
      const route = routes.get(edge.bpmnElement.id)!;
      expect(edge.waypoint!.map((p) => [p.x, p.y])).toEqual(
        route.points.map(([x, y]) => [Math.round(x0 + x), Math.round(y)]),
      );
    }
  });
});
