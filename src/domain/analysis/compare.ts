// As-is against to-be: the key figures before and after, and what changed step by step. A to-be
// is made as a copy of its as-is, so a step keeps its id and can be followed across the two.
import { keyFigures, type KeyFigures } from './keyFigures';
import { STEP_KIND_INFO } from '../model/stepKinds';
import type { Process, RegisterEntry, Step } from '../model/types';

export interface Moved {
  step: Step;
  fromUnit: string;
  toUnit: string;
}

export interface Comparison {
  before: KeyFigures;
  after: KeyFigures;
  removed: Step[];
  added: Step[];
  movedUnit: Moved[];
  relabelled: { before: Step; after: Step }[];
}

export function compareProcesses(
  asIs: Process,
  toBe: Process,
  register: readonly RegisterEntry[],
): Comparison {
  const unitIn = (p: Process) => {
    const lanes = new Map(p.lanes.map((l) => [l.id, l.registerId]));
    return (s: Step) => lanes.get(s.laneId) ?? '';
  };
  const unitBefore = unitIn(asIs);
  const unitAfter = unitIn(toBe);
  const afterById = new Map(toBe.steps.map((s) => [s.id, s]));
  const beforeIds = new Set(asIs.steps.map((s) => s.id));
  const movedUnit: Moved[] = [];
  const relabelled: Comparison['relabelled'] = [];
  for (const before of asIs.steps) {
    const after = afterById.get(before.id);
    if (!after) continue;
    // Only flow steps change who is responsible: a problem or note that followed its step into
    // another lane is not a change of its own.
    if (STEP_KIND_INFO[after.kind].inFlow && unitBefore(before) !== unitAfter(after))
      movedUnit.push({ step: after, fromUnit: unitBefore(before), toUnit: unitAfter(after) });
    if (before.label.trim() !== after.label.trim()) relabelled.push({ before, after });
  }
  return {
    before: keyFigures(asIs, register),
    after: keyFigures(toBe, register),
    removed: asIs.steps.filter((s) => !afterById.has(s.id)),
    added: toBe.steps.filter((s) => !beforeIds.has(s.id)),
    movedUnit,
    relabelled,
  };
}

/** A to-be made from an as-is: the same flow to change, linked back to where it came from. */
export function toBeFrom(
  asIs: Process,
  id: string,
  title: string,
  now: Date = new Date(),
): Process {
  const time = now.toISOString();
  return {
    ...asIs,
    id,
    title: title.slice(0, 500),
    variant: 'onskat',
    status: 'utkast',
    asIsId: asIs.id,
    createdAt: time,
    changedAt: time,
  };
}
