// A boundary event is a step of its own beside its activity; the activity it sits on is kept
// (as the file's id) so that an export puts it back on the same host.
import type { El } from '../moddle';
import type { NodeDraft } from './context';

export function handleBoundaryEvent(node: NodeDraft, el: El): void {
  const host = (el.attachedToRef as El | undefined)?.id;
  if (host) node.attachedTo = host;
}
