import { describe, expect, it } from 'vitest';
import { routeProcess } from '../../domain/layout/routing';
import { applyOperation } from '../../domain/operations/applyOperation';
import { aSmallProcess } from '../../test/builders';
import { toEdges, toNodes, type EdgeCache, type NodeCache } from './toFlow';

const register = new Map();

describe('toNodes / toEdges reuse between document versions', () => {
  it('keeps the objects of steps and connections an edit did not touch', () => {
    const nodeCache: NodeCache = new Map();
    const edgeCache: EdgeCache = new Map();
    const before = aSmallProcess();
    const nodes1 = toNodes(before, register, new Set(), '?', nodeCache);
    const edges1 = toEdges(before, new Set(), undefined, undefined, edgeCache);
    const after = applyOperation(before, {
      type: 'step.update',
      id: 's3',
      patch: { label: 'Nytt namn' },
    });
    const nodes2 = toNodes(after, register, new Set(), '?', nodeCache);
    const edges2 = toEdges(after, new Set(), undefined, undefined, edgeCache);
    const byId = (ns: { id: string }[], id: string) => ns.find((n) => n.id === id);
    expect(byId(nodes2, 's1')).toBe(byId(nodes1, 's1'));
    expect(byId(nodes2, 's3')).not.toBe(byId(nodes1, 's3'));
    expect(byId(edges2, 'c1')).toBe(byId(edges1, 'c1'));
    expect(byId(edges2, 'c2')).not.toBe(byId(edges1, 'c2'));
    // Sizes are known from the model, so React Flow need not measure them.
    const s3 = after.steps.find((s) => s.id === 's3')!;
    expect(byId(nodes2, 's3')).toMatchObject({ measured: { width: s3.width, height: s3.height } });
  });

  it('forgets removed steps', () => {
    const nodeCache: NodeCache = new Map();
    const before = aSmallProcess();
    toNodes(before, register, new Set(), '?', nodeCache);
    toNodes(
      applyOperation(before, { type: 'step.remove', ids: ['s2'] }),
      register,
      new Set(),
      '?',
      nodeCache,
    );
    expect([...nodeCache.keys()].sort()).toEqual(['s1', 's3']);
  });
});

describe('toEdges with routes worked out for an earlier version (a large flow, routed in a worker)', () => {
  it('keeps a route with where its steps were, so a moved step takes the plain route', () => {
    const before = aSmallProcess();
    const routing = { doc: before, routes: routeProcess(before) };
    const moved = before.steps.find((s) => s.id === 's3')!;
    const after = applyOperation(before, {
      type: 'step.move',
      placements: [{ id: 's3', laneId: moved.laneId, x: moved.x + 200, y: moved.y }],
    });
    const edges = toEdges(after, new Set(), undefined, undefined, new Map(), routing);
    const now = toEdges(after, new Set(), undefined, undefined, new Map());
    for (const edge of edges) {
      const c = after.connections.find((x) => x.id === edge.id)!;
      const touches = c.from === 's3' || c.to === 's3';
      const current = now.find((e) => e.id === edge.id)!;
      // The route is the earlier one; its steps' positions then are what FlowEdge compares.
      expect(edge.data!.route).toBe(routing.routes.get(c.id));
      if (touches) expect(edge.data!.seen).not.toEqual(current.data!.seen);
      else expect(edge.data!.seen).toEqual(current.data!.seen);
    }
    expect(after.connections.some((c) => c.from === 's3' || c.to === 's3')).toBe(true);
  });
});
