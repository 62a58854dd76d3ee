// Splitting a diagram over pages: how many tiles, and which part of the drawing each shows.
// Neighbouring tiles overlap a little so that a step cut at an edge is whole on one of them.

export interface Tile {
  row: number;
  column: number;
  /** Offset into the scaled drawing, in points. */
  offsetX: number;
  offsetY: number;
}

export interface TilePlan {
  rows: number;
  columns: number;
  tiles: Tile[];
}

export function planTiles(
  drawingWidth: number,
  drawingHeight: number,
  areaWidth: number,
  areaHeight: number,
  overlap: number,
): TilePlan {
  const stepX = Math.max(1, areaWidth - overlap);
  const stepY = Math.max(1, areaHeight - overlap);
  const columns = Math.max(1, Math.ceil((drawingWidth - overlap) / stepX));
  const rows = Math.max(1, Math.ceil((drawingHeight - overlap) / stepY));
  const tiles: Tile[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      tiles.push({ row, column, offsetX: column * stepX, offsetY: row * stepY });
    }
  }
  return { rows, columns, tiles };
}

/** The scale at which the whole drawing fits the area; never enlarged beyond 1:1. */
export function fitScale(width: number, height: number, areaWidth: number, areaHeight: number) {
  return Math.min(1, areaWidth / width, areaHeight / height);
}
