// The process schema checked entity by entity, remembering the lanes, steps and connections that
// passed. Documents are immutable and an edit shares every entity it did not touch, so the save
// after dragging one step in a 5,000-step flow checks one step, not 5,000 (a whole-schema parse
// there is a main-thread task of tens of milliseconds). Same verdict as processSchema.safeParse.
import { LIMITS } from './limits';
import { connectionSchema, laneSchema, processSchema, stepSchema } from './process';

const head = processSchema.omit({ lanes: true, steps: true, connections: true });
const passed = new WeakSet<object>();

function each(
  items: unknown,
  max: number,
  schema: { safeParse(x: unknown): { success: boolean } },
) {
  if (!Array.isArray(items) || items.length > max) return false;
  for (const item of items) {
    if (typeof item === 'object' && item !== null && passed.has(item)) continue;
    if (!schema.safeParse(item).success) return false;
    if (typeof item === 'object' && item !== null) passed.add(item);
  }
  return true;
}

export function passesProcessSchema(process: unknown): boolean {
  if (typeof process !== 'object' || process === null) return false;
  const p = process as Record<string, unknown>;
  return (
    head.safeParse(p).success &&
    each(p.lanes, LIMITS.lanes, laneSchema) &&
    each(p.steps, LIMITS.steps, stepSchema) &&
    each(p.connections, LIMITS.connections, connectionSchema)
  );
}

/** Entities the load gate has just parsed with the whole schema: the first save skips them. */
export function rememberPassed(process: {
  lanes: readonly object[];
  steps: readonly object[];
  connections: readonly object[];
}): void {
  for (const list of [process.lanes, process.steps, process.connections])
    for (const item of list) passed.add(item);
}
