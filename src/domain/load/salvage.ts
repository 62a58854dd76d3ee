// What can be read of a stored row the load gate refuses: every lane, step and connection that
// passes the schema on its own (after being brought within limits), the specification fields
// that do, and defaults for the rest; then the gate's own repair of references. For the
// recovery view, so one bad field never costs the whole process.
import { migrate } from '../migrations/migrate';
import { newProcess } from '../model/factories';
import type { Process } from '../model/types';
import { fitConnection, fitLane, fitProcessToLimits, fitStep } from '../schema/fitToLimits';
import {
  CURRENT_FORMAT_VERSION,
  LIMITS,
  connectionSchema,
  laneSchema,
  processSchema,
  stepSchema,
} from '../schema/process';
import { loadDocument } from './loadDocument';

export interface PartCounts {
  lanes: number;
  steps: number;
  connections: number;
}

export interface Salvage {
  process: Process;
  /** How many the row held, and how many of them were kept. */
  found: PartCounts;
  kept: PartCounts;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** The items that pass `schema` once fitted, at most `max` of them. */
function keep<T>(
  items: unknown[],
  max: number,
  fit: (x: T) => T,
  schema: { safeParse(x: unknown): { success: true; data: T } | { success: false } },
): T[] {
  const out: T[] = [];
  for (const x of items) {
    if (out.length >= max) break;
    const parsed = schema.safeParse(isObject(x) ? fit(x as T) : x);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

const SPEC_FIELDS = Object.keys(processSchema.shape).filter(
  (k) => k !== 'lanes' && k !== 'steps' && k !== 'connections',
) as (keyof Process)[];

/** Best-effort readable copy of a raw row (null: nothing that looks like a process). */
export function salvageProcess(row: unknown, now: Date = new Date()): Salvage | null {
  if (!isObject(row)) return null;
  const { formatVersion, writeId: _writeId, ...rest } = row;
  // An older row is lifted to the current shape first, as the gate would.
  const migrated = migrate({ formatVersion, process: rest, register: [] });
  const raw = migrated.ok && isObject(migrated.file.process) ? migrated.file.process : rest;
  const base = newProcess('Utan titel', now);
  const fitted = fitProcessToLimits({ ...base, ...raw } as Process);
  const spec: Json = {};
  for (const key of SPEC_FIELDS) {
    const field = processSchema.shape[key];
    const value = (fitted as Json)[key];
    if (value !== undefined && field.safeParse(value).success) spec[key] = value;
    else if (key in base) spec[key] = (base as Json)[key];
  }
  const parts = {
    lanes: keep(asArray(raw.lanes), LIMITS.lanes, fitLane, laneSchema),
    steps: keep(asArray(raw.steps), LIMITS.steps, fitStep, stepSchema),
    connections: keep(
      asArray(raw.connections),
      LIMITS.connections,
      fitConnection,
      connectionSchema,
    ),
  };
  const loaded = loadDocument({
    formatVersion: CURRENT_FORMAT_VERSION,
    process: { ...spec, ...parts },
    register: [],
  });
  if (!loaded.ok) return null;
  const process = loaded.file.process;
  return {
    process,
    found: {
      lanes: asArray(raw.lanes).length,
      steps: asArray(raw.steps).length,
      connections: asArray(raw.connections).length,
    },
    kept: {
      lanes: process.lanes.length,
      steps: process.steps.length,
      connections: process.connections.length,
    },
  };
}
