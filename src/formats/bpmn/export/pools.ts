// Which BPMN process and participant each lane goes out in. A lane keeps the pool it came from;
// lanes made here share one pool named after the process. Lanes the import made up (a pool
// without lanes, nodes outside every lane) go out as no lane at all, and a process the file drew
// without a pool goes out without a participant: so a file comes back with the pools it had.
import type { Lane, Process } from '../../../domain/model/types';

export interface ExportPool {
  id: string;
  name: string;
  /** Every lane of the pool, in the order they are drawn. */
  lanes: Lane[];
  /** Lanes written as bpmn:Lane; the others hold steps outside every lane. */
  drawnLanes: Lane[];
  outsideLanes: Lane[];
  /** False for a process the file drew without a pool. */
  participant: boolean;
}

export function poolsOf(process: Process, defaultPoolId: string): ExportPool[] {
  const pools: ExportPool[] = [];
  for (const lane of process.lanes) {
    const id = lane.pool?.id ?? defaultPoolId;
    let pool = pools.find((p) => p.id === id);
    if (!pool) {
      pool = {
        id,
        name: lane.pool?.name ?? process.title,
        lanes: [],
        drawnLanes: [],
        outsideLanes: [],
        participant: !lane.pool?.noParticipant,
      };
      pools.push(pool);
    }
    pool.lanes.push(lane);
  }
  for (const pool of pools) {
    // Imported before lanes were marked: a pool's only lane with the pool's id was the pool.
    const legacy = pool.lanes.length === 1 && pool.lanes[0]!.id === pool.id;
    for (const lane of pool.lanes)
      (lane.pool?.outsideLanes || legacy ? pool.outsideLanes : pool.drawnLanes).push(lane);
  }
  return pools;
}
