// The write side of the load gate: a process is stored only in a state the gate lets through on
// the next read. Edits are already kept within limits (applyOperation); this is the last check
// before IndexedDB, for whatever reached the write path some other way.
import { fitLanes } from '../model/geometry';
import { normalise } from '../model/normalise';
import type { Process } from '../model/types';
import { fitProcessToLimits } from '../schema/fitToLimits';
import { passesProcessSchema } from '../schema/checkProcess';
import { LIMITS, processSchema } from '../schema/process';

export type WriteCheck =
  | { ok: true; process: Process; repaired: boolean }
  /** `detail`: where the schema refused it (e.g. "steps.3.kind"). */
  | { ok: false; detail: string };

/** The same schema the loader reads with; repaired within limits if it fails; else refused. */
export function prepareForWrite(input: Process): WriteCheck {
  // Derived state (lanes fitted to their steps, keys, dangling references) as the session keeps
  // it, whoever wrote the document: a row is stored as the next read would make it.
  const process = isShaped(input) ? normalise(input) : input;
  if (passesProcessSchema(process)) return { ok: true, process, repaired: false };
  const repaired = repairToLimits(process);
  const second = processSchema.safeParse(repaired);
  if (second.success) return { ok: true, process: repaired, repaired: true };
  return { ok: false, detail: second.error.issues[0]?.path.join('.') ?? '' };
}

/** Strings cut, numbers clamped, lists cut to what the schema allows; lanes fitted again. */
export function repairToLimits(process: Process): Process {
  const cut = <T>(items: T[], max: number) =>
    Array.isArray(items) && items.length > max ? items.slice(0, max) : items;
  const fitted = fitProcessToLimits({
    ...process,
    lanes: cut(process.lanes, LIMITS.lanes),
    steps: cut(process.steps, LIMITS.steps),
    connections: cut(process.connections, LIMITS.connections),
  });
  const objects = (xs: unknown) =>
    Array.isArray(xs) && xs.every((x) => typeof x === 'object' && x !== null);
  const shaped = objects(fitted.lanes) && objects(fitted.steps);
  return shaped ? fitLanes(fitted) : fitted;
}

/** Lists where lists belong: normalise can run on it (a broken row goes to the repair path). */
function isShaped(p: Process): boolean {
  const lists = [p.lanes, p.steps, p.connections, p.parkingLot, p.objectsIn, p.objectsOut];
  const objects = (xs: unknown) =>
    Array.isArray(xs) && xs.every((x) => typeof x === 'object' && x !== null);
  return (
    lists.every(objects) &&
    objects(p.measures) &&
    Array.isArray(p.tags) &&
    Array.isArray(p.customerGroupIds) &&
    typeof p.huki === 'object' &&
    p.huki !== null
  );
}
