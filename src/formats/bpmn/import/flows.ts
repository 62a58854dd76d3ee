// Sequence flows, associations and data associations become connections. A connection needs the
// steps at both ends, so each is made in the deferred pass, once every step exists.
import { newId } from '../../../domain/model/ids';
import type { Connection } from '../../../domain/model/types';
import { list, type El } from '../moddle';
import { defer, warn, type BuiltSteps, type FlowDraft, type ImportContext } from './context';
import { nameOf, readFv, refId, safeId } from './elements';

export function handleSequenceFlow(ctx: ImportContext, el: El): void {
  deferFlow(ctx, {
    el,
    kind: 'flow',
    from: refId(el.sourceRef),
    to: refId(el.targetRef),
    label: flowLabel(el),
  });
}

export function handleAssociation(ctx: ImportContext, el: El): void {
  deferFlow(ctx, {
    el,
    kind: 'information',
    from: refId(el.sourceRef),
    to: refId(el.targetRef),
    label: '',
  });
}

/** Data read and written by an activity: information connections to and from the data step. */
export function handleDataAssociations(ctx: ImportContext, el: El): void {
  for (const a of list(el.dataInputAssociations)) {
    for (const source of list(a.sourceRef))
      deferFlow(ctx, {
        el: a,
        kind: 'information',
        from: refId(source),
        to: String(el.id),
        label: '',
      });
  }
  for (const a of list(el.dataOutputAssociations)) {
    deferFlow(ctx, {
      el: a,
      kind: 'information',
      from: String(el.id),
      to: refId(a.targetRef),
      label: '',
    });
  }
}

export function deferFlow(ctx: ImportContext, flow: FlowDraft): void {
  defer(ctx, (steps) => connect(ctx, steps, flow));
}

function connect(ctx: ImportContext, steps: BuiltSteps, raw: FlowDraft): void {
  const f = {
    ...raw,
    from: steps.idOf.get(raw.from) ?? raw.from,
    to: steps.idOf.get(raw.to) ?? raw.to,
  };
  if (!steps.stepIds.has(f.from) || !steps.stepIds.has(f.to) || f.from === f.to) {
    warn(ctx, f.el, 'connection to something that is not a step');
    return;
  }
  const fv = readFv(f.el);
  const own = fv?.record === 'connection' ? (fv.connection as Connection) : undefined;
  const id = f.el.id ? safeId(f.el.id, 'c') : newId('c');
  if (own) {
    ctx.connections.push({ ...own, from: f.from, to: f.to, label: f.label || own.label });
    return;
  }
  ctx.connections.push({
    id,
    kind: f.kind,
    from: f.from,
    to: f.to,
    label: f.label.slice(0, 500),
    bpmn: { type: f.el.$type, id: String(f.el.id ?? '').slice(0, 200) },
  });
}

/** A condition without a name still says which way the flow goes. */
function flowLabel(el: El): string {
  const name = nameOf(el);
  if (name) return name;
  const condition = el.conditionExpression as El | undefined;
  return typeof condition?.body === 'string' ? condition.body.trim().slice(0, 500) : '';
}
