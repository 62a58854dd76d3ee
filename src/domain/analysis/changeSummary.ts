// What changed between two versions of a process, in the terms a person uses — for the screen
// reader announcement after an edit, an undo or a change from another tab. Unchanged parts are
// the same objects (operations share structure), so this is a cheap walk.
import type { Process } from '../model/types';
import type { Operation } from '../operations/types';

export type Change =
  | { type: 'stepAdded'; label: string; laneId: string }
  | { type: 'stepRemoved'; label: string }
  | { type: 'stepMovedLane'; label: string; laneId: string }
  | { type: 'stepRenamed'; label: string }
  | { type: 'connectionAdded'; from: string; to: string }
  | { type: 'connectionRemoved'; from: string; to: string }
  | { type: 'laneAdded'; laneId: string }
  | { type: 'laneRemoved' }
  | { type: 'lanesReordered' };

/** The changes, most telling first; at most `limit` of them (a big paste is summed up). */
export function summarizeChange(before: Process, after: Process, limit = 3): Change[] {
  if (before === after) return [];
  const changes: Change[] = [];
  const beforeSteps = new Map(before.steps.map((s) => [s.id, s]));
  const afterSteps = new Map(after.steps.map((s) => [s.id, s]));
  const label = (id: string) => afterSteps.get(id)?.label ?? beforeSteps.get(id)?.label ?? '';
  if (before.lanes !== after.lanes) {
    const was = new Set(before.lanes.map((l) => l.id));
    const now = new Set(after.lanes.map((l) => l.id));
    for (const l of after.lanes)
      if (!was.has(l.id)) changes.push({ type: 'laneAdded', laneId: l.id });
    for (const l of before.lanes) if (!now.has(l.id)) changes.push({ type: 'laneRemoved' });
    const order = (p: Process) =>
      p.lanes.map((l) => l.id).filter((id) => was.has(id) && now.has(id));
    if (order(before).join() !== order(after).join()) changes.push({ type: 'lanesReordered' });
  }
  if (before.steps !== after.steps) {
    for (const s of after.steps) {
      const old = beforeSteps.get(s.id);
      if (!old) changes.push({ type: 'stepAdded', label: s.label, laneId: s.laneId });
      else if (old !== s && old.laneId !== s.laneId)
        changes.push({ type: 'stepMovedLane', label: s.label, laneId: s.laneId });
      else if (old !== s && old.label !== s.label)
        changes.push({ type: 'stepRenamed', label: s.label });
    }
    for (const s of before.steps)
      if (!afterSteps.has(s.id)) changes.push({ type: 'stepRemoved', label: s.label });
  }
  if (before.connections !== after.connections) {
    const was = new Set(before.connections.map((c) => c.id));
    const now = new Set(after.connections.map((c) => c.id));
    // A connection that went with its removed step is not news on its own.
    for (const c of after.connections)
      if (!was.has(c.id))
        changes.push({ type: 'connectionAdded', from: label(c.from), to: label(c.to) });
    for (const c of before.connections)
      if (!now.has(c.id) && afterSteps.has(c.from) && afterSteps.has(c.to))
        changes.push({ type: 'connectionRemoved', from: label(c.from), to: label(c.to) });
  }
  return changes.slice(0, limit);
}

/**
 * The same, told from the operations a change was made of (the document session's change
 * events), so nothing has to compare whole documents. `before` and `after` give the names.
 */
export function summarizeOps(
  ops: readonly Operation[],
  before: Process,
  after: Process,
  limit = 3,
): Change[] {
  const changes: Change[] = [];
  const stepIn = (p: Process, id: string) => p.steps.find((s) => s.id === id);
  const label = (id: string) => (stepIn(after, id) ?? stepIn(before, id))?.label ?? '';
  const laneIn = (p: Process, id: string) => p.lanes.some((l) => l.id === id);
  const isNew = (connectionId: string) =>
    after.connections.some((x) => x.id === connectionId) &&
    !before.connections.some((x) => x.id === connectionId);
  let reordered = false;
  for (const op of ops) {
    if (changes.length >= limit) break;
    switch (op.type) {
      case 'step.add':
        for (const s of op.steps) {
          const now = stepIn(after, s.id);
          if (now && !stepIn(before, s.id))
            changes.push({ type: 'stepAdded', label: now.label, laneId: now.laneId });
        }
        // A step added after another comes with its connection in the same operation.
        for (const c of op.connections ?? [])
          if (isNew(c.id))
            changes.push({ type: 'connectionAdded', from: label(c.from), to: label(c.to) });
        break;
      case 'step.remove':
        for (const id of op.ids) {
          const was = stepIn(before, id);
          if (was && !stepIn(after, id)) changes.push({ type: 'stepRemoved', label: was.label });
        }
        break;
      case 'step.move':
        for (const p of op.placements) {
          const was = stepIn(before, p.id);
          const now = stepIn(after, p.id);
          if (was && now && was.laneId !== now.laneId)
            changes.push({ type: 'stepMovedLane', label: now.label, laneId: now.laneId });
        }
        break;
      case 'step.update': {
        const was = stepIn(before, op.id);
        const now = stepIn(after, op.id);
        if (!was || !now) break;
        if (was.laneId !== now.laneId)
          changes.push({ type: 'stepMovedLane', label: now.label, laneId: now.laneId });
        else if (was.label !== now.label) changes.push({ type: 'stepRenamed', label: now.label });
        break;
      }
      case 'connection.add': {
        const c = op.connection;
        if (isNew(c.id))
          changes.push({ type: 'connectionAdded', from: label(c.from), to: label(c.to) });
        break;
      }
      case 'connection.remove':
        // A connection that went with its removed step is not news on its own.
        for (const id of op.ids) {
          const c = before.connections.find((x) => x.id === id);
          if (c && stepIn(after, c.from) && stepIn(after, c.to))
            changes.push({ type: 'connectionRemoved', from: label(c.from), to: label(c.to) });
        }
        break;
      case 'lane.add':
        if (laneIn(after, op.lane.id) && !laneIn(before, op.lane.id))
          changes.push({ type: 'laneAdded', laneId: op.lane.id });
        break;
      case 'lane.remove':
        if (laneIn(before, op.laneId) && !laneIn(after, op.laneId))
          changes.push({ type: 'laneRemoved' });
        break;
      case 'lane.move':
      case 'lane.update':
        if (!reordered && (op.type === 'lane.move' || op.patch.order !== undefined)) {
          reordered = true;
          if (before.lanes.map((l) => l.id).join() !== after.lanes.map((l) => l.id).join())
            changes.push({ type: 'lanesReordered' });
        }
        break;
      default:
        break;
    }
  }
  return changes.slice(0, limit);
}
