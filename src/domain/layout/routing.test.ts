import { describe, expect, it } from 'vitest';
import { newConnection, newLane, newProcess, newStep } from '../model/factories';
import type { Process, Step } from '../model/types';
import { layoutQuality, segmentThroughBox } from './quality';
import { routeProcess, stepBoxes } from './routing';

function flow(steps: Step[], links: [Step, Step, string?][]): Process {
  const lane = newLane('kg-invanare');
  lane.height = 600;
  const placed = steps.map((s) => ({ ...s, laneId: lane.id }));
  return {
    ...newProcess('Test', new Date('2026-12-01T08:00:00Z')),
    lanes: [lane],
    steps: placed,
    connections: links.map(([a, b, label]) => ({
      ...newConnection(a.id, b.id),
      label: label ?? '',
    })),
  };
}

const at = (kind: Step['kind'], x: number, y: number, label: string = kind) =>
  newStep(kind, 'x', x, y, label);

describe('routeProcess', () => {
  it('goes round a step that lies between the two it joins', () => {
    const a = at('activity', 0, 200);
    const middle = at('activity', 280, 200);
    const b = at('activity', 560, 200);
    const p = flow([a, middle, b], [[a, b]]);
    const route = routeProcess(p).get(p.connections[0]!.id)!;
    const box = stepBoxes(p).get(middle.id)!;
    const segments = route.points.slice(1).map((q, i) => ({
      x1: route.points[i]![0],
      y1: route.points[i]![1],
      x2: q[0],
      y2: q[1],
    }));
    expect(segments.some((s) => segmentThroughBox(s, box))).toBe(false);
    expect(route.points[0]![0]).toBe(a.x + a.width);
    expect(route.points.at(-1)![0]).toBe(b.x);
  });

  it('sends a three-way decision out as three branches, each label on its own', () => {
    const d = at('decision', 0, 200, 'Hur komplext?');
    const easy = at('activity', 300, 40, 'Enkelt ärende');
    const normal = at('activity', 300, 210, 'Normalt ärende');
    const complex = at('activity', 300, 380, 'Komplext ärende');
    const p = flow(
      [d, easy, normal, complex],
      [
        [d, easy, 'Enkelt'],
        [d, normal, 'Normalt'],
        [d, complex, 'Komplext'],
      ],
    );
    const routes = routeProcess(p);
    const starts = p.connections.map((c) => routes.get(c.id)!.points[0]!.join(','));
    expect(new Set(starts).size).toBe(3);
    const q = layoutQuality(p, routes);
    expect(q.overlappingSegments).toBe(0);
    expect(q.labelsOffOwnSegment).toBe(0);
    expect(q.labelOverlaps).toBe(0);
    // The label of the branch to "Komplext ärende" lies nearer that step than "Normalt ärende".
    const label = routes.get(p.connections[2]!.id)!.label!;
    const boxes = stepBoxes(p);
    const dy = (id: string) => Math.abs(boxes.get(id)!.y - label.y);
    expect(dy(complex.id)).toBeLessThan(dy(easy.id));
  });

  it('spreads two connections into one step over its side instead of one point', () => {
    const a = at('activity', 0, 40);
    const b = at('activity', 0, 300);
    const target = at('activity', 400, 170);
    const p = flow(
      [a, b, target],
      [
        [a, target],
        [b, target],
      ],
    );
    const routes = routeProcess(p);
    const ends = p.connections.map((c) => routes.get(c.id)!.points.at(-1)!.join(','));
    expect(ends[0]).not.toBe(ends[1]);
    expect(layoutQuality(p, routes).overlappingSegments).toBe(0);
  });

  it('joins a problem close under its decision with one straight stroke, not a detour', () => {
    const decision = { ...at('decision', 700, 100), width: 144, height: 108 };
    const problem = { ...at('problem', 700, 212), width: 160, height: 84 };
    const p = flow([decision, problem], [[problem, decision]]);
    const route = routeProcess(p).get(p.connections[0]!.id)!;
    const tip = decision.x + decision.width / 2;
    expect(route.points).toEqual([
      [tip, 212],
      [tip, 208],
    ]);
  });
});
