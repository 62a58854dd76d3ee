// Appends one "[kind:] Lane: step text" entry connected after the selected flow step (or the
// last one added). A lane name the process lacks adds that lane. Used by the quick-entry field
// and by pasting plain lines of text. Text ending in "?" becomes a decision; a kind prefix
// makes a need (which starts a flow, so follows nothing), a wait or a result.
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
import { defaultPrevious } from './previousStep';
import { isCustomerEntry } from '../../domain/register/register';

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
  const kind = parsed.kind ?? (parsed.label.endsWith('?') ? 'decision' : 'activity');
  const after = kind === 'need' ? undefined : defaultPrevious(doc, selectedId);
  const register = useRegisterStore.getState().byId;
  const customerLane = doc.lanes.find((l) => isCustomerEntry(register.get(l.registerId)));
  const selectedLane = doc.steps.find((s) => s.id === selectedId)?.laneId;
  // A need is the customer's: without a lane named it goes to the customer lane.
  let laneId = parsed.lane
    ? findLaneByName(doc, register, parsed.lane)
    : kind === 'need'
      ? (customerLane?.id ?? selectedLane)
      : (after?.laneId ?? selectedLane);
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
