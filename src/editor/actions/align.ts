// Align and distribute selected steps, in canvas coordinates; each step stays in its lane
// (vertical moves are relative to its lane and the lane grows when needed).
import { laneBands } from '../../domain/model/geometry';
import type { Process } from '../../domain/model/types';
import type { Operation, StepPlacement } from '../../domain/operations/types';

export type Alignment =
  'left' | 'centerX' | 'right' | 'top' | 'middle' | 'bottom' | 'distributeX' | 'distributeY';

export function alignOperation(
  doc: Process,
  ids: readonly string[],
  how: Alignment,
): Operation | null {
  const tops = new Map(laneBands(doc.lanes).map((b) => [b.lane.id, b.top]));
  const steps = doc.steps
    .filter((s) => ids.includes(s.id))
    .map((s) => ({ s, x: s.x, y: (tops.get(s.laneId) ?? 0) + s.y }));
  if (steps.length < 2) return null;
  const minX = Math.min(...steps.map((p) => p.x));
  const maxRight = Math.max(...steps.map((p) => p.x + p.s.width));
  const minY = Math.min(...steps.map((p) => p.y));
  const maxBottom = Math.max(...steps.map((p) => p.y + p.s.height));
  const centerX = (minX + maxRight) / 2;
  const middle = (minY + maxBottom) / 2;

  const place = (p: (typeof steps)[number], x: number, y: number): StepPlacement => ({
    id: p.s.id,
    laneId: p.s.laneId,
    x: Math.round(x),
    y: Math.round(y - (tops.get(p.s.laneId) ?? 0)),
  });
  let placements: StepPlacement[];
  switch (how) {
    case 'left':
      placements = steps.map((p) => place(p, minX, p.y));
      break;
    case 'right':
      placements = steps.map((p) => place(p, maxRight - p.s.width, p.y));
      break;
    case 'centerX':
      placements = steps.map((p) => place(p, centerX - p.s.width / 2, p.y));
      break;
    case 'top':
      placements = steps.map((p) => place(p, p.x, minY));
      break;
    case 'bottom':
      placements = steps.map((p) => place(p, p.x, maxBottom - p.s.height));
      break;
    case 'middle':
      placements = steps.map((p) => place(p, p.x, middle - p.s.height / 2));
      break;
    case 'distributeX': {
      const sorted = [...steps].sort((a, b) => a.x - b.x);
      const total = sorted.reduce((n, p) => n + p.s.width, 0);
      const gap = (maxRight - minX - total) / (sorted.length - 1);
      let x = minX;
      placements = sorted.map((p) => {
        const placed = place(p, x, p.y);
        x += p.s.width + gap;
        return placed;
      });
      break;
    }
    case 'distributeY': {
      const sorted = [...steps].sort((a, b) => a.y - b.y);
      const total = sorted.reduce((n, p) => n + p.s.height, 0);
      const gap = (maxBottom - minY - total) / (sorted.length - 1);
      let y = minY;
      placements = sorted.map((p) => {
        const placed = place(p, p.x, y);
        y += p.s.height + gap;
        return placed;
      });
      break;
    }
  }
  // A step never leaves its lane by aligning: keep y inside the band's top.
  return { type: 'step.move', placements: placements.map((p) => ({ ...p, y: Math.max(8, p.y) })) };
}
