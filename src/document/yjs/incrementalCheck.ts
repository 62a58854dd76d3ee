// The load gate's verdict on a projection, worked out only for what changed (issue 20). A
// projection the whole gate (validateProjection) passed unchanged is "clean": the gate would
// give it back as it is. The next projection shares every entity it did not touch with that
// one (incremental.ts); it is clean too when each new entity object passes its schema and its
// limits unchanged (nothing cut, no default filled in, no unknown field dropped) and the
// process-level fields are as before or pass the same way. Repair has nothing to do on a
// normalised projection (ids are map keys; orphans and dangling connections are normalised
// away by the same rules). Anything else goes through the whole gate, so an invalid view is
// never shown; the result always equals validateProjection(project(ydoc)).
import type { Process } from '../../domain/model/types';
import { rememberPassed } from '../../domain/schema/checkProcess';
import {
  fitConnection,
  fitLane,
  fitProcessToLimits,
  fitStep,
} from '../../domain/schema/fitToLimits';
import { LIMITS } from '../../domain/schema/limits';
import {
  connectionSchema,
  laneSchema,
  processSchema,
  stepSchema,
} from '../../domain/schema/process';
import { validateProjection } from './mapping';

type Schema = { safeParse(v: unknown): { success: boolean; data?: unknown } };
const head = processSchema.omit({ lanes: true, steps: true, connections: true });

/** Deep equality of plain data; a key holding undefined counts as missing (as zod leaves it). */
export function equalData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((x, i) => equalData(x, other[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = (r: Record<string, unknown>) => Object.keys(r).filter((k) => r[k] !== undefined);
  const ka = keys(ra);
  if (ka.length !== keys(rb).length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && equalData(ra[k], rb[k]));
}

const ENTITIES = ['lanes', 'steps', 'connections'] as const;
const withoutEntities = (p: Process): Record<string, unknown> => {
  const { lanes: _l, steps: _s, connections: _c, ...rest } = p;
  return rest;
};
const passesAsIs = (schema: Schema, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success && equalData(r.data, value);
};

export interface Checker {
  /** The projection as the load gate gives it back, or null when it cannot pass. */
  check(raw: Process | null): Process | null;
  /** How many checks took the whole gate (for tests and measurements). */
  readonly full: number;
}

export function createChecker(): Checker {
  /** Entity objects of clean projections: the gate gives each back unchanged. */
  const clean = new WeakSet<object>();
  let last: Process | null = null;
  let full = 0;

  const entityClean = (e: object, schema: Schema, fit: (x: never) => unknown) => {
    if (clean.has(e)) return true;
    if (fit(e as never) !== e || !passesAsIs(schema, e)) return false;
    clean.add(e);
    return true;
  };

  function fast(raw: Process, prev: Process): boolean {
    if (raw.id !== prev.id) return false;
    if (raw.lanes.length > LIMITS.lanes || raw.steps.length > LIMITS.steps) return false;
    if (raw.connections.length > LIMITS.connections) return false;
    const fresh: Record<(typeof ENTITIES)[number], object[]> = {
      lanes: [],
      steps: [],
      connections: [],
    };
    const checks = { lanes: [laneSchema, fitLane], steps: [stepSchema, fitStep] } as const;
    for (const kind of ENTITIES) {
      const [schema, fit] =
        kind === 'connections' ? [connectionSchema, fitConnection] : checks[kind];
      for (const e of raw[kind] as object[]) {
        if (clean.has(e)) continue;
        if (!entityClean(e, schema, fit)) return false;
        fresh[kind].push(e);
      }
    }
    const rest = withoutEntities(raw);
    if (!equalData(rest, withoutEntities(prev)) && !passesAsIs(head, rest)) return false;
    if (fitProcessToLimits(raw, prev) !== raw) return false;
    // The session's save checks the schema entity by entity: these passed it just now.
    rememberPassed(fresh);
    return true;
  }

  return {
    get full() {
      return full;
    },
    check(raw) {
      if (!raw) {
        last = null;
        return null;
      }
      if (last && fast(raw, last)) return (last = raw);
      full++;
      const whole = validateProjection(raw);
      if (whole && equalData(whole, raw)) {
        for (const kind of ENTITIES) for (const e of raw[kind]) clean.add(e);
        rememberPassed(raw);
        return (last = raw);
      }
      last = null;
      return whole;
    },
  };
}
