// The whole way from a table to steps: text → rows → mapping (recognised or guessed, or the
// one a person chose in the preview) → rows as steps. For a paste into an open process it gives
// the operations; for a .csv/.tsv file a new process file. What was guessed, skipped or cut is
// in the notice, never silent.
import { newProcess } from '../../domain/model/factories';
import type { Process, ProcessFile, RegisterEntry } from '../../domain/model/types';
import { applyOperations } from '../../domain/operations/applyOperation';
import { CURRENT_FORMAT_VERSION } from '../../domain/schema/process';
import { cleanLabel } from '../../domain/schema/fitToLimits';
import { guessMapping, type ColumnRole, type TableMapping } from './columns';
import { decodeTableBytes, type TextEncodingName } from './decode';
import { parseTable, type TableError } from './parseTable';
import { planFlow, type FlowOptions, type FlowPlan } from './planFlow';
import { readRows, type ReadIssues } from './readRows';

export interface TableNotice extends ReadIssues {
  steps: number;
  /** No header was recognised: the columns were guessed from their cells. */
  guessed: boolean;
  /** The role of each column, in order, as used. */
  roles: ColumnRole[];
  /** Header cells no column role was found for (ignored). */
  unknownHeaders: string[];
  /** Lanes added to the process (a paste into an open one). */
  addedLanes: string[];
  /** Units and customer groups the register did not have: a typo makes a new unit. */
  newUnits: string[];
  unresolved: string[];
  cutLabels: number;
  encoding?: TextEncodingName;
}

export type TableFailure = TableError | 'ragged' | 'noLabelColumn' | 'noRows' | 'processFull';

export type Failed = { ok: false; error: TableFailure; row?: number };

/** Rows and the mapping to use: the one given, else recognised from a header, else guessed. */
export function readTable(text: string, mapping?: TableMapping) {
  const parsed = parseTable(text);
  if (!parsed.ok) return parsed;
  const guess = guessMapping(parsed.rows);
  const used = mapping ?? guess.mapping;
  const unknownHeaders = mapping ? [] : guess.unknownHeaders;
  return {
    ok: true as const,
    rows: parsed.rows,
    mapping: used,
    guessed: !mapping && guess.guessed,
    unknownHeaders,
  };
}

export function planTablePaste(
  doc: Process,
  register: readonly RegisterEntry[],
  text: string,
  options: FlowOptions,
  mapping?: TableMapping,
): ({ ok: true; notice: TableNotice } & FlowPlan) | Failed {
  const table = readTable(text, mapping);
  if (!table.ok) return table;
  const read = readRows(table.rows, table.mapping);
  if (!read.ok) return read;
  const plan = planFlow(doc, register, read.rows, options);
  if (!plan.ok) return plan;
  const notice: TableNotice = {
    ...read.issues,
    steps: read.rows.length,
    guessed: table.guessed,
    roles: table.mapping.roles,
    unknownHeaders: table.unknownHeaders,
    addedLanes: plan.addedLanes,
    newUnits: plan.newEntries.map((e) => e.name),
    unresolved: plan.unresolved,
    cutLabels: plan.cutLabels,
  };
  return { ...plan, notice };
}

export interface FileOptions {
  title: string;
  /** The workspace's register: lanes take its entries by name. */
  register: readonly RegisterEntry[];
  /** The lane for rows without a unit column. */
  defaultLaneName: string;
  now?: Date;
}

/** A .csv/.tsv file's bytes as a new process file (not yet laid out). */
export function tableFileToProcess(
  bytes: Uint8Array,
  options: FileOptions,
): { ok: true; file: ProcessFile; notice: TableNotice } | Failed {
  const decoded = decodeTableBytes(bytes);
  if (!decoded.ok) return decoded;
  const empty = newProcess(cleanLabel(options.title) || 'Tabell', options.now);
  const plan = planTablePaste(empty, options.register, decoded.text, {
    defaultLane: { name: options.defaultLaneName },
  });
  if (!plan.ok) return plan;
  const process = applyOperations(empty, plan.ops);
  const ids = new Set(process.lanes.map((l) => l.registerId));
  const register = [...options.register, ...plan.newEntries].filter((e) => ids.has(e.id));
  return {
    ok: true,
    file: { formatVersion: CURRENT_FORMAT_VERSION, application: 'Tabell', process, register },
    // Every lane of a new process is new; what the person needs to know is what the register
    // gained.
    notice: {
      ...plan.notice,
      addedLanes: [],
      encoding: decoded.encoding,
    },
  };
}
