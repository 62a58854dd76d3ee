// The one gate every input passes: files, IndexedDB rows, and later share links and BPMN.
// parse → detect version → migrate → validate → repair references. Never throws.
import { normalise } from '../model/normalise';
import type { Process, ProcessFile } from '../model/types';
import { migrate } from '../migrations/migrate';
import { fitProcessToLimits } from '../schema/fitToLimits';
import { rememberPassed } from '../schema/checkProcess';
import { processFileSchema } from '../schema/process';
import { parseJsonSafely } from './safeJson';

/** Larger inputs are refused before parsing: no real process comes near it. */
export const MAX_INPUT_CHARS = 30 * 1024 * 1024;

export type LoadErrorCode = 'tooLarge' | 'notJson' | 'notProcessFile' | 'newerVersion' | 'invalid';
export interface LoadError {
  code: LoadErrorCode;
  /** Where validation failed (e.g. "process.steps.3.kind"), for the curious. */
  detail?: string;
  version?: number;
}
export type LoadWarningCode =
  'migrated' | 'droppedDuplicate' | 'movedOrphanStep' | 'droppedOrphanStep' | 'droppedConnection';
export interface LoadWarning {
  code: LoadWarningCode;
  count: number;
}
export type LoadResult =
  { ok: true; file: ProcessFile; warnings: LoadWarning[] } | { ok: false; error: LoadError };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function loadDocument(input: unknown): LoadResult {
  let data = input;
  if (typeof input === 'string') {
    const parsed = parseJsonSafely(input, MAX_INPUT_CHARS);
    if (!parsed.ok) {
      // Nesting deeper than any process file has is no process file.
      const code = parsed.error === 'tooDeep' ? 'notProcessFile' : parsed.error;
      return { ok: false, error: { code } };
    }
    data = parsed.value;
  }
  if (!isObject(data) || !('process' in data))
    return { ok: false, error: { code: 'notProcessFile' } };

  const migrated = migrate(data);
  if (!migrated.ok) {
    return {
      ok: false,
      error:
        migrated.code === 'newerVersion'
          ? { code: 'newerVersion', version: migrated.version }
          : { code: 'notProcessFile' },
    };
  }
  const parsed = processFileSchema.safeParse(migrated.file);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: { code: 'invalid', detail: issue?.path.join('.') } };
  }
  // Parsed with the whole schema just now: the first save need not check these entities again.
  rememberPassed(parsed.data.process);
  const warnings: LoadWarning[] = [];
  if (migrated.from !== parsed.data.formatVersion) warnings.push({ code: 'migrated', count: 1 });
  const process = repair(parsed.data.process, warnings);
  return { ok: true, file: { ...parsed.data, process }, warnings };
}

/** Makes references consistent: unique ids, steps in existing lanes, connections between steps. */
function repair(p: Process, warnings: LoadWarning[]): Process {
  const warn = (code: LoadWarningCode, count: number) => {
    if (count > 0) warnings.push({ code, count });
  };
  const lanes = uniqueById(p.lanes);
  let steps = uniqueById(p.steps);
  let connections = uniqueById(p.connections);
  warn(
    'droppedDuplicate',
    p.lanes.length -
      lanes.length +
      p.steps.length -
      steps.length +
      p.connections.length -
      connections.length,
  );

  const laneIds = new Set(lanes.map((l) => l.id));
  const orphans = steps.filter((s) => !laneIds.has(s.laneId)).length;
  if (orphans > 0) {
    const first = lanes[0];
    if (first) {
      steps = steps.map((s) => (laneIds.has(s.laneId) ? s : { ...s, laneId: first.id }));
      warn('movedOrphanStep', orphans);
    } else {
      steps = [];
      warn('droppedOrphanStep', orphans);
    }
  }
  const stepIds = new Set(steps.map((s) => s.id));
  const before = connections.length;
  connections = connections.filter(
    (c) => stepIds.has(c.from) && stepIds.has(c.to) && c.from !== c.to,
  );
  warn('droppedConnection', before - connections.length);
  // Within limits again (a lane grown past its maximum, bidi controls in a title): what was read
  // is saved again on the first edit, and must pass this gate then too.
  return normalise(fitProcessToLimits({ ...p, lanes, steps, connections }));
}

function uniqueById<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(item.id) ? false : (seen.add(item.id), true)));
}
