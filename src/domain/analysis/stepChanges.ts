// What a to-be's drawing marks: the steps added since its as-is and the steps changed in it
// (another text or another unit), by id. Taken from compareProcesses, so the marks on the
// diagram and the comparison page always agree.
import type { Comparison } from './compare';

export type StepChange = 'added' | 'changed';

export function stepChanges(comparison: Comparison): Map<string, StepChange> {
  const changes = new Map<string, StepChange>();
  for (const m of comparison.movedUnit) changes.set(m.step.id, 'changed');
  for (const r of comparison.relabelled) changes.set(r.after.id, 'changed');
  for (const s of comparison.added) changes.set(s.id, 'added');
  return changes;
}
