// Test support: what the MIWG reference models contain, and the same counts read off our model.
import type { Process } from '../../domain/model/types';
import { EVENT_TYPES, GATEWAY_TYPES, isActivityType } from './kinds';

/** Expected counts from the fixtures' README (read with bpmn-moddle by the suite's authors). */
export const EXPECTED: Record<
  string,
  {
    pools: number;
    lanes: number;
    activities: number;
    gateways: number;
    events: number;
    sequenceFlows: number;
    messageFlows: number;
  }
> = {
  'A.1.0': {
    pools: 0,
    lanes: 0,
    activities: 3,
    gateways: 0,
    events: 2,
    sequenceFlows: 4,
    messageFlows: 0,
  },
  'A.2.0': {
    pools: 0,
    lanes: 0,
    activities: 4,
    gateways: 2,
    events: 2,
    sequenceFlows: 9,
    messageFlows: 0,
  },
  'A.3.0': {
    pools: 0,
    lanes: 0,
    activities: 5,
    gateways: 0,
    events: 5,
    sequenceFlows: 8,
    messageFlows: 0,
  },
  'A.4.0': {
    pools: 1,
    lanes: 2,
    activities: 8,
    gateways: 0,
    events: 9,
    sequenceFlows: 13,
    messageFlows: 2,
  },
  // The README counts B.1.0's reusable GlobalTask as an activity; it is a definition that no
  // diagram draws, so it is not a step (it is listed as simplified instead): 14 - 1.
  'B.1.0': {
    pools: 2,
    lanes: 2,
    activities: 13,
    gateways: 5,
    events: 11,
    sequenceFlows: 26,
    messageFlows: 2,
  },
  'C.1.0': {
    pools: 2,
    lanes: 4,
    activities: 9,
    gateways: 3,
    events: 9,
    sequenceFlows: 20,
    messageFlows: 5,
  },
};

export function countsOf(process: Process) {
  const type = (s: { bpmn?: { type: string } }) => s.bpmn?.type ?? '';
  const pools = new Set(
    process.lanes.flatMap((l) => (l.pool && !l.pool.noParticipant ? [l.pool.id] : [])),
  );
  return {
    pools: pools.size,
    // Lanes the file drew; the import's own (a pool without lanes, nodes outside every lane) not.
    lanes: process.lanes.filter((l) => !l.pool?.outsideLanes).length,
    activities: process.steps.filter((s) => isActivityType(type(s))).length,
    gateways: process.steps.filter((s) => GATEWAY_TYPES.includes(type(s))).length,
    events: process.steps.filter((s) => EVENT_TYPES.includes(type(s))).length,
    sequenceFlows: process.connections.filter((c) => c.kind === 'flow').length,
    messageFlows: process.connections.filter((c) => c.bpmn?.type === 'bpmn:MessageFlow').length,
  };
}
