// The palette's and toolbar's "add a step": after the selected step, in its lane, connected,
// with its label open for typing.
import type { StepKind } from '../../domain/model/types';
import { documentSession } from '../../state/documentSession';
import { useSessionStore } from '../../state/sessionStore';
import { addStepOperation } from './addStep';

export function addStepAfterSelection(kind: StepKind): void {
  const store = documentSession;
  const session = useSessionStore.getState();
  const doc = store.doc;
  if (!doc) return;
  const selectedId = session.selectedStepIds[session.selectedStepIds.length - 1];
  const after = doc.steps.find((s) => s.id === selectedId);
  const laneId = after?.laneId ?? doc.lanes[0]?.id;
  if (!laneId) {
    session.showAlert({ key: 'editor.needLane' });
    return;
  }
  const { op, stepId } = addStepOperation(doc, { kind, laneId, afterId: after?.id });
  store.apply(op);
  session.select([stepId]);
  session.setEditing(stepId);
}
