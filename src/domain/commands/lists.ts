// Edits of the process's lists as granular operations (domain/operations/listOperations): what
// a field that shows a whole list as text ("Ansökan, Ritningar") turns into when it is
// committed, so an entry someone else added meanwhile is kept rather than overwritten.
import { newId } from '../model/ids';
import type { ListItem, Measure, Process } from '../model/types';
import { keyBetween, spreadKeys } from '../operations/laneOrder';
import type { ItemList, Operation, ValueSet } from '../operations/types';

/** One new entry at the end of a list. */
export function addItemOp(doc: Process, list: ItemList, text: string): Operation {
  const order = keyBetween(doc[list].at(-1)?.order, null);
  return { type: 'item.add', list, item: { id: newId('i'), text, order } };
}

type Entry = { id: string; order: string };

/**
 * The operations that make `current` hold the wanted entries in the wanted order: an entry
 * whose text is still there keeps its id (matched in order), others are removed, new ones
 * added; order keys change only if the entries that stay were put in a new order.
 */
function listOps<T extends Entry, W>(
  current: readonly T[],
  wanted: readonly W[],
  matches: (item: T, want: W) => boolean,
  ops: {
    add(want: W, order: string): Operation;
    update(item: T, want: W, order: string): Operation | null;
    remove(item: T): Operation;
  },
): Operation[] {
  const unused = [...current];
  const plan = wanted.map((want) => {
    const i = unused.findIndex((item) => matches(item, want));
    return { want, item: i >= 0 ? unused.splice(i, 1)[0]! : null };
  });
  const kept = plan.flatMap((p) => (p.item ? [p.item] : []));
  const inOrder = kept.every((item, i) => i === 0 || kept[i - 1]!.order < item.order);
  const fresh = inOrder ? null : spreadKeys(plan.length);
  const out: Operation[] = unused.map((item) => ops.remove(item));
  let last: string | null = null;
  plan.forEach((p, i) => {
    let order: string;
    if (fresh) order = fresh[i]!;
    else if (p.item) order = p.item.order;
    else {
      const next = plan.slice(i + 1).find((q) => q.item)?.item?.order ?? null;
      order = keyBetween(last, next);
    }
    last = order;
    if (!p.item) out.push(ops.add(p.want, order));
    else {
      const op = ops.update(p.item, p.want, order);
      if (op) out.push(op);
    }
  });
  return out;
}

export function itemListOps(doc: Process, list: ItemList, texts: readonly string[]): Operation[] {
  return listOps<ListItem, string>(doc[list], texts, (item, text) => item.text === text, {
    add: (text, order) => ({ type: 'item.add', list, item: { id: newId('i'), text, order } }),
    update: (item, _text, order) =>
      item.order === order ? null : { type: 'item.update', list, id: item.id, patch: { order } },
    remove: (item) => ({ type: 'item.remove', list, id: item.id }),
  });
}

export function measureListOps(
  doc: Process,
  measures: readonly { name: string; target: string }[],
): Operation[] {
  type Want = { name: string; target: string };
  return listOps<Measure, Want>(doc.measures, measures, (m, want) => m.name === want.name, {
    add: (want, order) => ({ type: 'measure.add', measure: { id: newId('m'), ...want, order } }),
    update: (m, want, order) =>
      m.order === order && m.target === want.target
        ? null
        : { type: 'measure.update', id: m.id, patch: { order, target: want.target } },
    remove: (m) => ({ type: 'measure.remove', id: m.id }),
  });
}

/** Adds and removes so the set holds exactly `values`. */
export function setOps(doc: Process, set: ValueSet, values: readonly string[]): Operation[] {
  const now = doc[set];
  return [
    ...now
      .filter((v) => !values.includes(v))
      .map((value) => ({ type: 'set.remove' as const, set, value })),
    ...values
      .filter((v) => !now.includes(v))
      .map((value) => ({ type: 'set.add' as const, set, value })),
  ];
}

/** The texts of a list's entries, in order (for showing it as text). */
export const itemTexts = (items: readonly ListItem[]): string[] => items.map((x) => x.text);
