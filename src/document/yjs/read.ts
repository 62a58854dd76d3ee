// Reads a process out of a Y.Doc (the shape: shape.ts). Live entities only, with "an edit beats
// a removal": a lane marked deleted that still holds a live step is shown. Lanes and items come
// in (order, id), steps and connections in (hidden order key, id); the domain's normaliser then
// places steps whose lane is gone in the first lane, drops connections whose ends are gone and
// fits lane heights (domain/model/normalise.ts, the same rules as the load gate's repair).
// The incremental projector (incremental.ts) reads with the same pieces, one entity at a time.
import * as Y from 'yjs';
import { normalise } from '../../domain/model/normalise';
import type { Process } from '../../domain/model/types';
import { compareOrder } from '../../domain/operations/laneOrder';
import {
  DELETED,
  type EntityMap,
  type Fields,
  ITEM_LISTS,
  META_FIELDS,
  ORDER,
  ROOT,
  VALUE_SETS,
  splitHukiKey,
  unflatten,
} from './shape';

export type Read = { fields: Fields; deleted: boolean; key: { id: string; order?: string } };

/** The root maps read entity by entity (ordered: hidden order key `o`). */
export const ENTITY_ROOTS: readonly { name: string; hidden: boolean }[] = [
  { name: ROOT.lanes, hidden: false },
  { name: ROOT.steps, hidden: true },
  { name: ROOT.connections, hidden: true },
  ...ITEM_LISTS.map((name) => ({ name, hidden: false })),
];

/** One entity of a root map, or null when the value there is no entity map. */
export function readOne(id: string, map: unknown, hidden: boolean): Read | null {
  if (!(map instanceof Y.Map)) return null;
  const fields = unflatten(id, map as EntityMap);
  const order = hidden ? map.get(ORDER) : fields.order;
  return {
    fields,
    deleted: map.get(DELETED) === true,
    key: { id, order: typeof order === 'string' ? order : undefined },
  };
}

export const sortReads = (list: Read[]): Read[] => list.sort((a, b) => compareOrder(a.key, b.key));

function readEntities(root: Y.Map<unknown>, hidden: boolean): Read[] {
  const out: Read[] = [];
  for (const [id, map] of root.entries()) {
    const read = readOne(id, map, hidden);
    if (read) out.push(read);
  }
  return sortReads(out);
}

/** The HUKI cells by step id then register id. */
export function readHuki(ydoc: Y.Doc): Process['huki'] {
  const huki: Record<string, Record<string, string>> = {};
  for (const [key, letter] of ydoc.getMap<unknown>(ROOT.huki).entries()) {
    const ids = splitHukiKey(key);
    if (!ids || letter === null || letter === undefined) continue;
    (huki[ids[0]] ??= {})[ids[1]] = letter as string;
  }
  return huki as Process['huki'];
}

const alive = (list: Read[]) => list.filter((r) => !r.deleted).map((r) => r.fields);

/** Sorted entity reads of a root map, by name. */
export type Entities = (name: string, hidden: boolean) => Read[];

/** The process from its parts, normalised; null when the doc holds none (no id yet). */
export function assemble(ydoc: Y.Doc, entities: Entities, huki: Process['huki']): Process | null {
  const meta = ydoc.getMap<unknown>(ROOT.meta);
  if (typeof meta.get('id') !== 'string') return null;
  const doc: Fields = {};
  for (const k of [...META_FIELDS, 'changedAt']) {
    const v = meta.get(k);
    if (v !== undefined && v !== null) doc[k] = v;
  }
  const steps = alive(entities(ROOT.steps, true));
  const occupied = new Set(steps.map((s) => s.laneId));
  doc.steps = steps;
  doc.lanes = entities(ROOT.lanes, false)
    .filter((r) => !r.deleted || occupied.has(r.key.id))
    .map((r) => r.fields);
  doc.connections = alive(entities(ROOT.connections, true));
  for (const list of ITEM_LISTS) doc[list] = alive(entities(list, false));
  for (const set of VALUE_SETS) {
    const values: string[] = [];
    for (const [v, on] of ydoc.getMap<unknown>(set).entries()) if (on === true) values.push(v);
    doc[set] = values.sort();
  }
  doc.huki = huki;
  return normalise(doc as unknown as Process);
}

/** The process in the Y.Doc, normalised; null when the doc holds none (no id yet). */
export function projectDoc(ydoc: Y.Doc): Process | null {
  const meta = ydoc.getMap<unknown>(ROOT.meta);
  if (typeof meta.get('id') !== 'string') return null;
  return assemble(ydoc, (name, hidden) => readEntities(ydoc.getMap(name), hidden), readHuki(ydoc));
}
