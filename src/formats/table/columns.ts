// Which column is which. A first row whose cells name columns (Swedish or English) is a header;
// without one the columns are guessed from what their cells hold, and the guess is said.
import type { TimeUnit } from '../../domain/model/types';
import { parseDuration, unitOf } from './durations';
import { kindOf } from './kinds';
import { fold } from './words';

export const COLUMN_ROLES = [
  'lane',
  'label',
  'kind',
  'activeTime',
  'waitingTime',
  'next',
  'condition',
  'number',
  'ignore',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

export interface TableMapping {
  roles: ColumnRole[];
  /** The first row names the columns and is no step. */
  headerRow: boolean;
  /** A time column's unit from its header ("Tid (dagar)"), for bare numbers. */
  units: (TimeUnit | null)[];
}

const HEADER_WORDS: [ColumnRole, string[]][] = [
  [
    'lane',
    [
      'enhet',
      'simbana',
      'lane',
      'swimlane',
      'bana',
      'unit',
      'forvaltning',
      'avdelning',
      'department',
      'aktor',
      'actor',
      'roll',
      'role',
      'vem',
      'who',
      'ansvarig',
      'responsible',
    ],
  ],
  [
    'label',
    [
      'aktivitet',
      'steg',
      'step',
      'activity',
      'aktiviteter',
      'moment',
      'beskrivning',
      'task',
      'vad',
      'what',
      'namn',
      'name',
      'text',
    ],
  ],
  ['kind', ['typ', 'kind', 'type', 'stegtyp', 'step type', 'form', 'shape']],
  [
    'activeTime',
    [
      'tid',
      'aktiv tid',
      'aktivtid',
      'arbetstid',
      'bearbetningstid',
      'time',
      'active time',
      'duration',
      'work time',
      'processing time',
    ],
  ],
  [
    'waitingTime',
    [
      'vantetid',
      'vantan',
      'vanta',
      'kotid',
      'waiting time',
      'wait time',
      'wait',
      'waiting',
      'delay',
    ],
  ],
  [
    'next',
    ['nasta', 'nasta steg', 'next', 'next step', 'next steps', 'till', 'to', 'goes to', 'foljs av'],
  ],
  [
    'condition',
    ['villkor', 'label', 'etikett', 'condition', 'svar', 'answer', 'utfall', 'if', 'om'],
  ],
  ['number', ['nr', '#', 'id', 'no', 'number', 'steg nr', 'stegnr', 'step no', 'nummer', 'rad']],
];

const BY_HEADER = new Map<string, ColumnRole>(
  HEADER_WORDS.flatMap(([role, words]) => words.map((w) => [w, role] as const)),
);

/** A header cell's role; "Tid (dagar)" is a time column in days. */
export function headerRole(cell: string): { role: ColumnRole; unit: TimeUnit | null } | null {
  const unitMatch = /\(([^)]*)\)\s*$/.exec(cell);
  const unit = unitMatch ? (unitOf(unitMatch[1]!)?.unit ?? null) : null;
  const name = fold(unitMatch ? cell.slice(0, unitMatch.index) : cell);
  const role = BY_HEADER.get(name);
  return role ? { role, unit } : null;
}

export interface MappingGuess {
  mapping: TableMapping;
  /** No header was recognised: the roles come from the cells. */
  guessed: boolean;
  /** Header cells no role was found for (their columns are ignored). */
  unknownHeaders: string[];
}

export function guessMapping(rows: readonly string[][]): MappingGuess {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const first = rows[0] ?? [];
  const named = first.map((cell) => (cell.trim() ? headerRole(cell) : null));
  const filled = first.filter((c) => c.trim()).length;
  const recognised = named.filter((n) => n !== null);
  // A header: most of its filled cells name a column.
  if (recognised.length > 0 && recognised.length * 2 >= filled) {
    const taken = new Set<ColumnRole>();
    const roles: ColumnRole[] = [];
    const units: (TimeUnit | null)[] = [];
    for (let i = 0; i < width; i++) {
      const n = named[i];
      // The second "Tid" is the waiting time; any other repeated role is ignored.
      let role: ColumnRole = n?.role ?? 'ignore';
      if (role === 'activeTime' && taken.has('activeTime')) role = 'waitingTime';
      if (taken.has(role) && role !== 'ignore') role = 'ignore';
      taken.add(role);
      roles.push(role);
      units.push(n?.unit ?? null);
    }
    const unknownHeaders = first.filter((c, i) => c.trim() && roles[i] === 'ignore');
    // Without a step column it is still a header: the person picks the column in the preview.
    return { mapping: { roles, headerRow: true, units }, guessed: false, unknownHeaders };
  }
  return { mapping: guessFromCells(rows, width), guessed: true, unknownHeaders: [] };
}

const share = (cells: string[], test: (c: string) => boolean) => {
  const filled = cells.filter((c) => c.trim());
  return filled.length === 0 ? 0 : filled.filter(test).length / filled.length;
};
const isTime = (c: string) => {
  const p = parseDuration(c);
  return p.ok && p.duration !== null && !p.guessedUnit;
};
const isNumbering = (c: string) => /^\s*#?\d+[.)]?\s*$/.test(c);
const isTargets = (c: string) => /^\s*\d+(\s*[,;/]\s*\d+)*\s*$/.test(c);

/** No header: times, kinds and row-number lists are recognisable; of the text columns the one
 * with more repeated values is the lane, the other the step text. */
function guessFromCells(rows: readonly string[][], width: number): TableMapping {
  const columns = Array.from({ length: width }, (_, i) => rows.map((r) => r[i] ?? ''));
  const roles: ColumnRole[] = columns.map(() => 'ignore');
  const taken = new Set<ColumnRole>();
  const give = (i: number, role: ColumnRole) => {
    roles[i] = role;
    taken.add(role);
  };
  columns.forEach((cells, i) => {
    // A numbered list ("1.", "2)", "3") in front: the steps' numbers, never a lane.
    if (i === 0 && width > 1 && share(cells, isNumbering) >= 0.8) give(i, 'number');
    else if (share(cells, isTime) >= 0.8)
      give(i, taken.has('activeTime') ? 'waitingTime' : 'activeTime');
    else if (!taken.has('kind') && share(cells, (c) => kindOf(c) !== null) >= 0.8) give(i, 'kind');
  });
  const text = columns
    .map((cells, i) => ({ i, cells }))
    .filter(({ i, cells }) => roles[i] === 'ignore' && share(cells, (c) => !isTargets(c)) > 0.5);
  const distinct = (cells: string[]) => new Set(cells.map(fold)).size;
  if (text.length >= 2) {
    const [a, b] = text;
    const aIsLane = distinct(a!.cells) <= distinct(b!.cells);
    give((aIsLane ? a : b)!.i, 'lane');
    give((aIsLane ? b : a)!.i, 'label');
  } else if (text.length === 1) give(text[0]!.i, 'label');
  // A column of row numbers after the step text says where the flow goes.
  const labelAt = roles.indexOf('label');
  columns.forEach((cells, i) => {
    if (
      i > labelAt &&
      roles[i] === 'ignore' &&
      !taken.has('next') &&
      share(cells, isTargets) >= 0.5
    )
      give(i, 'next');
  });
  return { roles, headerRow: false, units: roles.map(() => null) };
}

/**
 * The recognised mapping with the person's choice of roles and header row laid over it. A unit
 * named in a header ("Tid (dagar)") only holds while that row is the header.
 */
export function chooseMapping(
  recognised: TableMapping,
  choice: Partial<Pick<TableMapping, 'roles' | 'headerRow'>> | null,
): TableMapping {
  const chosen = { ...recognised, ...(choice ?? {}) };
  return chosen.headerRow ? chosen : { ...chosen, units: chosen.units.map(() => null) };
}
