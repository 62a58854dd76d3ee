// Writes the difference between two versions of a process into a Y.Doc (the shape: shape.ts).
// Only what changed is written: a new entity becomes a new map, a changed field one set, a
// removal `deleted: true`; an unchanged field is never touched, so two people editing different
// fields of one step both keep theirs. Without a `before` the Y.Doc's own content is the base.
import * as Y from 'yjs';
import { requiredLaneHeight } from '../../domain/model/geometry';
import type { Process } from '../../domain/model/types';
import { keyBetween } from '../../domain/operations/laneOrder';
import { same } from '../../domain/operations/guard';
import { LIMITS } from '../../domain/schema/limits';
import {
  DELETED,
  type EntityMap,
  type Fields,
  ITEM_LISTS,
  META_FIELDS,
  ORDER,
  ROOT,
  VALUE_SETS,
  flatten,
  hukiKey,
} from './shape';

type Entity = { id: string };
/** Whether a stored field need not be written: the projection gives `wanted` already. */
type Derived = (id: string, key: string, stored: unknown, wanted: unknown) => boolean;
type FieldDerived = (key: string, stored: unknown, wanted: unknown) => boolean;

const live = (m: unknown): m is EntityMap => m instanceof Y.Map && m.get(DELETED) !== true;

function writeFields(map: EntityMap, fields: Fields, base: Fields | null, derived?: FieldDerived) {
  const keys = new Set(Object.keys(fields));
  if (base) for (const k of Object.keys(base)) keys.add(k);
  else for (const k of map.keys()) if (k !== DELETED && k !== ORDER) keys.add(k);
  for (const k of keys) {
    const wanted = fields[k] ?? null;
    const was = base ? (base[k] ?? null) : (map.get(k) ?? null);
    const stored = map.get(k) ?? null;
    if (same(was, wanted) || same(stored, wanted)) continue;
    if (derived?.(k, stored, wanted)) continue;
    map.set(k, wanted);
  }
}

function writeEntities<T extends Entity>(
  root: Y.Map<EntityMap>,
  before: readonly T[] | null,
  after: readonly T[],
  ordered: boolean,
  derived?: Derived,
) {
  const old = before ? new Map(before.map((e) => [e.id, e])) : null;
  // The hidden order key of the next entity already in the doc, for placing new ones before it.
  const next: (string | null)[] = new Array<string | null>(after.length).fill(null);
  if (ordered) {
    let k: string | null = null;
    for (let i = after.length - 1; i >= 0; i--) {
      next[i] = k;
      const m = root.get(after[i]!.id);
      if (m instanceof Y.Map && typeof m.get(ORDER) === 'string') k = m.get(ORDER) as string;
    }
  }
  let prev: string | null = null;
  for (let i = 0; i < after.length; i++) {
    const e = after[i]!;
    const b = old?.get(e.id);
    const map = root.get(e.id);
    // Operations copy what they change: the same object is the same entity (a keystroke in a
    // 1,000-step flow looks at one step). Only its order key is needed from the doc.
    if (b === e && map instanceof Y.Map) {
      if (ordered) prev = (map.get(ORDER) as string | undefined) ?? prev;
      continue;
    }
    const fields = flatten(e);
    if (!(map instanceof Y.Map)) {
      const entries = Object.entries(fields).map(([k, v]): [string, unknown] => [k, v ?? null]);
      if (ordered) entries.push([ORDER, (prev = keyBetween(prev, next[i]))]);
      root.set(e.id, new Y.Map<unknown>(entries));
      continue;
    }
    if (ordered) prev = (map.get(ORDER) as string | undefined) ?? prev;
    if (map.get(DELETED) === true && !b) map.set(DELETED, false);
    const check: FieldDerived | undefined =
      derived && ((k, stored, wanted) => derived(e.id, k, stored, wanted));
    writeFields(map, fields, b ? flatten(b) : null, check);
  }
  const now = new Set(after.map((e) => e.id));
  const gone = before ? before.map((e) => e.id) : [...root.keys()];
  for (const id of gone) {
    const map = root.get(id);
    if (!now.has(id) && live(map)) map.set(DELETED, true);
  }
}

function writeSet(
  root: Y.Map<boolean>,
  before: readonly string[] | null,
  after: readonly string[],
) {
  const now = new Set(after);
  for (const v of after) if (root.get(v) !== true) root.set(v, true);
  const was = before ?? [...root.keys()];
  for (const v of was) if (!now.has(v) && root.get(v) === true) root.set(v, false);
}

const flatHuki = (huki: Process['huki'] | undefined) => {
  const out = new Map<string, string>();
  for (const [stepId, row] of Object.entries(huki ?? {}))
    for (const [registerId, letter] of Object.entries(row))
      out.set(hukiKey(stepId, registerId), letter);
  return out;
};

function writeHuki(root: Y.Map<string | null>, before: Process | null, after: Process) {
  const now = flatHuki(after.huki);
  const was = before
    ? flatHuki(before.huki)
    : new Map([...root.entries()].filter((e): e is [string, string] => e[1] !== null));
  for (const [k, v] of now) if (was.get(k) !== v || root.get(k) !== v) root.set(k, v);
  for (const k of was.keys())
    if (!now.has(k) && root.get(k) !== null && root.has(k)) root.set(k, null);
}

/**
 * A lane height that the projection's fitting gives anyway (the height its steps need, grown from
 * the stored one) is derived, and not written: only a height a person chose is.
 */
function laneHeightDerived(after: Process): Derived {
  return (id, key, stored, wanted) => {
    if (key !== 'height' || typeof stored !== 'number') return false;
    const lane = after.lanes.find((l) => l.id === id);
    if (!lane) return false;
    const need = requiredLaneHeight(lane, after.steps);
    return Math.min(LIMITS.laneMaxHeight, Math.max(stored, need)) === wanted;
  };
}

export function writeDiffInto(ydoc: Y.Doc, before: Process | null, after: Process) {
  const meta = ydoc.getMap<unknown>(ROOT.meta);
  for (const k of META_FIELDS) {
    const wanted = after[k] ?? null;
    const was = before ? (before[k] ?? null) : (meta.get(k) ?? null);
    if (!same(was, wanted) || (!before && !meta.has(k))) meta.set(k, wanted);
  }
  // Derived (stamped at store time): only a new doc gets one, so a projection always has it.
  if (!meta.has('changedAt')) meta.set('changedAt', after.changedAt);
  writeEntities(
    ydoc.getMap(ROOT.lanes),
    before?.lanes ?? null,
    after.lanes,
    false,
    laneHeightDerived(after),
  );
  writeEntities(ydoc.getMap(ROOT.steps), before?.steps ?? null, after.steps, true);
  writeEntities(
    ydoc.getMap(ROOT.connections),
    before?.connections ?? null,
    after.connections,
    true,
  );
  for (const list of ITEM_LISTS)
    writeEntities<Entity>(ydoc.getMap(list), before?.[list] ?? null, after[list], false);
  for (const set of VALUE_SETS) writeSet(ydoc.getMap(set), before?.[set] ?? null, after[set]);
  writeHuki(ydoc.getMap(ROOT.huki), before, after);
}
