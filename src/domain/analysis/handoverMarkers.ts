// The handovers the diagram marks: every flow connection that hands the work from one unit to
// another, numbered in flow order so the markers read 1, 2, 3 along the flow and the key-figures
// page can list them. Which connections count is the key figures' own definition (keyFigures:
// another unit, neither end in a customer lane), so the markers always add up to that figure.
import type { Process, RegisterEntry } from '../model/types';
import { keyFigures } from './keyFigures';
import { stepNumbers } from './stepNumbers';

export interface HandoverMarker {
  /** 1, 2, 3 … in flow order. */
  number: number;
  connectionId: string;
  fromStepId: string;
  toStepId: string;
  /** The steps' numbers (as in the step table); null for a step without one. */
  fromStepNumber: number | null;
  toStepNumber: number | null;
  /** Register ids of the units the work leaves and enters. */
  fromUnitId: string;
  toUnitId: string;
}

export function handoverMarkers(
  process: Process,
  register: readonly RegisterEntry[],
  numbers: ReadonlyMap<string, number> = stepNumbers(process),
): HandoverMarker[] {
  const ids = keyFigures(process, register).handoverConnectionIds;
  const connections = new Map(process.connections.map((c) => [c.id, c]));
  const steps = new Map(process.steps.map((s) => [s.id, s]));
  const units = new Map(process.lanes.map((l) => [l.id, l.registerId]));
  const unitOf = (stepId: string) => units.get(steps.get(stepId)?.laneId ?? '') ?? '';
  const order = (id: string) => numbers.get(id) ?? Number.MAX_SAFE_INTEGER;
  return ids
    .map((id, index) => ({ c: connections.get(id)!, index }))
    .sort(
      (a, b) =>
        order(a.c.from) - order(b.c.from) || order(a.c.to) - order(b.c.to) || a.index - b.index,
    )
    .map(({ c }, i) => ({
      number: i + 1,
      connectionId: c.id,
      fromStepId: c.from,
      toStepId: c.to,
      fromStepNumber: numbers.get(c.from) ?? null,
      toStepNumber: numbers.get(c.to) ?? null,
      fromUnitId: unitOf(c.from),
      toUnitId: unitOf(c.to),
    }));
}
