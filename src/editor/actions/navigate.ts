// Moving the selection with arrow keys: → follows the flow forward, ← backward, ↑/↓ go to the
// nearest step in the lane above/below.
import { laneBands } from '../../domain/model/geometry';
import type { Process, Step } from '../../domain/model/types';

export type Direction = 'next' | 'previous' | 'up' | 'down';

export function neighbourStep(
  doc: Process,
  fromId: string | undefined,
  direction: Direction,
): Step | undefined {
  const from = doc.steps.find((s) => s.id === fromId);
  if (!from) return [...doc.steps].sort((a, b) => a.x - b.x)[0];
  const byId = new Map(doc.steps.map((s) => [s.id, s]));
  const closest = (list: Step[]) =>
    list.sort((a, b) => Math.abs(a.x - from.x) - Math.abs(b.x - from.x) || a.y - b.y)[0];
  if (direction === 'next' || direction === 'previous') {
    const linked = doc.connections
      .filter((c) => (direction === 'next' ? c.from === from.id : c.to === from.id))
      .flatMap((c) => byId.get(direction === 'next' ? c.to : c.from) ?? []);
    if (linked.length) return closest(linked);
    const sameLane = doc.steps.filter((s) => s.laneId === from.laneId && s.id !== from.id);
    const side = sameLane.filter((s) => (direction === 'next' ? s.x > from.x : s.x < from.x));
    return closest(side);
  }
  const bands = laneBands(doc.lanes);
  const index = bands.findIndex((b) => b.lane.id === from.laneId);
  for (
    let i = index + (direction === 'down' ? 1 : -1);
    i >= 0 && i < bands.length;
    i += direction === 'down' ? 1 : -1
  ) {
    const inLane = doc.steps.filter((s) => s.laneId === bands[i]!.lane.id);
    if (inLane.length) return closest(inLane);
  }
  return undefined;
}
