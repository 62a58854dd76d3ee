// Where a step's attached items go around it: stacked straight above or below it, centred on it,
// each with a keep-out zone that no other flow step may enter. The zone is as deep as the item's
// distance to its step (plus a little), so the step it hangs on is always its nearest one.
import type { Box } from '../model/route';
import type { Step } from '../model/types';

/** Room between a step and its first item, and between stacked items. */
export const ITEM_GAP = 16;
/** Strictly nearer: a zone's margin beats the item's distance to its step by this much. */
export const NEARER = 4;

export interface StackedItem {
  id: string;
  box: Box;
  /** The item grown by its distance to the anchor: other flow steps stay outside. */
  zone: Box;
}

export type Side = 'below' | 'above';

/** The ways to share n items between the two sides, the calmest first. */
export function arrangements(n: number): Side[][] {
  const alternate = (first: Side): Side[] =>
    Array.from({ length: n }, (_, i) =>
      i % 2 === 0 ? first : first === 'below' ? 'above' : 'below',
    );
  const options = [
    alternate('below'),
    Array<Side>(n).fill('below'),
    alternate('above'),
    Array<Side>(n).fill('above'),
  ];
  return options.filter((o, i) => options.findIndex((p) => p.join() === o.join()) === i);
}

export function grow(box: Box, margin: number): Box {
  return {
    x: box.x - margin,
    y: box.y - margin,
    width: box.width + 2 * margin,
    height: box.height + 2 * margin,
  };
}

/** The item centred on the anchor's column, its top at y. */
export function itemBox(anchor: Box, item: Pick<Step, 'width' | 'height'>, y: number): Box {
  return {
    x: anchor.x + Math.round((anchor.width - item.width) / 2),
    y,
    width: item.width,
    height: item.height,
  };
}

/** The items stacked on the given sides of the anchor, nearest first on each side. */
export function stack(anchor: Box, items: readonly Step[], sides: readonly Side[]): StackedItem[] {
  let below = anchor.y + anchor.height + ITEM_GAP;
  let above = anchor.y - ITEM_GAP;
  return items.map((item, i) => {
    let box: Box;
    let distance: number;
    if (sides[i] === 'above') {
      box = itemBox(anchor, item, above - item.height);
      distance = anchor.y - (box.y + box.height);
      above = box.y - ITEM_GAP;
    } else {
      box = itemBox(anchor, item, below);
      distance = box.y - (anchor.y + anchor.height);
      below = box.y + box.height + ITEM_GAP;
    }
    return { id: item.id, box, zone: grow(box, distance + NEARER) };
  });
}

/** The zone of an item at a known distance from its anchor (in another lane). */
export function zoneAt(box: Box, distance: number): Box {
  return grow(box, distance + NEARER);
}

/** Interiors overlap (touching edges do not). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
