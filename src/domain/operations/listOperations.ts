// The process's lists, one entry at a time, so two people adding a parking-lot note or a tag at
// once both keep theirs. Item lists (parking lot, objects in/out, measures) hold entries with an
// id and an order key and stay sorted by them; tags and customer groups are sets, kept sorted,
// so every copy of the document agrees on the order whatever order the additions arrived in.
import type { ListItem, Measure, Process } from '../model/types';
import { cleanLabel, cutText } from '../schema/fitToLimits';
import { LIMITS } from '../schema/limits';
import { changesNothing, guarded, same } from './guard';
import { compareOrder, isOrderKey, keyBetween } from './laneOrder';
import type { ItemList, Operation, ValueSet } from './types';

type ListOp<T extends Operation['type']> = Extract<Operation, { type: T }>;

const ITEM_LIMIT: Record<ItemList, number> = {
  parkingLot: LIMITS.parkingLot,
  objectsIn: LIMITS.objects,
  objectsOut: LIMITS.objects,
};

type Ordered = { id: string; order: string };

function insertSorted<T extends Ordered>(list: readonly T[], item: T): T[] {
  const out = [...list];
  let i = out.length;
  while (i > 0 && compareOrder(out[i - 1]!, item) > 0) i--;
  out.splice(i, 0, item);
  return out;
}

/** The item with a usable key: one that is not a key goes below the last entry. */
function keyed<T extends Ordered>(list: readonly T[], item: T): T {
  return isOrderKey(item.order) ? item : { ...item, order: keyBetween(list.at(-1)?.order, null) };
}

function updateSorted<T extends Ordered>(list: readonly T[], id: string, next: T): T[] {
  const rest = list.filter((x) => x.id !== id);
  return insertSorted(rest, next);
}

export function addItem(doc: Process, op: ListOp<'item.add'>): Process {
  const list = doc[op.list];
  const text = cleanLabel(op.item.text).trim();
  if (!text || list.length >= ITEM_LIMIT[op.list] || list.some((x) => x.id === op.item.id))
    return doc;
  return { ...doc, [op.list]: insertSorted(list, keyed(list, { ...op.item, text })) };
}

export function updateItem(doc: Process, op: ListOp<'item.update'>): Process {
  const list = doc[op.list];
  const item = list.find((x) => x.id === op.id);
  if (!item) return doc;
  const patch = guarded(item, op.patch, op.expect);
  if (patch.text !== undefined) patch.text = cleanLabel(patch.text).trim();
  if (patch.text === '') delete patch.text;
  if (patch.order !== undefined && !isOrderKey(patch.order)) delete patch.order;
  if (changesNothing(item, patch)) return doc;
  const next: ListItem = { ...item, ...patch };
  return { ...doc, [op.list]: updateSorted(list, op.id, next) };
}

export function removeItem(doc: Process, op: ListOp<'item.remove'>): Process {
  const list = doc[op.list];
  const rest = list.filter((x) => x.id !== op.id);
  return rest.length === list.length ? doc : { ...doc, [op.list]: rest };
}

export function addMeasure(doc: Process, op: ListOp<'measure.add'>): Process {
  const name = cleanLabel(op.measure.name).trim();
  if (!name || doc.measures.length >= LIMITS.measures) return doc;
  if (doc.measures.some((m) => m.id === op.measure.id)) return doc;
  const measure: Measure = { ...op.measure, name, target: cleanLabel(op.measure.target) };
  return { ...doc, measures: insertSorted(doc.measures, keyed(doc.measures, measure)) };
}

export function updateMeasure(doc: Process, op: ListOp<'measure.update'>): Process {
  const measure = doc.measures.find((m) => m.id === op.id);
  if (!measure) return doc;
  const patch = guarded(measure, op.patch, op.expect);
  if (patch.name !== undefined) patch.name = cleanLabel(patch.name).trim();
  if (patch.name === '') delete patch.name;
  if (patch.target !== undefined) patch.target = cleanLabel(patch.target);
  if (patch.order !== undefined && !isOrderKey(patch.order)) delete patch.order;
  if (changesNothing(measure, patch)) return doc;
  return { ...doc, measures: updateSorted(doc.measures, op.id, { ...measure, ...patch }) };
}

export function removeMeasure(doc: Process, op: ListOp<'measure.remove'>): Process {
  const measures = doc.measures.filter((m) => m.id !== op.id);
  return measures.length === doc.measures.length ? doc : { ...doc, measures };
}

const collator = new Intl.Collator('sv');
/** Tags read alphabetically (Swedish collation); customer groups by id (shown in register order). */
const setOrder: Record<ValueSet, (a: string, b: string) => number> = {
  tags: (a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0),
  customerGroupIds: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
};
const SET_LIMIT: Record<ValueSet, number> = {
  tags: LIMITS.tags,
  customerGroupIds: LIMITS.customerGroups,
};

export function cleanSetValue(set: ValueSet, value: string): string {
  return set === 'tags' ? cleanLabel(cutText(value, LIMITS.tag)).trim() : value;
}

export function addToSet(doc: Process, op: ListOp<'set.add'>): Process {
  const value = cleanSetValue(op.set, op.value);
  const list = doc[op.set];
  if (!value || list.includes(value)) return doc;
  if (list.length >= SET_LIMIT[op.set]) return doc;
  if (op.set === 'customerGroupIds' && value.length > LIMITS.id) return doc;
  return { ...doc, [op.set]: sortSet(op.set, [...list, value]) };
}

export function removeFromSet(doc: Process, op: ListOp<'set.remove'>): Process {
  const list = doc[op.set];
  return list.includes(op.value) ? { ...doc, [op.set]: list.filter((v) => v !== op.value) } : doc;
}

export const sortSet = (set: ValueSet, values: string[]): string[] =>
  [...new Set(values)].sort(setOrder[set]);

export function setHuki(doc: Process, op: ListOp<'huki.set'>): Process {
  if (!doc.steps.some((s) => s.id === op.stepId)) return doc;
  const row = doc.huki[op.stepId] ?? {};
  const current = Object.prototype.hasOwnProperty.call(row, op.registerId)
    ? row[op.registerId]!
    : null;
  if (op.expect !== undefined && !same(current, op.expect)) return doc;
  if (current === op.value) return doc;
  const nextRow = { ...row };
  if (op.value === null) delete nextRow[op.registerId];
  else define(nextRow, op.registerId, op.value);
  const huki = { ...doc.huki };
  if (Object.keys(nextRow).length === 0) delete huki[op.stepId];
  else define(huki, op.stepId, nextRow);
  return { ...doc, huki };
}

/** A key can be user data (an id): `__proto__` must stay an own key, not set the prototype. */
function define<T>(o: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}
