// Appends one "[kind:] Lane: step text" entry connected after the selected flow step (or the
// last one added). A lane name the process lacks adds that lane. Used by the quick-entry field
// and by pasting plain lines of text. Text ending in "?" becomes a decision; a kind prefix
// makes a need (which starts a flow, so follows nothing), a wait or a result.
import { documentSession } from '../../state/documentSession';
import { useRegisterStore } from '../../state/registerStore';
import { useSessionStore } from '../../state/sessionStore';
import { addStepOperation } from '../actions/addStep';
import { addLaneOperation, findLaneByName, resolveEntry } from '../lanes/laneActions';
import { cutText } from '../../domain/schema/fitToLimits';
import { LIMITS } from '../../domain/schema/limits';
import { MAX_PASTE_LINES, planPlainPaste } from '../actions/clipboard';
import { parseQuickEntry } from './parseQuickEntry';
import { defaultPrevious } from './previousStep';
import { isCustomerEntry } from '../../domain/register/register';
import { applyOperation, applyOperations } from '../../domain/operations/applyOperation';
import type { Operation } from '../../domain/operations/types';
import type { Process, RegisterEntry } from '../../domain/model/types';

/** What one quick entry does: its operations and the register entries it adds. */
export interface QuickEntryPlan {
  ops: Operation[];
  register: RegisterEntry[];
  stepId: string;
  /** The step text was longer than a label may be and was cut. */
  cut: boolean;
}

/**
 * Plans one entry as a step against `doc` (pure: nothing is applied). A lane name the process
 * lacks adds that lane, and a unit the register lacks adds that entry; both are part of the
 * plan, so the whole entry is one undo step. Null: nothing to add; 'needLane': no lane at all.
 */
export function planQuickEntry(
  doc: Process,
  entries: readonly RegisterEntry[],
  selectedId: string | undefined,
  text: string,
): QuickEntryPlan | 'needLane' | null {
  const parsed = parseQuickEntry(text);
  if (!parsed) return null;
  const kind = parsed.kind ?? (parsed.label.endsWith('?') ? 'decision' : 'activity');
  const after = kind === 'need' ? undefined : defaultPrevious(doc, selectedId);
  const register = new Map(entries.map((e) => [e.id, e]));
  const customerLane = doc.lanes.find((l) => isCustomerEntry(register.get(l.registerId)));
  const selectedLane = doc.steps.find((s) => s.id === selectedId)?.laneId;
  // A need is the customer's: without a lane named it goes to the customer lane.
  let laneId = parsed.lane
    ? findLaneByName(doc, register, parsed.lane)
    : kind === 'need'
      ? (customerLane?.id ?? selectedLane)
      : (after?.laneId ?? selectedLane);
  const ops: Operation[] = [];
  const newEntries: RegisterEntry[] = [];
  let base = doc;
  if (!laneId && parsed.lane) {
    const { entry, isNew } = resolveEntry(entries, parsed.lane, 'forvaltning');
    if (isNew) {
      newEntries.push(entry);
      register.set(entry.id, entry);
    }
    const added = addLaneOperation(doc, register, entry);
    ops.push(added.op);
    laneId = added.laneId;
    base = applyOperation(doc, added.op);
  }
  laneId ??= base.lanes[0]?.id;
  if (!laneId) return 'needLane';
  const label = cutText(parsed.label, LIMITS.label);
  const { op, stepId } = addStepOperation(base, { kind, laneId, label, afterId: after?.id });
  ops.push(op);
  return { ops, register: newEntries, stepId, cut: label !== parsed.label };
}

/**
 * Adds the entry as a step. A step text longer than a label may be is cut to the limit and the
 * person told.
 */
export function appendQuickEntry(text: string): boolean {
  const doc = documentSession.doc;
  const session = useSessionStore.getState();
  if (!doc) return false;
  const selectedId = session.selectedStepIds[session.selectedStepIds.length - 1];
  const plan = planQuickEntry(doc, useRegisterStore.getState().entries, selectedId, text);
  if (plan === null) return false;
  if (plan === 'needLane') {
    session.showAlert({ key: 'editor.needLane' });
    return false;
  }
  documentSession.apply(plan.ops, { register: plan.register });
  session.select([plan.stepId]);
  if (plan.cut) session.showToast({ key: 'limits.cutLabel', params: { max: LIMITS.label } });
  return true;
}

/** Pasted plain text: each line a step, as if typed into quick entry; limits told once. */
export function pastePlainLines(text: string): void {
  const plan = planPlainPaste(text);
  const session = useSessionStore.getState();
  let doc = documentSession.doc;
  if (!doc) return;
  // Every line planned on the document the lines before it made, then applied at once: a paste
  // of 200 lines is one edit and one undo step.
  const ops: Operation[] = [];
  const added: RegisterEntry[] = [];
  let entries = useRegisterStore.getState().entries;
  let selectedId = session.selectedStepIds.at(-1);
  for (const line of plan.lines) {
    const one = planQuickEntry(doc, entries, selectedId, line);
    if (one === 'needLane') {
      session.showAlert({ key: 'editor.needLane' });
      break;
    }
    if (!one) continue;
    ops.push(...one.ops);
    added.push(...one.register);
    entries = [...entries, ...one.register];
    doc = applyOperations(doc, one.ops);
    selectedId = one.stepId;
  }
  if (ops.length) {
    documentSession.apply(ops, { register: added });
    if (selectedId) session.select([selectedId]);
  }
  const toast = session.showToast;
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
