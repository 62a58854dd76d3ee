import { describe, expect, it } from 'vitest';
import { generateProcessFile } from '../../domain/generate/generateProcess';
import { routeProcess } from '../../domain/layout/routing';
import { arrowPath, COLUMN, farPaths, shapePath } from './farPaths';
import { farScene, stepAt } from './farScene';
import { FAR_ZOOM, zoomLevel } from './zoomLevel';

const { process } = generateProcessFile({ steps: 120, seed: 5 });

describe('the flow drawn from far out', () => {
  it('draws steps as shapes without text below a readable zoom, and in full above', () => {
    expect(zoomLevel(FAR_ZOOM - 0.01)).toBe('far');
    expect(zoomLevel(0.05)).toBe('far');
    expect(zoomLevel(FAR_ZOOM)).not.toBe('far');
    expect(zoomLevel(1)).toBe('near');
  });

  it('holds every step, and every routed connection along its route', () => {
    const scene = farScene(process);
    expect(scene.steps.map((s) => s.id).sort()).toEqual(process.steps.map((s) => s.id).sort());
    const routes = routeProcess(process);
    expect(scene.connections).toHaveLength(routes.size);
    for (const c of scene.connections) expect(c.points).toEqual(routes.get(c.id)?.points);
    // One scene per document version.
    expect(farScene(process)).toBe(scene);
  });

  it('draws a few paths per column, not one element per step', () => {
    const paths = farPaths(farScene(process), new Set());
    const columns = new Set(paths.map((p) => p.key.split(':')[0]));
    expect(paths.length).toBeLessThanOrEqual(columns.size * 14);
    expect(paths.length).toBeLessThan(process.steps.length / 2);
    // Connections under the steps.
    const firstShape = paths.findIndex((p) => p.part === 'shape');
    expect(paths.slice(firstShape).every((p) => p.part === 'shape')).toBe(true);
    // Each step's shape is in its column's path of its kind.
    for (const s of farScene(process).steps) {
      const key = `${Math.floor(s.box.x / COLUMN)}:${s.kind}:shape`;
      expect(paths.find((p) => p.key === key)?.d).toContain(shapePath(s.kind, s.box));
    }
  });

  it('keeps a selected connection in a path of its own', () => {
    const id = process.connections[3]!.id;
    const paths = farPaths(farScene(process), new Set([id]));
    const selected = paths.filter((p) => p.look === 'selected' && p.part === 'line');
    expect(selected).toHaveLength(1);
    expect(selected[0]!.d.match(/M/g)).toHaveLength(1);
  });

  it('says the kind by shape: a diamond for a decision, a pill for a need, a box otherwise', () => {
    const box = { x: 0, y: 0, width: 100, height: 60 };
    expect(shapePath('decision', box)).toBe('M50 0L100 30L50 60L0 30Z');
    expect(shapePath('need', box)).toContain('a30 30');
    expect(shapePath('activity', box)).toBe('M0 0h100v60h-100Z');
  });

  it('points an arrowhead at the end of the route', () => {
    expect(
      arrowPath([
        [0, 0],
        [100, 0],
      ]),
    ).toBe('M100 0L88 6L88 -6Z');
    expect(arrowPath([[0, 0]])).toBe('');
  });

  it('finds the step under a click, with a few pixels of reach', () => {
    const scene = farScene(process);
    const s = scene.steps[10]!;
    expect(stepAt(scene, { x: s.box.x + 2, y: s.box.y + 2 }, 0)?.id).toBe(s.id);
    expect(stepAt(scene, { x: s.box.x - 20, y: s.box.y }, 30)?.id).toBe(s.id);
    expect(stepAt(scene, { x: -5000, y: -5000 }, 30)).toBeNull();
  });
});
