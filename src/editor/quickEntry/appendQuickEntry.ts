// Appends one "Lane: step text" entry as an activity connected after the selected step (or the
// last step added). A lane name the process lacks adds that lane. Used by the quick-entry field
// and by pasting plain lines of text. Text ending in "?" becomes a decision.
import { useDocumentStore } from '../../state/documentStore';
import { useRegisterStore } from '../../state/registerStore';
import { services } from '../../state/services';
import { useSessionStore } from '../../state/sessionStore';
import { addStepOperation } from '../actions/addStep';
import { addLaneOperation, findLaneByName, resolveEntry } from '../lanes/laneActions';
import { cutText } from '../../domain/schema/fitToLimits';
import { LIMITS } from '../../domain/schema/limits';
import { MAX_PASTE_LINES, planPlainPaste } from '../actions/clipboard';
import { parseQuickEntry } from './parseQuickEntry';

/**
 * Adds the entry as a step. A step text longer than a label may be is cut to the limit and the
 * person told (unless `quiet`: a paste tells once for all its lines).
 */
export async function appendQuickEntry(
  text: string,
  { quiet = false }: { quiet?: boolean } = {},
): Promise<boolean> {
  const parsed = parseQuickEntry(text);
  const store = useDocumentStore.getState();
  const session = useSessionStore.getState();
  let doc = store.doc;
  if (!parsed || !doc) return false;
  const selectedId = session.selectedStepIds[session.selectedStepIds.length - 1];
  const after = doc.steps.find((s) => s.id === selectedId) ?? doc.steps[doc.steps.length - 1];
  let laneId = parsed.lane
    ? findLaneByName(doc, useRegisterStore.getState().byId, parsed.lane)
    : after?.laneId;
  if (!laneId && parsed.lane) {
    const { entry, isNew } = resolveEntry(
      useRegisterStore.getState().entries,
      parsed.lane,
      'forvaltning',
    );
    if (isNew) await services().addRegisterEntries([entry]);
    const added = addLaneOperation(doc, useRegisterStore.getState().byId, entry);
    store.apply(added.op);
    laneId = added.laneId;
    doc = useDocumentStore.getState().doc!;
  }
  laneId ??= doc.lanes[0]?.id;
  if (!laneId) {
    session.showAlert({ key: 'editor.needLane' });
    return false;
  }
  // A question is a decision: "Komplett ansökan?" branches.
  const kind = parsed.label.endsWith('?') ? 'decision' : 'activity';
  const label = cutText(parsed.label, LIMITS.label);
  const { op, stepId } = addStepOperation(doc, { kind, laneId, label, afterId: after?.id });
  store.apply(op);
  session.select([stepId]);
  if (label !== parsed.label && !quiet)
    session.showToast({ key: 'limits.cutLabel', params: { max: LIMITS.label } });
  return true;
}

/** Pasted plain text: each line a step, as if typed into quick entry; limits told once. */
export async function pastePlainLines(text: string): Promise<void> {
  const plan = planPlainPaste(text);
  for (const line of plan.lines) await appendQuickEntry(line, { quiet: true });
  const toast = useSessionStore.getState().showToast;
  if (plan.dropped > 0) {
    const count = plan.lines.length + plan.dropped;
    toast({
      key: 'limits.pasteDropped',
      params: { max: MAX_PASTE_LINES, count, chars: LIMITS.label },
    });
  } else if (plan.cut > 0) {
    toast({ key: 'limits.pasteCut', params: { count: plan.cut, max: LIMITS.label } });
  }
}
