import { describe, expect, it } from 'vitest';
import { routeProcess } from '../../domain/layout/routing';
import { applyOperation } from '../../domain/operations/applyOperation';
import { aSmallProcess } from '../../test/builders';
import { sameWherePossible } from './useRoutes';

describe('routes from the worker keep the objects of routes that did not change', () => {
  it('reuses unchanged routes and takes the new ones where a step moved', () => {
    const before = aSmallProcess();
    const shown = routeProcess(before);
    const s3 = before.steps.find((s) => s.id === 's3')!;
    const after = applyOperation(before, {
      type: 'step.move',
      placements: [{ id: 's3', laneId: s3.laneId, x: s3.x + 300, y: s3.y }],
    });
    const fresh = routeProcess(after);
    const kept = sameWherePossible(shown, fresh);
    for (const c of after.connections) {
      const moved = c.from === 's3' || c.to === 's3';
      if (moved) expect(kept.get(c.id)).toBe(fresh.get(c.id));
      else expect(kept.get(c.id)).toBe(shown.get(c.id));
    }
    expect(sameWherePossible(undefined, fresh)).toBe(fresh);
  });
});
