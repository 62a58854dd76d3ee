// The shape of a process on a Y.Doc (docs: ../shared/docs/collaboration.md §3). Only the yjs/
// folder knows it; mapping.ts is its one door. Root maps:
// - meta: one key per process scalar (changedAt only from the creator: it is derived);
// - lanes, steps, connections: entity id → Y.Map, one key per field, step properties flattened
//   as `p.<name>`, removals as `deleted: true` (never a map delete), steps and connections with a
//   hidden order key `o` (their array order is (o, id));
// - parkingLot, objectsIn, objectsOut, measures: item id → Y.Map with the item's fields and order;
// - tags, customerGroupIds: value → true (present) or false (removed);
// - huki: "stepId:registerId" (':' and '%' escaped in the parts) → letter, or null (none).
// An absent optional field (lane order, pool, bpmn, asIsId) is stored as null.
import type * as Y from 'yjs';
import type { Process } from '../../domain/model/types';
import { PROCESS_SCALARS } from '../../domain/operations/types';

export const ROOT = {
  meta: 'meta',
  lanes: 'lanes',
  steps: 'steps',
  connections: 'connections',
  huki: 'huki',
} as const;

export const ITEM_LISTS = ['parkingLot', 'objectsIn', 'objectsOut', 'measures'] as const;
export const VALUE_SETS = ['tags', 'customerGroupIds'] as const;

export const META_FIELDS = [
  'id',
  ...PROCESS_SCALARS,
  'createdAt',
] as const satisfies readonly (keyof Process)[];

/** Fields that may be missing from an entity: null in Y means "absent". */
export const OPTIONAL = new Set(['order', 'pool', 'bpmn', 'asIsId']);

export const DELETED = 'deleted';
/** The hidden order key of steps and connections. */
export const ORDER = 'o';
export const PROPERTY = 'p.';

export type Fields = Record<string, unknown>;
export type EntityMap = Y.Map<unknown>;

const esc = (s: string) => s.replace(/%/g, '%25').replace(/:/g, '%3A');
const unesc = (s: string) => s.replace(/%3A/g, ':').replace(/%25/g, '%');

export const hukiKey = (stepId: string, registerId: string) => `${esc(stepId)}:${esc(registerId)}`;
export function splitHukiKey(key: string): [string, string] | null {
  const parts = key.split(':');
  return parts.length === 2 ? [unesc(parts[0]!), unesc(parts[1]!)] : null;
}

/** An entity's fields as stored (id is the map key; step properties flattened). */
export function flatten(entity: object): Fields {
  const out: Fields = {};
  for (const [k, v] of Object.entries(entity)) {
    if (k === 'id') continue;
    if (k === 'properties' && v && typeof v === 'object') {
      for (const [pk, pv] of Object.entries(v)) out[PROPERTY + pk] = pv;
    } else out[k] = v;
  }
  return out;
}

/** An entity back from its stored fields (nulls of optional fields dropped). */
export function unflatten(id: string, map: EntityMap): Fields {
  const out: Fields = { id };
  let properties: Fields | null = null;
  for (const [k, v] of map.entries()) {
    if (k === DELETED || k === ORDER) continue;
    if (k.startsWith(PROPERTY)) (properties ??= {})[k.slice(PROPERTY.length)] = v;
    else if (!(v === null && OPTIONAL.has(k))) out[k] = v;
  }
  if (properties) out.properties = properties;
  return out;
}
