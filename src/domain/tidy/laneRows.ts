// The rows inside one lane for tidy-up: flow steps in ELK's vertical order on a row grid shared
// by all lanes, each with its attached items stacked against it, then loose notes. Coordinates
// are the lane's own (y from the lane's top).
import { GRID, LANE_MIN_HEIGHT, LANE_PADDING } from '../model/geometry';
import type { Box } from '../model/route';
import type { Lane, Step } from '../model/types';
import { arrangements, overlaps, stack, zoneAt, type Side, type StackedItem } from './itemStack';

export const ROW_GAP = 32;
/** Room kept between the tidied selection and steps left where they were. */
export const CLEARANCE = 16;

export interface Placed {
  id: string;
  box: Box;
  flow: boolean;
  /** Left where it was (a partial tidy-up); not moved, only avoided. */
  fixed: boolean;
  /** For an attached item: where no other flow step may come. */
  zone?: Box;
  /** An item at the lane's top edge for a step in a lane above: the lane's centring leaves it. */
  pinned?: boolean;
}

/** An item in this lane whose step is in a lane above, already placed: its distance so far. */
export interface TopItem {
  item: Step;
  x: number;
  /** From the lane's top edge up to the anchor's bottom. */
  above: number;
}

export interface LaneInput {
  lane: Lane;
  fixed: readonly Step[];
  flow: readonly Step[];
  itemsOf: ReadonlyMap<string, readonly Step[]>;
  loose: readonly Step[];
  top: readonly TopItem[];
  /** Steps with items in a lane below: they take the lane's bottom row, nearest those items. */
  down: ReadonlySet<string>;
  x: ReadonlyMap<string, number>;
  rowHeight: number;
  partial: boolean;
  isFlow(step: Step): boolean;
}

export function collides(a: Box, b: Box): boolean {
  return (
    a.x < b.x + b.width + CLEARANCE &&
    b.x < a.x + a.width + CLEARANCE &&
    a.y < b.y + b.height + CLEARANCE &&
    b.y < a.y + a.height + CLEARANCE
  );
}

export const snapUp = (v: number) => Math.ceil(v / GRID) * GRID;
const boxOf = (s: Step, x: number, y: number): Box => ({
  x,
  y,
  width: s.width,
  height: s.height,
});

interface Fit {
  row: number;
  box: Box;
  stacked: StackedItem[];
}

export function placeLane(input: LaneInput): { placed: Placed[]; height: number } {
  const { lane, rowHeight } = input;
  const placed: Placed[] = input.fixed.map((s) => ({
    id: s.id,
    box: boxOf(s, s.x, s.y),
    flow: input.isFlow(s),
    fixed: true,
  }));
  const free = (b: Box) => !placed.some((o) => collides(b, o.box));
  const clearOfZones = (b: Box) => !placed.some((o) => o.zone && overlaps(b, o.zone));
  const clearOfFlow = (zone: Box) => !placed.some((o) => o.flow && overlaps(zone, o.box));
  const rowTop = (row: number) => LANE_PADDING + row * (rowHeight + ROW_GAP);
  let gridBottom = 0;

  // Items for steps in a lane above come first, against the lane's top edge, nearest that step.
  for (const { item, x, above } of input.top) {
    for (let y = LANE_PADDING; ; y += GRID) {
      const box = boxOf(item, x, y);
      const zone = zoneAt(box, above + y);
      if (!free(box) || !clearOfFlow(zone)) continue;
      placed.push({ id: item.id, box, flow: false, fixed: false, zone, pinned: true });
      break;
    }
  }

  let lastRow = 0;
  for (const s of input.flow) {
    const items = input.itemsOf.get(s.id) ?? [];
    const options = arrangements(items.length);
    // Items on both sides are calmer than a stack on one: short zones that leave the next
    // column free, and no item's line running through another item. Worth up to two rows.
    const calm = (sides: Side[]) =>
      items.length < 2 || (sides.includes('above') && sides.includes('below'));
    let fallback: Fit | null = null as Fit | null;
    let chosen: Fit | null = null as Fit | null;
    for (let row = input.down.has(s.id) ? lastRow : 0; !chosen; row++) {
      if (fallback && row > fallback.row + 2) chosen = fallback;
      const y = rowTop(row) + Math.round((rowHeight - s.height) / 2);
      const box = boxOf(s, input.x.get(s.id)!, y);
      if (chosen || !free(box) || !clearOfZones(box)) continue;
      for (const sides of options) {
        const stacked = stack(box, items, sides);
        const fits = stacked.every(
          (it) => it.zone.y >= -LANE_PADDING && free(it.box) && clearOfFlow(it.zone),
        );
        if (!fits) continue;
        if (calm(sides)) chosen = { row, box, stacked };
        else fallback ??= { row, box, stacked };
        if (chosen) break;
      }
    }
    const { row, box, stacked } = chosen!;
    placed.push({ id: s.id, box, flow: true, fixed: false });
    for (const it of stacked) placed.push({ ...it, flow: false, fixed: false });
    gridBottom = Math.max(gridBottom, rowTop(row) + rowHeight);
    lastRow = Math.max(lastRow, row);
  }

  // Loose notes (attached to nothing being tidied): the first free row in their column.
  for (const s of input.loose) {
    for (let row = 0; ; row++) {
      const box = boxOf(
        s,
        input.x.get(s.id)!,
        rowTop(row) + Math.round((rowHeight - s.height) / 2),
      );
      if (!free(box)) continue;
      placed.push({ id: s.id, box, flow: false, fixed: false });
      gridBottom = Math.max(gridBottom, rowTop(row) + rowHeight);
      break;
    }
  }

  // A zone reaches at most a lane padding past the edge: the next lane's steps keep that much
  // from their own edge, so nothing there comes nearer than the item's own step.
  const bottom = Math.max(
    gridBottom,
    ...placed.map((p) => p.box.y + p.box.height),
    ...placed
      .filter((p) => p.zone && !p.fixed)
      .map((p) => p.zone!.y + p.zone!.height - 2 * LANE_PADDING),
  );
  const needed = snapUp(Math.max(LANE_MIN_HEIGHT, bottom + LANE_PADDING));
  if (input.partial) return { placed, height: Math.max(lane.height, needed) };
  // A lane taller than its rows: centre the rows so the lane does not look half empty.
  const spare = Math.floor((needed - LANE_PADDING - bottom) / 2);
  if (spare > 0) {
    for (const p of placed) {
      if (p.pinned || p.fixed) continue;
      p.box = { ...p.box, y: p.box.y + spare };
      if (p.zone) p.zone = { ...p.zone, y: p.zone.y + spare };
    }
  }
  return { placed, height: needed };
}
