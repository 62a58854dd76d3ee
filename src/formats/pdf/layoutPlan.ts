// Where the diagram goes on paper, decided before anything is drawn: the page size and
// orientation, the scale (and so the text size the step labels get), the pages a tiled flow is cut
// into and where the legend goes. Pure: the export dialog shows it (and warns) before exporting,
// and buildPdf draws exactly what it planned.
import { laneBands } from '../../domain/model/geometry';
import type { Process } from '../../domain/model/types';
import { STEP_KINDS } from '../../domain/schema/process';
import { HEADER_WIDTH } from '../svg/processSvg';
import type { FitMode, Orientation, PageSize, PdfOptions } from './pdfTypes';
import { capTiles, fitScale, MAX_TILES, tileScale } from './tiling';

/** The page frame, in points: margins, the heading above the diagram and the footer below. */
export const MARGIN = 40;
export const HEADER = 34;
export const FOOTER = 28;
/** Neighbouring tiles show this much of each other (within the gap they are cut in). */
export const OVERLAP = 24;
/** Tiled pages print the drawing at this scale: labels come out at about 9 pt. */
export const TILE_SCALE = 0.7;
/** Shrunk to save a row of pages, but no further: labels stay at about 7 pt or more. */
export const TILE_SCALE_MIN = 0.55;

/** Step labels are drawn at this size in the SVG (processSvg's LABEL_SIZE; a test holds them alike). */
export const DIAGRAM_TEXT_SIZE = 13;
/** Below this, text on paper is too small to read. */
export const MIN_TEXT_PT = 7;

/** Paper in points, landscape. */
const PAPER: Record<PageSize, { w: number; h: number }> = {
  A4: { w: 841.89, h: 595.28 },
  A3: { w: 1190.55, h: 841.89 },
};

// processSvg's drawing: lane headers at the left, then a margin, then the steps.
const SVG_MARGIN = 32;
/** Room kept round a step's box when cutting pages: its outline and shadow stay whole. */
const PAD = 10;

/** The legend's cells (legendSvg) and the size it is printed at on the diagram page. */
const LEGEND_CELL = { w: 200, h: 56 };
const LEGEND_PRINT = 0.75;
const LEGEND_HEADING = 36;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Span {
  start: number;
  end: number;
}

/** The drawing as processToSvg makes it: its size and where its steps and lanes are. */
export interface DrawingGeometry {
  width: number;
  height: number;
  /** Width of the lane names at the left, repeated on every tile. */
  header: number;
  /** Every step's box, in drawing coordinates. */
  boxes: Box[];
  /** Where one lane ends and the next begins. */
  laneEdges: number[];
  /** Lane bands, top to bottom: for the dialog's preview. */
  lanes: Span[];
}

export function drawingGeometry(process: Process): DrawingGeometry {
  const bands = laneBands(process.lanes);
  const tops = new Map(bands.map((b) => [b.lane.id, b.top]));
  const steps = process.steps;
  const minX = steps.length ? Math.min(...steps.map((s) => s.x)) : 0;
  const maxX = steps.length ? Math.max(...steps.map((s) => s.x + s.width)) : 400;
  const dx = HEADER_WIDTH + SVG_MARGIN - minX;
  const lanesHeight = bands.reduce((h, b) => h + b.height, 0);
  return {
    width: Math.ceil(HEADER_WIDTH + SVG_MARGIN * 2 + (maxX - minX)),
    height: Math.ceil(Math.max(lanesHeight, 80)),
    header: HEADER_WIDTH,
    boxes: steps.map((s) => ({
      x: s.x + dx,
      y: (tops.get(s.laneId) ?? 0) + s.y,
      w: s.width,
      h: s.height,
    })),
    laneEdges: bands.slice(1).map((b) => b.top),
    lanes: bands.map((b) => ({ start: b.top, end: b.top + b.height })),
  };
}

/** One page of the diagram: the part of the drawing it shows, in drawing coordinates. */
export interface PlannedTile {
  row: number;
  column: number;
  /** The body's part (right of the lane names): x from the drawing's left edge. */
  x: Span;
  y: Span;
}

export type LegendPlacement = 'below' | 'right' | 'page' | 'cover';

export interface PdfLayout {
  size: PageSize;
  orientation: Orientation;
  mode: FitMode;
  page: { w: number; h: number };
  /** Where the diagram may go on a page. */
  area: Box;
  scale: number;
  /** The step labels' size on paper, in points. */
  textPt: number;
  legible: boolean;
  rows: number;
  columns: number;
  /** Fit: one, the whole drawing. Tiled: row by row. */
  tiles: PlannedTile[];
  /** Fit: the legend beside or below the drawing, on a page of its own; tiled: on the cover. */
  legend: { placement: LegendPlacement; box: Box | null; columns: number };
  /** Tiled: the pages a readable scale would have taken, and whether it was drawn smaller. */
  wanted: number;
  capped: boolean;
}

export function pageOf(size: PageSize, orientation: Orientation) {
  const p = PAPER[size];
  return orientation === 'landscape' ? { ...p } : { w: p.h, h: p.w };
}

export function areaOf(page: { w: number; h: number }): Box {
  return {
    x: MARGIN,
    y: MARGIN + HEADER,
    w: page.w - 2 * MARGIN,
    h: page.h - 2 * MARGIN - HEADER - FOOTER,
  };
}

/** The size of legendSvg with this many columns, unscaled. */
export function legendSize(columns: number) {
  return {
    w: columns * LEGEND_CELL.w,
    h: Math.ceil(STEP_KINDS.length / columns) * LEGEND_CELL.h,
  };
}

/**
 * The layout for these options. An "auto" orientation takes the one that gives the larger text
 * (fit) or fewer pages (tiled); landscape when they are alike.
 */
export function planPdfLayout(drawing: DrawingGeometry, options: PdfOptions): PdfLayout {
  if (options.orientation !== 'auto')
    return planOriented(drawing, options.size, options.orientation, options.mode);
  const landscape = planOriented(drawing, options.size, 'landscape', options.mode);
  const portrait = planOriented(drawing, options.size, 'portrait', options.mode);
  if (options.mode === 'fit') {
    if (portrait.textPt > landscape.textPt * 1.02) return portrait;
    if (landscape.textPt > portrait.textPt * 1.02) return landscape;
    // As large either way (a small flow at full size): the shape of the drawing decides.
    return drawing.height > drawing.width ? portrait : landscape;
  }
  if (portrait.legible && !landscape.legible) return portrait;
  if (portrait.tiles.length < landscape.tiles.length && portrait.legible === landscape.legible)
    return portrait;
  return landscape;
}

/** The order the dialog tries when the choice would be too small to read. */
export const LEGIBLE_ORDER: { size: PageSize; mode: FitMode }[] = [
  { size: 'A4', mode: 'fit' },
  { size: 'A3', mode: 'fit' },
  { size: 'A3', mode: 'tile' },
  { size: 'A4', mode: 'tile' },
];

/**
 * The first choice in LEGIBLE_ORDER that prints readable text, keeping the orientation and the
 * appendix asked for; those that keep `keep` (what the user just chose) first. Null when nothing
 * reaches the minimum (a flow too large even for the page cap).
 */
export function legibleChoice(
  drawing: DrawingGeometry,
  options: PdfOptions,
  keep?: Partial<Pick<PdfOptions, 'size' | 'mode'>>,
): { options: PdfOptions; layout: PdfLayout } | null {
  const candidates = LEGIBLE_ORDER.map((c) => ({ ...options, ...c }));
  const kept = candidates.filter(
    (c) => (!keep?.size || c.size === keep.size) && (!keep?.mode || c.mode === keep.mode),
  );
  for (const list of [kept, candidates]) {
    for (const candidate of list) {
      const layout = planPdfLayout(drawing, candidate);
      if (layout.legible) return { options: candidate, layout };
    }
  }
  return null;
}

function planOriented(
  drawing: DrawingGeometry,
  size: PageSize,
  orientation: Orientation,
  mode: FitMode,
): PdfLayout {
  const page = pageOf(size, orientation);
  const area = areaOf(page);
  return mode === 'fit'
    ? planFit(drawing, size, orientation, page, area)
    : planTiled(drawing, size, orientation, page, area);
}

const textOf = (scale: number) => DIAGRAM_TEXT_SIZE * scale;
const legibleAt = (scale: number) => textOf(scale) >= MIN_TEXT_PT - 1e-9;

function planFit(
  drawing: DrawingGeometry,
  size: PageSize,
  orientation: Orientation,
  page: { w: number; h: number },
  area: Box,
): PdfLayout {
  const { width: W, height: H } = drawing;
  const whole = fitScale(W, H, area.w, area.h);
  // The legend below: as many columns as fit at 150 points each, so its words stay readable.
  const belowColumns = Math.max(2, Math.min(6, Math.floor(area.w / 150)));
  const below = legendSize(belowColumns);
  const belowW = Math.min(area.w, below.w * LEGEND_PRINT);
  const belowH = (below.h * belowW) / below.w;
  const belowScale = fitScale(W, H, area.w, area.h - belowH - LEGEND_HEADING);
  // Or at the right, in one or two columns, whichever leaves the drawing larger.
  const rights = [1, 2].map((columns) => {
    const l = legendSize(columns);
    const w = l.w * LEGEND_PRINT;
    const h = l.h * LEGEND_PRINT;
    const scale = h + LEGEND_HEADING <= area.h ? fitScale(W, H, area.w - w - 24, area.h) : 0;
    return { columns, w, h, scale };
  });
  const right = rights[0]!.scale >= rights[1]!.scale ? rights[0]! : rights[1]!;
  // Beside or below the drawing when that costs it little; a page of its own otherwise.
  const bestScale = Math.max(belowScale, right.scale);
  const roomy = bestScale >= whole * 0.8 && (legibleAt(bestScale) || !legibleAt(whole));
  let scale = whole;
  let legend: PdfLayout['legend'] = { placement: 'page', box: null, columns: 3 };
  if (roomy && belowScale >= right.scale) {
    scale = belowScale;
    legend = {
      placement: 'below',
      box: { x: area.x, y: area.y + H * scale + LEGEND_HEADING, w: belowW, h: belowH },
      columns: belowColumns,
    };
  } else if (roomy) {
    scale = right.scale;
    legend = {
      placement: 'right',
      box: { x: area.x + area.w - right.w, y: area.y + 20, w: right.w, h: right.h },
      columns: right.columns,
    };
  }
  return {
    size,
    orientation,
    mode: 'fit',
    page,
    area,
    scale,
    textPt: textOf(scale),
    legible: legibleAt(scale),
    rows: 1,
    columns: 1,
    tiles: [{ row: 0, column: 0, x: { start: drawing.header, end: W }, y: { start: 0, end: H } }],
    legend,
    wanted: 1,
    capped: false,
  };
}

function planTiled(
  drawing: DrawingGeometry,
  size: PageSize,
  orientation: Orientation,
  page: { w: number; h: number },
  area: Box,
): PdfLayout {
  const preferred = tileScale(drawing.height, area.h, OVERLAP, TILE_SCALE, TILE_SCALE_MIN);
  const fit = capTiles(drawing, area, OVERLAP, preferred);
  let scale = fit.scale;
  let cut = cutTiles(drawing, area, scale);
  // Cutting only between steps can take a page or two more than a regular grid.
  for (let i = 0; i < 60 && cut.tiles.length > MAX_TILES; i++) {
    scale *= 0.95;
    cut = cutTiles(drawing, area, scale);
  }
  return {
    size,
    orientation,
    mode: 'tile',
    page,
    area,
    scale,
    textPt: textOf(scale),
    legible: legibleAt(scale),
    rows: cut.rows,
    columns: cut.columns,
    tiles: cut.tiles,
    legend: { placement: 'cover', box: null, columns: 2 },
    wanted: Math.max(fit.wanted, cut.tiles.length),
    capped: scale < preferred,
  };
}

function cutTiles(drawing: DrawingGeometry, area: Box, scale: number) {
  const header = drawing.header * scale;
  const overlap = OVERLAP / scale;
  const xs = splitSpan(
    { start: drawing.header, end: drawing.width },
    drawing.boxes.map((b) => ({ start: b.x - PAD, end: b.x + b.w + PAD })),
    (area.w - header) / scale,
    overlap,
    [],
  );
  const ys = splitSpan(
    { start: 0, end: drawing.height },
    drawing.boxes.map((b) => ({ start: b.y - PAD, end: b.y + b.h + PAD })),
    area.h / scale,
    overlap,
    drawing.laneEdges,
  );
  const tiles: PlannedTile[] = [];
  ys.forEach((y, row) => xs.forEach((x, column) => tiles.push({ row, column, x, y })));
  return { rows: ys.length, columns: xs.length, tiles };
}

/**
 * A span cut into pieces of at most `limit`, each cut in a gap between `blocked` spans (never
 * through a step), at a preferred edge (a lane's) when there is one in the second half of the
 * piece. Neighbouring pieces overlap by up to `overlap`, within the gap. Pieces are balanced: as
 * many as the longest allowed would take, each no longer than needed, so the last is not a sliver.
 */
export function splitSpan(
  whole: Span,
  blocked: Span[],
  limit: number,
  overlap: number,
  preferred: number[],
): Span[] {
  if (whole.end - whole.start <= limit) return [{ ...whole }];
  const merged = mergeSpans(blocked);
  const greedy = (max: number) => cutGreedy(whole, merged, max, overlap, preferred);
  const pieces = greedy(limit);
  if (pieces.length <= 1) return pieces;
  // Even shares first: each cut in the gap nearest its share of what is left.
  const even = cutEven(whole, merged, limit, overlap, pieces.length, preferred);
  if (even) return even;
  // The shortest maximum that still needs no more pieces: the work is spread over all of them.
  let low = (whole.end - whole.start) / pieces.length;
  let high = limit;
  let best = pieces;
  for (let i = 0; i < 30 && high - low > 0.5; i++) {
    const mid = (low + high) / 2;
    const tried = greedy(mid);
    if (tried.length <= pieces.length) {
      best = tried;
      high = mid;
    } else low = mid;
  }
  return best;
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** The blocked span strictly containing p, if any (binary search over merged spans). */
function blockAt(merged: Span[], p: number): Span | undefined {
  let lo = 0;
  let hi = merged.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = merged[mid]!;
    if (p <= s.start) hi = mid - 1;
    else if (p >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** The end of the last blocked span at or before p (where the gap holding p begins). */
function gapStart(merged: Span[], p: number, floor: number): number {
  let start = floor;
  let lo = 0;
  let hi = merged.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = merged[mid]!;
    if (s.end <= p) {
      start = Math.max(start, s.end);
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return start;
}

function cutGreedy(
  whole: Span,
  merged: Span[],
  max: number,
  overlap: number,
  preferred: number[],
): Span[] {
  const pieces: Span[] = [];
  let start = whole.start;
  while (pieces.length < 10_000) {
    if (whole.end - start <= max) {
      pieces.push({ start, end: whole.end });
      break;
    }
    const limit = start + max;
    // The furthest free point within reach: the limit, or the start of the step it would cut.
    const free = (p: number) => blockAt(merged, p)?.start ?? p;
    let end = free(limit);
    const edge = preferred
      .filter((p) => p > start + max / 2 && p <= limit && !blockAt(merged, p))
      .reduce((a, b) => Math.max(a, b), -Infinity);
    if (edge > -Infinity) end = edge;
    const forced = end <= start + Math.min(overlap, max / 4) + 1;
    // A step (or a cluster of them) wider than a page: nothing to do but cut through it.
    if (forced) end = limit;
    pieces.push({ start, end });
    start = forced ? end - overlap : Math.max(end - overlap, gapStart(merged, end, start));
    if (start <= pieces[pieces.length - 1]!.start) start = end;
  }
  return pieces;
}

/**
 * `count` pieces, each cut at the free point nearest an even share of what is left (a lane edge
 * counts as nearer), among those that leave the rest still possible in the pieces left; null
 * when there is none.
 */
function cutEven(
  whole: Span,
  merged: Span[],
  limit: number,
  overlap: number,
  count: number,
  preferred: number[],
) {
  const pieces: Span[] = [];
  let start = whole.start;
  const next = (end: number, from: number) => Math.max(end - overlap, gapStart(merged, end, from));
  for (let left = count; left > 1; left--) {
    const reach = start + limit;
    const target = Math.min(reach, start + (whole.end - start + (left - 1) * overlap) / left);
    const block = blockAt(merged, target);
    const points = block ? [block.start, block.end] : [target];
    for (const p of preferred) if (!blockAt(merged, p)) points.push(p);
    const score = (p: number) => Math.abs(p - target) - (preferred.includes(p) ? 0.15 * limit : 0);
    const end = points
      .filter((p) => p > start + overlap + 1 && p <= reach && p < whole.end)
      .filter((p) => {
        const rest = cutGreedy(
          { start: next(p, start), end: whole.end },
          merged,
          limit,
          overlap,
          [],
        );
        return rest.length <= left - 1;
      })
      .sort((a, b) => score(a) - score(b))[0];
    if (end === undefined) return null;
    pieces.push({ start, end });
    start = next(end, start);
  }
  if (whole.end - start > limit) return null;
  pieces.push({ start, end: whole.end });
  return pieces;
}
