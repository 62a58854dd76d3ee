// Found lanes become the process's lanes and register entries, top to bottom as drawn. Lanes
// named like a customer group become customer lanes (kind kundgrupp, the warm tints).
import type { Lane, RegisterEntry } from '../../domain/model/types';
import { newId } from '../../domain/model/ids';
import { laneEntries } from '../laneEntries';
import type { LaneFound } from './lanes';

export function modelLanes(
  found: readonly LaneFound[],
  defaultName: string,
  scaleY: number,
): { lanes: Lane[]; register: RegisterEntry[]; idOf: Map<string, string> } {
  const register: RegisterEntry[] = [];
  const idOf = new Map<string, string>();
  const entryFor = laneEntries();
  const lanes = found.map((l): Lane => {
    const name = (l.cell.text || l.pool?.text || defaultName).slice(0, 500);
    const id = newId('l');
    idOf.set(l.cell.id, id);
    const entry = entryFor(newId('r'), name);
    register.push(entry);
    return {
      id,
      registerId: entry.id,
      height: Math.min(100_000, Math.round(l.bounds.height * scaleY)),
      ...(l.pool
        ? { pool: { id: l.pool.id.slice(0, 200), name: (l.pool.text || name).slice(0, 500) } }
        : {}),
    };
  });
  return { lanes, register, idOf };
}
