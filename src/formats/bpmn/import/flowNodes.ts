// Flow nodes become steps: every flow node, also inside expanded sub-processes, and the data and
// text annotations beside them. Flows found on the way are handed to the flow handlers.
import type { StepKind } from '../../../domain/model/types';
import { kindFor, simplification } from '../kinds';
import { isA, list, type El } from '../moddle';
import { handleBoundaryEvent } from './boundaryEvents';
import { warn, type ImportContext, type NodeDraft } from './context';
import { readFv } from './elements';
import { handleAssociation, handleDataAssociations, handleSequenceFlow } from './flows';

/** The flow elements and artifacts of a process or sub-process, in file order. */
export function handleFlowElements(ctx: ImportContext, container: El, processId: string): void {
  for (const el of [...list(container.flowElements), ...list(container.artifacts)]) {
    if (isA(el, 'bpmn:SequenceFlow')) handleSequenceFlow(ctx, el);
    else if (isA(el, 'bpmn:Association')) handleAssociation(ctx, el);
    // The data behind a DataObjectReference: the reference is the step.
    else if (!isA(el, 'bpmn:DataObject')) handleFlowNode(ctx, el, processId);
  }
}

export function handleFlowNode(
  ctx: ImportContext,
  el: El,
  processId: string,
): NodeDraft | undefined {
  const definition = list(el.eventDefinitions)[0]?.$type;
  const fv = readFv(el);
  const kind = (fv?.kind as StepKind | undefined) ?? kindFor(el.$type, definition);
  if (!kind) {
    warn(ctx, el, 'not shown in a swimlane flow');
    return undefined;
  }
  const reason = fv ? null : simplification(el.$type, definition);
  if (reason) warn(ctx, el, reason);
  const node: NodeDraft = { el, processId, kind };
  ctx.nodes.push(node);
  if (isA(el, 'bpmn:BoundaryEvent')) handleBoundaryEvent(node, el);
  handleDataAssociations(ctx, el);
  if (list(el.flowElements).length) handleFlowElements(ctx, el, processId);
  return node;
}
