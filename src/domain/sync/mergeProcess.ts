// Three-way merge of a process edited in two places (two tabs) since a common version. Lanes,
// steps and connections merge per id, and every entity (and the process itself) per field,
// recursing into nested objects (step.properties, huki); arrays merge as one value. When both
// sides changed the same field to different values, `local` wins and the merge says so — except
// that a change always beats a removal, so a merge never throws away someone's edit. Used when
// a tab saves over a version it has not seen, and when a tab takes in another tab's save.
import type { Process } from '../model/types';
import { compareOrder } from '../operations/laneOrder';
import { sortSet } from '../operations/listOperations';

type Entity = { id: string };
type EntityKind = 'lane' | 'step' | 'connection' | 'item';

/** The same field changed on both sides to different values; `kept` is the side that won. */
export interface MergeConflict {
  /** The process itself, or one of its lanes, steps or connections. */
  entity: { kind: 'process' } | { kind: EntityKind; id: string };
  /** The field inside the entity, e.g. ['properties', 'description']; [] for the whole entity
   * (removed on one side, changed on the other). */
  path: string[];
  kept: 'local' | 'remote';
}

export interface MergeResult {
  process: Process;
  conflicts: MergeConflict[];
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

type Report = (path: string[]) => void;

function mergeField(
  base: unknown,
  local: unknown,
  remote: unknown,
  path: string[],
  report: Report,
) {
  if (same(local, base)) return remote;
  if (same(remote, base) || same(local, remote)) return local;
  if (isRecord(base) && isRecord(local) && isRecord(remote))
    return mergeFields(base, local, remote, path, report);
  report(path);
  return local;
}

function mergeFields(
  base: Record<string, unknown>,
  local: Record<string, unknown>,
  remote: Record<string, unknown>,
  path: string[],
  report: Report,
  skip: readonly string[] = [],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(local), ...Object.keys(remote), ...Object.keys(base)]);
  for (const k of keys) {
    if (skip.includes(k)) continue;
    const has = (o: Record<string, unknown>) => Object.prototype.hasOwnProperty.call(o, k);
    const v = mergeField(
      has(base) ? base[k] : undefined,
      has(local) ? local[k] : undefined,
      has(remote) ? remote[k] : undefined,
      [...path, k],
      report,
    );
    // A key can be user data (HUKI cells are keyed by step id): `__proto__` must stay a key.
    if (v !== undefined)
      Object.defineProperty(out, k, {
        value: v,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return out;
}

function mergeEntities<T extends Entity>(
  kind: EntityKind,
  base: T[],
  local: T[],
  remote: T[],
  conflicts: MergeConflict[],
): T[] {
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
    if (le && re) {
      const report = (path: string[]) =>
        conflicts.push({ entity: { kind, id }, path, kept: 'local' });
      return mergeFields(be, le, re, [], report) as T;
    }
    // Removed on one side, changed on the other: the edit wins.
    conflicts.push({ entity: { kind, id }, path: [], kept: le ? 'local' : 'remote' });
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

/** The merge and the conflicts it settled (same field changed on both sides). */
export function mergeProcessWithConflicts(
  base: Process,
  local: Process,
  remote: Process,
): MergeResult {
  if (same(local, base)) return { process: remote, conflicts: [] };
  if (same(remote, base)) return { process: local, conflicts: [] };
  const conflicts: MergeConflict[] = [];
  const rec = (p: Process) => p as unknown as Record<string, unknown>;
  // changedAt always differs on both sides; it is the later of the two, not a conflict.
  const merged = mergeFields(
    rec(base),
    rec(local),
    rec(remote),
    [],
    (path) => conflicts.push({ entity: { kind: 'process' }, path, kept: 'local' }),
    ['lanes', 'steps', 'connections', 'changedAt', ...ITEM_LISTS, ...SETS],
  );
  // Lists merge per entry (two notes added at once are both kept), sets per value.
  const lists: Partial<Record<string, unknown>> = {};
  for (const key of ITEM_LISTS)
    lists[key] = sortByOrder(
      mergeEntities<Entity & { order: string }>(
        'item',
        base[key],
        local[key],
        remote[key],
        conflicts,
      ),
    );
  for (const key of SETS) lists[key] = sortSet(key, mergeSet(base[key], local[key], remote[key]));
  let lanes = mergeEntities('lane', base.lanes, local.lanes, remote.lanes, conflicts);
  const steps = mergeEntities('step', base.steps, local.steps, remote.steps, conflicts);
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
  const connections = mergeEntities(
    'connection',
    base.connections,
    local.connections,
    remote.connections,
    conflicts,
  ).filter((c) => stepIds.has(c.from) && stepIds.has(c.to));
  const changedAt = local.changedAt > remote.changedAt ? local.changedAt : remote.changedAt;
  const process = {
    ...(merged as unknown as Process),
    ...(lists as Partial<Process>),
    lanes: sortByOrder(lanes),
    steps: steps.filter((s) => laneIds.has(s.laneId)),
    connections,
    changedAt,
  };
  return { process, conflicts };
}

const ITEM_LISTS = ['parkingLot', 'objectsIn', 'objectsOut', 'measures'] as const;
const SETS = ['tags', 'customerGroupIds'] as const;

/** Lanes and list entries in key order (the side that reordered gave them their keys). */
const sortByOrder = <T extends { id: string; order?: string }>(xs: T[]): T[] =>
  [...xs].sort(compareOrder);

/** What either side added, less what either side took out. */
function mergeSet(base: string[], local: string[], remote: string[]): string[] {
  const removed = new Set(base.filter((v) => !local.includes(v) || !remote.includes(v)));
  return [...new Set([...local, ...remote])].filter((v) => !removed.has(v));
}

export function mergeProcess(base: Process, local: Process, remote: Process): Process {
  return mergeProcessWithConflicts(base, local, remote).process;
}
