// A parked note becomes a step the way the room decides: which kind, which lane, after which
// step. The defaults are read from the note ("BUF: …", "vänta: …") and the selection, but a
// question mark never decides the kind on its own: "Vem betalar resan?" is usually a question
// to answer, not a branch of the flow.
import { applyOperation } from '../../domain/operations/applyOperation';
import type { Process, RegisterEntry } from '../../domain/model/types';
import type { Operation } from '../../domain/operations/types';
import { cutText } from '../../domain/schema/fitToLimits';
import { LIMITS } from '../../domain/schema/limits';
import { addStepOperation } from '../actions/addStep';
import { addLaneOperation, findLaneByName } from '../lanes/laneActions';
import { parseQuickEntry } from '../quickEntry/parseQuickEntry';
import { canLeadOn, defaultPrevious } from '../quickEntry/previousStep';

export const PARKED_KINDS = ['activity', 'decision', 'wait', 'need', 'outcome'] as const;
export type ParkedKind = (typeof PARKED_KINDS)[number];

export interface ParkedChoice {
  label: string;
  kind: ParkedKind;
  /** An existing lane, or null for the new lane `newLaneName`. */
  laneId: string | null;
  /** A lane the note names that the process does not have yet. */
  newLaneName: string | null;
  /** The flow step the new step follows; null for none. */
  afterId: string | null;
}

export function initialChoice(
  doc: Process,
  register: ReadonlyMap<string, RegisterEntry>,
  note: string,
  selectedId: string | undefined,
): ParkedChoice {
  const parsed = parseQuickEntry(note);
  const kind: ParkedKind = parsed?.kind ?? 'activity';
  const after = kind === 'need' ? undefined : defaultPrevious(doc, selectedId);
  const named = parsed?.lane ? findLaneByName(doc, register, parsed.lane) : undefined;
  const selectedLane = doc.steps.find((s) => s.id === selectedId)?.laneId;
  const newLaneName = parsed?.lane && !named ? parsed.lane : null;
  return {
    label: parsed?.label ?? note.trim(),
    kind,
    laneId: newLaneName
      ? null
      : (named ?? after?.laneId ?? selectedLane ?? doc.lanes[0]?.id ?? null),
    newLaneName,
    afterId: after?.id ?? null,
  };
}

/**
 * The operations that make the step and take the note off the lot, applied together so one
 * undo brings the note back. `newLane` is the register entry for `choice.newLaneName`. A
 * chosen step that cannot lead on (a note, problem, idea) is not followed: no flow arrow out of
 * an idea. A need starts a flow and follows nothing.
 */
export function parkedToStepOps(
  doc: Process,
  register: ReadonlyMap<string, RegisterEntry>,
  noteId: string,
  choice: ParkedChoice,
  newLane?: RegisterEntry,
): { ops: Operation[]; stepId: string } | null {
  const ops: Operation[] = [];
  let laneId = choice.laneId;
  let base = doc;
  if (!laneId && newLane) {
    const added = addLaneOperation(doc, register, newLane);
    ops.push(added.op);
    laneId = added.laneId;
    base = applyOperation(doc, added.op);
  }
  const label = cutText(choice.label.trim(), LIMITS.label);
  if (!laneId || !label) return null;
  const after = base.steps.find((s) => s.id === choice.afterId);
  const follows = choice.kind !== 'need' && after && canLeadOn(after) ? after.id : undefined;
  const { op, stepId } = addStepOperation(base, {
    kind: choice.kind,
    laneId,
    label,
    afterId: follows,
  });
  ops.push(op, { type: 'item.remove', list: 'parkingLot', id: noteId });
  return { ops, stepId };
}
