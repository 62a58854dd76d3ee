// Three-way merge of a process edited in two places (two tabs) since a common version. Lanes,
// steps and connections merge per id; every other field merges as one value. When both sides
// changed the same thing, `local` wins — except that a change always beats a removal, so a merge
// never throws away someone's edit. Used when a tab saves over a version it has not seen.
import type { Process } from '../model/types';

type Entity = { id: string };

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

function mergeValue<T>(base: T, local: T, remote: T): T {
  return same(local, base) ? remote : local;
}

function mergeEntities<T extends Entity>(base: T[], local: T[], remote: T[]): T[] {
  const b = new Map(base.map((e) => [e.id, e]));
  const l = new Map(local.map((e) => [e.id, e]));
  const r = new Map(remote.map((e) => [e.id, e]));
  const pick = (id: string): T | undefined => {
    const [be, le, re] = [b.get(id), l.get(id), r.get(id)];
    if (!be) return le ?? re;
    const localChanged = !le || !same(le, be);
    const remoteChanged = !re || !same(re, be);
    if (!localChanged) return re;
    if (!remoteChanged) return le;
    // Both changed: an edit wins over a removal, otherwise this side wins.
    return le ?? re;
  };
  // Order (it matters for lanes): the side that reordered decides; the other side's new items
  // keep their place after it.
  const ids = (xs: T[]) => xs.map((x) => x.id).filter((id) => b.has(id));
  const localReordered = !same(
    ids(local),
    ids(base).filter((id) => l.has(id)),
  );
  const [first, second] = localReordered ? [local, remote] : [remote, local];
  const order = [...first.map((e) => e.id), ...second.map((e) => e.id), ...base.map((e) => e.id)];
  const seen = new Set<string>();
  const out: T[] = [];
  for (const id of order) {
    if (seen.has(id)) continue;
    seen.add(id);
    const e = pick(id);
    if (e) out.push(e);
  }
  return out;
}

export function mergeProcess(base: Process, local: Process, remote: Process): Process {
  if (same(local, base)) return remote;
  if (same(remote, base)) return local;
  const merged: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(base), ...Object.keys(local), ...Object.keys(remote)]);
  const at = (p: Process, k: string) => (p as Record<string, unknown>)[k];
  for (const k of keys) {
    if (k === 'lanes' || k === 'steps' || k === 'connections') continue;
    const v = mergeValue(at(base, k), at(local, k), at(remote, k));
    if (v !== undefined) merged[k] = v;
  }
  let lanes = mergeEntities(base.lanes, local.lanes, remote.lanes);
  const steps = mergeEntities(base.steps, local.steps, remote.steps);
  // A step kept in a lane the other side removed brings its lane back.
  const laneIds = new Set(lanes.map((x) => x.id));
  for (const s of steps) {
    if (laneIds.has(s.laneId)) continue;
    const lane = [local, remote, base].flatMap((p) => p.lanes).find((x) => x.id === s.laneId);
    if (lane) {
      lanes = [...lanes, lane];
      laneIds.add(lane.id);
    }
  }
  const stepIds = new Set(steps.map((s) => s.id));
  const connections = mergeEntities(base.connections, local.connections, remote.connections).filter(
    (c) => stepIds.has(c.from) && stepIds.has(c.to),
  );
  const changedAt = local.changedAt > remote.changedAt ? local.changedAt : remote.changedAt;
  return {
    ...(merged as unknown as Process),
    lanes,
    steps: steps.filter((s) => laneIds.has(s.laneId)),
    connections,
    changedAt,
  };
}
