// Message flows between pools become information connections. A message flow to a pool drawn as
// a black box (typically the customer) is a customer contact; the method counts those, so the
// pool's lane gets a step where the flow meets it.
import { isA, type El } from '../moddle';
import { warn, type ImportContext } from './context';
import { nameOf, refId } from './elements';
import { deferFlow } from './flows';

export function handleMessageFlow(ctx: ImportContext, mf: El): void {
  const from = poolEnd(ctx, mf, 'sourceRef');
  const to = poolEnd(ctx, mf, 'targetRef');
  deferFlow(ctx, { el: mf, kind: 'information', from, to, label: nameOf(mf) });
}

/** The BPMN id of the end; for a pool itself, the id of the step made for it in its lane. */
function poolEnd(ctx: ImportContext, mf: El, end: 'sourceRef' | 'targetRef'): string {
  const ref = mf[end] as El | undefined;
  if (!isA(ref, 'bpmn:Participant')) return refId(ref);
  const laneId = ctx.participantLane.get(String(ref?.id));
  if (!laneId) return refId(ref);
  const id = `${String(mf.id ?? 'MessageFlow')}_${end === 'sourceRef' ? 'from' : 'to'}`;
  const el: El = { $type: 'bpmn:Task', id, name: nameOf(mf) || nameOf(ref) };
  const points = ctx.waypoints.get(String(mf.id));
  const point = end === 'sourceRef' ? points?.[0] : points?.[points.length - 1];
  const lane = ctx.lanes.find((l) => l.id === laneId)?.bounds;
  if (point && lane && typeof point.x === 'number')
    ctx.bounds.set(id, {
      x: point.x - 50,
      y: lane.y + lane.height / 2 - 30,
      width: 100,
      height: 60,
    });
  ctx.laneOfNode.set(id, laneId);
  ctx.nodes.push({ el, processId: '', kind: 'activity', standIn: true });
  warn(ctx, mf, 'message flow to a pool drawn without content; a step was added in its lane');
  return id;
}
