// Pools and lanes become lanes: every leaf lane of every pool; a pool without lanes is one lane,
// marked as made here (`outsideLanes`) so that an export writes the pool without lanes again.
import { isCustomerName } from '../../../domain/register/customerNames';
import { list, type El } from '../moddle';
import type { ImportContext, LaneDraft, Pool } from './context';
import { allFlowElements, nameOf, readFv, readFvRecords, safeId } from './elements';

/** Nested lanes are flattened: a leaf lane's name says the path to it ("Bygglov / Chef"). */
export function handleLaneSet(
  ctx: ImportContext,
  laneSet: El | undefined,
  prefix: string,
  pool?: Pool,
  processId?: string,
): void {
  for (const lane of list(laneSet?.lanes)) {
    // An unnamed lane takes its pool's name: a lane needs a name to be read.
    const own = nameOf(lane) || (prefix ? '' : (pool?.name ?? ''));
    const name = prefix ? `${prefix} / ${own}` : own;
    const child = lane.childLaneSet as El | undefined;
    if (child && list(child.lanes).length) {
      handleLaneSet(ctx, child, name, pool, processId);
      continue;
    }
    const id = safeId(lane.id, 'l');
    for (const ref of list(lane.flowNodeRef)) if (ref.id) ctx.laneOfNode.set(ref.id, id);
    ctx.lanes.push({
      id,
      name,
      pool,
      processId,
      bounds: ctx.bounds.get(String(lane.id)),
      customer: false,
      fv: readFv(lane),
    });
  }
}

/** A pool's lanes; returns the id of the process it shows, if it names one. */
export function handleParticipant(ctx: ImportContext, participant: El): string | undefined {
  const process = participant.processRef as El | undefined;
  const processId = process?.id ? String(process.id) : undefined;
  const pool: Pool = { id: safeId(participant.id, 'pool'), name: nameOf(participant) };
  if (processId) ctx.poolOfProcess.set(processId, pool);
  const laneSets = list(process?.laneSets);
  if (laneSets.some((ls) => list(ls.lanes).length)) {
    const first = ctx.lanes.length;
    for (const ls of laneSets) handleLaneSet(ctx, ls, '', pool, processId);
    if (ctx.lanes[first]) ctx.participantLane.set(String(participant.id), ctx.lanes[first].id);
  } else {
    // A pool without a process of its own is a black box: in municipal flows, the customer.
    const collapsed = !process || list(process.flowElements).length === 0;
    const fv = readFv(participant) ?? readFvRecords(process, 'lane')[0];
    const ownId = (fv?.lane as { id?: unknown } | undefined)?.id;
    const lane: LaneDraft = {
      id: typeof ownId === 'string' ? safeId(ownId, 'l') : pool.id,
      name: pool.name,
      pool: { ...pool, outsideLanes: true },
      processId,
      bounds: ctx.bounds.get(String(participant.id)),
      customer: collapsed || isCustomerName(pool.name),
      fv,
    };
    ctx.lanes.push(lane);
    ctx.participantLane.set(String(participant.id), lane.id);
    if (processId) ctx.outsideLane.set(processId, lane);
    if (process)
      for (const n of allFlowElements(process)) if (n.id) ctx.laneOfNode.set(n.id, lane.id);
  }
  return processId;
}

/** A process no participant shows: its lanes (if any) in a pool that is the process itself. */
export function handleBareProcess(ctx: ImportContext, process: El): void {
  const processId = String(process.id);
  const pool: Pool = {
    id: safeId(process.id, 'process'),
    name: nameOf(process),
    noParticipant: true,
  };
  ctx.poolOfProcess.set(processId, pool);
  for (const ls of list(process.laneSets)) handleLaneSet(ctx, ls, '', pool, processId);
}
