// What a collaboration holds beside its pools: text annotations become notes, associations
// information connections; anything else (a group) cannot be shown in a swimlane flow.
import { isA, type El } from '../moddle';
import { warn, type ImportContext } from './context';
import { handleAssociation } from './flows';

export function handleCollaborationArtifact(ctx: ImportContext, a: El): void {
  if (isA(a, 'bpmn:TextAnnotation')) ctx.nodes.push({ el: a, processId: '', kind: 'note' });
  else if (isA(a, 'bpmn:Association')) handleAssociation(ctx, a);
  else warn(ctx, a, 'not shown in a swimlane flow');
}
