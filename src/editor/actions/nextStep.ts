// Keyboard entry: add the next step after the selected one, in the same lane or the lane
// below/above, and start typing its label at once.
import { documentSession } from '../../state/documentSession';
import { useSessionStore } from '../../state/sessionStore';
import { addStepOperation } from './addStep';

export function addNextStep(direction: 'same' | 'below' | 'above'): boolean {
  const store = documentSession;
  const session = useSessionStore.getState();
  const doc = store.doc;
  const fromId = session.selectedStepIds[session.selectedStepIds.length - 1];
  const from = doc?.steps.find((s) => s.id === fromId);
  if (!doc || !from) return false;
  const index = doc.lanes.findIndex((l) => l.id === from.laneId);
  const target = direction === 'same' ? index : direction === 'below' ? index + 1 : index - 1;
  const lane = doc.lanes[Math.max(0, Math.min(doc.lanes.length - 1, target))];
  if (!lane) return false;
  const { op, stepId } = addStepOperation(doc, {
    kind: 'activity',
    laneId: lane.id,
    afterId: from.id,
  });
  store.apply(op);
  session.select([stepId]);
  session.setEditing(stepId);
  return true;
}
