// The order in which the flow is told: from the need(s), breadth first along flow connections,
// the upper branch before the lower; steps the flow never reaches come last, left to right.
// Gives the step numbers used in the PDF's step table and in text views.
import { laneBands } from '../model/geometry';
import type { Process, Step } from '../model/types';

export function flowOrder(process: Process): Step[] {
  const tops = new Map(laneBands(process.lanes).map((b) => [b.lane.id, b.top]));
  const absY = (s: Step) => (tops.get(s.laneId) ?? 0) + s.y;
  const byPosition = (a: Step, b: Step) => a.x - b.x || absY(a) - absY(b);
  const byId = new Map(process.steps.map((s) => [s.id, s]));
  const next = new Map<string, Step[]>();
  for (const c of process.connections) {
    if (c.kind !== 'flow') continue;
    const to = byId.get(c.to);
    if (to) next.set(c.from, [...(next.get(c.from) ?? []), to]);
  }
  const seen = new Set<string>();
  const order: Step[] = [];
  const queue = process.steps.filter((s) => s.kind === 'need').sort(byPosition);
  for (const s of queue) seen.add(s.id);
  // An index instead of shift(): shift is linear, which adds up at thousands of steps.
  for (let head = 0; head < queue.length; head++) {
    const step = queue[head]!;
    order.push(step);
    for (const n of [...(next.get(step.id) ?? [])].sort((a, b) => absY(a) - absY(b) || a.x - b.x)) {
      if (seen.has(n.id)) continue;
      seen.add(n.id);
      queue.push(n);
    }
  }
  return [...order, ...process.steps.filter((s) => !seen.has(s.id)).sort(byPosition)];
}
