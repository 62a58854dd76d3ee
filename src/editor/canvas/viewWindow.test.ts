import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  connectionBox,
  indexCanvas,
  indexFlow,
  queryWindow,
  samePlaces,
  viewRect,
  windowAround,
  windowServes,
} from './viewWindow';
import type { Box } from '../../domain/model/route';

const box = (x: number, y: number): Box => ({ x, y, width: 160, height: 80 });
const overlaps = (a: Box, b: Box) =>
  a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;

describe('the window of steps and connections handed to React Flow', () => {
  const steps = [
    { id: 'near', box: box(100, 100) },
    { id: 'far', box: box(20_000, 100) },
    { id: 'farther', box: box(40_000, 900) },
  ];
  const connections = [
    {
      id: 'near-far',
      source: 'near',
      target: 'far',
      box: connectionBox(box(100, 100), box(20_000, 100)),
    },
    {
      id: 'far-farther',
      source: 'far',
      target: 'farther',
      box: connectionBox(box(20_000, 100), box(40_000, 900)),
    },
  ];
  const index = indexFlow(steps, connections);

  it('holds the steps in the window and both ends of the connections crossing it', () => {
    const found = queryWindow(index, { x: 0, y: 0, width: 1000, height: 600 });
    expect([...found.steps].sort()).toEqual(['far', 'near']);
    expect([...found.connections]).toEqual(['near-far']);
  });

  it('keeps pinned steps, with all their connections, wherever the view is', () => {
    const found = queryWindow(index, { x: 0, y: 0, width: 1000, height: 600 }, ['farther']);
    expect([...found.steps].sort()).toEqual(['far', 'farther', 'near']);
    expect([...found.connections].sort()).toEqual(['far-farther', 'near-far']);
  });

  it('finds exactly the steps a scan of all of them finds (any layout, any window)', () => {
    const layout = fc.array(
      fc.tuple(fc.integer({ min: -5000, max: 50_000 }), fc.integer({ min: -500, max: 5000 })),
      {
        maxLength: 60,
      },
    );
    const area = fc.record({
      x: fc.integer({ min: -6000, max: 50_000 }),
      y: fc.integer({ min: -600, max: 5000 }),
      width: fc.integer({ min: 1, max: 20_000 }),
      height: fc.integer({ min: 1, max: 5000 }),
    });
    fc.assert(
      fc.property(layout, area, (places, window) => {
        const placed = places.map(([x, y], i) => ({ id: `s${i}`, box: box(x, y) }));
        const found = queryWindow(indexFlow(placed, []), window);
        const expected = placed.filter((s) => overlaps(s.box, window)).map((s) => s.id);
        expect([...found.steps].sort()).toEqual(expected.sort());
      }),
    );
  });
});

describe('when a new window is taken', () => {
  const view = viewRect([-500, -200, 0.5], { width: 1200, height: 800 });

  it('reads the view from the transform in canvas units', () => {
    expect(view).toEqual({ x: 1000, y: 400, width: 2400, height: 1600 });
  });

  it('keeps the window while the view moves less than half a screen', () => {
    const window = windowAround(view);
    expect(windowServes(window, { ...view, x: view.x + view.width * 0.4 })).toBe(true);
    expect(windowServes(window, { ...view, x: view.x + view.width * 0.6 })).toBe(false);
  });

  it('takes a smaller window after zooming far in from an overview', () => {
    const overview = windowAround({ ...view, width: view.width * 5, height: view.height * 5 });
    expect(windowServes(overview, view)).toBe(false);
  });
});

describe('the index of the canvas', () => {
  it('places steps, not lanes, and finds a connection from the window one of its steps is in', () => {
    const index = indexCanvas(
      [
        { id: 'lane:a', type: 'lane', position: { x: -400, y: 0 }, width: 90_000, height: 160 },
        { id: 's1', type: 'step', position: { x: 40, y: 40 }, width: 160, height: 80 },
        { id: 's2', type: 'step', position: { x: 9000, y: 200 }, width: 160, height: 80 },
      ],
      [{ id: 'c1', source: 's1', target: 's2' }],
    );
    const found = queryWindow(index, { x: 8800, y: 0, width: 600, height: 400 });
    expect([...found.steps].sort()).toEqual(['s1', 's2']);
    expect([...found.connections]).toEqual(['c1']);
    expect(queryWindow(index, { x: 20_000, y: 0, width: 600, height: 400 }).steps.size).toBe(0);
  });
});

describe('keeping the index between versions (samePlaces)', () => {
  const node = (id: string, x: number, extra: object = {}) => ({
    id,
    type: 'step',
    position: { x, y: 40 },
    width: 160,
    height: 80,
    data: { label: id },
    ...extra,
  });
  const before = {
    nodes: [node('s1', 40), node('s2', 9000)],
    edges: [{ id: 'c1', source: 's1', target: 's2' }],
  };

  it('keeps it when a step got a new object in the same place (a rename)', () => {
    const renamed = { ...before, nodes: [before.nodes[0]!, node('s2', 9000, { data: {} })] };
    expect(samePlaces(before, renamed)).toBe(true);
    // What the kept index answers is what a new one would.
    const window = { x: 8800, y: 0, width: 600, height: 400 };
    const kept = queryWindow(indexCanvas(before.nodes, before.edges), window);
    const fresh = queryWindow(indexCanvas(renamed.nodes, renamed.edges), window);
    expect(kept).toEqual(fresh);
  });

  it('builds it again when a step moved or was resized, or a connection changed ends', () => {
    const changed = [
      { ...before, nodes: [before.nodes[0]!, node('s2', 9008)] },
      { ...before, nodes: [before.nodes[0]!, node('s2', 9000, { height: 120 })] },
      { ...before, nodes: [before.nodes[0]!] },
      { ...before, edges: [{ id: 'c1', source: 's2', target: 's1' }] },
      { ...before, edges: [] },
    ];
    for (const after of changed) expect(samePlaces(before, after)).toBe(false);
  });
});
