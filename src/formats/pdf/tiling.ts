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

/**
 * The scale for tiled pages: the preferred one, unless shrinking a little (not below `min`, where
 * labels would get too small to read on paper) saves a whole row of pages.
 */
export function tileScale(
  drawingHeight: number,
  areaHeight: number,
  overlap: number,
  preferred: number,
  min: number,
): number {
  const rows = planTiles(1, drawingHeight * preferred, 1, areaHeight, overlap).rows;
  if (rows === 1) return preferred;
  // Just under the height at which rows - 1 rows cover the drawing, so rounding cannot add one.
  const scale = (((rows - 1) * (areaHeight - overlap) + overlap) / drawingHeight) * (1 - 1e-9);
  return scale >= min ? scale : preferred;
}
