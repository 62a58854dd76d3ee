// Attached items: problems, ideas, notes, underlag and IT-stöd belong to the flow step they are
// connected to. They follow that step — tidy-up puts them beside it, a move takes them along —
// so a reader never has to guess which step a note is about.
import { LANE_PADDING } from '../model/geometry';
import { laneBands } from './projection';
import { STEP_KIND_INFO } from '../model/stepKinds';
import type { Process, Step } from '../model/types';
import type { StepPlacement } from '../operations/types';

export function isAttachable(step: Pick<Step, 'kind'>): boolean {
  return !STEP_KIND_INFO[step.kind].inFlow;
}

/**
 * Each attached item's anchors: the flow steps it is connected to (either direction, any kind
 * of connection), in connection order, without repeats. Items connected to no flow step are
 * left out: they are loose, not attached.
 */
export function attachments(process: Process): Map<string, string[]> {
  const byId = new Map(process.steps.map((s) => [s.id, s]));
  const out = new Map<string, string[]>();
  for (const c of process.connections) {
    for (const [item, other] of [
      [c.from, c.to],
      [c.to, c.from],
    ] as const) {
      const i = byId.get(item);
      const o = byId.get(other);
      if (!i || !o || !isAttachable(i) || isAttachable(o)) continue;
      const list = out.get(item) ?? [];
      if (!list.includes(other)) list.push(other);
      out.set(item, list);
    }
  }
  return out;
}

/**
 * A move with the attached items of the moved steps added, each moved by its anchors' offset.
 * An item follows only when all its anchors move (attached to two steps, it stays unless both
 * go). An item in its anchor's lane keeps to that lane, even when the anchor changes lane; an
 * item in another lane stays in its own lane (a problem felt by the customer stays theirs) and
 * is kept inside it, so a long drag does not stretch that lane.
 */
export function withAttachedItems(
  process: Process,
  placements: readonly StepPlacement[],
): StepPlacement[] {
  const moved = new Map(placements.map((p) => [p.id, p]));
  const byId = new Map(process.steps.map((s) => [s.id, s]));
  const bands = new Map(laneBands(process.lanes).map((b) => [b.lane.id, b]));
  const top = (laneId: string) => bands.get(laneId)?.top ?? 0;
  const extra: StepPlacement[] = [];
  for (const [itemId, anchors] of attachments(process)) {
    const item = byId.get(itemId);
    if (!item || moved.has(itemId) || !anchors.every((a) => moved.has(a))) continue;
    const offsets = anchors.map((id) => {
      const s = byId.get(id)!;
      const p = moved.get(id)!;
      return { dx: p.x - s.x, dy: top(p.laneId) + p.y - (top(s.laneId) + s.y), s, p };
    });
    const dx = mean(offsets.map((o) => o.dx));
    const dy = mean(offsets.map((o) => o.dy));
    const x = Math.max(0, Math.round(item.x + dx));
    const first = offsets[0]!;
    if (first.s.laneId === item.laneId) {
      // Same lane: the same place relative to the anchor, in the anchor's new lane.
      extra.push({ id: itemId, laneId: first.p.laneId, x, y: item.y + first.p.y - first.s.y });
      continue;
    }
    const height = bands.get(item.laneId)?.height ?? item.y + item.height;
    const lowest = Math.max(LANE_PADDING / 2, height - item.height - LANE_PADDING / 2);
    const y = Math.min(lowest, Math.max(LANE_PADDING / 2, Math.round(item.y + dy)));
    extra.push({ id: itemId, laneId: item.laneId, x, y });
  }
  return [...placements, ...extra];
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
