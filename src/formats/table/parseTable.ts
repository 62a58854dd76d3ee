// Text as rows of cells, by papaparse: the separator is detected (tab from a spreadsheet's
// clipboard, ";" from Swedish Excel's CSV, "," from the rest), quotes and line breaks in cells
// are honoured. Caps are checked before and while parsing, so 100,000 rows cost no more than
// the rows allowed.
import Papa from 'papaparse';
import { MAX_TABLE_BYTES } from './decode';

/** Rows of steps; a header comes on top. Ten times the biggest step list seen in a workshop. */
export const MAX_TABLE_ROWS = 2_000;
export const MAX_TABLE_COLUMNS = 50;
/** Characters in a cell; step texts are cut to the label limit, this refuses what no one typed. */
export const MAX_CELL_CHARS = 5_000;

export type TableError =
  'empty' | 'tooLarge' | 'tooManyRows' | 'tooManyColumns' | 'cellTooLong' | 'notText';

export type ParsedTable =
  | { ok: true; rows: string[][]; delimiter: string }
  | { ok: false; error: TableError; row?: number };

export function parseTable(text: string): ParsedTable {
  // Characters of UTF-16 are at most 3 bytes of UTF-8; this is the byte cap for pasted text.
  if (text.length > MAX_TABLE_BYTES) return { ok: false, error: 'tooLarge' };
  const result = Papa.parse<string[]>(text, {
    delimitersToGuess: ['\t', ';', ','],
    skipEmptyLines: 'greedy',
    // One row more than allowed (plus a header) tells that there were too many.
    preview: MAX_TABLE_ROWS + 2,
  });
  const rows = result.data.map((row) => row.map((cell) => cell.trim()));
  if (rows.length === 0) return { ok: false, error: 'empty' };
  if (rows.length > MAX_TABLE_ROWS + 1) return { ok: false, error: 'tooManyRows' };
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.length > MAX_TABLE_COLUMNS) return { ok: false, error: 'tooManyColumns', row: r + 1 };
    if (row.some((cell) => cell.length > MAX_CELL_CHARS))
      return { ok: false, error: 'cellTooLong', row: r + 1 };
  }
  // Papaparse says "UndetectableDelimiter" for a single column, which is still a list of steps.
  return { ok: true, rows, delimiter: result.meta.delimiter };
}
