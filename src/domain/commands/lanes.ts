// Lane commands: a lane's place given as an index (where the person dropped it) becomes its new
// fractional order key, so the operation says "between these two lanes", not "at position 3".
import type { Process } from '../model/types';
import { laneOrderAt } from '../operations/laneOrder';
import type { Operation } from '../operations/types';

/** Moves the lane so it is shown at `toIndex` (0 = top); null when it is there already. */
export function moveLaneOp(doc: Process, laneId: string, toIndex: number): Operation | null {
  const from = doc.lanes.findIndex((l) => l.id === laneId);
  if (from < 0) return null;
  const to = Math.max(0, Math.min(Math.round(toIndex), doc.lanes.length - 1));
  if (to === from) return null;
  return { type: 'lane.move', laneId, order: laneOrderAt(doc, to, laneId) };
}
