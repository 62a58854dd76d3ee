// How the process map's involvement matrix (processes × units) is laid out on paper pages:
// pure, from measured text widths. Every process row and every unit column lands on some page
// and every cell on exactly one; each page repeats the header row (the units) and the first
// column (the process titles). Pages go down first, then across, as a printed table does; the
// rows and columns are shared out evenly between the pages, so no page is nearly empty.

/** Width in pt of a text at a font size, bold or not (jsPDF's measure in the PDF, a fake in tests). */
export type Measure = (text: string, size: number, bold: boolean) => number;

export const MAP_TEXT = {
  title: 9,
  badge: 7.5,
  header: 8,
  cell: 8,
  key: 7.5,
} as const;
/** Line height as a multiple of the font size. */
const LEADING = 1.3;
const PAD = 5;
const INDENT = 12;
const MIN_COLUMN = 42;
const MIN_TITLE = 120;
const MAX_TITLE_LINES = 4;
const KEY_GAP = 18;
const KEY_TOP = 12;

export interface MapTableInput {
  /** A process's title is printed bold, a to-be's in the regular weight above its mark. */
  rows: { title: string; toBe: boolean; nested: boolean }[];
  /** Column headers: a short name when the unit has one (the key says what it stands for). */
  units: { short: string; name: string }[];
  /** Per row, per unit: the cell's lines ("3 steg", "2 överl.") or null when not involved. */
  cells: (readonly string[] | null)[][];
  /** The words under a to-be's title ("önskat läge"). */
  toBeLabel: string;
}

export interface MapPlanRow {
  lines: string[];
  toBe: boolean;
  indent: number;
  height: number;
}

export interface MapPlanColumn {
  lines: string[];
  width: number;
}

export interface KeyItem {
  unit: number;
  x: number;
  line: number;
}

export interface MapPage {
  /** Row indexes [from, to) and column indexes [from, to) of the matrix on this page. */
  rows: { from: number; to: number };
  columns: { from: number; to: number };
  /** Where this page's unit abbreviations are explained, below the table. */
  key: KeyItem[];
  keyHeight: number;
}

export interface MapPlan {
  titleWidth: number;
  headerHeight: number;
  rows: MapPlanRow[];
  columns: MapPlanColumn[];
  pages: MapPage[];
  lineHeight: (size: number) => number;
  pad: number;
}

export const lineHeight = (size: number) => size * LEADING;

/**
 * The matrix on pages of `area` (the room for table and key on one page, in pt). A row taller
 * than a page or a column wider than one still gets a page of its own; nothing is dropped.
 */
export function planMap(
  input: MapTableInput,
  area: { width: number; height: number },
  measure: Measure,
): MapPlan {
  const T = MAP_TEXT;
  // The first column: as wide as the longest title, within reason; longer titles wrap.
  const widest = Math.max(
    0,
    ...input.rows.map(
      (r) => measure(r.title, T.title, !r.toBe) + (r.nested ? INDENT : 0) + 2 * PAD + 1,
    ),
  );
  const titleWidth = clamp(widest, MIN_TITLE, Math.max(MIN_TITLE, Math.min(260, area.width * 0.4)));

  const columns: MapPlanColumn[] = input.units.map((unit, c) => {
    const cellWidest = Math.max(
      0,
      ...input.cells.map((row) =>
        Math.max(0, ...(row[c] ?? []).map((line) => measure(line, T.cell, false))),
      ),
    );
    const header = unit.short || unit.name;
    const longestWord = Math.max(
      0,
      ...header.split(/\s+/).map((word) => measure(word, T.header, true)),
    );
    const room = Math.min(area.width - titleWidth - 2 * PAD, Math.max(longestWord, cellWidest, 60));
    const lines = wrap(header, room, (s) => measure(s, T.header, true));
    const width = Math.max(
      MIN_COLUMN,
      cellWidest + 2 * PAD,
      Math.max(...lines.map((l) => measure(l, T.header, true))) + 2 * PAD,
    );
    return { lines, width: Math.min(width, Math.max(MIN_COLUMN, area.width - titleWidth)) };
  });
  const headerHeight =
    Math.max(1, ...columns.map((c) => c.lines.length)) * lineHeight(T.header) + 2 * PAD;

  const rows: MapPlanRow[] = input.rows.map((row, r) => {
    const indent = row.nested ? INDENT : 0;
    let lines = wrap(row.title, titleWidth - 2 * PAD - indent, (s) =>
      measure(s, T.title, !row.toBe),
    );
    if (lines.length > MAX_TITLE_LINES) {
      lines = lines.slice(0, MAX_TITLE_LINES);
      lines[MAX_TITLE_LINES - 1] = `${lines[MAX_TITLE_LINES - 1]!.replace(/.$/u, '')}…`;
    }
    const titleHeight =
      lines.length * lineHeight(T.title) + (row.toBe ? lineHeight(T.badge) : 0) + 2 * PAD;
    const cellLines = Math.max(1, ...(input.cells[r] ?? []).map((c) => c?.length ?? 0));
    const height = Math.max(titleHeight, cellLines * lineHeight(T.cell) + 2 * PAD);
    return { lines, toBe: row.toBe, indent, height };
  });

  const pages: MapPage[] = [];
  const columnBands = columns.length
    ? bands(
        columns.map((c) => c.width),
        area.width - titleWidth,
      )
    : [{ from: 0, to: 0 }];
  for (const band of columnBands) {
    const { key, height: keyHeight } = keyFor(input, band, area.width, measure);
    const room = area.height - headerHeight - keyHeight;
    const rowBands = rows.length
      ? bands(
          rows.map((r) => r.height),
          room,
        )
      : [{ from: 0, to: 0 }];
    for (const rowBand of rowBands) pages.push({ rows: rowBand, columns: band, key, keyHeight });
  }
  return { titleWidth, headerHeight, rows, columns, pages, lineHeight, pad: PAD };
}

/** The abbreviations used on a page, explained in a flowing line under the table. */
function keyFor(
  input: MapTableInput,
  band: { from: number; to: number },
  width: number,
  measure: Measure,
): { key: KeyItem[]; height: number } {
  const key: KeyItem[] = [];
  let x = 0;
  let line = 0;
  for (let u = band.from; u < band.to; u++) {
    const unit = input.units[u]!;
    if (!unit.short || unit.short === unit.name) continue;
    const w = keyItemWidth(unit, measure);
    if (x > 0 && x + w > width) {
      line++;
      x = 0;
    }
    key.push({ unit: u, x, line });
    x += w + KEY_GAP;
  }
  const height = key.length ? KEY_TOP + (line + 1) * lineHeight(MAP_TEXT.key) : 0;
  return { key, height };
}

/** The gap between an abbreviation and the name it stands for, in the key. */
export const KEY_SPACE = 4;

export function keyItemWidth(unit: { short: string; name: string }, measure: Measure): number {
  return (
    measure(unit.short, MAP_TEXT.key, true) + KEY_SPACE + measure(unit.name, MAP_TEXT.key, false)
  );
}

/**
 * Consecutive items into as few groups as fit `capacity`, shared out evenly: the fewest pages
 * greedy filling needs, then the smallest capacity that still needs no more than that.
 */
export function bands(sizes: readonly number[], capacity: number): { from: number; to: number }[] {
  const greedy = (cap: number) => {
    const out: { from: number; to: number }[] = [];
    let from = 0;
    let sum = 0;
    sizes.forEach((size, i) => {
      if (i > from && sum + size > cap) {
        out.push({ from, to: i });
        from = i;
        sum = 0;
      }
      sum += size;
    });
    if (sizes.length) out.push({ from, to: sizes.length });
    return out;
  };
  const fewest = greedy(capacity).length;
  let low = Math.max(0, ...sizes);
  let high = Math.max(low, capacity);
  for (let i = 0; i < 40 && high - low > 0.5; i++) {
    const mid = (low + high) / 2;
    if (greedy(mid).length <= fewest) high = mid;
    else low = mid;
  }
  return greedy(high);
}

/** Greedy word wrap at `width`; a word longer than a line is broken between characters. */
export function wrap(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    while (measure(rest) > width && rest.length > 1) {
      const chars = [...rest];
      let n = chars.length - 1;
      while (n > 1 && measure(chars.slice(0, n).join('')) > width) n--;
      lines.push(chars.slice(0, n).join(''));
      rest = chars.slice(n).join('');
    }
    line = rest;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
