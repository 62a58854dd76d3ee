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
  const { rows, columns, stepX, stepY } = tileGrid(
    drawingWidth,
    drawingHeight,
    areaWidth,
    areaHeight,
    overlap,
  );
  const tiles: Tile[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      tiles.push({ row, column, offsetX: column * stepX, offsetY: row * stepY });
    }
  }
  return { rows, columns, tiles };
}

/** Rows and columns alone, without listing the tiles: cheap however many there would be. */
function tileGrid(
  drawingWidth: number,
  drawingHeight: number,
  areaWidth: number,
  areaHeight: number,
  overlap: number,
) {
  const stepX = Math.max(1, areaWidth - overlap);
  const stepY = Math.max(1, areaHeight - overlap);
  const columns = Math.max(1, Math.ceil((drawingWidth - overlap) / stepX));
  const rows = Math.max(1, Math.ceil((drawingHeight - overlap) / stepY));
  return { rows, columns, stepX, stepY };
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
  const rows = tileGrid(1, drawingHeight * preferred, 1, areaHeight, overlap).rows;
  if (rows === 1) return preferred;
  // Just under the height at which rows - 1 rows cover the drawing, so rounding cannot add one.
  const scale = (((rows - 1) * (areaHeight - overlap) + overlap) / drawingHeight) * (1 - 1e-9);
  return scale >= min ? scale : preferred;
}

/**
 * At most this many diagram pages. A valid file can be two million points wide: at a readable
 * scale that is over a hundred thousand pages, and the export hung until the tab crashed.
 */
export const MAX_TILES = 50;

export interface TileFit {
  /** The scale to draw at: the one asked for, or smaller so the pages stay within `max`. */
  scale: number;
  /** Pages the scale asked for would have taken. */
  wanted: number;
  capped: boolean;
}

/**
 * The tile scale within the page cap. The lane names are repeated on every page at the same
 * scale, so the width left for the body shrinks as the scale grows; pages grow with the scale
 * either way, which lets a bisection find the largest scale that fits.
 */
export function capTiles(
  drawing: DrawingSize,
  area: { w: number; h: number },
  overlap: number,
  preferred: number,
  max = MAX_TILES,
): TileFit {
  const pages = (scale: number) => {
    const { rows, columns } = tileGrid(...drawingTileArgs(drawing, area, overlap, scale));
    return rows * columns;
  };
  const wanted = pages(preferred);
  if (wanted <= max) return { scale: preferred, wanted, capped: false };
  let low = 0;
  let high = preferred;
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2;
    if (pages(mid) <= max) low = mid;
    else high = mid;
  }
  return { scale: low, wanted, capped: true };
}

/** The drawing's body (right of the lane names) at this scale, tiled over the area beside them. */
export function planDrawingTiles(
  drawing: DrawingSize,
  area: { w: number; h: number },
  overlap: number,
  scale: number,
): TilePlan {
  return planTiles(...drawingTileArgs(drawing, area, overlap, scale));
}

interface DrawingSize {
  width: number;
  height: number;
  /** Width of the lane names, repeated at the left of every page. */
  header: number;
}

// One place for the arithmetic, so the cap and the pages it caps round alike to the last bit.
function drawingTileArgs(
  drawing: DrawingSize,
  area: { w: number; h: number },
  overlap: number,
  scale: number,
): [number, number, number, number, number] {
  const header = drawing.header * scale;
  return [drawing.width * scale - header, drawing.height * scale, area.w - header, area.h, overlap];
}
