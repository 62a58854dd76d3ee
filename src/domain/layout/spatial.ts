// A uniform grid of buckets: "what lies near this box?" without looking at everything, which is
// what keeps routing and label placement fast on a flow of a thousand steps.
import type { Box } from '../model/route';

const CELL = 256;

export class SpatialIndex<T> {
  private readonly cells = new Map<number, T[]>();
  private readonly items: T[] = [];

  all(): T[] {
    return this.items;
  }

  constructor(private readonly boxOf: (item: T) => Box) {}

  add(item: T): void {
    const box = this.boxOf(item);
    this.items.push(item);
    this.each(box, (key) => {
      const list = this.cells.get(key);
      if (list) list.push(item);
      else this.cells.set(key, [item]);
    });
  }

  /** Items whose boxes may overlap the box (each once). */
  near(box: Box): T[] {
    const seen = new Set<T>();
    this.each(box, (key) => {
      for (const item of this.cells.get(key) ?? []) seen.add(item);
    });
    return [...seen];
  }

  private each(box: Box, visit: (key: number) => void) {
    const x0 = Math.floor(box.x / CELL);
    const x1 = Math.floor((box.x + box.width) / CELL);
    const y0 = Math.floor(box.y / CELL);
    const y1 = Math.floor((box.y + box.height) / CELL);
    for (let x = x0; x <= x1; x++) {
      // Cells are keyed by a pair folded into one number; coordinates stay well inside ±2^20.
      for (let y = y0; y <= y1; y++) visit((x + 1048576) * 2097152 + (y + 1048576));
    }
  }
}
