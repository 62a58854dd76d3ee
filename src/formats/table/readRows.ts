// The table's rows as steps-to-be, by the mapping: each row's lane, text, kind, times, where it
// goes and on what condition. What cannot be read is counted for the notice, never guessed
// silently; a row with more filled cells than the table has columns is refused as ragged.
import type { Duration, StepKind } from '../../domain/model/types';
import type { TableMapping } from './columns';
import { parseDuration } from './durations';
import { kindOf } from './kinds';
import { cleanLabel } from '../../domain/schema/fitToLimits';

export interface TableRow {
  /** 1-based row of the table as shown (header included), for messages. */
  row: number;
  number: string;
  lane: string;
  label: string;
  kind: StepKind | null;
  activeTime: Duration | null;
  waitingTime: Duration | null;
  /** The Nästa cell as typed: row numbers, step texts, or empty (on to the next row). */
  next: string;
  /** The Villkor cell as typed. */
  condition: string;
}

export interface ReadIssues {
  /** Rows without step text, skipped. */
  emptyRows: number;
  /** Cells in a time column that are no time ("ca en vecka"), as "row: text". */
  badTimes: string[];
  /** Bare numbers in a time column taken as minutes. */
  guessedUnits: number;
  /** Typ cells that name no kind we know (the step becomes an activity or decision). */
  unknownKinds: string[];
}

export type ReadResult =
  | { ok: true; rows: TableRow[]; issues: ReadIssues }
  | { ok: false; error: 'ragged' | 'noLabelColumn'; row?: number };

/** "3, 5", "Godkänn; Avslå", "Ja/Nej": a Nästa or Villkor cell's parts. */
export const splitList = (cell: string, separators = /[;,|\n]/) =>
  cell
    .split(separators)
    .map((s) => s.trim())
    .filter(Boolean);

export function readRows(rows: readonly string[][], mapping: TableMapping): ReadResult {
  const { roles, units } = mapping;
  if (!roles.includes('label')) return { ok: false, error: 'noLabelColumn' };
  const width = mapping.headerRow ? (rows[0]?.length ?? 0) : roles.length;
  const issues: ReadIssues = { emptyRows: 0, badTimes: [], guessedUnits: 0, unknownKinds: [] };
  const out: TableRow[] = [];
  for (let r = mapping.headerRow ? 1 : 0; r < rows.length; r++) {
    const cells = rows[r]!;
    if (cells.slice(width).some((c) => c.trim())) return { ok: false, error: 'ragged', row: r + 1 };
    const cell = (role: string) => {
      const i = roles.indexOf(role as (typeof roles)[number]);
      return i < 0 ? '' : (cells[i] ?? '').trim();
    };
    const label = cell('label');
    if (!label) {
      issues.emptyRows++;
      continue;
    }
    const time = (role: 'activeTime' | 'waitingTime') => {
      const i = roles.indexOf(role);
      if (i < 0) return null;
      const parsed = parseDuration(cells[i] ?? '', units[i] ?? null);
      if (!parsed.ok) {
        issues.badTimes.push(`${r + 1}: ${cells[i]}`);
        return null;
      }
      if (parsed.guessedUnit) issues.guessedUnits++;
      return parsed.duration;
    };
    const kindCell = cell('kind');
    const kind = kindCell ? kindOf(kindCell) : null;
    if (kindCell && !kind) issues.unknownKinds.push(kindCell);
    out.push({
      row: r + 1,
      number: cell('number'),
      lane: cleanLabel(cell('lane')),
      label,
      kind,
      activeTime: time('activeTime'),
      waitingTime: time('waitingTime'),
      next: cell('next'),
      condition: cell('condition'),
    });
  }
  return { ok: true, rows: out, issues };
}
