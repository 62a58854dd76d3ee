// Each node's lane: named by the lane, else the lane it is drawn in, else its process's lane for
// nodes outside every lane (made here, once per process, and marked `outsideLanes` so that an
// export puts those nodes back outside every lane instead of into a lane the file never had).
import { newId } from '../../../domain/model/ids';
import type { Lane } from '../../../domain/model/types';
import { LIMITS } from '../../../domain/schema/limits';
import type { El } from '../moddle';
import type { Bounds, ImportContext, LaneDraft, NodeDraft } from './context';
import { nameOf, readFvRecords, safeId } from './elements';

/** Our export keeps a process's outside lanes as records on it: they come back, even empty. */
export function outsideLanesFromRecords(ctx: ImportContext, processes: El[]): void {
  const ids = new Set(ctx.lanes.map((l) => l.id));
  for (const process of processes) {
    const processId = String(process.id);
    for (const fv of readFvRecords(process, 'lane')) {
      // One over the limit is enough for the load gate to refuse a file that holds thousands.
      if (ctx.lanes.length > LIMITS.lanes) return;
      const ownId = (fv.lane as { id?: unknown } | undefined)?.id;
      if (typeof ownId === 'string' && ids.has(ownId)) continue;
      const lane = outsideLane(ctx, processId, process, undefined, fv);
      ids.add(lane.id);
      if (!ctx.outsideLane.has(processId)) ctx.outsideLane.set(processId, lane);
    }
  }
}

export function laneOfEachNode(
  ctx: ImportContext,
  processes: El[],
  defaultLaneName: string | undefined,
): Map<NodeDraft, string> {
  const processOf = new Map(processes.map((p) => [String(p.id), p]));
  // Lanes made below are drawn only later (drawOutsideLanes): the drawn ones are known now.
  const drawnLanes = ctx.lanes.filter((l) => l.bounds);
  const laneFor = (node: NodeDraft): string => {
    const id = String(node.el.id);
    const named = ctx.laneOfNode.get(id);
    if (named) return named;
    const drawnIn = laneDrawnAt(ctx, drawnLanes, id);
    if (drawnIn) return drawnIn;
    let lane = ctx.outsideLane.get(node.processId);
    if (!lane) {
      const process = processOf.get(node.processId);
      lane = outsideLane(ctx, node.processId, process, defaultLaneName, undefined);
      ctx.outsideLane.set(node.processId, lane);
    }
    return lane.id;
  };
  return new Map(ctx.nodes.map((n) => [n, laneFor(n)]));
}

function outsideLane(
  ctx: ImportContext,
  processId: string,
  process: El | undefined,
  defaultLaneName: string | undefined,
  fv: Record<string, unknown> | undefined,
): LaneDraft {
  const own = fv?.lane as Partial<Lane> | undefined;
  // Collaboration artifacts belong to no process: a bare one of their own holds them.
  const pool = ctx.poolOfProcess.get(processId) ?? {
    id: safeId(process?.id, 'process'),
    name: nameOf(process),
    noParticipant: true as const,
  };
  const taken = own?.id !== undefined && ctx.lanes.some((l) => l.id === own.id);
  const lane: LaneDraft = {
    id: taken ? newId('l') : safeId(own?.id, 'l'),
    name: nameOf(process) || pool.name || defaultLaneName || 'Process',
    pool: { ...pool, outsideLanes: true },
    processId,
    customer: false,
    fv,
  };
  ctx.lanes.push(lane);
  return lane;
}

/**
 * A lane made for nodes drawn outside every lane is drawn where they are, so the steps keep the
 * places the file gives them. Called once every node has its lane (its box must not catch others).
 */
export function drawOutsideLanes(ctx: ImportContext, nodeLane: ReadonlyMap<NodeDraft, string>) {
  const drawnIn = new Map<string, Bounds[]>();
  for (const node of ctx.nodes) {
    const b = ctx.bounds.get(String(node.el.id));
    const laneId = nodeLane.get(node)!;
    if (!b) continue;
    const list = drawnIn.get(laneId);
    if (list) list.push(b);
    else drawnIn.set(laneId, [b]);
  }
  for (const lane of new Set(ctx.outsideLane.values())) {
    const drawn = drawnIn.get(lane.id);
    if (lane.bounds || lane.fv || !drawn) continue;
    const top = Math.min(...drawn.map((b) => b.y)) - OUTSIDE_PAD;
    const left = Math.min(...drawn.map((b) => b.x));
    lane.bounds = {
      x: left,
      y: top,
      width: Math.max(...drawn.map((b) => b.x + b.width)) - left,
      height: Math.max(...drawn.map((b) => b.y + b.height)) + OUTSIDE_PAD - top,
    };
  }
}

/** Room above and below the nodes of a lane drawn around them. */
const OUTSIDE_PAD = 20;

/** The lane whose drawing holds the node's centre; else one level with it (pools side by side). */
function laneDrawnAt(ctx: ImportContext, lanes: LaneDraft[], id: string): string | undefined {
  const b = ctx.bounds.get(id);
  if (!b) return undefined;
  const cy = b.y + b.height / 2;
  const cx = b.x + b.width / 2;
  const hit =
    lanes.find(
      (l) =>
        l.bounds &&
        cy >= l.bounds.y &&
        cy <= l.bounds.y + l.bounds.height &&
        cx >= l.bounds.x &&
        cx <= l.bounds.x + l.bounds.width,
    ) ?? lanes.find((l) => l.bounds && cy >= l.bounds.y && cy <= l.bounds.y + l.bounds.height);
  return hit?.id;
}
