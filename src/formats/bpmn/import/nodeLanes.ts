// Each node's lane: named by the lane, else the lane it is drawn in, else its process's own lane
// (made here, once per process, for nodes the file puts in no lane at all).
import { newId } from '../../../domain/model/ids';
import type { El } from '../moddle';
import type { ImportContext, LaneDraft, NodeDraft } from './context';
import { nameOf } from './elements';

export function laneOfEachNode(
  ctx: ImportContext,
  processes: El[],
  defaultLaneName: string | undefined,
): Map<NodeDraft, string> {
  const fallback = new Map<string, LaneDraft>();
  const laneFor = (node: NodeDraft): string => {
    const id = String(node.el.id);
    const named = ctx.laneOfNode.get(id);
    if (named) return named;
    const drawnIn = laneDrawnAt(ctx, id);
    if (drawnIn) return drawnIn;
    const key = node.processId || 'collaboration';
    let lane = fallback.get(key);
    if (!lane) {
      const process = processes.find((p) => p.id === node.processId);
      lane = {
        id: newId('l'),
        name: (process && nameOf(process)) || defaultLaneName || 'Process',
        customer: false,
      };
      fallback.set(key, lane);
      ctx.lanes.push(lane);
    }
    return lane.id;
  };
  return new Map(ctx.nodes.map((n) => [n, laneFor(n)]));
}

/** The lane whose drawing holds the node's centre; else one level with it (pools side by side). */
function laneDrawnAt(ctx: ImportContext, id: string): string | undefined {
  const b = ctx.bounds.get(id);
  if (!b) return undefined;
  const cy = b.y + b.height / 2;
  const cx = b.x + b.width / 2;
  const hit =
    ctx.lanes.find(
      (l) =>
        l.bounds &&
        cy >= l.bounds.y &&
        cy <= l.bounds.y + l.bounds.height &&
        cx >= l.bounds.x &&
        cx <= l.bounds.x + l.bounds.width,
    ) ?? ctx.lanes.find((l) => l.bounds && cy >= l.bounds.y && cy <= l.bounds.y + l.bounds.height);
  return hit?.id;
}
