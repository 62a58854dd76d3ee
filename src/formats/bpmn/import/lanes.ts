// Pools and lanes become lanes: every leaf lane of every pool; a pool without lanes is one lane.
import { CUSTOMER_NAME } from '../../../domain/register/customerNames';
import { list, type El } from '../moddle';
import type { ImportContext, Pool } from './context';
import { allFlowElements, nameOf, readFv, safeId } from './elements';

/** Nested lanes are flattened: a leaf lane's name says the path to it ("Bygglov / Chef"). */
export function handleLaneSet(
  ctx: ImportContext,
  laneSet: El | undefined,
  prefix: string,
  pool?: Pool,
): void {
  for (const lane of list(laneSet?.lanes)) {
    // An unnamed lane takes its pool's name: a lane needs a name to be read.
    const own = nameOf(lane) || (prefix ? '' : (pool?.name ?? ''));
    const name = prefix ? `${prefix} / ${own}` : own;
    const child = lane.childLaneSet as El | undefined;
    if (child && list(child.lanes).length) {
      handleLaneSet(ctx, child, name, pool);
      continue;
    }
    const id = safeId(lane.id, 'l');
    for (const ref of list(lane.flowNodeRef)) if (ref.id) ctx.laneOfNode.set(ref.id, id);
    ctx.lanes.push({
      id,
      name,
      pool,
      bounds: ctx.bounds.get(String(lane.id)),
      customer: false,
      fv: readFv(lane),
    });
  }
}

/** A pool's lanes; returns the id of the process it shows, if it names one. */
export function handleParticipant(ctx: ImportContext, participant: El): string | undefined {
  const process = participant.processRef as El | undefined;
  const pool = { id: safeId(participant.id, 'pool'), name: nameOf(participant) };
  const laneSets = list(process?.laneSets);
  if (laneSets.some((ls) => list(ls.lanes).length)) {
    const first = ctx.lanes.length;
    for (const ls of laneSets) handleLaneSet(ctx, ls, '', pool);
    if (ctx.lanes[first]) ctx.participantLane.set(String(participant.id), ctx.lanes[first].id);
  } else {
    ctx.participantLane.set(String(participant.id), pool.id);
    // A pool without a process of its own is a black box: in municipal flows, the customer.
    const collapsed = !process || list(process.flowElements).length === 0;
    ctx.lanes.push({
      id: pool.id,
      name: pool.name,
      pool,
      bounds: ctx.bounds.get(String(participant.id)),
      customer: collapsed || CUSTOMER_NAME.test(pool.name),
      fv: readFv(participant),
    });
    if (process)
      for (const n of allFlowElements(process)) if (n.id) ctx.laneOfNode.set(n.id, pool.id);
  }
  return process?.id || undefined;
}
