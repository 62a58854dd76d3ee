// The order of the process map: by category (management, main, support), by title within it,
// and a to-be (önskat läge) right under the as-is it was made from, not beside it as another
// process. A to-be whose as-is is not in the library stands on its own, still marked as a to-be.
import type { Category, Variant } from '../model/types';

export const MAP_CATEGORIES: readonly Category[] = [
  'ledningsprocess',
  'huvudprocess',
  'stodprocess',
];

export interface MapItem {
  id: string;
  title: string;
  category: Category;
  variant: Variant;
  asIsId?: string | undefined;
}

export interface MapRow<T extends MapItem> {
  item: T;
  /** A to-be: marked "önskat läge" wherever it is shown. */
  toBe: boolean;
  /** Shown under its as-is (indented), which is the row just above it or its group. */
  nested: boolean;
}

/** The to-bes of each as-is present in the list, by the as-is's id, sorted by title. */
function toBesByAsIs<T extends MapItem>(items: readonly T[]): Map<string, T[]> {
  const ids = new Set(items.map((i) => i.id));
  const out = new Map<string, T[]>();
  for (const item of items) {
    const asIs = nestedUnder(item, ids);
    if (asIs === null) continue;
    const list = out.get(asIs) ?? [];
    list.push(item);
    out.set(asIs, list);
  }
  for (const list of out.values()) list.sort(byTitle);
  return out;
}

/** Every item once, in map order: category, title, each as-is followed by its to-bes. */
export function mapRows<T extends MapItem>(items: readonly T[]): MapRow<T>[] {
  const under = toBesByAsIs(items);
  const rows: MapRow<T>[] = [];
  const placed = new Set<string>();
  const add = (item: T, nested: boolean) => {
    if (placed.has(item.id)) return;
    placed.add(item.id);
    rows.push({ item, toBe: item.variant === 'onskat', nested });
    for (const child of under.get(item.id) ?? []) add(child, true);
  };
  const ids = new Set(items.map((i) => i.id));
  for (const category of MAP_CATEGORIES) {
    const top = items.filter((i) => i.category === category && nestedUnder(i, ids) === null);
    for (const item of top.sort(byTitle)) add(item, false);
  }
  // A chain of to-bes pointing at each other in a circle has no top: shown on its own.
  for (const item of [...items].sort(byTitle)) add(item, false);
  return rows;
}

export interface MapGroup<T extends MapItem> {
  item: T;
  /** The to-bes shown under it (a to-be made from one of its to-bes too), in map order. */
  toBes: T[];
}

/** The process map's bands: per category, each as-is (or lone to-be) with its to-bes. */
export function mapGroups<T extends MapItem>(items: readonly T[]): Map<Category, MapGroup<T>[]> {
  const out = new Map<Category, MapGroup<T>[]>(MAP_CATEGORIES.map((c) => [c, []]));
  let current: MapGroup<T> | null = null;
  for (const row of mapRows(items)) {
    if (row.nested && current) {
      current.toBes.push(row.item);
      continue;
    }
    current = { item: row.item, toBes: [] };
    out.get(row.item.category)?.push(current);
  }
  return out;
}

/** The as-is a to-be is shown under, when it is in the list (and is not the item itself). */
function nestedUnder(item: MapItem, ids: ReadonlySet<string>): string | null {
  if (item.variant !== 'onskat' || !item.asIsId || item.asIsId === item.id) return null;
  return ids.has(item.asIsId) ? item.asIsId : null;
}

function byTitle(a: MapItem, b: MapItem): number {
  return a.title.localeCompare(b.title, 'sv') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
