// Swimlanes: cells with "swimlane" in their style. A swimlane holding swimlanes is a pool, the
// innermost ones are lanes; a swimlane with none inside is a pool without lanes, one lane. Lanes
// drawn side by side (columns) are turned a quarter so that they read as our rows.
import type { Cell, Geometry } from './cells';

export interface LaneFound {
  cell: Cell;
  /** The pool around it, if any. */
  pool?: Cell;
  /** Where it is on the page, turned when the page's lanes are columns. */
  bounds: Geometry;
}

export function isSwimlane(cell: Cell): boolean {
  return cell.vertex && (cell.base === 'swimlane' || cell.style.get('shape') === 'swimlane');
}

/** The page's geometry: absolute positions of cells, through their parents (cycles refused). */
export class PageTree {
  private readonly kids = new Map<string, Cell[]>();
  private readonly abs = new Map<string, Geometry>();

  constructor(readonly cells: ReadonlyMap<string, Cell>) {
    for (const c of cells.values()) {
      const list = this.kids.get(c.parent) ?? [];
      list.push(c);
      this.kids.set(c.parent, list);
    }
  }

  childrenOf(id: string): readonly Cell[] {
    return this.kids.get(id) ?? [];
  }

  /** The chain of parents, nearest first; stops at a repeat or after 256 steps. */
  ancestors(cell: Cell): Cell[] {
    const chain: Cell[] = [];
    const seen = new Set<string>([cell.id]);
    let p = this.cells.get(cell.parent);
    while (p && !seen.has(p.id) && chain.length < 256) {
      chain.push(p);
      seen.add(p.id);
      p = this.cells.get(p.parent);
    }
    return chain;
  }

  /** On the page: a vertex's geometry is relative to its parent vertex. */
  absolute(cell: Cell): Geometry {
    const known = this.abs.get(cell.id);
    if (known) return known;
    const g = cell.geometry ?? { x: 0, y: 0, width: 0, height: 0 };
    let x = g.x;
    let y = g.y;
    for (const a of this.ancestors(cell)) {
      if (!a.vertex || !a.geometry) continue;
      x += a.geometry.x;
      y += a.geometry.y;
    }
    const result = { x, y, width: g.width, height: g.height };
    this.abs.set(cell.id, result);
    return result;
  }
}

const turn = (g: Geometry): Geometry => ({ x: g.y, y: g.x, width: g.height, height: g.width });
const centre = (g: Geometry) => ({ x: g.x + g.width / 2, y: g.y + g.height / 2 });

/** Whether the lanes stand side by side: spread more across than down. */
function areColumns(lanes: readonly { cell: Cell; bounds: Geometry }[]): boolean {
  if (lanes.length === 0) return false;
  if (lanes.length === 1) {
    const { cell, bounds } = lanes[0]!;
    return cell.style.get('horizontal') !== '0' && bounds.height > bounds.width * 1.5;
  }
  const xs = lanes.map((l) => centre(l.bounds).x);
  const ys = lanes.map((l) => centre(l.bounds).y);
  return Math.max(...xs) - Math.min(...xs) > Math.max(...ys) - Math.min(...ys);
}

export interface PageLanes {
  lanes: LaneFound[];
  columns: boolean;
  /** A cell's bounds as the lanes are read (turned for columns). */
  place: (cell: Cell) => Geometry;
}

export function findLanes(tree: PageTree): PageLanes {
  const swimlanes = [...tree.cells.values()].filter(isSwimlane);
  const found = swimlanes
    .filter((s) => !tree.childrenOf(s.id).some(isSwimlane))
    .map((cell) => ({
      cell,
      pool: tree.ancestors(cell).find(isSwimlane),
      bounds: tree.absolute(cell),
    }));
  const columns = areColumns(found);
  const place = (cell: Cell) => (columns ? turn(tree.absolute(cell)) : tree.absolute(cell));
  const lanes = found
    .map((l) => ({ ...l, bounds: columns ? turn(l.bounds) : l.bounds }))
    .sort((a, b) => a.bounds.y - b.bounds.y || a.bounds.x - b.bounds.x);
  return { lanes, columns, place };
}

/** The lane whose band holds the point's centre, if any. */
export function laneAt(lanes: readonly LaneFound[], g: Geometry): LaneFound | undefined {
  const c = centre(g);
  return lanes.find(
    (l) =>
      c.x >= l.bounds.x &&
      c.x <= l.bounds.x + l.bounds.width &&
      c.y >= l.bounds.y &&
      c.y <= l.bounds.y + l.bounds.height,
  );
}
